// Owned sheets are found by a marker, never by name (design.md §7). The rules, shared by both adapters:
// - primary marker: a worksheet custom property MARKER_PROPERTY whose value is the plan key (Office JavaScript API,
//   ExcelApi 1.12);
// - workbook-level fallback: a defined name `_EncoursSheet_<key>` referring to A1 of the owned sheet
//   (.xlsx through exceljs, which cannot write worksheet custom properties) or, in Office JavaScript API hosts without
//   ExcelApi 1.12, the workbook settings (see src/excel/markers.ts). A defined name follows the sheet when the
//   user renames it and turns into #REF! when the sheet is deleted, so it never points at a user's sheet.
// - a user's sheet that merely has our name is never touched: ours takes a free name with a " (2)" suffix.

export const MARKER_PROPERTY = "EncoursSheet";
export const MARKER_NAME_PREFIX = "_EncoursSheet_";

/** The defined name that marks the owned sheet of `key`. */
export function markerDefinedName(key: string): string {
  return `${MARKER_NAME_PREFIX}${key}`;
}

/** The plan key a defined name marks, or null when it is not one of our markers. */
export function keyOfMarkerName(name: string): string | null {
  return name.startsWith(MARKER_NAME_PREFIX) && name.length > MARKER_NAME_PREFIX.length
    ? name.slice(MARKER_NAME_PREFIX.length)
    : null;
}

export interface SheetMarkerInfo {
  /** Worksheet name. */
  name: string;
  /** Value of the worksheet's marker property, when the host has custom properties and the sheet has one. */
  marker: string | null;
}

function sameName(a: string, b: string): boolean {
  // Excel sheet names are unique regardless of case.
  return a.toLocaleLowerCase("fr") === b.toLocaleLowerCase("fr");
}

/**
 * Which sheet each key owns: by the sheet's own marker first (the first in tab order, unless another copy is
 * the one the workbook-level marker confirms), then by the workbook-level marker (`fallback`: key → sheet
 * name) when that sheet exists and carries no other key's marker.
 */
export function resolveOwnedSheets(
  sheets: readonly SheetMarkerInfo[], fallback: ReadonlyMap<string, string>,
): Map<string, string> {
  const owned = new Map<string, string>();
  for (const sheet of sheets) {
    if (sheet.marker === null || sheet.marker === "") continue;
    const current = owned.get(sheet.marker);
    const confirmed = fallback.get(sheet.marker);
    if (current === undefined || (confirmed !== undefined && sameName(confirmed, sheet.name) && !sameName(confirmed, current))) {
      owned.set(sheet.marker, sheet.name);
    }
  }
  const claimed = new Set([...owned.values()].map((n) => n.toLocaleLowerCase("fr")));
  for (const [key, name] of fallback) {
    if (owned.has(key)) continue;
    const sheet = sheets.find((s) => sameName(s.name, name));
    if (!sheet) continue;
    if (sheet.marker !== null && sheet.marker !== "" && sheet.marker !== key) continue;
    if (claimed.has(sheet.name.toLocaleLowerCase("fr"))) continue;
    owned.set(key, sheet.name);
    claimed.add(sheet.name.toLocaleLowerCase("fr"));
  }
  return owned;
}

const MAX_SHEET_NAME = 31;

/** `wanted` when no sheet has that name, else "wanted (2)", "wanted (3)"… (kept within 31 characters). */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = (name: string): boolean => existing.some((e) => sameName(e, name));
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${wanted.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

/** `wanted` when no table has that name, else "wanted_2", "wanted_3"… (table names are workbook-wide). */
export function freeTableName(wanted: string, existing: readonly string[]): string {
  const taken = (name: string): boolean => existing.some((e) => e.toLowerCase() === name.toLowerCase());
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}_${n}`;
    if (!taken(candidate)) return candidate;
  }
}
