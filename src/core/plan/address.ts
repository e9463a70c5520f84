// A1 addressing for plans: cells and ranges without a sheet name, 1-based rows, 0-based column indexes.
import { columnIndex, columnLetters } from "../issues";

/** Excel's grid limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellRef {
  /** 1-based worksheet row. */
  row: number;
  /** 0-based column index (A = 0). */
  column: number;
}

/** An inclusive rectangle of cells. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Parses "B3" (or "$B$3") into {row: 3, column: 1}; throws on anything else (plans are built by code). */
export function parseCell(address: string): CellRef {
  const m = CELL.exec(address.trim());
  if (!m) throw new RangeError(`Not an A1 cell address: ${address}`);
  const column = columnIndex(m[1] ?? "");
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS || column < 0 || column >= MAX_COLUMNS) {
    throw new RangeError(`Cell outside the sheet: ${address}`);
  }
  return { row, column };
}

/** "B3" from a 1-based row and a 0-based column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Parses "A1:C4" or a single cell "B2" into an inclusive rectangle (corners in any order). */
export function parseRange(address: string): RangeRef {
  const parts = address.split(":");
  if (parts.length > 2) throw new RangeError(`Not an A1 range: ${address}`);
  const a = parseCell(parts[0] ?? "");
  const b = parts.length === 2 ? parseCell(parts[1] ?? "") : a;
  return {
    top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row),
    left: Math.min(a.column, b.column), right: Math.max(a.column, b.column),
  };
}

/** "A1:C4" for a rectangle; a single cell gives "A1:A1" so every adapter sees one form. */
export function rangeAddress(range: RangeRef): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/** The rectangle of `rows` × `columns` cells whose top-left is `at`. */
export function rectAt(at: string | CellRef, rows: number, columns: number): RangeRef {
  const start = typeof at === "string" ? parseCell(at) : at;
  return { top: start.row, left: start.column, bottom: start.row + rows - 1, right: start.column + columns - 1 };
}

export function rangeRows(range: RangeRef): number {
  return range.bottom - range.top + 1;
}

export function rangeColumns(range: RangeRef): number {
  return range.right - range.left + 1;
}

export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rangeContains(outer: RangeRef, inner: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/**
 * A sheet name as a formula reference needs it: quoted when it is not a plain identifier,
 * with inner apostrophes doubled ("Balance âgée" → "'Balance âgée'", "L'année" → "'L''année'").
 */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'Sheet'!A1:B2" or "Sheet!A1" into sheet name and address (sheet null when absent). */
export function splitSheetAddress(reference: string): { sheet: string | null; address: string } {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: text };
  const rawSheet = text.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2
    ? rawSheet.slice(1, -1).replace(/''/g, "'")
    : rawSheet;
  return { sheet, address: text.slice(bang + 1) };
}
