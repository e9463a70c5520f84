// Rectangles of a worksheet as Excel gives them (0-based rowIndex / columnIndex, and sizes): the used range, a
// selection, a table, the rows read.

export interface Dims {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A loaded range's rectangle (rowIndex, columnIndex, rowCount and columnCount loaded). */
export function dimsOf(range: Excel.Range): Dims {
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** The cells two rectangles share, or null. */
export function intersect(a: Dims, b: Dims): Dims | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  return bottom > top && right > left ? { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left } : null;
}

/** True when `outer` holds every cell of `inner`. */
export function covers(outer: Dims, inner: Dims): boolean {
  return outer.rowIndex <= inner.rowIndex && inner.rowIndex + inner.rowCount <= outer.rowIndex + outer.rowCount &&
    outer.columnIndex <= inner.columnIndex && inner.columnIndex + inner.columnCount <= outer.columnIndex + outer.columnCount;
}
