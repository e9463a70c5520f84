// `--select "Balance âgée!A5:A20"`: a sheet and one or more A1 areas, as a user copies them from Excel.
// Sheet names may be quoted the way Excel writes them in formulas ('Balance âgée'!A5, 'L''année'!B2) or not.
// Areas: a cell (A5), a range (A5:C20, $A$5:$C$20), whole rows (5:20) or whole columns (A:C), several separated
// by commas or semicolons ("Factures!A5:A8,A12"). Whole rows and columns are clipped to the sheet's used range.
import { columnIndex, columnLetters } from "../core/issues";
import type { SelectedCells } from "../core/reminders";
import type { CellValue, RawSheet } from "../core/sheet";

/** Excel's grid. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** A selection past the used range is read as blank rows, at most this many. */
const MAX_BLANK_ROWS = 10_000;

/** One rectangle: 1-based rows, 0-based columns, inclusive; `wholeColumns`/`wholeRows` when given as 5:20 or A:C. */
export interface SelectArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
  wholeColumns: boolean;
  wholeRows: boolean;
}

export interface SelectRef {
  /** The text as given on the command line. */
  text: string;
  sheet: string;
  areas: SelectArea[];
}

export type SelectParse = { ok: true; ref: SelectRef } | { ok: false; fr: string; en: string };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

type Corner = { row: number | null; column: number | null };

function corner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell) return { column: columnIndex(cell[1] ?? ""), row: Number(cell[2]) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]), column: null };
  const column = COLUMN.exec(text);
  if (column) return { row: null, column: columnIndex(column[1] ?? "") };
  return null;
}

function parseArea(text: string): SelectArea | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = corner(parts[0]?.trim() ?? "");
  const b = parts.length === 2 ? corner(parts[1]?.trim() ?? "") : a;
  if (a === null || b === null) return null;
  // A lone row number or column letter is not an area (Excel needs 5:5 or A:A).
  if (parts.length === 1 && (a.row === null || a.column === null)) return null;
  const kindA = a.row === null ? "col" : a.column === null ? "row" : "cell";
  const kindB = b.row === null ? "col" : b.column === null ? "row" : "cell";
  if (kindA !== kindB) return null;
  const rows = [a.row ?? 1, b.row ?? MAX_ROW];
  const columns = [a.column ?? 0, b.column ?? MAX_COLUMN - 1];
  if (kindA === "col") rows.splice(0, 2, 1, MAX_ROW);
  if (kindA === "row") columns.splice(0, 2, 0, MAX_COLUMN - 1);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  if (top < 1 || bottom > MAX_ROW || left < 0 || right >= MAX_COLUMN) return null;
  return { top, bottom, left, right, wholeColumns: kindA === "col", wholeRows: kindA === "row" };
}

/** Splits "'Balance âgée'!A5:A20" / "Balance âgée!A5:A20" into the sheet name and its areas. */
export function parseSelect(text: string): SelectParse {
  const trimmed = text.trim();
  const example = "« Balance âgée!A5:A20 » ou « 'Balance âgée'!A5:A20 »";
  const exampleEn = `"Balance âgée!A5:A20" or "'Balance âgée'!A5:A20"`;
  let sheet: string;
  let rest: string;
  if (trimmed.startsWith("'")) {
    // Quoted: '' stands for one apostrophe; the closing quote must be followed by "!".
    let i = 1;
    let name = "";
    for (;;) {
      const ch = trimmed[i];
      if (ch === undefined) return { ok: false, fr: `Sélection « ${text} » : apostrophe non refermée autour du nom de feuille`, en: `Selection "${text}": unclosed quote around the sheet name` };
      if (ch === "'") {
        if (trimmed[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (trimmed[i + 1] !== "!") {
      return { ok: false, fr: `Sélection « ${text} » : « ! » attendu après le nom de feuille, ex. ${example}`, en: `Selection "${text}": "!" expected after the sheet name, e.g. ${exampleEn}` };
    }
    sheet = name;
    rest = trimmed.slice(i + 2);
  } else {
    const bang = trimmed.lastIndexOf("!");
    if (bang < 0) {
      return { ok: false, fr: `Sélection « ${text} » : indiquez la feuille et les cellules, ex. ${example}`, en: `Selection "${text}": give the sheet and the cells, e.g. ${exampleEn}` };
    }
    sheet = trimmed.slice(0, bang).trim();
    rest = trimmed.slice(bang + 1);
  }
  if (sheet.trim() === "") {
    return { ok: false, fr: `Sélection « ${text} » : nom de feuille vide, ex. ${example}`, en: `Selection "${text}": empty sheet name, e.g. ${exampleEn}` };
  }
  const pieces = rest.split(/[,;]/).map((p) => p.trim());
  const areas: SelectArea[] = [];
  for (const piece of pieces) {
    const area = parseArea(piece);
    if (area === null) {
      return {
        ok: false,
        fr: `Sélection « ${text} » : plage « ${piece} » illisible (attendu A5, A5:C20, 5:20 ou A:C)`,
        en: `Selection "${text}": unreadable range "${piece}" (expected A5, A5:C20, 5:20 or A:C)`,
      };
    }
    areas.push(area);
  }
  return { ok: true, ref: { text, sheet, areas } };
}

/** "A5:C20", "A5", "5:20" or "A:C", as Excel shows the area. */
export function areaAddress(area: SelectArea): string {
  if (area.wholeColumns) return `${columnLetters(area.left)}:${columnLetters(area.right)}`;
  if (area.wholeRows) return `${area.top}:${area.bottom}`;
  const first = `${columnLetters(area.left)}${area.top}`;
  const last = `${columnLetters(area.right)}${area.bottom}`;
  return first === last ? first : `${first}:${last}`;
}

/** The last worksheet row holding a value (0 when the sheet is blank). */
function lastUsedRow(sheet: RawSheet): number {
  const firstRow = sheet.firstRow ?? 1;
  for (let r = sheet.values.length - 1; r >= 0; r -= 1) {
    const row = sheet.values[r] ?? [];
    if (row.some((v) => v !== null && v !== "")) return firstRow + r;
  }
  return 0;
}

/**
 * The cells of `area` as the core's selection reads them (what Excel's getSelectedRanges gives): the values of
 * the rows and columns covered, whole rows and columns clipped to the used range. Rows past the used range are
 * counted (blank cells) without being materialised.
 */
export function selectedCells(sheet: RawSheet, area: SelectArea): SelectedCells {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 0;
  const used = lastUsedRow(sheet);
  let bottom = area.bottom;
  if (area.wholeColumns || area.wholeRows || bottom > used) {
    bottom = area.top > used ? Math.min(area.bottom, area.top + MAX_BLANK_ROWS - 1) : Math.min(area.bottom, used);
    if (area.wholeColumns && area.top > used) bottom = area.top - 1; // a whole blank column: nothing
  }
  const rowCount = Math.max(0, bottom - area.top + 1);
  let width = area.right - area.left + 1;
  if (area.wholeRows) {
    width = 0;
    for (const row of sheet.values) width = Math.max(width, firstColumn + row.length - area.left);
    width = Math.max(1, width);
  }
  const values: CellValue[][] = [];
  for (let r = area.top; r <= bottom && r <= used; r += 1) {
    const row = sheet.values[r - firstRow] ?? [];
    const cells: CellValue[] = [];
    for (let c = area.left; c < area.left + width; c += 1) cells.push(row[c - firstColumn] ?? "");
    values.push(cells);
  }
  return { sheet: sheet.name, address: areaAddress(area), values, firstRow: area.top, firstColumn: area.left, rowCount };
}
