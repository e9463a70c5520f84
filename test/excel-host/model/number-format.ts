// Range.text: the value as displayed with its number format. Basic support only: General, "@",
// fixed decimals ("0", "0.00"), thousands ("#,##0", "#,##0.00"), percentages, a currency suffix or
// prefix, and day/month/year date codes. Display uses the invariant (en-US) separators.
import type { CellValue } from "./cell";

const MS_PER_DAY = 86400000;

/** Excel serial number (1900 system; 1904 when asked) to a UTC date. */
export function serialToDate(serial: number, date1904: boolean): Date {
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(base + Math.round(serial * MS_PER_DAY));
}

function generalNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const text = String(Number(n.toPrecision(10)));
  return text.length > 11 ? n.toExponential(5).replace("e+", "E+").replace("e-", "E-") : text;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberSection(n: number, code: string): string {
  const percent = code.includes("%");
  const value = percent ? n * 100 : n;
  const m = /([#0,]*0|#)(?:\.(0+|#+))?/.exec(code);
  if (!m) return generalNumber(n);
  const decimals = m[2]?.length ?? 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = "0", fracPart] = fixed.split(".");
  const grouped = (m[1] ?? "").includes(",") ? groupThousands(intPart) : intPart;
  const body = fracPart ? `${grouped}.${fracPart}` : grouped;
  const prefix = code.slice(0, m.index).replace(/["\\]/g, "");
  const suffix = code.slice(m.index + m[0].length).replace(/["\\]/g, "").replace(/_./g, " ").replace(/\[[^\]]*\]/g, "");
  return `${value < 0 && Number(fixed) !== 0 ? "-" : ""}${prefix}${body}${suffix}`;
}

function formatDate(serial: number, code: string, date1904: boolean): string {
  const d = serialToDate(serial, date1904);
  const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
  return code.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s/gi, (tok) => {
    switch (tok.toLowerCase()) {
      case "yyyy":
        return String(d.getUTCFullYear());
      case "yy":
        return pad(d.getUTCFullYear() % 100);
      case "mmmm":
        return d.toLocaleString("en-US", { month: "long", timeZone: "UTC" });
      case "mmm":
        return d.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
      case "mm":
        return pad(d.getUTCMonth() + 1);
      case "m":
        return String(d.getUTCMonth() + 1);
      case "dd":
        return pad(d.getUTCDate());
      case "d":
        return String(d.getUTCDate());
      case "hh":
        return pad(d.getUTCHours());
      case "h":
        return String(d.getUTCHours());
      case "ss":
        return pad(d.getUTCSeconds());
      default:
        return String(d.getUTCSeconds());
    }
  });
}

export function isDateFormat(code: string): boolean {
  const unquoted = code.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(unquoted) || /^m+([/.\- ]|$)/i.test(unquoted);
}

export function formatText(value: CellValue, numberFormat: string, date1904 = false): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const code = numberFormat.split(";")[value < 0 && numberFormat.includes(";") ? 1 : 0] ?? numberFormat;
  if (numberFormat === "General" || numberFormat === "") return generalNumber(value);
  if (numberFormat === "@") return generalNumber(value);
  if (isDateFormat(code)) return formatDate(value, code, date1904);
  const section = numberFormat.includes(";") && value < 0 ? formatNumberSection(-value, code) : formatNumberSection(value, code);
  return section;
}
