// Amounts from cells: Excel numbers and the ways people type money as text (design.md §4).
import type { Cents } from "../money/cents";
import { numberToCents } from "../money/number-cents";
import { currencyOfMark } from "../money/currency";
import type { CellValue } from "../sheet";
import { cellProblem } from "./messages";
import { cellText, isErrorValue } from "./text";

export type AmountParse =
  | { ok: true; cents: Cents; /** ISO code when the text carried a currency mark (12 €, USD 5). */ currency?: string }
  | { ok: false; code: string; message: string };

function fail(code: string, text: string): AmountParse {
  return { ok: false, code, message: cellProblem(code, text) };
}

const PREFIX_MARK = /^[^\d\s.,()+\-\u2212'\u2019]+/;
const SUFFIX_MARK = /[^\d\s.,()+\-\u2212'\u2019]+$/;
const CORE = /^[\d.,' \u2019]+$/;

/**
 * Reads an amount in cents.
 * - Numbers (from Excel) are rounded half away from zero to the cent.
 * - Text: digits with optional grouping (space, no-break or narrow no-break space, thin space, apostrophe,
 *   '.' or ','), an optional decimal separator ('.' or ','), a sign (leading '-', '+', '−', a trailing '-'
 *   or parentheses for a negative), and an optional currency mark before or after (€, EUR, $, £, CHF…).
 * - Separator rule: when both '.' and ',' appear, the last one is the decimal separator and occurs once.
 *   A separator that occurs more than once is the grouping separator. A lone '.' or ',' followed by exactly
 *   three digits, after a leading part of one to three digits that is not "0", is a grouping separator
 *   ("1,234" and "1.234" both read 1 234): money has two decimals, three decimals are far rarer than grouping.
 *   Any other lone '.' or ',' is the decimal separator; more than two decimals round half away from zero.
 * - Groups after the first must have exactly three digits ("12,3,4" and "12 34" are refused).
 * - Empty cells, Excel errors (#N/A…), booleans and anything else are refused with a code:
 *   amount.empty, amount.error-value, amount.boolean, amount.unreadable, amount.out-of-range.
 */
export function parseAmount(value: CellValue | undefined): AmountParse {
  if (typeof value === "number") {
    const cents = numberToCents(value);
    if (cents === null) return fail("amount.out-of-range", String(value));
    return { ok: true, cents: cents === 0 ? 0 : cents };
  }
  if (typeof value === "boolean") return fail("amount.boolean", value ? "TRUE" : "FALSE");
  if (value === null || value === undefined) return fail("amount.empty", "");
  return parseAmountText(value);
}

/**
 * Cents of the plainest amount texts ("1234", "-1234,5", "1234.56"): an optional minus, digits, and at most one
 * separator followed by one or two digits. -0.5 when the text is anything else (the full reader decides then).
 */
function plainCents(s: string): number {
  const n = s.length;
  if (n === 0 || n > 16) return -0.5;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  let whole = 0;
  for (; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
  }
  if (i === start) return -0.5;
  let fraction = 0;
  if (i < n) {
    const sep = s.charCodeAt(i);
    const digits = n - i - 1;
    if ((sep !== 44 && sep !== 46) || digits < 1 || digits > 2) return -0.5;
    for (let j = i + 1; j < n; j += 1) {
      const c = s.charCodeAt(j);
      if (c < 48 || c > 57) return -0.5;
      fraction = fraction * 10 + (c - 48);
    }
    if (digits === 1) fraction *= 10;
  }
  const cents = whole * 100 + fraction;
  if (!Number.isSafeInteger(cents)) return -0.5;
  return start === 1 && cents !== 0 ? -cents : cents;
}

function parseAmountText(raw: string): AmountParse {
  const plain = plainCents(raw);
  if (plain !== -0.5) return { ok: true, cents: plain };
  const text = cellText(raw);
  if (text.length === 0) return fail("amount.empty", "");
  if (text.charCodeAt(0) === 35 && isErrorValue(text)) return fail("amount.error-value", text);
  let s = text;
  let signs = 0;
  let negative = false;
  let parens = 0;
  let currency: string | undefined;
  for (let guard = 0; guard < 8; guard += 1) {
    const before = s;
    if (s.length > 1 && s.startsWith("(") && s.endsWith(")")) {
      parens += 1;
      s = s.slice(1, -1).trim();
    }
    const first = s.charAt(0);
    if (first === "-" || first === "\u2212" || first === "+") {
      signs += 1;
      if (first !== "+") negative = true;
      s = s.slice(1).trim();
    }
    const last = s.charAt(s.length - 1);
    if (s.length > 1 && (last === "-" || last === "\u2212")) {
      signs += 1;
      negative = true;
      s = s.slice(0, -1).trim();
    }
    const prefix = PREFIX_MARK.exec(s);
    if (prefix !== null) {
      const code = currencyOfMark(prefix[0]);
      if (code === null || currency !== undefined) return fail("amount.unreadable", text);
      currency = code;
      s = s.slice(prefix[0].length).trim();
    }
    const suffix = SUFFIX_MARK.exec(s);
    if (suffix !== null) {
      const code = currencyOfMark(suffix[0]);
      if (code === null || currency !== undefined) return fail("amount.unreadable", text);
      currency = code;
      s = s.slice(0, s.length - suffix[0].length).trim();
    }
    if (s === before) break;
  }
  if (signs > 1 || parens > 1 || (parens === 1 && signs > 0) || s.length === 0 || !CORE.test(s)) {
    return fail("amount.unreadable", text);
  }
  const cents = parseDigits(s);
  if (cents === null) return fail("amount.unreadable", text);
  if (cents === -1) return fail("amount.out-of-range", text);
  const signed = (negative || parens === 1) && cents !== 0 ? -cents : cents;
  return currency === undefined ? { ok: true, cents: signed } : { ok: true, cents: signed, currency };
}

/** Cents of an unsigned digit string with separators; null when unreadable, -1 when too large. */
function parseDigits(input: string): number | null {
  const s = input.charAt(0) === "." || input.charAt(0) === "," ? `0${input}` : input;
  const groups: string[] = [];
  const seps: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (i === start) return null; // two separators in a row, or a leading grouping separator
    groups.push(s.slice(start, i));
    seps.push(c === 0x2019 ? "'" : s.charAt(i));
    start = i + 1;
  }
  if (start >= s.length) return null; // trailing separator
  groups.push(s.slice(start));
  const n = seps.length;
  let decimalAt = -1;
  const last = seps[n - 1];
  if (last === "." || last === ",") {
    let count = 0;
    for (const sep of seps) if (sep === last) count += 1;
    if (count === 1) {
      if (n === 1) {
        const lead = groups[0] ?? "";
        const tail = groups[1] ?? "";
        const grouping = tail.length === 3 && lead.length <= 3 && lead !== "0";
        decimalAt = grouping ? -1 : 0;
      } else {
        decimalAt = n - 1;
      }
    }
  }
  let grouping: string | null = null;
  for (let i = 0; i < n; i += 1) {
    if (i === decimalAt) continue;
    const sep = seps[i] as string;
    if (grouping === null) grouping = sep;
    else if (grouping !== sep) return null;
  }
  const intGroups = decimalAt === -1 ? n + 1 : n;
  if (grouping !== null) {
    const lead = (groups[0] ?? "").length;
    if (lead < 1 || lead > 3) return null;
    for (let i = 1; i < intGroups; i += 1) if ((groups[i] ?? "").length !== 3) return null;
  }
  const intDigits = (intGroups === 1 ? (groups[0] ?? "") : groups.slice(0, intGroups).join("")).replace(/^0+(?=\d)/, "");
  const frac = decimalAt === -1 ? "" : (groups[n] ?? "");
  if (intDigits.length > 15) return -1;
  let cents = Number(intDigits) * 100 + Number((frac + "00").slice(0, 2));
  if ((frac.charCodeAt(2) || 48) >= 53) cents += 1;
  return Number.isSafeInteger(cents) ? cents : -1;
}
