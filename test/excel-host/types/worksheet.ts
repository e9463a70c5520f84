// Excel.Worksheet: https://learn.microsoft.com/javascript/api/excel/excel.worksheet
import { HostError, invalidArgument } from "../errors";
import type { EmulatedSheet } from "../model/sheet";
import { chartCollectionType } from "./chart";
import { rangeType } from "./range";
import { rangeAreasType } from "./range-areas";
import { checkedRect, rangeFromAddress } from "./range-target";
import { hostObject, type Host, type TypeDef } from "./registry";
import { tableCollectionType } from "./table";
import {
  customPropertyCollectionType,
  ensureNotLastVisible,
  freezePanesType,
  pageLayoutType,
  protectionType,
} from "./worksheet-parts";
import { MAX_COLUMNS, MAX_ROWS } from "../address";

/**
 * Sheet names: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe,
 * unique regardless of case (Excel's rules for renaming a sheet:
 * https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function checkSheetName(name: unknown, host: Host, self: EmulatedSheet | undefined, location: string): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw invalidArgument(location, `sheet name ${JSON.stringify(name)}`);
  }
  const clash = host.workbook.sheet(name);
  if (clash && clash !== self) throw new HostError("ItemAlreadyExists", location, name);
  return name;
}

const wholeSheet = { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLUMNS };

export const worksheetType: TypeDef<EmulatedSheet> = {
  name: "Worksheet",
  idKey: "Id",
  id: (s) => s.id,
  scalars: {
    Id: { get: (s) => s.id },
    Name: {
      get: (s) => s.name,
      set: (s, v, host) => {
        s.name = checkSheetName(v, host, s, "Worksheet.name");
      },
    },
    Position: {
      get: (s, host) => host.workbook.sheets.indexOf(s),
      set: (s, v, host) => {
        const sheets = host.workbook.sheets;
        const to = Number(v);
        if (!Number.isInteger(to) || to < 0 || to >= sheets.length) throw invalidArgument("Worksheet.position", String(v));
        sheets.splice(sheets.indexOf(s), 1);
        sheets.splice(to, 0, s);
      },
    },
    Visibility: {
      get: (s) => s.visibility,
      set: (s, v, host) => {
        if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw invalidArgument("Worksheet.visibility", String(v));
        if (v !== "Visible") ensureNotLastVisible(s, host.workbook.sheets, "Worksheet.visibility");
        s.visibility = v;
      },
    },
    TabColor: {
      get: (s) => s.tabColor,
      set: (s, v) => {
        s.tabColor = String(v ?? "");
      },
    },
    StandardWidth: {
      get: (s) => s.standardWidth,
      set: (s, v) => {
        s.standardWidth = Number(v);
      },
    },
    ShowGridlines: {
      get: (s) => s.showGridlines,
      set: (s, v) => {
        s.showGridlines = v === true;
      },
    },
  },
  navs: {
    Protection: (s) => hostObject(protectionType, s),
    FreezePanes: (s) => hostObject(freezePanesType, s),
    CustomProperties: (s) => hostObject(customPropertyCollectionType, s),
    PageLayout: (s) => hostObject(pageLayoutType, s),
    Tables: (s) => hostObject(tableCollectionType, { sheet: s }),
    Charts: (s) => hostObject(chartCollectionType, s),
  },
  methods: {
    GetRange: (s, [address]) =>
      hostObject(rangeType, address === undefined || address === null || address === "" ? { sheet: s, rect: wholeSheet } : rangeFromAddress(s, address, "Worksheet.getRange")),
    GetRangeByIndexes: (s, [row, col, rows, cols]) =>
      hostObject(rangeType, {
        sheet: s,
        rect: checkedRect({ row: Number(row), col: Number(col), rows: Number(rows), cols: Number(cols) }, "Worksheet.getRangeByIndexes"),
      }),
    // "Gets the RangeAreas object, representing one or more blocks of rectangular ranges, specified by the address or name."
    GetRanges: (s, [address]) => {
      const parts = String(address ?? "").split(/[,;]/).map((a) => a.trim()).filter((a) => a !== "");
      if (parts.length === 0) throw invalidArgument("Worksheet.getRanges", String(address));
      return hostObject(rangeAreasType, { sheet: s, rects: parts.map((a) => rangeFromAddress(s, a, "Worksheet.getRanges").rect) });
    },
    GetCell: (s, [row, col]) =>
      hostObject(rangeType, { sheet: s, rect: checkedRect({ row: Number(row), col: Number(col), rows: 1, cols: 1 }, "Worksheet.getCell") }),
    // "If the entire worksheet is blank, this function will return the top left cell (i.e. it will not throw an error)."
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)
    GetUsedRange: (s, [valuesOnly]) =>
      hostObject(rangeType, { sheet: s, rect: s.usedRect(valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 } }),
    GetUsedRangeOrNullObject: (s, [valuesOnly]) => {
      const rect = s.usedRect(valuesOnly === true);
      return rect ? hostObject(rangeType, { sheet: s, rect }) : null;
    },
    Activate: (s, _args, host) => {
      if (s.visibility !== "Visible") throw new HostError("InvalidOperation", "Worksheet.activate", "hidden sheet");
      host.workbook.activeSheet = s;
      host.workbook.selection = { sheet: s, rects: [{ row: 0, col: 0, rows: 1, cols: 1 }] };
      return undefined;
    },
    Delete: (s, _args, host) => {
      if (host.workbook.sheets.length === 1) throw new HostError("InvalidOperation", "Worksheet.delete", "last sheet");
      if (s.visibility === "Visible") ensureNotLastVisible(s, host.workbook.sheets, "Worksheet.delete");
      host.workbook.removeSheet(s);
      return undefined;
    },
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-showoutlinelevels-member(1)
    ShowOutlineLevels: (s, [rowLevels, columnLevels]) => {
      s.outlineLevels = { rows: Number(rowLevels ?? 0), columns: Number(columnLevels ?? 0) };
      return undefined;
    },
  },
  since: {
    TabColor: "1.7",
    StandardWidth: "1.7",
    ShowGridlines: "1.8",
    FreezePanes: "1.7",
    CustomProperties: "1.12",
    PageLayout: "1.9",
    Protection: "1.2",
    GetRangeByIndexes: "1.7",
    GetRanges: "1.9",
    GetUsedRangeOrNullObject: "1.4",
    ShowOutlineLevels: "1.10",
  },
};
