// Reads an .xlsx file with ExcelJS into the raw 2-D values the core parses, the way Office.js hands them over:
// numbers stay numbers (dates back to Excel serials, 1900 or 1904 system), formulas give their cached result,
// rich text and hyperlinks give their text, error cells give "#N/A"-style strings, empty cells give "".
// Each cell's number format is kept, so the core can tell a date serial from an amount.
import ExcelJS from "exceljs";
import { cellIssue, type Issue } from "../core/issues";
import type { CellValue, RawSheet, WorkbookInfo } from "../core/sheet";

export interface ReadWorkbookResult {
  /** Worksheet names in tab order. */
  sheetNames: string[];
  /** The sheets read (all of them, or those asked for), in tab order. */
  sheets: RawSheet[];
  info: WorkbookInfo;
  /** Reading problems (e.g. a formula saved without its computed value). */
  issues: Issue[];
}

export interface ReadWorkbookOptions {
  /** Read only these worksheets (exact names, or chosen from the tab-order names); default all. */
  only?: readonly string[] | ((sheetNames: string[]) => readonly string[]);
  /** Locale deciding ambiguous text dates (default fr). */
  locale?: "fr" | "en";
}

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and 1904 systems' day zero. */
const SYSTEM_1904_OFFSET = 1_462;
const GENERAL = "General";

/**
 * The Excel serial a date cell held. ExcelJS turned it into a Date with a linear formula
 * (serial − 25569 [+ 1462 in the 1904 system]) × 1 day; inverting that formula gives back the stored number,
 * including serials before 1900-03-01 (the core decides what they mean).
 */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? SYSTEM_1904_OFFSET : 0);
  // Drop the binary noise of the millisecond round trip (a time of day keeps ~1 s precision).
  return Math.round(serial * 1e8) / 1e8;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function richTextToPlain(value: unknown): string | null {
  if (!isRecord(value) || !Array.isArray(value.richText)) return null;
  return value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : "")).join("");
}

/** What a formula cell's cached result, or a plain cell value, reads as. `missing` when a formula has no result. */
function toCellValue(value: unknown, date1904: boolean): CellValue | typeof MISSING {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "#VALUE!" : dateToSerial(value, date1904);
  }
  if (!isRecord(value)) return "";
  if (typeof value.error === "string") return value.error;
  const rich = richTextToPlain(value);
  if (rich !== null) return rich;
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined || value.result === null) return MISSING;
    const result = toCellValue(value.result, date1904);
    return result;
  }
  if ("hyperlink" in value) {
    const text = value.text;
    if (typeof text === "string") return text;
    const richLink = richTextToPlain(text);
    if (richLink !== null) return richLink;
    return typeof value.hyperlink === "string" ? value.hyperlink : "";
  }
  if ("text" in value && typeof value.text === "string") return value.text;
  return "";
}

const MISSING = Symbol("missing formula result");

function readWorksheet(ws: ExcelJS.Worksheet, date1904: boolean, issues: Issue[]): RawSheet {
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A cell covered by a merge shows nothing in Excel (only the top-left cell holds the value).
      const covered = cell.type === ExcelJS.ValueType.Merge && cell.master !== cell;
      let value = covered ? "" : toCellValue(cell.value, date1904);
      if (value === MISSING) {
        issues.push(
          cellIssue(
            "warning",
            "formula.no-cached-value",
            `Formule sans valeur calculée en ${ws.name}!${cell.address} : ouvrez le fichier dans Excel et enregistrez-le pour calculer les formules. / ` +
              `Formula without a computed value at ${ws.name}!${cell.address}: open the file in Excel and save it so formulas are calculated.`,
            ws.name,
            rowNumber,
            colNumber - 1,
          ),
        );
        value = "";
      }
      while (rowValues.length < colNumber - 1) {
        rowValues.push("");
        rowFormats.push(GENERAL);
      }
      rowValues[colNumber - 1] = value;
      rowFormats[colNumber - 1] = covered ? GENERAL : cell.numFmt || GENERAL;
    });
    while (values.length < rowNumber - 1) {
      values.push([]);
      numberFormats.push([]);
    }
    values[rowNumber - 1] = rowValues;
    numberFormats[rowNumber - 1] = rowFormats;
  });
  return { name: ws.name, values, numberFormats, firstRow: 1, firstColumn: 0 };
}

/** Reads an .xlsx from its bytes. Throws when the bytes are not a readable workbook (the caller reports it). */
export async function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): Promise<ReadWorkbookResult> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS (through JSZip) reads an ArrayBuffer; slice() gives one holding exactly these bytes.
  await workbook.xlsx.load(bytes.slice().buffer);
  const date1904 = workbook.properties?.date1904 === true;
  const sheetNames = workbook.worksheets.map((ws) => ws.name);
  const issues: Issue[] = [];
  const only = typeof options.only === "function" ? options.only(sheetNames) : options.only;
  const sheets = workbook.worksheets
    .filter((ws) => only === undefined || only.includes(ws.name))
    .map((ws) => readWorksheet(ws, date1904, issues));
  return { sheetNames, sheets, info: { date1904, locale: options.locale ?? "fr" }, issues };
}
