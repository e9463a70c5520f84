// Small objects hanging off a worksheet: freeze panes, protection, custom properties, page layout.
import { HostError, invalidArgument, notFound } from "../errors";
import type { EmulatedSheet } from "../model/sheet";
import { rangeType } from "./range";
import { formatRect, type Rect } from "../address";
import { rangeFromAddress, type RangeTarget } from "./range-target";
import { recorderType } from "./recorder";
import { hostObject, isHostObject, type TypeDef } from "./registry";

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes (ExcelApi 1.7)
export const freezePanesType: TypeDef<EmulatedSheet> = {
  name: "WorksheetFreezePanes",
  scalars: {},
  methods: {
    FreezeRows: (s, [n]) => {
      s.freeze = { rows: n === undefined || n === null ? 1 : Number(n), columns: 0 };
      return undefined;
    },
    FreezeColumns: (s, [n]) => {
      s.freeze = { rows: 0, columns: n === undefined || n === null ? 1 : Number(n) };
      return undefined;
    },
    FreezeAt: (s, [frozen]) => {
      let rect;
      if (isHostObject(frozen) && frozen.def === rangeType) rect = (frozen.target as RangeTarget).rect;
      else throw invalidArgument("WorksheetFreezePanes.freezeAt", "expected a Range");
      s.freeze = { rows: rect.row + rect.rows, columns: rect.col + rect.cols };
      return undefined;
    },
    Unfreeze: (s) => {
      s.freeze = { rows: 0, columns: 0 };
      return undefined;
    },
    GetLocationOrNullObject: (s) => {
      const { rows, columns } = s.freeze;
      if (rows === 0 && columns === 0) return null;
      return hostObject(rangeType, {
        sheet: s,
        rect: { row: 0, col: 0, rows: Math.max(rows, 1), cols: Math.max(columns, 1) },
      });
    },
  },
};

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection (ExcelApi 1.2)
export const protectionType: TypeDef<EmulatedSheet> = {
  name: "WorksheetProtection",
  scalars: {
    Protected: { get: (s) => s.protected },
    Options: { get: () => ({}) },
  },
  methods: {
    Protect: (s) => {
      s.protected = true;
      return undefined;
    },
    Unprotect: (s) => {
      s.protected = false;
      return undefined;
    },
  },
};

interface CustomPropertyTarget {
  readonly sheet: EmulatedSheet;
  readonly key: string;
}

function findKey(sheet: EmulatedSheet, key: unknown): string | undefined {
  const wanted = String(key).toLowerCase();
  for (const k of sheet.customProperties.keys()) if (k.toLowerCase() === wanted) return k;
  return undefined;
}

// https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustomproperty (ExcelApi 1.12)
export const customPropertyType: TypeDef<CustomPropertyTarget> = {
  name: "WorksheetCustomProperty",
  idKey: "_Id",
  id: (t) => t.key,
  scalars: {
    Key: { get: (t) => t.key },
    Value: {
      get: (t) => t.sheet.customProperties.get(t.key) ?? "",
      set: (t, v) => {
        t.sheet.customProperties.set(t.key, String(v));
      },
    },
  },
  methods: {
    Delete: (t) => {
      t.sheet.customProperties.delete(t.key);
      return undefined;
    },
  },
};

const customProperty = (sheet: EmulatedSheet, key: string) => hostObject(customPropertyType, { sheet, key });

export const customPropertyCollectionType: TypeDef<EmulatedSheet> = {
  name: "WorksheetCustomPropertyCollection",
  scalars: {},
  items: (s) => [...s.customProperties.keys()].map((key) => customProperty(s, key)),
  indexer: (s, [key]) => {
    const found = findKey(s, key);
    if (!found) throw notFound("WorksheetCustomPropertyCollection.getItem", String(key));
    return customProperty(s, found);
  },
  methods: {
    // "Adds a new custom property that maps to the provided key. This overwrites existing custom properties with that key."
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection#excel-excel-worksheetcustompropertycollection-add-member(1)
    Add: (s, [key, value]) => {
      if (typeof key !== "string" || key === "" || key.length > 255) {
        throw invalidArgument("WorksheetCustomPropertyCollection.add", String(key));
      }
      const existing = findKey(s, key) ?? key;
      s.customProperties.set(existing, String(value));
      return customProperty(s, existing);
    },
    GetItem: (s, [key]) => {
      const found = findKey(s, key);
      if (!found) throw notFound("WorksheetCustomPropertyCollection.getItem", String(key));
      return customProperty(s, found);
    },
    GetItemOrNullObject: (s, [key]) => {
      const found = findKey(s, key);
      return found ? customProperty(s, found) : null;
    },
    GetCount: (s) => s.customProperties.size,
  },
};

/**
 * PageLayout.zoom takes a PageLayoutZoomOptions: `scale` ("Print page scale value can be between 10 and 400"),
 * `horizontalFitToPages` / `verticalFitToPages` ("Number of pages to fit horizontally/vertically. This value
 * can be null if percentage scale is used"). https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions
 */
function checkZoom(value: unknown): Record<string, number> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalidArgument("PageLayout.zoom", String(value));
  const out: Record<string, number> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === undefined) continue;
    const n = Number(v);
    if (key === "scale") {
      if (!Number.isFinite(n) || n < 10 || n > 400) throw invalidArgument("PageLayout.zoom.scale", String(v));
    } else if (key === "horizontalFitToPages" || key === "verticalFitToPages") {
      if (!Number.isInteger(n) || n < 0) throw invalidArgument(`PageLayout.zoom.${key}`, String(v));
    } else {
      throw invalidArgument("PageLayout.zoom", key);
    }
    out[key] = n;
  }
  return out;
}

// https://learn.microsoft.com/javascript/api/excel/excel.pagelayout (ExcelApi 1.9)
export const pageLayoutType: TypeDef<EmulatedSheet> = {
  name: "PageLayout",
  scalars: {
    Orientation: {
      get: (s) => s.pageOrientation,
      set: (s, v) => {
        if (v !== "Portrait" && v !== "Landscape") throw invalidArgument("PageLayout.orientation", String(v));
        s.pageOrientation = v;
      },
    },
    Zoom: {
      get: (s) => s.pageLayoutProps.zoom ?? { scale: 100 },
      set: (s, v) => {
        s.pageLayoutProps.zoom = checkZoom(v);
      },
    },
  },
  navs: {
    HeadersFooters: (s) => hostObject(recorderType("HeaderFooterGroup"), { store: s.pageLayoutProps, prefix: "headersFooters." }),
  },
  methods: {
    // "Sets the worksheet's print area. printArea: The range or ranges of the content to print."
    // (Range | RangeAreas | string). https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintarea-member(1)
    SetPrintArea: (s, [area]) => {
      if (isHostObject(area)) {
        const target = area.target as { sheet?: EmulatedSheet; rect?: Rect; rects?: Rect[] };
        const rects = target.rects ?? (target.rect ? [target.rect] : []);
        if (target.sheet !== s || rects.length === 0) throw invalidArgument("PageLayout.setPrintArea", "range of another sheet");
        s.pageLayoutProps.printArea = rects.map((r) => formatRect(r)).join(",");
        return undefined;
      }
      const parts = String(area ?? "").split(",").map((a) => a.trim()).filter((a) => a !== "");
      if (parts.length === 0) throw invalidArgument("PageLayout.setPrintArea", String(area));
      s.pageLayoutProps.printArea = parts.map((a) => formatRect(rangeFromAddress(s, a, "PageLayout.setPrintArea").rect)).join(",");
      return undefined;
    },
  },
};

export function ensureNotLastVisible(sheet: EmulatedSheet, sheets: EmulatedSheet[], location: string): void {
  const visible = sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
  if (visible.length === 0) throw new HostError("InvalidOperation", location, "a workbook must keep one visible sheet");
}
