// Money as integer cents (the currency's minor unit). Never add floats.

/** An amount in integer cents (may be negative). */
export type Cents = number;

/**
 * Rounds a number of currency units (as Excel returns them) to cents, half away from zero.
 * Works on the decimal text of the number so 1.005 becomes 101 cents, as a person reads it, not 100.
 * Returns null for NaN, infinities and amounts beyond the safe integer range.
 */
export function unitsToCents(units: number): Cents | null {
  if (!Number.isFinite(units)) return null;
  const text = Math.abs(units).toPrecision(15);
  const [mantissa, exponentPart] = text.split("e");
  const exponent = exponentPart === undefined ? 0 : Number(exponentPart);
  const [intPart = "0", fracPart = ""] = (mantissa ?? "0").split(".");
  // Shift the decimal point by exponent + 2 (to cents) on the digit string.
  const digits = intPart + fracPart;
  const point = intPart.length + exponent + 2;
  let whole: string;
  let rest: string;
  if (point <= 0) {
    whole = "0";
    rest = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + "0".repeat(point - digits.length);
    rest = "";
  } else {
    whole = digits.slice(0, point);
    rest = digits.slice(point);
  }
  let cents = Number(whole);
  if ((rest[0] ?? "0") >= "5") cents += 1;
  if (!Number.isSafeInteger(cents)) return null;
  return units < 0 && cents !== 0 ? -cents : cents;
}

/** Cents as a JSON number in currency units, exact to the cent (e.g. 12345 → 123.45). */
export function centsToUnits(cents: Cents): number {
  return Number((cents / 100).toFixed(2));
}
