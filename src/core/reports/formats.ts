// Number formats and cell values of the report sheets. Every figure is written as a number (cents as currency
// units, days as Excel serials, shares as fractions) with an Excel number-format code; the code is locale-neutral
// in the file ("#,##0.00" shows "1 234,56" in a French Excel and "1,234.56" in an English one).
import { dayToSerial } from "../cells/date";
import { isIsoDay, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import { currencySymbol } from "../money/currency";

export type ReportLanguage = "fr" | "en";

/** A quoted literal inside a number format ("€", "CHF", "j"). */
function literal(text: string): string {
  return `"${text.replace(/"/g, "")}"`;
}

/** Amount format of a currency: '#,##0.00 "€"' in French, '"€"#,##0.00' in English; decimals 0 for dashboards. */
export function moneyFormat(currency: string, language: ReportLanguage, decimals = 2): string {
  const digits = decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  const symbol = currencySymbol(currency);
  if (language === "fr") return `${digits} ${literal(symbol)}`;
  return symbol === currency ? `${literal(`${symbol} `)}${digits}` : `${literal(symbol)}${digits}`;
}

/** A signed change in the currency: "+1 234 €", "-56 €", "0 €". */
export function moneyChangeFormat(currency: string, language: ReportLanguage): string {
  const plain = moneyFormat(currency, language, 0);
  return `+${plain};-${plain};${plain}`;
}

export function dateFormat(language: ReportLanguage): string {
  return language === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd";
}

export function dateTimeFormat(language: ReportLanguage): string {
  return language === "fr" ? "dd/mm/yyyy hh:mm" : "yyyy-mm-dd hh:mm";
}

/** Month of a month-end ("oct. 2025" in a French Excel). */
export const MONTH_FORMAT = "mmm yyyy";
/** Short day of a week start ("03/11"). */
export function shortDateFormat(language: ReportLanguage): string {
  return language === "fr" ? "dd/mm" : "mm-dd";
}

export const PERCENT_FORMAT = "0.0%";
export const COUNT_FORMAT = "#,##0";
export const DAYS_FORMAT = "0";

/** Days with one decimal and their unit: "45,2 j" / "45.2 d". */
export function daysFormat(language: ReportLanguage): string {
  return `0.0 ${literal(language === "fr" ? "j" : "d")}`;
}

export function daysChangeFormat(language: ReportLanguage): string {
  const unit = literal(language === "fr" ? "j" : "d");
  return `+0.0 ${unit};-0.0 ${unit};0.0 ${unit}`;
}

/** A change of a share, in percentage points. */
export function pointsChangeFormat(language: ReportLanguage): string {
  const unit = literal(language === "fr" ? "pt" : "pt");
  return `+0.0 ${unit};-0.0 ${unit};0.0 ${unit}`;
}

export const COUNT_CHANGE_FORMAT = "+#,##0;-#,##0;0";

/** Cents as the currency units Excel shows (exact for any amount a ledger can hold: |cents| < 2^53). */
export function units(cents: Cents): number {
  return cents / 100;
}

/** Basis points as the fraction a percent format shows (2 710 bp → 0.271 → "27,1 %"). */
export function fraction(bp: number): number {
  return bp / 10_000;
}

/** The Excel serial of a day in the workbook's date system. */
export function daySerial(day: IsoDay, date1904 = false): number {
  return dayToSerial(day, date1904);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/;

/**
 * The Excel serial (day + fraction of the day) of the caller's "now", an ISO date-time in local wall-clock
 * time such as "2025-11-14T10:32:00" (a trailing zone designator is ignored: the caller gives local time).
 * Null when the text is not such a date-time.
 */
export function dateTimeSerial(now: string, date1904 = false): number | null {
  const m = DATE_TIME.exec(now.trim());
  if (m === null) return null;
  const day = m[1] as string;
  if (!isIsoDay(day)) return null;
  const h = Number(m[2] ?? 0);
  const min = Number(m[3] ?? 0);
  const s = Number(m[4] ?? 0);
  if (h > 23 || min > 59 || s > 59) return null;
  return daySerial(day, date1904) + (h * 3600 + min * 60 + s) / 86_400;
}
