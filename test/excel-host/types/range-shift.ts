// Range.insert / Range.delete: moving cells down/right or up/left, as Excel does with shift.
import type { Rect } from "../address";
import type { StoredCell } from "../model/cell";
import type { EmulatedSheet } from "../model/sheet";

type Grid<T> = (T[] | undefined)[];

function moveRows<T>(grid: Grid<T>, rect: Rect, delta: number): void {
  // Shift the cells of rect's columns, from rect.row downward, by delta rows (delta < 0: up).
  const end = rect.col + rect.cols;
  const last = grid.length;
  if (delta > 0) {
    for (let r = last - 1; r >= rect.row; r--) {
      const src = grid[r];
      for (let c = rect.col; c < end; c++) {
        const v = src?.[c];
        const dest = (grid[r + delta] ??= []);
        dest[c] = v as T;
        if (src) delete src[c];
      }
    }
  } else {
    const n = -delta;
    for (let r = rect.row; r < last; r++) {
      const src = grid[r + n];
      const dest = grid[r];
      for (let c = rect.col; c < end; c++) {
        const v = src?.[c];
        if (v === undefined) {
          if (dest) delete dest[c];
        } else (grid[r] ??= [])[c] = v;
      }
    }
  }
}

function moveCols<T>(grid: Grid<T>, rect: Rect, delta: number): void {
  const lastRow = Math.min(rect.row + rect.rows, grid.length);
  for (let r = rect.row; r < lastRow; r++) {
    const line = grid[r];
    if (!line) continue;
    if (delta > 0) line.splice(rect.col, 0, ...new Array<T>(delta));
    else line.splice(rect.col, -delta);
  }
}

export function shiftCells(sheet: EmulatedSheet, rect: Rect, mode: "Down" | "Right" | "Up" | "Left"): void {
  const cells = sheet.cells as Grid<StoredCell>;
  const formats = sheet.numberFormats as Grid<string | undefined>;
  if (mode === "Down" || mode === "Up") {
    const delta = mode === "Down" ? rect.rows : -rect.rows;
    moveRows(cells, rect, delta);
    moveRows(formats, rect, delta);
  } else {
    const delta = mode === "Right" ? rect.cols : -rect.cols;
    moveCols(cells, rect, delta);
    moveCols(formats, rect, delta);
  }
  sheet.formulaCount = 0;
  for (const line of sheet.cells) if (line) for (const v of line) if (v !== undefined && typeof v === "object") sheet.formulaCount++;
}
