// Excel.RangeAreas (ExcelApi 1.9), as answered by workbook.getSelectedRanges():
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges
import { formatAddress, type Rect } from "../address";
import type { EmulatedSheet } from "../model/sheet";
import { rangeType } from "./range";
import { hostObject, type TypeDef } from "./registry";
import { worksheetType } from "./worksheet";

export interface AreasTarget {
  readonly sheet: EmulatedSheet;
  readonly rects: readonly Rect[];
}

export const rangeCollectionType: TypeDef<AreasTarget> = {
  name: "RangeCollection",
  scalars: {},
  items: (t) => t.rects.map((rect) => hostObject(rangeType, { sheet: t.sheet, rect })),
  methods: { GetCount: (t) => t.rects.length },
};

export const rangeAreasType: TypeDef<AreasTarget> = {
  name: "RangeAreas",
  scalars: {
    Address: { get: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(",") },
    AddressLocal: { get: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(",") },
    AreaCount: { get: (t) => t.rects.length },
    CellCount: { get: (t) => t.rects.reduce((n, r) => n + r.rows * r.cols, 0) },
  },
  navs: {
    Areas: (t) => hostObject(rangeCollectionType, t),
    Worksheet: (t) => hostObject(worksheetType, t.sheet),
  },
};
