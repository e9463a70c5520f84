// Text from data must stay text (design.md §7: "Formulas are never written from data").
//
// The mechanism, the same in both adapters: every string that Excel could read as something else is written
// into a cell whose number format is Text ("@"), the format being set before the value.
// - Office JavaScript API: writing a string to Range.values is parsed like typed input — Microsoft's reference for
//   the Range.values property: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
//   Excel interprets this value as a formula" (learn.microsoft.com/javascript/api/excel/excel.range#values);
//   a cell formatted as Text takes what is entered as text: "When you format a cell using the Text number
//   format, ... anything that is entered is displayed as text" (Microsoft KB 141765, "Unexpected behavior with
//   numbers formatted as text"). So the adapter sets numberFormat "@" and then values, in the same batch.
// - exceljs: a string is saved as a string cell (never a formula); the Text format keeps it text when a user
//   later opens the cell and presses Enter.
// Why not a leading apostrophe: in a Text-formatted cell the apostrophe is not consumed the same way by every
// host, and it would show in the formula bar; the Text format is one rule for both adapters.
//
// Which strings: those starting with = + - @ (also the full-width forms and after leading blanks, tabs, CR/LF —
// the OWASP "CSV injection" list), and every other non-empty string up to 255 characters, because Excel's
// input parser also turns "00123" into 123, "1/2" into a date, "TRUE" into a boolean, "#N/A" into an error,
// depending on the user's locale. Longer strings cannot be read as a number or a date; they keep General
// unless they look like a formula (Excel shows a Text cell over 255 characters as "####" in some versions).

import type { CellValue } from "../sheet";

/** Excel's Text number format. */
export const TEXT_FORMAT = "@";

/** Longest string that still gets the Text format when it does not look like a formula. */
export const MAX_GUARDED_PLAIN_TEXT = 255;

const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20"]);

/**
 * True when the text starts like a formula: = + - @ or their full-width forms, after any leading blanks
 * and control characters ("\t=1", "\r=1", " =1" are formula-led too).
 */
export function startsLikeFormula(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0x7f || /\s/u.test(ch)) continue;
    return FORMULA_STARTS.has(ch);
  }
  return false;
}

/** True when a value must be written with the Text format to stay exactly the same text. */
export function needsTextFormat(value: CellValue): value is string {
  if (typeof value !== "string" || value === "") return false;
  return value.length <= MAX_GUARDED_PLAIN_TEXT || startsLikeFormula(value);
}

export interface GuardedCell {
  /** The value to write (unchanged: the guard is the format, never an altered text). */
  value: CellValue;
  /** True when the cell must be written with the Text format ("@"), before its value. */
  forceText: boolean;
}

/**
 * How a value is written so that text stays text: numbers (negative amounts included), booleans and
 * empty cells are written as they are; text Excel could parse gets the Text format.
 */
export function neutralizeFormulaText(value: CellValue): GuardedCell {
  return { value, forceText: needsTextFormat(value) };
}
