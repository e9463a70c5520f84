// Excel.ConditionalFormatCollection / ConditionalFormat (ExcelApi 1.6): stored per sheet so tests can
// assert what the add-in asked for (type, range, rule and format set through the sub-objects).
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting
import { formatAddress } from "../address";
import { invalidArgument, notFound } from "../errors";
import type { ConditionalFormatRecord } from "../model/sheet";
import type { EmulatedSheet } from "../model/sheet";
import { intersect, assertWritable, type RangeTarget } from "./range-target";
import { recorderType, type RecorderTarget } from "./recorder";
import { hostObject, type HostObject, type TypeDef } from "./registry";
import { rangeType } from "./range";

interface CfTarget {
  readonly sheet: EmulatedSheet;
  readonly record: ConditionalFormatRecord;
}

const TYPES = ["Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText", "CellValue"];

/** Sub-object names per conditional format type (cf.custom, cf.cellValue, …). */
const NAV_FOR_TYPE: Record<string, string> = {
  Custom: "Custom",
  DataBar: "DataBar",
  ColorScale: "ColorScale",
  IconSet: "IconSet",
  TopBottom: "TopBottom",
  PresetCriteria: "Preset",
  ContainsText: "TextComparison",
  CellValue: "CellValue",
};

function subObject(t: CfTarget, nav: string): HostObject | null {
  if (NAV_FOR_TYPE[t.record.type] !== nav) return null; // other types answer a null object, as Excel does
  const target: RecorderTarget = { store: t.record.props, prefix: `${nav.charAt(0).toLowerCase()}${nav.slice(1)}.` };
  return hostObject(recorderType(nav), target);
}

export const conditionalFormatType: TypeDef<CfTarget> = {
  name: "ConditionalFormat",
  idKey: "Id",
  id: (t) => t.record.id,
  scalars: {
    Id: { get: (t) => t.record.id },
    Type: { get: (t) => t.record.type },
    Priority: {
      get: (t) => t.sheet.conditionalFormats.indexOf(t.record),
      set: (t, v) => {
        t.record.props.priority = v;
      },
    },
    StopIfTrue: {
      get: (t) => t.record.props.stopIfTrue ?? false,
      set: (t, v) => {
        t.record.props.stopIfTrue = v;
      },
    },
  },
  navs: Object.fromEntries(Object.values(NAV_FOR_TYPE).map((nav) => [nav, (t: CfTarget) => subObject(t, nav)])),
  methods: {
    GetRange: (t) => hostObject(rangeType, { sheet: t.sheet, rect: t.record.rect }),
    GetRangeOrNullObject: (t) => hostObject(rangeType, { sheet: t.sheet, rect: t.record.rect }),
    Delete: (t) => {
      const list = t.sheet.conditionalFormats;
      const index = list.indexOf(t.record);
      if (index >= 0) list.splice(index, 1);
      return undefined;
    },
  },
};

function formatsOn(t: RangeTarget): ConditionalFormatRecord[] {
  return t.sheet.conditionalFormats.filter((cf) => intersect(cf.rect, t.rect));
}

export const conditionalFormatCollectionType: TypeDef<RangeTarget> = {
  name: "ConditionalFormatCollection",
  scalars: {},
  items: (t) => formatsOn(t).map((record) => hostObject(conditionalFormatType, { sheet: t.sheet, record })),
  indexer: (t, [id]) => {
    const record = t.sheet.conditionalFormats.find((cf) => cf.id === id);
    if (!record) throw notFound("ConditionalFormatCollection.getItem", String(id));
    return hostObject(conditionalFormatType, { sheet: t.sheet, record });
  },
  methods: {
    Add: (t, [type], host) => {
      assertWritable(t.sheet, "ConditionalFormatCollection.add");
      if (typeof type !== "string" || !TYPES.includes(type)) throw invalidArgument("ConditionalFormatCollection.add", String(type));
      const record: ConditionalFormatRecord = { id: host.workbook.newId(), type, rect: { ...t.rect }, props: {} };
      t.sheet.conditionalFormats.push(record);
      return hostObject(conditionalFormatType, { sheet: t.sheet, record });
    },
    GetItem: (t, [id]) => {
      const record = t.sheet.conditionalFormats.find((cf) => cf.id === id);
      if (!record) throw notFound("ConditionalFormatCollection.getItem", String(id));
      return hostObject(conditionalFormatType, { sheet: t.sheet, record });
    },
    ClearAll: (t) => {
      assertWritable(t.sheet, "ConditionalFormatCollection.clearAll");
      for (const record of formatsOn(t)) t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(record), 1);
      return undefined;
    },
  },
};

/** For test assertions: "Sheet!A1:B2" of a stored conditional format. */
export function conditionalFormatAddress(sheet: EmulatedSheet, record: ConditionalFormatRecord): string {
  return formatAddress(sheet.name, record.rect);
}
