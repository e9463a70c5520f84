// Excel.DocumentProperties and its custom properties (ExcelApi 1.7): a workbook-level place for markers.
// https://learn.microsoft.com/javascript/api/excel/excel.documentproperties
import { invalidArgument, notFound } from "../errors";
import type { EmulatedWorkbook } from "../model/workbook";
import { hostObject, type HostObject, type ScalarDef, type TypeDef } from "./registry";

interface CustomTarget {
  readonly book: EmulatedWorkbook;
  readonly key: string;
}

function typeOf(value: unknown): string {
  if (typeof value === "number") return "Number";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

function findKey(book: EmulatedWorkbook, key: unknown): string | undefined {
  const wanted = String(key).toLowerCase();
  for (const k of book.documentCustomProperties.keys()) if (k.toLowerCase() === wanted) return k;
  return undefined;
}

export const customDocumentPropertyType: TypeDef<CustomTarget> = {
  name: "CustomProperty",
  idKey: "_Id",
  id: (t) => t.key,
  scalars: {
    Key: { get: (t) => t.key },
    Value: {
      get: (t) => t.book.documentCustomProperties.get(t.key) ?? null,
      set: (t, v) => {
        t.book.documentCustomProperties.set(t.key, v);
      },
    },
    Type: { get: (t) => typeOf(t.book.documentCustomProperties.get(t.key)) },
  },
  methods: {
    Delete: (t) => {
      t.book.documentCustomProperties.delete(t.key);
      return undefined;
    },
  },
};

const custom = (book: EmulatedWorkbook, key: string): HostObject => hostObject(customDocumentPropertyType, { book, key });

export const customDocumentPropertyCollectionType: TypeDef<EmulatedWorkbook> = {
  name: "CustomPropertyCollection",
  scalars: {},
  items: (book) => [...book.documentCustomProperties.keys()].map((key) => custom(book, key)),
  indexer: (book, [key]) => {
    const found = findKey(book, key);
    if (!found) throw notFound("CustomPropertyCollection.getItem", String(key));
    return custom(book, found);
  },
  methods: {
    // "Creates a new or sets an existing custom property."
    Add: (book, [key, value]) => {
      if (typeof key !== "string" || key === "" || key.length > 255) throw invalidArgument("CustomPropertyCollection.add", String(key));
      const existing = findKey(book, key) ?? key;
      book.documentCustomProperties.set(existing, value);
      return custom(book, existing);
    },
    GetItemOrNullObject: (book, [key]) => {
      const found = findKey(book, key);
      return found ? custom(book, found) : null;
    },
    GetCount: (book) => book.documentCustomProperties.size,
    DeleteAll: (book) => {
      book.documentCustomProperties.clear();
      return undefined;
    },
  },
};

const NAMES = ["Title", "Subject", "Author", "Keywords", "Comments", "LastAuthor", "Category", "Manager", "Company"];

const stored = (name: string): ScalarDef<EmulatedWorkbook> => ({
  get: (book) => book.documentProperties[name] ?? "",
  set: (book, v) => {
    book.documentProperties[name] = String(v ?? "");
  },
});

export const documentPropertiesType: TypeDef<EmulatedWorkbook> = {
  name: "DocumentProperties",
  scalars: {
    ...Object.fromEntries(NAMES.map((n) => [n, stored(n)])),
    RevisionNumber: { get: () => 1 },
  },
  navs: { Custom: (book) => hostObject(customDocumentPropertyCollectionType, book) },
};
