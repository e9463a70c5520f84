// One worksheet of the emulated workbook. Cells are stored as rows of arrays (sparse), so that
// reading a block answers slices of rows and never builds one object per cell.
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { Formula, GENERAL, type CellValue, type StoredCell } from "./cell";
import { StyleLayers } from "./style";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface OutlineGroup {
  by: "ByRows" | "ByColumns";
  start: number;
  end: number;
}

export interface ConditionalFormatRecord {
  id: string;
  type: string;
  rect: Rect;
  /** Whatever the add-in set on it, by property path ("custom.rule.formula", "custom.format.fill.color", …). */
  props: Record<string, unknown>;
}

export class EmulatedSheet {
  readonly id: string;
  name: string;
  visibility: SheetVisibility = "Visible";
  protected = false;
  tabColor = "";
  standardWidth = 8.43;
  showGridlines = true;
  /** Values and formulas, row by row (undefined = empty). */
  readonly cells: (StoredCell[] | undefined)[] = [];
  /** Number formats, row by row (undefined = "General"). */
  readonly numberFormats: ((string | undefined)[] | undefined)[] = [];
  formulaCount = 0;
  readonly styles = new StyleLayers();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Columns whose width was set by autofitColumns (last call wins). */
  readonly autofittedColumns = new Set<number>();
  readonly autofittedRows = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  freeze: { rows: number; columns: number } = { rows: 0, columns: 0 };
  readonly customProperties = new Map<string, string>();
  readonly conditionalFormats: ConditionalFormatRecord[] = [];
  readonly outline: OutlineGroup[] = [];
  outlineLevels: { rows: number; columns: number } | undefined;
  pageOrientation: "Portrait" | "Landscape" = "Portrait";
  /** Other page layout settings the add-in set (headers/footers…), by path. */
  readonly pageLayoutProps: Record<string, unknown> = {};

  constructor(id: string, name: string) {
    this.id = id;
    this.name = name;
  }

  // ---- cells -----------------------------------------------------------------------------

  stored(row: number, col: number): StoredCell {
    return this.cells[row]?.[col];
  }

  setStored(row: number, col: number, value: StoredCell): void {
    let line = this.cells[row];
    if (!line) {
      if (value === undefined) return;
      line = [];
      this.cells[row] = line;
    }
    const before = line[col];
    if (before instanceof Formula) this.formulaCount--;
    if (value instanceof Formula) this.formulaCount++;
    line[col] = value;
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats[row]?.[col] ?? GENERAL;
  }

  setNumberFormat(row: number, col: number, format: string): void {
    let line = this.numberFormats[row];
    if (!line) {
      if (format === GENERAL) return;
      line = [];
      this.numberFormats[row] = line;
    }
    line[col] = format === GENERAL ? undefined : format;
  }

  /** Clears contents and/or formats of a rectangle. */
  clear(rect: Rect, what: "All" | "Contents" | "Formats"): void {
    const end = rect.col + rect.cols;
    const clearRows = (rows: (unknown[] | undefined)[], clearCell: (r: number, c: number) => void): void => {
      const lastRow = Math.min(rect.row + rect.rows, rows.length);
      for (let r = rect.row; r < lastRow; r++) {
        const line = rows[r];
        if (!line) continue;
        const stop = Math.min(end, line.length);
        for (let c = rect.col; c < stop; c++) if (line[c] !== undefined) clearCell(r, c);
      }
    };
    if (what !== "Formats") clearRows(this.cells, (r, c) => this.setStored(r, c, undefined));
    if (what !== "Contents") {
      clearRows(this.numberFormats, (r, c) => {
        const line = this.numberFormats[r];
        if (line) line[c] = undefined;
      });
      this.styles.clear(rect);
    }
  }

  /**
   * Bounding box of the cells with a value (valuesOnly) or also with a format, as getUsedRange does;
   * undefined for a blank sheet.
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
   */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = MAX_ROWS;
    let bottom = -1;
    let left = MAX_COLUMNS;
    let right = -1;
    const scan = (rows: (unknown[] | undefined)[]): void => {
      for (let r = 0; r < rows.length; r++) {
        const line = rows[r];
        if (!line) continue;
        for (let c = 0; c < line.length; c++) {
          if (line[c] === undefined) continue;
          if (r < top) top = r;
          if (r > bottom) bottom = r;
          if (c < left) left = c;
          if (c > right) right = c;
        }
      }
    };
    scan(this.cells);
    if (!valuesOnly) {
      scan(this.numberFormats);
      for (const rect of this.styles.boundsOfFormatted()) {
        top = Math.min(top, rect.row);
        left = Math.min(left, rect.col);
        bottom = Math.max(bottom, rect.row + rect.rows - 1);
        right = Math.max(right, rect.col + rect.cols - 1);
      }
    }
    if (bottom < 0) return undefined;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Plain values of a rectangle (formulas not evaluated): for inspection in tests. */
  rawValues(rect: Rect): (CellValue | Formula | "")[][] {
    const out: (CellValue | Formula | "")[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line = this.cells[r];
      const row: (CellValue | Formula | "")[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(line?.[c] ?? "");
      out.push(row);
    }
    return out;
  }
}
