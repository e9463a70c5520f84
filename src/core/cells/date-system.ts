// Which date system a workbook uses (1900, Excel's default; or 1904, older Mac workbooks), told by how its date
// cells are shown. Excel gives a date cell's serial and, beside it, the text it displays through the cell's
// number format; under 1904 the same serial is shown 1,462 days (four years and a day) later. A cell votes for
// the system whose day of month and year both appear in its text. The Excel client we run on does not expose
// the workbook's date system, so the refresh reads it this way from the first rows of the input sheets.
import type { CellValue } from "../sheet";
import { serialToDay } from "./date";

export interface DateSystemVerdict {
  date1904: boolean;
  /** Cells whose text shows the 1900 day, and the 1904 day. */
  votes1900: number;
  votes1904: number;
}

interface NumberToken {
  value: number;
  digits: number;
}

function numbersIn(text: string): NumberToken[] {
  return (text.match(/\d+/g) ?? []).map((t) => ({ value: Number(t), digits: t.length }));
}

/** True when `tokens` hold the day of month and the year (four digits, or two) of `iso`. */
function shows(tokens: readonly NumberToken[], iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const day = Number(iso.slice(8, 10));
  const hasDay = tokens.some((t) => t.digits <= 2 && t.value === day);
  const hasYear = tokens.some((t) => (t.digits === 4 && t.value === year) || (t.digits === 2 && t.value === year % 100));
  return hasDay && hasYear;
}

/**
 * The date system that explains what Excel shows: `values[r][c]` with its displayed `texts[r][c]`. Only numbers
 * count (dates are numbers in Excel); a number shown without both a day and a year (an amount, a month name
 * alone, "####") does not vote. 1904 only when more cells show the 1904 days than the 1900 ones.
 */
export function dateSystemOf(values: readonly (readonly CellValue[])[], texts: readonly (readonly string[])[]): DateSystemVerdict {
  let votes1900 = 0;
  let votes1904 = 0;
  values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (typeof value !== "number" || value < 1) return;
      const text = texts[r]?.[c];
      if (text === undefined || text === "") return;
      const in1900 = serialToDay(value, false);
      const in1904 = serialToDay(value, true);
      if (in1900 === null || in1904 === null) return;
      const tokens = numbersIn(text);
      const a = shows(tokens, in1900);
      const b = shows(tokens, in1904);
      if (a && !b) votes1900 += 1;
      else if (b && !a) votes1904 += 1;
    });
  });
  return { date1904: votes1904 > votes1900, votes1900, votes1904 };
}
