// The in-memory workbook behind the emulated host. Tests inspect it directly
// (harness.workbook.sheet("Balance âgée").values(), .tables, .charts, .settings, …).
import { formatAddress, type Rect } from "../address";
import type { CellValue } from "./cell";
import { EmulatedSheet } from "./sheet";
import { readValue } from "./read";

export interface TableRecord {
  id: string;
  name: string;
  sheet: EmulatedSheet;
  /** Whole table, header row included. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface ChartRecord {
  id: string;
  name: string;
  sheet: EmulatedSheet;
  chartType: string;
  source: Rect;
  seriesBy: string;
  /** Every property the add-in set, by path: "title.text", "axes.valueAxis.title.text", "legend.position", … */
  props: Record<string, unknown>;
  /** One entry per series: what was set on it, by path ("name", "format.fill.color", "setValues()", …). */
  series: Record<string, unknown>[];
  position?: { start: string; end?: string };
  top: number;
  left: number;
  width: number;
  height: number;
}

/**
 * A defined name of the workbook (Formulas > Name Manager). A name that refers to cells keeps the sheet
 * itself, so it follows a rename and turns into #REF! when the sheet is deleted, as in Excel.
 */
export interface NamedRecord {
  name: string;
  /** The sheet and cells referred to, for a name that refers to a range. */
  sheet?: EmulatedSheet;
  rect?: Rect;
  /** The formula of any other name ("=0.2", "=\"text\""). */
  formula?: string;
  comment: string;
  visible: boolean;
}

export interface SelectionState {
  sheet: EmulatedSheet;
  rects: Rect[];
}

export class EmulatedWorkbook {
  readonly sheets: EmulatedSheet[] = [];
  readonly tables: TableRecord[] = [];
  readonly charts: ChartRecord[] = [];
  readonly settings = new Map<string, unknown>();
  /** Workbook-scoped defined names. */
  readonly names: NamedRecord[] = [];
  /** workbook.properties (title, author, …) and workbook.properties.custom. */
  readonly documentProperties: Record<string, string> = {};
  readonly documentCustomProperties = new Map<string, unknown>();
  readonly date1904: boolean;
  name = "Classeur1.xlsx";
  selection: SelectionState | undefined;
  activeSheet: EmulatedSheet | undefined;
  private nextId = 1;

  constructor(date1904 = false) {
    this.date1904 = date1904;
  }

  newId(): string {
    const n = this.nextId++;
    return `{00000000-0001-0000-0000-${n.toString(16).toUpperCase().padStart(12, "0")}}`;
  }

  /** Sheet by name, case-insensitive as in Excel; undefined when absent. */
  sheet(name: string): EmulatedSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** Like sheet() but throws: for test assertions. */
  requireSheet(name: string): EmulatedSheet {
    const found = this.sheet(name);
    if (!found) throw new Error(`No sheet named ${name} (sheets: ${this.sheets.map((s) => s.name).join(", ")})`);
    return found;
  }

  sheetById(id: string): EmulatedSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): EmulatedSheet {
    const sheet = new EmulatedSheet(this.newId(), name);
    this.sheets.push(sheet);
    return sheet;
  }

  removeSheet(sheet: EmulatedSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index >= 0) this.sheets.splice(index, 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    for (let i = this.charts.length - 1; i >= 0; i--) if (this.charts[i]?.sheet === sheet) this.charts.splice(i, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
    if (this.selection?.sheet === sheet) this.selection = undefined;
  }

  tablesOf(sheet: EmulatedSheet): TableRecord[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  chartsOf(sheet: EmulatedSheet): ChartRecord[] {
    return this.charts.filter((c) => c.sheet === sheet);
  }

  /** Evaluated values of the used range of a sheet (from A1), as Excel would show them: for assertions. */
  values(sheetName: string): CellValue[][] {
    const sheet = this.requireSheet(sheetName);
    const used = sheet.usedRect(true);
    if (!used) return [];
    const rect = { row: 0, col: 0, rows: used.row + used.rows, cols: used.col + used.cols };
    return this.read(sheet, rect);
  }

  read(sheet: EmulatedSheet, rect: Rect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row: CellValue[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(readValue(this, sheet, r, c));
      out.push(row);
    }
    return out;
  }

  address(sheet: EmulatedSheet, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }
}
