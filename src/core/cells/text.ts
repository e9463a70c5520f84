// Reading text out of a cell value: trimmed, inner whitespace collapsed, Excel error values recognised.
import type { CellValue } from "../sheet";

// Whitespace a person does not see as text: tabs, line breaks, no-break (U+00A0), narrow no-break (U+202F),
// thin and other Unicode spaces, zero-width space and BOM.
const ODD_SPACE = /[\t\n\r\f\v\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/;
const ANY_SPACES = /[\s\u200B]+/g;

/**
 * The text of a cell as a person reads it: trimmed, runs of any whitespace collapsed to one space.
 * Numbers render as JavaScript does (1234.5), booleans as TRUE / FALSE, empty cells as "".
 */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === "string") {
    if (isTidy(value)) return value;
    const t = value.trim();
    if (t.length === 0 || !ODD_SPACE.test(t)) return t;
    return t.replace(ANY_SPACES, " ").trim();
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/** True when a string has no leading, trailing, doubled or unusual whitespace (the common case, no allocation). */
function isTidy(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  let previous = 0;
  for (let i = 0; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c <= 32) {
      if (c !== 32 || i === 0 || i === n - 1 || previous === 32) return false;
    } else if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85) {
      return false;
    }
    previous = c;
  }
  return true;
}

/** True for an empty cell: null, undefined, "" or whitespace only. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.length === 0 || cellText(value).length === 0;
  return false;
}

// Error values as the Office JavaScript API hands them over (English), plus the French spellings found in CSV exports.
const ERROR_VALUES = new Set([
  "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!",
  "#VALEUR!", "#NOM?", "#NUL!", "#NOMBRE!", "#PROPAGATION!", "#CHAMP!", "#BLOQUE!", "#CONNEXION!", "#OCCUPE!",
  "#INCONNU!", "#EXTERNE!", "#CHARGEMENT_DONNEES",
]);

/** True when the cell holds an Excel error value such as #N/A or #VALUE!. */
export function isErrorValue(value: CellValue | undefined): boolean {
  if (typeof value !== "string" || value.length < 2) return false;
  const t = value.charCodeAt(0) === 35 ? value : value.trim();
  if (t.charCodeAt(0) !== 35) return false;
  return ERROR_VALUES.has(t.trim().toUpperCase());
}

/** Lower case without accents (é → e, œ → oe), for comparing names and headers. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss");
}
