// How much one batch may carry. Excel on the web refuses a request or a response over 5 MB
// (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and a read over 5,000,000 cells
// (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
// We keep every batch at or under 4 MB, and plan for less because sizes are estimates until measured.

/** Ceiling we hold every request and response to. */
export const MAX_BATCH_BYTES = 4 * 1024 * 1024;
/** What a batch is planned to carry: room under the ceiling for estimation error. */
export const BATCH_BUDGET_BYTES = 3_500_000;
/** Excel's limit on the cells of one range read. */
export const MAX_READ_CELLS = 5_000_000;
/** Bytes per cell (value + number format, as JSON) assumed before anything was measured. */
export const FIRST_GUESS_BYTES_PER_CELL = 40;
/** Margin applied to measured sizes: later rows may be longer than the rows measured. */
export const MEASURED_MARGIN = 1.15;

const encoder = new TextEncoder();

/** Size of a value as JSON text in UTF-8 bytes: what travels over the wire for it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Rows that fit in `bytes` at `bytesPerRow`, and under the cell limit; at least 1. */
export function rowsWithin(bytes: number, bytesPerRow: number, columns: number): number {
  const byBytes = Math.floor(bytes / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_READ_CELLS / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}
