// Excel.WorksheetCollection: https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection
import { notFound } from "../errors";
import type { EmulatedSheet } from "../model/sheet";
import type { EmulatedWorkbook } from "../model/workbook";
import { hostObject, type HostObject, type TypeDef } from "./registry";
import { checkSheetName, worksheetType } from "./worksheet";

const sheetObject = (s: EmulatedSheet): HostObject => hostObject(worksheetType, s);

/** By name (case-insensitive) or by id, as getItem accepts either. */
function find(book: EmulatedWorkbook, key: unknown): EmulatedSheet | undefined {
  if (typeof key !== "string") return undefined;
  return book.sheet(key) ?? book.sheetById(key);
}

function visible(book: EmulatedWorkbook, visibleOnly: unknown): EmulatedSheet[] {
  return visibleOnly === true ? book.sheets.filter((s) => s.visibility === "Visible") : book.sheets;
}

export const worksheetCollectionType: TypeDef<EmulatedWorkbook> = {
  name: "WorksheetCollection",
  scalars: {},
  items: (book) => book.sheets.map(sheetObject),
  // "Gets a worksheet object using its name or ID." — absent: ItemNotFound.
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)
  indexer: (book, [key]) => {
    const sheet = find(book, key);
    if (!sheet) throw notFound("WorksheetCollection.getItem", String(key));
    return sheetObject(sheet);
  },
  methods: {
    GetItemOrNullObject: (book, [key]) => {
      const sheet = find(book, key);
      return sheet ? sheetObject(sheet) : null;
    },
    Add: (book, [name], host) => {
      let chosen: string;
      if (name === undefined || name === null) {
        let n = book.sheets.length + 1;
        while (book.sheet(`Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      } else {
        chosen = checkSheetName(name, host, undefined, "WorksheetCollection.add");
      }
      return sheetObject(book.addSheet(chosen));
    },
    GetActiveWorksheet: (book) => {
      const active = book.activeSheet ?? book.sheets.find((s) => s.visibility === "Visible");
      if (!active) throw notFound("WorksheetCollection.getActiveWorksheet");
      return sheetObject(active);
    },
    GetFirst: (book, [visibleOnly]) => {
      const first = visible(book, visibleOnly)[0];
      if (!first) throw notFound("WorksheetCollection.getFirst");
      return sheetObject(first);
    },
    GetLast: (book, [visibleOnly]) => {
      const list = visible(book, visibleOnly);
      const last = list[list.length - 1];
      if (!last) throw notFound("WorksheetCollection.getLast");
      return sheetObject(last);
    },
    GetCount: (book, [visibleOnly]) => visible(book, visibleOnly).length,
  },
  since: { GetItemOrNullObject: "1.4", GetCount: "1.4", GetFirst: "1.5", GetLast: "1.5" },
};
