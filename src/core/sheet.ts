// Raw input as Excel (or exceljs, or a CSV) hands it over: a 2-D block of cell values.

/** A cell value as Office JavaScript API returns it: number, string ("" when empty, "#N/A" for errors), boolean. */
export type CellValue = string | number | boolean | null;

export interface RawSheet {
  name: string;
  /** Rows of values; values[0] is worksheet row `firstRow`. Rows may be ragged. */
  values: CellValue[][];
  /** Excel number-format codes aligned with values, when known (tells which numbers are dates). */
  numberFormats?: string[][];
  /** 1-based worksheet row of values[0] (default 1). */
  firstRow?: number;
  /** 0-based worksheet column of values[r][0] (default 0, column A). */
  firstColumn?: number;
}

/** Workbook-level facts the parsers need. */
export interface WorkbookInfo {
  /** True when the workbook uses the 1904 date system. */
  date1904: boolean;
  /** Locale deciding ambiguous text dates (fr: day first). */
  locale: "fr" | "en";
}
