// Excel.Workbook (the root object of every request): https://learn.microsoft.com/javascript/api/excel/excel.workbook
import { HostError, notFound } from "../errors";
import type { EmulatedWorkbook } from "../model/workbook";
import { rangeType } from "./range";
import { rangeAreasType } from "./range-areas";
import { documentPropertiesType } from "./document-properties";
import { namedItemCollectionType } from "./named-item";
import { hostObject, type TypeDef } from "./registry";
import { settingCollectionType } from "./settings";
import { tableCollectionType } from "./table";
import { worksheetCollectionType } from "./worksheet-collection";

function selection(book: EmulatedWorkbook) {
  if (book.selection) return book.selection;
  const sheet = book.activeSheet ?? book.sheets.find((s) => s.visibility === "Visible");
  if (!sheet) throw notFound("Workbook.getSelectedRange");
  return { sheet, rects: [{ row: 0, col: 0, rows: 1, cols: 1 }] };
}

export const applicationType: TypeDef<EmulatedWorkbook> = {
  name: "Application",
  scalars: {
    CalculationMode: { get: () => "Automatic" },
    DecimalSeparator: { get: () => "." },
    ThousandsSeparator: { get: () => "," },
    UseSystemSeparators: { get: () => true },
  },
  methods: {
    Calculate: () => undefined,
    SuspendApiCalculationUntilNextSync: () => undefined,
    SuspendScreenUpdatingUntilNextSync: () => undefined,
  },
  since: {
    DecimalSeparator: "1.11",
    ThousandsSeparator: "1.11",
    UseSystemSeparators: "1.11",
    SuspendApiCalculationUntilNextSync: "1.6",
    SuspendScreenUpdatingUntilNextSync: "1.9",
  },
};

export const workbookType: TypeDef<EmulatedWorkbook> = {
  name: "Workbook",
  scalars: {
    Name: { get: (b) => b.name },
    ReadOnly: { get: () => false },
    IsDirty: { get: () => true },
  },
  navs: {
    Worksheets: (b) => hostObject(worksheetCollectionType, b),
    Tables: () => hostObject(tableCollectionType, {}),
    Settings: (b) => hostObject(settingCollectionType, b),
    Application: (b) => hostObject(applicationType, b),
    Properties: (b) => hostObject(documentPropertiesType, b),
    Names: (b) => hostObject(namedItemCollectionType, b),
  },
  methods: {
    // "If multiple ranges are selected, this method will throw an error."
    // https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
    GetSelectedRange: (b) => {
      const sel = selection(b);
      const first = sel.rects[0];
      if (sel.rects.length !== 1 || !first) throw new HostError("InvalidSelection", "Workbook.getSelectedRange");
      return hostObject(rangeType, { sheet: sel.sheet, rect: first });
    },
    GetSelectedRanges: (b) => {
      const sel = selection(b);
      return hostObject(rangeAreasType, { sheet: sel.sheet, rects: sel.rects });
    },
    GetActiveCell: (b) => {
      const sel = selection(b);
      const first = sel.rects[0] ?? { row: 0, col: 0, rows: 1, cols: 1 };
      return hostObject(rangeType, { sheet: sel.sheet, rect: { row: first.row, col: first.col, rows: 1, cols: 1 } });
    },
  },
  since: {
    Settings: "1.4",
    Properties: "1.7",
    Name: "1.7",
    ReadOnly: "1.8",
    IsDirty: "1.9",
    GetSelectedRanges: "1.9",
    GetActiveCell: "1.7",
  },
};
