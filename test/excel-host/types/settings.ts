// Excel.SettingCollection / Setting (ExcelApi 1.4): values persisted in the workbook.
// https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
import { invalidArgument, notFound } from "../errors";
import type { EmulatedWorkbook } from "../model/workbook";
import { hostObject, type HostObject, type TypeDef } from "./registry";

interface SettingTarget {
  readonly book: EmulatedWorkbook;
  readonly key: string;
}

export const settingType: TypeDef<SettingTarget> = {
  name: "Setting",
  idKey: "_Id",
  id: (t) => t.key,
  scalars: {
    Key: { get: (t) => t.key },
    Value: {
      get: (t) => t.book.settings.get(t.key) ?? null,
      set: (t, v) => {
        t.book.settings.set(t.key, v);
      },
    },
  },
  methods: {
    Delete: (t) => {
      t.book.settings.delete(t.key);
      return undefined;
    },
  },
};

const setting = (book: EmulatedWorkbook, key: string): HostObject => hostObject(settingType, { book, key });

export const settingCollectionType: TypeDef<EmulatedWorkbook> = {
  name: "SettingCollection",
  scalars: {},
  items: (book) => [...book.settings.keys()].map((key) => setting(book, key)),
  indexer: (book, [key]) => {
    if (typeof key !== "string" || !book.settings.has(key)) throw notFound("SettingCollection.getItem", String(key));
    return setting(book, key);
  },
  methods: {
    // "Sets or adds the specified setting to the workbook."
    Add: (book, [key, value]) => {
      if (typeof key !== "string" || key === "") throw invalidArgument("SettingCollection.add", String(key));
      book.settings.set(key, value);
      return setting(book, key);
    },
    GetItem: (book, [key]) => {
      if (typeof key !== "string" || !book.settings.has(key)) throw notFound("SettingCollection.getItem", String(key));
      return setting(book, key);
    },
    GetItemOrNullObject: (book, [key]) => (typeof key === "string" && book.settings.has(key) ? setting(book, key) : null),
    GetCount: (book) => book.settings.size,
  },
};
