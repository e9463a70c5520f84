// Amounts for people: "1 234,56 €" in French, "€1,234.56" in English. Deterministic (no Intl), so the
// same cents always give the same text whatever the runtime's locale data.
import type { Cents } from "./cents";
import { currencySymbol } from "./currency";

const NARROW_NBSP = "\u202F";
const NBSP = "\u00A0";

function group(digits: string, separator: string): string {
  const head = digits.length % 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out.length > 0 ? separator : "") + digits.slice(i, i + 3);
  return out;
}

/**
 * Formats cents with two decimals and the currency.
 * fr: narrow no-break space (U+202F) between thousands, comma decimal, no-break space then the symbol:
 *     "1 234,56 €", "-12,00 €", "5,00 CHF".
 * en: symbol first, comma thousands, point decimal: "€1,234.56", "-€12.00"; a code without a symbol is
 *     followed by a no-break space: "CHF 5.00".
 * Negative amounts start with "-".
 */
export function formatAmount(cents: Cents, currency: string, locale: "fr" | "en"): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const units = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, "0");
  const symbol = currencySymbol(currency);
  const sign = negative ? "-" : "";
  if (locale === "fr") return `${sign}${group(units, NARROW_NBSP)},${fraction}${NBSP}${symbol}`;
  const gap = symbol === currency ? NBSP : "";
  return `${sign}${symbol}${gap}${group(units, ",")}.${fraction}`;
}

/** The same figure without a currency, for table cells that carry the currency elsewhere. */
export function formatNumber(cents: Cents, locale: "fr" | "en"): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const units = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, "0");
  const sign = negative ? "-" : "";
  return locale === "fr" ? `${sign}${group(units, NARROW_NBSP)},${fraction}` : `${sign}${group(units, ",")}.${fraction}`;
}
