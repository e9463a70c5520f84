// Reading a sheet plan the way a person reads the sheet: values and number formats at worksheet cells.
import { parseCell, rectAt, resolveBlock, valueAt, type SheetPlan } from "../../src/core/plan";
import type { CellValue } from "../../src/core/sheet";

/** The planned value at an A1 cell (undefined where no block writes). */
export function cell(plan: SheetPlan, address: string): CellValue | undefined {
  const { row, column } = parseCell(address);
  return valueAt(plan, row, column);
}

/** The number format the adapters write at a worksheet cell (null for an empty cell). */
export function formatAt(plan: SheetPlan, row: number, column: number): string | null | undefined {
  for (const block of plan.blocks) {
    const rows = block.values.length;
    const columns = block.values[0]?.length ?? 0;
    const rect = rectAt(block.at, rows, columns);
    if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
    return resolveBlock(block).formats[row - rect.top]?.[column - rect.left] ?? null;
  }
  return undefined;
}

/** Values of one worksheet row, from column A to `width` columns. */
export function rowValues(plan: SheetPlan, row: number, width: number): CellValue[] {
  const out: CellValue[] = [];
  for (let c = 0; c < width; c++) out.push(valueAt(plan, row, c) ?? null);
  return out;
}

/** The last row any block writes. */
export function lastRow(plan: SheetPlan): number {
  let last = 0;
  for (const block of plan.blocks) {
    const rect = rectAt(block.at, block.values.length, block.values[0]?.length ?? 0);
    last = Math.max(last, rect.bottom);
  }
  return last;
}

/** Every cell holding exactly `text`, as [row, column]. */
export function findText(plan: SheetPlan, text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const block of plan.blocks) {
    const rect = rectAt(block.at, block.values.length, block.values[0]?.length ?? 0);
    block.values.forEach((line, r) => line.forEach((v, c) => {
      if (v === text) out.push([rect.top + r, rect.left + c]);
    }));
  }
  return out;
}

/** The one cell holding `text` (throws when there is none or several: the test is wrong then). */
export function the(plan: SheetPlan, text: string): [number, number] {
  const found = findText(plan, text);
  if (found.length !== 1) throw new Error(`"${text}" found ${found.length} times`);
  return found[0] as [number, number];
}

/** The first cell holding `text`, in reading order (rows, then columns). */
export function first(plan: SheetPlan, text: string): [number, number] {
  const found = findText(plan, text).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (found.length === 0) throw new Error(`"${text}" not found`);
  return found[0] as [number, number];
}
