// Reading rectangles of cells (values and number formats together) in as few batches as the size limits allow.
// Number formats may be asked for some columns only (Area.formatColumns): they are half the bytes of a typical
// input sheet, and the ledger needs them only where they change a cell's meaning (identifiers such as 000123).
// Each batch carries chunks of one or several areas up to BATCH_BUDGET_BYTES; the bytes per row of each area
// start from an estimate (a measured sample, or a first guess) and follow what each batch actually returned.
// Hidden rows and rows hidden by a filter are read like any other: Range.values returns every cell.
import type { CellValue } from "../core/sheet";
import { cellAddress } from "../core/plan";
import { BATCH_BUDGET_BYTES, FIRST_GUESS_BYTES_PER_CELL, MEASURED_MARGIN, jsonBytes, rowsWithin } from "./budget";
import { syncBatch, type RunOptions } from "./run";

/** A rectangle of a worksheet, 0-based like Excel's rowIndex / columnIndex. */
export interface Area {
  sheet: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /**
   * Worksheet columns (0-based) whose number formats are wanted; the other cells' formats are not read and
   * are absent (undefined) from the chunk's rows. Omitted: every cell's format is read.
   */
  formatColumns?: readonly number[];
}

export interface AreaChunk {
  /** Index of the area in the list given to readAreas. */
  area: number;
  /** 0-based worksheet row of values[0]. */
  rowIndex: number;
  columnIndex: number;
  values: CellValue[][];
  numberFormats: string[][];
  /** Measured JSON bytes of values + formats. */
  bytes: number;
}

/** The number formats of some columns only, as rows aligned with the values (other cells left undefined). */
export function sparseFormats(area: Area, rows: number, columns: readonly { column: number; formats: string[][] }[]): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (const c of columns) {
      const format = c.formats[r]?.[0];
      if (format !== undefined) row[c.column - area.columnIndex] = format;
    }
    out.push(row);
  }
  return out;
}

/** Queues the load of `rows` rows of an area from worksheet row `row`: values, and the formats asked for. */
export interface AreaRead {
  values: CellValue[][];
  numberFormats: string[][];
  /** JSON bytes of what Excel sent (values and the formats read). */
  bytes: number;
}

/** A loaded range's values (called after the sync that loaded them). */
export function loadedValues(range: Excel.Range): CellValue[][] {
  return range.values as CellValue[][];
}

/** A loaded range's number formats (called after the sync that loaded them). */
export function loadedFormats(range: Excel.Range): string[][] {
  return range.numberFormat as string[][];
}

export function queueAreaRead(context: Excel.RequestContext, area: Area, row: number, rows: number): () => AreaRead {
  const sheet = context.workbook.worksheets.getItem(area.sheet);
  const range = sheet.getRange(areaAddress(area, row, rows));
  if (area.formatColumns === undefined) {
    range.load("values,numberFormat");
    return () => {
      const values = loadedValues(range);
      const numberFormats = loadedFormats(range);
      return { values, numberFormats, bytes: jsonBytes(values) + jsonBytes(numberFormats) };
    };
  }
  range.load("values");
  const columns = area.formatColumns
    .filter((c) => c >= area.columnIndex && c < area.columnIndex + area.columnCount)
    .map((column) => {
      const part = sheet.getRange(`${cellAddress(row + 1, column)}:${cellAddress(row + rows, column)}`);
      part.load("numberFormat");
      return { column, part };
    });
  return () => {
    const values = loadedValues(range);
    const formats = columns.map((c) => ({ column: c.column, formats: loadedFormats(c.part) }));
    let bytes = jsonBytes(values);
    for (const f of formats) bytes += jsonBytes(f.formats);
    return { values, numberFormats: sparseFormats(area, rows, formats), bytes };
  };
}

export interface ReadAreasOptions extends RunOptions {
  /** Bytes a batch may carry (default BATCH_BUDGET_BYTES). */
  budgetBytes?: number;
  /** Starting estimate of bytes per row, per area (default: columns × FIRST_GUESS_BYTES_PER_CELL). */
  bytesPerRow?: (number | undefined)[];
}

export interface ReadAreasStats {
  batches: number;
  /** Largest measured batch (values + formats JSON bytes). */
  largestBatchBytes: number;
}

/** A1 address of `rows` rows of an area starting at absolute 0-based row `row`. */
export function areaAddress(area: Area, row: number, rows: number): string {
  const first = cellAddress(row + 1, area.columnIndex);
  const last = cellAddress(row + rows, area.columnIndex + area.columnCount - 1);
  return `${first}:${last}`;
}

/**
 * Reads the areas in order, calling `onChunk` for each chunk as batches come back (return false to stop).
 * Runs inside the caller's Excel.run; each batch is retried alone while Excel is busy.
 */
export async function readAreas(
  context: Excel.RequestContext,
  areas: readonly Area[],
  onChunk: (chunk: AreaChunk) => boolean | void | Promise<boolean | void>,
  options: ReadAreasOptions = {},
): Promise<ReadAreasStats> {
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;
  const perRow = areas.map((a, i) => options.bytesPerRow?.[i] ?? a.columnCount * FIRST_GUESS_BYTES_PER_CELL);
  const done = areas.map(() => 0);
  const stats: ReadAreasStats = { batches: 0, largestBatchBytes: 0 };
  let current = 0;
  while (current < areas.length) {
    // Plan the batch: chunks of the next areas until the budget is used.
    const plan: { area: number; row: number; rows: number }[] = [];
    let left = budget;
    for (let i = current; i < areas.length && left > 0; i++) {
      const area = areas[i];
      if (!area) continue;
      const remaining = area.rowCount - (done[i] ?? 0);
      if (remaining <= 0) continue;
      const rowBytes = perRow[i] ?? 1;
      if (plan.length > 0 && rowBytes > left) break;
      const rows = Math.min(remaining, rowsWithin(left, rowBytes, area.columnCount));
      plan.push({ area: i, row: area.rowIndex + (done[i] ?? 0), rows });
      left -= rows * rowBytes;
      if (rows < remaining) break;
    }
    if (plan.length === 0) break;
    const reads = await syncBatch(context, () => plan.map((p) => queueAreaRead(context, areas[p.area] as Area, p.row, p.rows)), options);
    stats.batches++;
    let batchBytes = 0;
    for (let k = 0; k < plan.length; k++) {
      const p = plan[k];
      const read = reads[k];
      if (!p || !read) continue;
      const area = areas[p.area] as Area;
      const { values, numberFormats, bytes } = read();
      batchBytes += bytes;
      perRow[p.area] = (bytes / p.rows) * MEASURED_MARGIN;
      done[p.area] = (done[p.area] ?? 0) + p.rows;
      const go = await onChunk({ area: p.area, rowIndex: p.row, columnIndex: area.columnIndex, values, numberFormats, bytes });
      if (go === false) return { ...stats, largestBatchBytes: Math.max(stats.largestBatchBytes, batchBytes) };
    }
    stats.largestBatchBytes = Math.max(stats.largestBatchBytes, batchBytes);
    while (current < areas.length && (done[current] ?? 0) >= (areas[current]?.rowCount ?? 0)) current++;
  }
  return stats;
}
