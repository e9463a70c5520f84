// A fast path for the hot loops of the ledger: Excel numbers to cents without going through decimal text.
import { unitsToCents, type Cents } from "./cents";

/**
 * Same result as unitsToCents, faster for ordinary amounts: when |units| < 1e9 and units × 100 is not near a
 * half cent, the nearest integer is the answer (the decimal reading and the binary one cannot disagree there).
 * Anything else (half cents such as 1.005, huge or non-finite numbers) goes through unitsToCents.
 */
export function numberToCents(units: number): Cents | null {
  if (units < 1e9 && units > -1e9) {
    const scaled = units * 100;
    const rounded = Math.round(scaled);
    const gap = scaled - rounded;
    if (gap < 0.49 && gap > -0.49) return rounded === 0 ? 0 : rounded;
  }
  return unitsToCents(units);
}
