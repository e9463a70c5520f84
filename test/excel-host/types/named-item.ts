// Defined names: Excel.NamedItemCollection (workbook.names) and Excel.NamedItem.
// https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
// https://learn.microsoft.com/javascript/api/excel/excel.nameditem
// - NamedItem.formula: "The formula of the named item. Formulas always start with an equal sign (=)." (ExcelApi 1.7)
// - NamedItem.value: "Represents the value computed by the name's formula. For a named range, will return the
//   range address." A name whose sheet was deleted refers to #REF! (type "Error").
// - NamedItem.type: "Specifies the type of the value returned by the name's formula" (String, Integer, Double,
//   Boolean, Range, Error, Array).
import { columnLetters, parseAddress, quoteSheetName, type Rect } from "../address";
import { HostError, invalidArgument, notFound } from "../errors";
import type { EmulatedSheet } from "../model/sheet";
import type { EmulatedWorkbook, NamedRecord } from "../model/workbook";
import { rangeType } from "./range";
import type { RangeTarget } from "./range-target";
import { hostObject, isHostObject, type HostObject, type TypeDef } from "./registry";

interface NamedTarget {
  book: EmulatedWorkbook;
  record: NamedRecord;
}

function absolute(rect: Rect): string {
  const first = `$${columnLetters(rect.col)}$${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:$${columnLetters(rect.col + rect.cols - 1)}$${rect.row + rect.rows}`;
}

function alive(t: NamedTarget): EmulatedSheet | undefined {
  const sheet = t.record.sheet;
  return sheet && t.book.sheets.includes(sheet) ? sheet : undefined;
}

function reference(t: NamedTarget): string {
  if (!t.record.sheet || !t.record.rect) return (t.record.formula ?? "").replace(/^=/, "");
  const sheet = alive(t);
  return sheet ? `${quoteSheetName(sheet.name)}!${absolute(t.record.rect)}` : "#REF!";
}

function typeOf(t: NamedTarget): string {
  if (t.record.sheet) return alive(t) ? "Range" : "Error";
  const text = (t.record.formula ?? "").replace(/^=/, "");
  if (/^-?\d+$/.test(text)) return "Integer";
  if (/^-?\d*\.\d+$/.test(text)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(text)) return "Boolean";
  return "String";
}

const NAME_RULE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Parses what a name refers to: "=Feuil1!$A$1", "'Balance âgée'!A1", or a constant formula. */
export function namedRecord(book: EmulatedWorkbook, name: string, refersTo: string, comment = ""): NamedRecord {
  // Name rules: start with a letter, underscore or backslash; no spaces; not a cell reference.
  // https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64
  if (!NAME_RULE.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name)) {
    throw invalidArgument("NamedItemCollection.add", name);
  }
  const text = refersTo.replace(/^=/, "");
  const parsed = text.includes("!") ? parseAddress(text.replace(/\$/g, "")) : undefined;
  if (parsed?.sheet !== undefined) {
    const sheet = book.sheet(parsed.sheet);
    if (!sheet) throw invalidArgument("NamedItemCollection.add", refersTo);
    return { name, sheet, rect: parsed.rect, comment, visible: true };
  }
  return { name, formula: `=${text}`, comment, visible: true };
}

function find(book: EmulatedWorkbook, key: unknown): NamedRecord | undefined {
  if (typeof key !== "string") return undefined;
  const wanted = key.toLowerCase();
  return book.names.find((n) => n.name.toLowerCase() === wanted);
}

const named = (book: EmulatedWorkbook, record: NamedRecord): HostObject => hostObject(namedItemType, { book, record });

export const namedItemType: TypeDef<NamedTarget> = {
  name: "NamedItem",
  scalars: {
    Name: { get: (t) => t.record.name },
    Type: { get: (t) => typeOf(t) },
    Value: { get: (t) => reference(t) },
    Formula: { get: (t) => `=${reference(t)}` },
    Comment: { get: (t) => t.record.comment, set: (t, v) => void (t.record.comment = String(v ?? "")) },
    Visible: { get: (t) => t.record.visible, set: (t, v) => void (t.record.visible = v === true) },
    Scope: { get: () => "Workbook" },
  },
  methods: {
    // "Returns the range object that is associated with the name. Throws an error if the named item's type isn't a range."
    GetRange: (t) => {
      const sheet = alive(t);
      if (!sheet || !t.record.rect) throw new HostError("InvalidOperation", "NamedItem.getRange", t.record.name);
      return hostObject(rangeType, { sheet, rect: t.record.rect } satisfies RangeTarget);
    },
    GetRangeOrNullObject: (t) => {
      const sheet = alive(t);
      return sheet && t.record.rect ? hostObject(rangeType, { sheet, rect: t.record.rect } satisfies RangeTarget) : null;
    },
    Delete: (t) => {
      const i = t.book.names.indexOf(t.record);
      if (i >= 0) t.book.names.splice(i, 1);
      return undefined;
    },
  },
  since: { Comment: "1.4", Scope: "1.4", Formula: "1.7", GetRange: "1.3", GetRangeOrNullObject: "1.4", Delete: "1.4" },
};

export const namedItemCollectionType: TypeDef<EmulatedWorkbook> = {
  name: "NamedItemCollection",
  scalars: {},
  items: (book) => book.names.map((n) => named(book, n)),
  indexer: (book, [key]) => {
    const found = find(book, key);
    if (!found) throw notFound("NamedItemCollection.getItem", String(key));
    return named(book, found);
  },
  methods: {
    GetItemOrNullObject: (book, [key]) => {
      const found = find(book, key);
      return found ? named(book, found) : null;
    },
    GetCount: (book) => book.names.length,
    // "Adds a new name to the collection of the given scope. reference: The formula or the range that the name
    // will refer to." A name that exists already: ItemAlreadyExists.
    Add: (book, [name, ref, comment]) => {
      if (typeof name !== "string") throw invalidArgument("NamedItemCollection.add", String(name));
      if (find(book, name)) throw new HostError("ItemAlreadyExists", "NamedItemCollection.add", name);
      let record: NamedRecord;
      if (isHostObject(ref) && ref.def === rangeType) {
        const target = ref.target as RangeTarget;
        record = { name, sheet: target.sheet, rect: target.rect, comment: String(comment ?? ""), visible: true };
      } else if (typeof ref === "string") {
        record = namedRecord(book, name, ref, String(comment ?? ""));
      } else {
        throw invalidArgument("NamedItemCollection.add", "reference");
      }
      book.names.push(record);
      return named(book, record);
    },
  },
  since: { GetItemOrNullObject: "1.4", GetCount: "1.4", Add: "1.4" },
};
