// Owned-sheet markers in Excel (rules in src/core/plan/markers.ts):
// - primary: the worksheet custom property MARKER_PROPERTY = plan key (ExcelApi 1.12; it stays with the sheet
//   when the user renames or moves it);
// - workbook-level fallback, always written too, and the only marker where ExcelApi 1.12 is missing: the
//   registry, a workbook setting REGISTRY_KEY = { [key]: { id, name, ... } }. Worksheet ids do not change when a
//   sheet is renamed, so the registry follows renames as the property does. It also remembers what the last
//   refresh laid out (outline groups), so the next one can undo exactly that.
// - read too: the defined names `_EncoursSheet_<key>` that the .xlsx writer (src/xlsx) leaves in a workbook
//   made by the CLI or the demo, so opening such a file in Excel and refreshing rewrites those sheets instead
//   of adding copies. Excel keeps such a name on its sheet when the user renames it.
import { MARKER_PROPERTY, keyOfMarkerName, resolveOwnedSheets, splitSheetAddress } from "../core/plan";
import { queueSettingValue, queueSettingWrite } from "./settings";

export const REGISTRY_KEY = "encours.sheets";

export interface RegistryEntry {
  /** Worksheet id; null until the sheet's id is known (a sheet just created on a host without ExcelApi 1.12). */
  id: string | null;
  /** Name when last written (informative; the id decides). */
  name: string;
  /** Last row of the report written last time, and whether it had outline groups. */
  lastRow?: number;
  grouped?: boolean;
}

export type SheetRegistry = Record<string, RegistryEntry>;

export interface TableInfo {
  name: string;
  showHeaders: boolean;
  showTotals: boolean;
}

export interface SheetInfo {
  name: string;
  id: string;
  position: number;
  visible: boolean;
  protected: boolean;
  /** Value of the MARKER_PROPERTY custom property, or null (none, or host without ExcelApi 1.12). */
  marker: string | null;
  tables: TableInfo[];
  charts: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the registry setting, dropping entries it cannot understand. */
export function parseRegistry(raw: unknown): SheetRegistry {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  const out: SheetRegistry = {};
  if (!isRecord(value)) return out;
  for (const [key, entry] of Object.entries(value)) {
    if (!isRecord(entry) || typeof entry.name !== "string") continue;
    out[key] = {
      id: typeof entry.id === "string" ? entry.id : null,
      name: entry.name,
      ...(typeof entry.lastRow === "number" ? { lastRow: entry.lastRow } : {}),
      ...(typeof entry.grouped === "boolean" ? { grouped: entry.grouped } : {}),
    };
  }
  return out;
}

/**
 * Queues, in one batch, everything the adapters need to know about every sheet: names, ids, positions,
 * protection, markers, tables and charts (nested loads through the worksheet collection).
 */
export function queueSheetInfos(context: Excel.RequestContext, customProperties: boolean): () => SheetInfo[] {
  const sheets = context.workbook.worksheets;
  const paths = [
    "items/name", "items/id", "items/position", "items/visibility", "items/protection/protected",
    "items/tables/items/name", "items/tables/items/showHeaders", "items/tables/items/showTotals",
    "items/charts/items/name",
  ];
  if (customProperties) paths.push("items/customProperties/items/key", "items/customProperties/items/value");
  sheets.load(paths.join(","));
  return () => sheets.items.map((ws) => ({
    name: ws.name,
    id: ws.id,
    position: ws.position,
    visible: ws.visibility === "Visible",
    protected: ws.protection.protected,
    marker: customProperties
      ? ws.customProperties.items.find((p) => p.key === MARKER_PROPERTY)?.value ?? null
      : null,
    tables: ws.tables.items.map((t) => ({ name: t.name, showHeaders: t.showHeaders, showTotals: t.showTotals })),
    charts: ws.charts.items.map((c) => c.name),
  }));
}

/** Queues the read of the registry; the function gives it after the next sync. */
export function queueRegistryRead(context: Excel.RequestContext): () => SheetRegistry {
  const value = queueSettingValue(context, REGISTRY_KEY);
  return () => parseRegistry(value());
}

/**
 * Queues the read of the workbook's defined names; the function gives key → sheet name for our marker names.
 * NamedItem.value is "the range address" for a named range (ExcelApi 1.1); a name whose sheet was deleted
 * holds #REF! and marks nothing. https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-value-member
 */
export function queueMarkerNames(context: Excel.RequestContext): () => Map<string, string> {
  const names = context.workbook.names;
  names.load("items/name,items/value");
  return () => {
    const out = new Map<string, string>();
    for (const item of names.items) {
      const key = keyOfMarkerName(item.name);
      if (key === null || typeof item.value !== "string") continue;
      const { sheet } = splitSheetAddress(item.value);
      if (sheet !== null && !sheet.includes("#REF!") && !out.has(key)) out.set(key, sheet);
    }
    return out;
  };
}

export function queueRegistryWrite(context: Excel.RequestContext, registry: SheetRegistry): void {
  queueSettingWrite(context, REGISTRY_KEY, registry);
}

/**
 * The owned sheet of each key, by marker property first, then by the registry (id, else recorded name), then by
 * a defined-name marker left by the .xlsx writer.
 */
export function resolveOwned(
  sheets: readonly SheetInfo[], registry: SheetRegistry, markerNames: ReadonlyMap<string, string> = new Map(),
): Map<string, SheetInfo> {
  const fallback = new Map<string, string>();
  for (const [key, entry] of Object.entries(registry)) {
    const byId = entry.id === null ? undefined : sheets.find((s) => s.id === entry.id);
    const sheet = byId ?? (entry.id === null ? sheets.find((s) => s.name === entry.name) : undefined);
    if (sheet) fallback.set(key, sheet.name);
  }
  for (const [key, name] of markerNames) {
    if (fallback.has(key)) continue;
    const sheet = sheets.find((s) => s.name.toLocaleLowerCase("fr") === name.toLocaleLowerCase("fr"));
    if (sheet) fallback.set(key, sheet.name);
  }
  const names = resolveOwnedSheets(sheets.map((s) => ({ name: s.name, marker: s.marker })), fallback);
  const out = new Map<string, SheetInfo>();
  for (const [key, name] of names) {
    const sheet = sheets.find((s) => s.name === name);
    if (sheet) out.set(key, sheet);
  }
  return out;
}
