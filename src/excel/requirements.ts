// Which Excel API requirement sets the host supports (feature detection, never version sniffing).
// https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements

/** True when the host supports ExcelApi `version` (e.g. "1.12"); false outside Office. */
export function supportsExcelApi(version: string): boolean {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  return requirements !== undefined && requirements.isSetSupported("ExcelApi", version);
}

/** The requirement sets the adapters branch on, read once per operation. */
export interface HostFeatures {
  /** Worksheet custom properties: the owned-sheet marker (ExcelApi 1.12). */
  customProperties: boolean;
  /** Range.group / hideGroupDetails: outline grouping (ExcelApi 1.10). */
  outline: boolean;
  /** Worksheet.pageLayout: orientation, fit to page, print area (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Freeze panes, tab colour, getRangeByIndexes (ExcelApi 1.7). */
  freezeAndTabColor: boolean;
  /** Conditional formats (ExcelApi 1.6). */
  conditionalFormats: boolean;
  /** Chart series on a secondary axis (ExcelApi 1.8). */
  seriesAxisGroup: boolean;
  /** Workbook.getSelectedRanges: multi-area selection (ExcelApi 1.9). */
  selectedRanges: boolean;
}

export function hostFeatures(): HostFeatures {
  return {
    customProperties: supportsExcelApi("1.12"),
    outline: supportsExcelApi("1.10"),
    pageLayout: supportsExcelApi("1.9"),
    freezeAndTabColor: supportsExcelApi("1.7"),
    conditionalFormats: supportsExcelApi("1.6"),
    seriesAxisGroup: supportsExcelApi("1.8"),
    selectedRanges: supportsExcelApi("1.9"),
  };
}
