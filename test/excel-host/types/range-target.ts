// What a Range (or RangeFormat, RangeFont, …) addresses: a rectangle on a sheet.
import { formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, type Rect } from "../address";
import { HostError, invalidArgument } from "../errors";
import type { EmulatedSheet } from "../model/sheet";

export interface RangeTarget {
  readonly sheet: EmulatedSheet;
  readonly rect: Rect;
}

export function checkedRect(rect: Rect, location: string): Rect {
  if (
    !Number.isInteger(rect.row) ||
    !Number.isInteger(rect.col) ||
    !Number.isInteger(rect.rows) ||
    !Number.isInteger(rect.cols) ||
    rect.row < 0 ||
    rect.col < 0 ||
    rect.rows < 1 ||
    rect.cols < 1 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.col + rect.cols > MAX_COLUMNS
  ) {
    throw invalidArgument(location, JSON.stringify(rect));
  }
  return rect;
}

/** A range on sheet from an address given to getRange ("A1:B2", "B:B", "3:3"); another sheet's name is refused. */
export function rangeFromAddress(sheet: EmulatedSheet, address: unknown, location: string): RangeTarget {
  if (typeof address !== "string" || address === "") throw invalidArgument(location, "address");
  const parsed = parseAddress(address);
  if (!parsed) throw invalidArgument(location, address);
  if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalidArgument(location, address);
  }
  return { sheet, rect: parsed.rect };
}

export function rangeAddress(t: RangeTarget): string {
  return formatAddress(t.sheet.name, t.rect);
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const endRow = Math.min(a.row + a.rows, b.row + b.rows);
  const endCol = Math.min(a.col + a.cols, b.col + b.cols);
  if (endRow <= row || endCol <= col) return undefined;
  return { row, col, rows: endRow - row, cols: endCol - col };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  const endRow = Math.max(a.row + a.rows, b.row + b.rows);
  const endCol = Math.max(a.col + a.cols, b.col + b.cols);
  return { row, col, rows: endRow - row, cols: endCol - col };
}

/**
 * Writing to a protected sheet fails, as in Excel.
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection ("protected: whether the
 * worksheet is protected") — the host refuses writes with AccessDenied ("You cannot perform the requested operation").
 */
export function assertWritable(sheet: EmulatedSheet, location: string): void {
  if (sheet.protected) throw new HostError("AccessDenied", location, `sheet ${sheet.name} is protected`);
}
