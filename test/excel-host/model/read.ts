// Reading cells: formulas are evaluated when read, so a formula always reflects the cells it uses.
import type { Rect } from "../address";
import { Formula, type CellValue } from "./cell";
import { evaluateFormula, type FormulaScope } from "./formula";
import type { EmulatedSheet } from "./sheet";

interface SheetFinder {
  sheet(name: string): EmulatedSheet | undefined;
}

let depth = 0;

export function readValue(book: SheetFinder, sheet: EmulatedSheet, row: number, col: number): CellValue {
  const stored = sheet.cells[row]?.[col];
  if (stored === undefined) return "";
  if (!(stored instanceof Formula)) return stored;
  if (depth > 64) return 0; // circular reference: Excel shows 0 and warns
  depth++;
  try {
    const scope: FormulaScope = {
      sheet,
      findSheet: (name) => book.sheet(name),
      value: (s, r, c) => readValue(book, s, r, c),
    };
    return evaluateFormula(stored.text, scope);
  } finally {
    depth--;
  }
}

/** Values of a rectangle, row by row; rows without formulas are answered by slicing. */
export function readValues(book: SheetFinder, sheet: EmulatedSheet, rect: Rect): CellValue[][] {
  const out: CellValue[][] = new Array<CellValue[]>(rect.rows);
  const end = rect.col + rect.cols;
  const evaluate = sheet.formulaCount > 0;
  for (let i = 0; i < rect.rows; i++) {
    const r = rect.row + i;
    const line = sheet.cells[r];
    const row: CellValue[] = new Array<CellValue>(rect.cols);
    if (!line) {
      row.fill("");
    } else {
      for (let c = rect.col, j = 0; c < end; c++, j++) {
        const v = line[c];
        row[j] = v === undefined ? "" : evaluate && v instanceof Formula ? readValue(book, sheet, r, c) : (v as CellValue);
      }
    }
    out[i] = row;
  }
  return out;
}

/** Formulas of a rectangle: the formula text, or the constant for other cells (Range.formulas). */
export function readFormulas(sheet: EmulatedSheet, rect: Rect): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const line = sheet.cells[r];
    const row: CellValue[] = [];
    for (let c = rect.col; c < rect.col + rect.cols; c++) {
      const v = line?.[c];
      row.push(v === undefined ? "" : v instanceof Formula ? v.text : v);
    }
    out.push(row);
  }
  return out;
}

export function readNumberFormats(sheet: EmulatedSheet, rect: Rect): string[][] {
  const out: string[][] = [];
  for (let r = rect.row; r < rect.row + rect.rows; r++) {
    const line = sheet.numberFormats[r];
    const row: string[] = new Array<string>(rect.cols);
    for (let c = rect.col, j = 0; j < rect.cols; c++, j++) row[j] = line?.[c] ?? "General";
    out.push(row);
  }
  return out;
}
