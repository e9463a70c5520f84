// How the demo's grid shows a cell: its value under its number format, with the separators of the page's
// language (1 234,56 in French), dates as days. A display for people, not Excel's full format engine.
import { isDateFormat, serialToDate } from "../test/excel-host/model/number-format";
import type { CellValue } from "../test/excel-host/model/cell";
import type { DemoLanguage } from "./language";

export interface CellDisplay {
  text: string;
  /** Numbers and dates sit on the right, as in Excel. */
  numeric: boolean;
}

const number = new Map<string, Intl.NumberFormat>();

function numberFormat(language: DemoLanguage, decimals: number, grouping: boolean, percent: boolean): Intl.NumberFormat {
  const key = `${language}|${decimals}|${grouping}|${percent}`;
  let format = number.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === "fr" ? "fr-FR" : "en-GB", {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping, style: percent ? "percent" : "decimal",
    });
    number.set(key, format);
  }
  return format;
}

function general(value: number, language: DemoLanguage): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return language === "fr" ? text.replace(".", ",") : text;
}

export function cellDisplay(value: CellValue, code: string, language: DemoLanguage, date1904 = false): CellDisplay {
  if (typeof value === "boolean") return { text: language === "fr" ? (value ? "VRAI" : "FAUX") : value ? "TRUE" : "FALSE", numeric: false };
  if (typeof value === "string") return { text: value, numeric: false };
  if (code === "General" || code === "" || code === "@") return { text: general(value, language), numeric: true };
  const section = code.split(";")[0] ?? code;
  if (isDateFormat(section)) {
    const day = serialToDate(Math.floor(value), date1904);
    const text = language === "fr"
      ? day.toLocaleDateString("fr-FR", { timeZone: "UTC" })
      : day.toISOString().slice(0, 10);
    return { text, numeric: true };
  }
  const unquoted = section.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  const decimals = /0\.(0+)/.exec(unquoted)?.[1]?.length ?? 0;
  const grouping = unquoted.includes(",") || unquoted.includes(" ");
  const percent = unquoted.includes("%");
  const text = numberFormat(language, decimals, grouping, percent).format(value);
  return { text: section.includes("€") && !percent ? `${text} €` : text, numeric: true };
}
