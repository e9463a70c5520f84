// Currency codes: what a cell or an amount mark says (€, EUR, euros) → an ISO 4217 code, and back to a symbol.

const SYMBOLS: Record<string, string> = { "€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "¥": "JPY" };
const WORDS: Record<string, string> = {
  eur: "EUR", euro: "EUR", euros: "EUR", usd: "USD", dollar: "USD", dollars: "USD", gbp: "GBP",
  livre: "GBP", livres: "GBP", pound: "GBP", pounds: "GBP", chf: "CHF", jpy: "JPY", cad: "CAD",
};
const DISPLAY: Record<string, string> = { EUR: "€", USD: "$", GBP: "£" };

/**
 * The currency a mark written next to an amount stands for: a symbol (€ $ £ ¥), an upper-case ISO code
 * (EUR, CHF), or a common word (euros). Null when the mark is not a currency.
 */
export function currencyOfMark(mark: string): string | null {
  const bySymbol = SYMBOLS[mark];
  if (bySymbol !== undefined) return bySymbol;
  if (/^[A-Z]{3}$/.test(mark)) return mark;
  return WORDS[mark.toLowerCase()] ?? null;
}

/** The ISO code of a currency cell ("€", "eur", "Euro", "usd" → "EUR", "USD"); null when unrecognised. */
export function normalizeCurrency(text: string): string | null {
  const t = text.trim();
  if (t.length === 0) return null;
  const mark = currencyOfMark(t);
  if (mark !== null) return mark;
  return /^[a-z]{3}$/i.test(t) ? t.toUpperCase() : null;
}

/** The symbol shown for a currency code (€ for EUR), or the code itself. */
export function currencySymbol(code: string): string {
  return DISPLAY[code] ?? code;
}
