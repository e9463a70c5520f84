// Reading rectangles of cells (values and number formats together) in as few batches as the size limits allow.
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
    const ranges = await syncBatch(context, () => plan.map((p) => {
      const area = areas[p.area] as Area;
      const range = context.workbook.worksheets.getItem(area.sheet).getRange(areaAddress(area, p.row, p.rows));
      range.load("values,numberFormat");
      return range;
    }), options);
    stats.batches++;
    let batchBytes = 0;
    for (let k = 0; k < plan.length; k++) {
      const p = plan[k];
      const range = ranges[k];
      if (!p || !range) continue;
      const area = areas[p.area] as Area;
      const values = range.values as CellValue[][];
      const numberFormats = range.numberFormat as string[][];
      const bytes = jsonBytes(values) + jsonBytes(numberFormats);
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
