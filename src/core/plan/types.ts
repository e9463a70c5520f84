// A sheet plan: a declarative description of one output sheet (design.md §2, §7; style.md "A sheet plan").
// The core builds plans; src/excel (Office JavaScript API) and src/xlsx (exceljs) each apply the same plan.
// A plan is plain data: tests compare plans without running Excel at all.
//
// Conventions used throughout:
// - Addresses are A1 strings without a sheet name ("B3", "A5:H20"); rows are 1-based worksheet rows.
// - Offsets inside a block (styles, textColumns) are 0-based from the block's top-left cell.
// - Colours are "#RRGGBB".
// - Column widths are in characters of the default font (the unit of Excel's "Column width" dialog and of
//   exceljs `column.width`); the Office JavaScript API adapter converts them to points (see src/excel/apply-plan.ts).

import type { CellValue } from "../sheet";

/** Well-known output sheets; any other string is a marker id of the caller's choice. */
export type SheetKey = "balance" | "dashboard" | "history" | "journal" | (string & Record<never, never>);

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";
export type BorderWeight = "thin" | "medium" | "thick";

/** A simple border: one weight and colour on the chosen edges of every cell of the range. */
export interface BorderSpec {
  weight: BorderWeight;
  color?: string;
  /** Edges of each cell; default: all four. */
  edges?: ("top" | "bottom" | "left" | "right")[];
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  /** Font size in points. */
  fontSize?: number;
  /** Solid fill colour. */
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrap?: boolean;
  border?: BorderSpec;
}

/** A style on a part of a block: rows/columns are 0-based inclusive offsets in the block; omitted = all. */
export interface StyleRun {
  rows?: [first: number, last: number];
  columns?: [first: number, last: number];
  style: CellStyle;
}

export interface Block {
  /** Top-left cell, e.g. "A1". */
  at: string;
  /** Rows of values; every row has the same length (checkPlan reports ragged rows as a bug). */
  values: CellValue[][];
  /** Excel number-format codes per cell (same shape as values); null = the column format or General. */
  numberFormats?: (string | null)[][];
  /** Excel number-format code per column of the block (e.g. '#,##0.00 "€"', 'dd/mm/yyyy', '0.0%'). */
  columnFormats?: (string | null)[];
  /**
   * Block columns whose strings are always written with the Text format, whatever they contain.
   * (Every string that could be read as a formula, number or date already is: see text-guard.ts.)
   */
  textColumns?: number[];
  /** Style of the whole block. */
  style?: CellStyle;
  /** Styles of parts of the block, applied after `style`, in order. */
  styles?: StyleRun[];
}

export type TableTotal = "sum" | "count" | "average" | "min" | "max" | { label: string };

export interface TablePlan {
  /** Table name, unique in the workbook (letters, digits, underscores; starts with a letter). */
  name: string;
  /** Range including the header row (and excluding any totals row), e.g. "A4:K120". */
  range: string;
  /** Excel table style name, e.g. "TableStyleMedium2". */
  style?: string;
  /** True when the first row of `range` holds the headers (default true). */
  headerRow?: boolean;
  /** Show a totals row below `range`. */
  showTotals?: boolean;
  /** Totals per table column when showTotals (null = none). */
  totals?: (TableTotal | null)[];
}

export type ComparisonOperator =
  | "greaterThan" | "greaterThanOrEqual" | "lessThan" | "lessThanOrEqual" | "equalTo" | "notEqualTo" | "between";

export interface DataBarRule {
  kind: "dataBar";
  color: string;
}

export interface ColorScalePoint {
  type: "lowestValue" | "highestValue" | "number" | "percent" | "percentile";
  /** Required for number, percent and percentile. */
  value?: number;
  color: string;
}

export interface ColorScaleRule {
  kind: "colorScale";
  min: ColorScalePoint;
  mid?: ColorScalePoint;
  max: ColorScalePoint;
}

export interface CellValueRule {
  kind: "cellValue";
  operator: ComparisonOperator;
  /** One bound, or two for "between". */
  values: [number] | [number, number];
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ConditionalFormatPlan {
  range: string;
  rule: DataBarRule | ColorScaleRule | CellValueRule;
}

export type ChartType = "columnStacked" | "doughnut" | "barClustered" | "line" | "columnClustered" | "lineMarkers";

export interface ChartPlan {
  /** Stable chart name on the sheet (e.g. "encoursTrend"). */
  name: string;
  type: ChartType;
  /** Data range: header row (series names) + label column (categories), e.g. "A30:C42". */
  data: string;
  /** Whether each series is a column of `data` (default) or a row. */
  seriesBy?: "columns" | "rows";
  title: string;
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  /** Names of series plotted on the secondary value axis (e.g. "DSO" next to amounts). */
  secondaryAxisSeries?: string[];
  secondaryAxisTitle?: string;
  legend?: "bottom" | "right" | "top" | "none";
  /** Position in cells: the chart covers topLeft..bottomRight. */
  topLeft: string;
  bottomRight: string;
}

export interface RowGroup {
  /** 1-based worksheet rows, inclusive. */
  startRow: number;
  endRow: number;
  collapsed: boolean;
}

export interface PrintPlan {
  orientation: "landscape" | "portrait";
  /** Fit all columns on one page width (rows flow onto as many pages as needed). */
  fitToPage?: boolean;
  /** Print area, e.g. "A1:K200". */
  area?: string;
}

export interface SheetPlan {
  /** Marker id: the adapters find the sheet by this marker, never by its name. */
  key: SheetKey;
  /** Display name wanted for the sheet (a suffix " (2)" is added when a user sheet has it). */
  sheet: string;
  blocks: Block[];
  tables: TablePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  /** Rows frozen at the top (0 = none). */
  freezeRows: number;
  /** Columns frozen at the left (0 = none). */
  freezeColumns: number;
  /** Widths in characters, from column A; null keeps Excel's default width. */
  columnWidths: (number | null)[];
  rowGroups: RowGroup[];
  /**
   * Where the summary row of each group sits: "above" when a client row heads its invoices (the outline's
   * +/− buttons then sit on the client row). Default "below", Excel's default. The .xlsx writer sets it;
   * Office JavaScript API has no API for this worksheet setting, so in Excel the user's setting is kept.
   */
  rowGroupSummary?: "above" | "below";
  print: PrintPlan;
  tabColor?: string;
}

/** An empty plan to spread fixed fields into: `{ ...emptyPlan("balance", "Balance âgée"), blocks }`. */
export function emptyPlan(key: SheetKey, sheet: string): SheetPlan {
  return {
    key, sheet, blocks: [], tables: [], conditionalFormats: [], charts: [],
    freezeRows: 0, freezeColumns: 0, columnWidths: [], rowGroups: [], print: { orientation: "portrait" },
  };
}
