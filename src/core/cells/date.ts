// Dates from cells: Excel serials (1900 and 1904 systems) and dates typed as text (design.md §4).
import { dayNumberOf, daysInMonth, fromDayNumber, toDayNumber, type IsoDay } from "../days/day";
import type { CellValue } from "../sheet";
import { cellProblem } from "./messages";
import { monthOfName, WEEKDAYS } from "./months";
import { cellText, foldText, isErrorValue } from "./text";

export type DateOrder = "dmy" | "mdy";
export interface DateContext {
  date1904: boolean;
  /** How to read numeric dates such as 03/04/2024: day first (dmy) or month first (mdy). */
  order: DateOrder;
}
export type DateParse = { ok: true; day: IsoDay } | { ok: false; code: string; message: string };

/** Day number (days since 1970-01-01) of 1899-12-30, Excel's serial 0 after the fictitious 1900-02-29. */
const EPOCH_1900 = -25569;
/** Day number of 1904-01-01, serial 0 of the 1904 system. */
const EPOCH_1904 = -24107;
/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_SERIAL_1900 = 2958465;
export const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
const FIRST_MARCH_1900 = dayNumberOf(1900, 3, 1);
const FIRST_JAN_1900 = dayNumberOf(1900, 1, 1);

/**
 * Day number of an Excel serial, or a negative code: -1 out of range, -2 the fictitious 1900-02-29.
 * Day numbers of real days here are ≥ 1900-01-01, far above -1e6, so the codes cannot be confused with days.
 */
const OUT_OF_RANGE = -1e9;
const FICTITIOUS = -2e9;
function serialDayNumber(serial: number, date1904: boolean): number {
  if (!Number.isFinite(serial)) return OUT_OF_RANGE;
  const s = Math.floor(serial); // the fraction is the time of day
  if (date1904) return s < 0 || s > MAX_SERIAL_1904 ? OUT_OF_RANGE : EPOCH_1904 + s;
  if (s < 1 || s > MAX_SERIAL_1900) return OUT_OF_RANGE;
  if (s === 60) return FICTITIOUS;
  return s < 60 ? EPOCH_1900 + 1 + s : EPOCH_1900 + s;
}

/**
 * The day an Excel serial stands for; the fraction (time of day) is dropped.
 * 1900 system: 1 = 1900-01-01, 59 = 1900-02-28, 60 = the fictitious 1900-02-29 (null: not a real day),
 * 61 = 1900-03-01, 2958465 = 9999-12-31. 1904 system: 0 = 1904-01-01. Out of range → null.
 */
export function serialToDay(serial: number, date1904: boolean): IsoDay | null {
  const dn = serialDayNumber(serial, date1904);
  return dn === OUT_OF_RANGE || dn === FICTITIOUS ? null : fromDayNumber(dn);
}

/** The Excel serial of a day. Throws RangeError for days Excel cannot hold (before 1900-01-01, or 1904-01-01). */
export function dayToSerial(day: IsoDay, date1904: boolean): number {
  const dn = toDayNumber(day);
  if (date1904) {
    if (dn < EPOCH_1904) throw new RangeError(`Before 1904-01-01: ${day}`);
    return dn - EPOCH_1904;
  }
  if (dn >= FIRST_MARCH_1900) return dn - EPOCH_1900;
  if (dn >= FIRST_JAN_1900) return dn - (EPOCH_1900 + 1);
  throw new RangeError(`Before 1900-01-01: ${day}`);
}

/**
 * Result of scanning a date cell, reused between calls to keep hot loops free of allocations.
 * status "day": `dn` is the day number. "parts": a numeric date a/b/y whose reading depends on the
 * column's order (a and b are the first two numbers, y the full year). "fail": `code` says why.
 */
export interface DateScan {
  status: "day" | "parts" | "fail";
  dn: number;
  a: number;
  b: number;
  y: number;
  code: string;
}

export function newDateScan(): DateScan {
  return { status: "fail", dn: 0, a: 0, b: 0, y: 0, code: "" };
}

function failScan(out: DateScan, code: string): void {
  out.status = "fail";
  out.code = code;
}

function setDay(out: DateScan, year: number, month: number, day: number): void {
  if (year < 1900) return failScan(out, "date.out-of-range");
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return failScan(out, "date.impossible");
  out.status = "day";
  out.dn = dayNumberOf(year, month, day);
}

/** Two-digit years: 00–69 → 2000–2069, 70–99 → 1970–1999. */
export function fullYear(digits: number, length: number): number {
  if (length !== 2) return digits;
  return digits < 70 ? 2000 + digits : 1900 + digits;
}

const TIME_PART = /^(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2})?)?$/i;
const NAMED_DMY = /^(\d{1,2})(?:er|st|nd|rd|th)?[\s\-./]*([a-z]+)\.?[\s\-./,]*(\d{4}|\d{2})$/;
const NAMED_MDY = /^([a-z]+)\.?[\s\-./]*(\d{1,2})(?:st|nd|rd|th)?,?[\s\-./]*(\d{4}|\d{2})$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Scans a date typed as text. */
export function scanDateText(input: string, out: DateScan): void {
  const s = cellText(input);
  if (s.length === 0) return failScan(out, "date.empty");
  if (s.charCodeAt(0) === 35 && isErrorValue(s)) return failScan(out, "date.error-value");
  // Numeric forms, read by hand: n1 sep n2 sep n3 [time].
  let i = 0;
  const n = s.length;
  let n1 = 0;
  while (i < n && isDigit(s.charCodeAt(i))) n1 = n1 * 10 + s.charCodeAt(i++) - 48;
  const l1 = i;
  if (l1 > 0) {
    if (l1 === 8 && i === n) return setDay(out, Math.floor(n1 / 10000), Math.floor(n1 / 100) % 100, n1 % 100);
    const sep = s.charAt(i);
    if (sep === "/" || sep === "-" || sep === "." || sep === " ") {
      let j = i + 1;
      let n2 = 0;
      while (j < n && isDigit(s.charCodeAt(j))) n2 = n2 * 10 + s.charCodeAt(j++) - 48;
      const l2 = j - i - 1;
      if (l2 >= 1 && l2 <= 2 && s.charAt(j) === sep) {
        let k = j + 1;
        let n3 = 0;
        while (k < n && isDigit(s.charCodeAt(k))) n3 = n3 * 10 + s.charCodeAt(k++) - 48;
        const l3 = k - j - 1;
        if (k === n || TIME_PART.test(s.slice(k))) {
          if (l1 === 4 && l3 >= 1 && l3 <= 2) return setDay(out, n1, n2, n3);
          if (l1 <= 2 && (l3 === 2 || l3 === 4)) {
            const year = fullYear(n3, l3);
            if (year < 1900) return failScan(out, "date.out-of-range");
            out.status = "parts";
            out.a = n1;
            out.b = n2;
            out.y = year;
            return;
          }
        }
        return failScan(out, "date.unreadable");
      }
    }
  }
  // Dates with a month name: "12 janv. 2024", "12-Jan-24", "1er mars 2024", "January 12, 2024",
  // optionally after a weekday ("lundi 12 février 2024", "Mon, 12 Feb 2024").
  const folded = foldText(s);
  if (scanNamed(folded, out)) return;
  const space = folded.indexOf(" ");
  if (space > 0 && WEEKDAYS.has(folded.slice(0, space).replace(/[.,]$/, "")) && scanNamed(folded.slice(space + 1), out)) {
    return;
  }
  return failScan(out, "date.unreadable");
}

/** Reads a date with a month name; false when the text has no such shape. */
function scanNamed(folded: string, out: DateScan): boolean {
  let m = NAMED_DMY.exec(folded);
  if (m !== null) {
    const month = monthOfName(m[2] ?? "");
    const yearText = m[3] ?? "";
    if (month !== null) {
      setDay(out, fullYear(Number(yearText), yearText.length), month, Number(m[1]));
      return true;
    }
  }
  m = NAMED_MDY.exec(folded);
  if (m !== null) {
    const month = monthOfName(m[1] ?? "");
    const yearText = m[3] ?? "";
    if (month !== null) {
      setDay(out, fullYear(Number(yearText), yearText.length), month, Number(m[2]));
      return true;
    }
  }
  return false;
}

/** Scans any cell value: numbers are serials, text is read as above. */
export function scanDateValue(value: CellValue | undefined, date1904: boolean, out: DateScan): void {
  if (typeof value === "number") {
    const dn = serialDayNumber(value, date1904);
    if (dn === OUT_OF_RANGE) return failScan(out, "date.out-of-range");
    if (dn === FICTITIOUS) return failScan(out, "date.fictitious-1900-02-29");
    out.status = "day";
    out.dn = dn;
    return;
  }
  if (typeof value === "string") return scanDateText(value, out);
  if (typeof value === "boolean") return failScan(out, "date.boolean");
  return failScan(out, "date.empty");
}

/** Returned by resolveParts when the parts name no real day under the order. */
export const NO_DAY = -1e9;

/** Day number of numeric date parts a/b/year read under an order, or NO_DAY when that day does not exist. */
export function resolveParts(a: number, b: number, year: number, order: DateOrder): number {
  const day = order === "dmy" ? a : b;
  const month = order === "dmy" ? b : a;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NO_DAY;
  return dayNumberOf(year, month, day);
}

/**
 * Reads a date cell. Numbers are serials of the workbook's date system. Text forms: dd/mm/yyyy, dd/mm/yy
 * (or mm/dd under order "mdy"), yyyy-mm-dd with an optional time ("2024-01-31T00:00:00", "2024-01-31 00:00"),
 * yyyymmdd, and dates with a French or English month name ("12 janv. 2024", "12-Jan-24", "January 12, 2024");
 * separators / - . and spaces. Two-digit years: 00–69 → 20xx, 70–99 → 19xx. Years before 1900 are out of
 * range, as Excel does; codes: date.empty, date.error-value, date.boolean, date.unreadable, date.impossible,
 * date.out-of-range, date.fictitious-1900-02-29.
 */
export function parseDateValue(value: CellValue | undefined, ctx: DateContext): DateParse {
  const scan = newDateScan();
  scanDateValue(value, ctx.date1904, scan);
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : cellText(value ?? null);
  if (scan.status === "fail") return { ok: false, code: scan.code, message: cellProblem(scan.code, text) };
  if (scan.status === "day") return { ok: true, day: fromDayNumber(scan.dn) };
  const dn = resolveParts(scan.a, scan.b, scan.y, ctx.order);
  if (dn === NO_DAY) return { ok: false, code: "date.impossible", message: cellProblem("date.impossible", text) };
  return { ok: true, day: fromDayNumber(dn) };
}

/** Evidence, gathered over a column, on whether numeric dates are day first or month first. */
export class DateOrderVote {
  /** Some date's first number exceeds 12: it can only be a day (dd/mm). */
  firstOver12 = false;
  /** Some date's second number exceeds 12 (mm/dd). */
  secondOver12 = false;

  add(a: number, b: number): void {
    if (a > 12 && b <= 12) this.firstOver12 = true;
    else if (b > 12 && a <= 12) this.secondOver12 = true;
  }

  /** The order the evidence shows, or null when there is none or it contradicts itself. */
  decisive(): DateOrder | null {
    if (this.firstOver12 && !this.secondOver12) return "dmy";
    if (this.secondOver12 && !this.firstOver12) return "mdy";
    return null;
  }

  /** dmy when only day-first evidence exists, mdy when only month-first, otherwise the locale (fr: dmy). */
  decide(locale: "fr" | "en"): DateOrder {
    return this.decisive() ?? (locale === "fr" ? "dmy" : "mdy");
  }
}

/**
 * The order of a column's numeric text dates: a column where some first part exceeds 12 is dmy, where some
 * second part exceeds 12 is mdy; when there is no evidence (or contradicting evidence) the locale decides.
 */
export function decideDateOrder(samples: Iterable<CellValue>, locale: "fr" | "en"): DateOrder {
  const vote = new DateOrderVote();
  const scan = newDateScan();
  for (const value of samples) {
    if (typeof value !== "string") continue;
    scanDateText(value, scan);
    if (scan.status === "parts") vote.add(scan.a, scan.b);
  }
  return vote.decide(locale);
}
