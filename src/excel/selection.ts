// The user's selection, for planning reminders from the rows selected in the aged balance (design.md §1):
// every area of a multiple selection (Ctrl+click), with its values. Whole rows or columns selected are clipped
// to the sheet's used range, so selecting rows 5:9 reads 5 rows of data, not 5 × 16,384 cells.
// Batches: one to learn the areas and the used range, one (or more, for a huge selection) for the values.
import type { CellValue } from "../core/sheet";
import { rangeAddress, splitSheetAddress } from "../core/plan";
import { readAreas, type Area } from "./read-areas";
import { dimsOf, intersect } from "./rect";
import { supportsExcelApi } from "./requirements";
import { runExcel, type RunOptions } from "./run";

export interface SelectedArea {
  sheet: string;
  /** The area as selected, without the sheet name ("A2:C5", "5:9"). */
  address: string;
  /** The selected cells within the used range: values[0][0] is worksheet row `firstRow`, column `firstColumn`. */
  values: CellValue[][];
  /** 1-based worksheet row of values[0]. */
  firstRow: number;
  /** 0-based column of values[r][0]. */
  firstColumn: number;
}

/** The selected areas (ExcelApi 1.9 for several areas; one area on older hosts), with their values. */
export async function getSelectedRanges(options: RunOptions = {}): Promise<SelectedArea[]> {
  const multiple = supportsExcelApi("1.9");
  return runExcel(async (context) => {
    let ranges: Excel.Range[];
    let used: Excel.Range;
    let name: string;
    if (multiple) {
      const selected = context.workbook.getSelectedRanges();
      selected.areas.load("items/address,items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      selected.worksheet.load("name");
      used = selected.worksheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      ranges = selected.areas.items;
      name = selected.worksheet.name;
    } else {
      const one = context.workbook.getSelectedRange();
      one.load("address,rowIndex,columnIndex,rowCount,columnCount");
      one.worksheet.load("name");
      used = one.worksheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      ranges = [one];
      name = one.worksheet.name;
    }
    const usedDims = used.isNullObject ? null : dimsOf(used);
    const areas = ranges.map((r) => ({
      address: splitSheetAddress(r.address).address,
      rowIndex: r.rowIndex,
      columnIndex: r.columnIndex,
      clipped: usedDims ? intersect(dimsOf(r), usedDims) : null,
    }));
    // Values only: nothing reads the selected cells' formats (the plan finds invoices and clients by text).
    const toRead: Area[] = areas.flatMap((a) => (a.clipped ? [{ sheet: name, ...a.clipped, formatColumns: [] }] : []));
    const collected = toRead.map(() => ({ values: [] as CellValue[][] }));
    await readAreas(context, toRead, (chunk) => {
      const target = collected[chunk.area];
      if (!target) return;
      for (const row of chunk.values) target.values.push(row);
    }, options);
    let k = 0;
    return areas.map((a) => {
      if (!a.clipped) {
        return { sheet: name, address: a.address, values: [], firstRow: a.rowIndex + 1, firstColumn: a.columnIndex };
      }
      const got = collected[k++] ?? { values: [] };
      return { sheet: name, address: a.address, ...got, firstRow: a.clipped.rowIndex + 1, firstColumn: a.clipped.columnIndex };
    });
  }, options);
}

/** The address of a clipped area, for messages and tests ("B2:D4"). */
export function areaRange(area: SelectedArea): string {
  const rows = area.values.length;
  const columns = area.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return "";
  return rangeAddress({ top: area.firstRow, left: area.firstColumn, bottom: area.firstRow + rows - 1, right: area.firstColumn + columns - 1 });
}
