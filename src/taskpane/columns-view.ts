// What Paramètres shows of an input sheet: the column each field was found in (after the user's overrides),
// the header texts to choose from, and why the sheet cannot be read when it cannot. Pure: the ports read the
// first rows, this turns them into the view.
import { cellText, isBlank } from "../core/cells/text";
import { detectColumns, HEADER_SEARCH_ROWS } from "../core/columns/detect";
import { FIELD_SPECS, REQUIRED, type ColumnOverride, type SheetKind } from "../core/columns/fields";
import { columnLetters } from "../core/issues";
import type { CellValue, RawSheet } from "../core/sheet";
import type { DetectedSheet } from "./ports";

/** Labels are written for the middle of a sentence (issue messages); a form field starts with a capital. */
function asFieldLabel(label: string): string {
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

function headersOf(row: readonly CellValue[], firstColumn: number): { column: string; text: string }[] {
  const out: { column: string; text: string }[] = [];
  row.forEach((value, i) => {
    if (!isBlank(value)) out.push({ column: columnLetters(firstColumn + i), text: cellText(value).trim() });
  });
  return out;
}

/** The row that looks most like headers when none matched: the first with two or more texts. */
function likelyHeaderIndex(sheet: RawSheet): number {
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const texts = (sheet.values[i] ?? []).filter((v) => typeof v === "string" && v.trim() !== "");
    if (texts.length >= 2) return i;
  }
  return -1;
}

/**
 * The fields of `kind` and where they are in `sheet` (its first rows are enough), with `override` applied.
 * `sheet` null: no sheet of that kind was found (`notFound` says which names were tried).
 */
export function detectedSheet(kind: SheetKind, sheet: RawSheet | null, override: ColumnOverride | undefined, notFound?: string): DetectedSheet {
  const required = new Set<string>(REQUIRED[kind]);
  const blank = FIELD_SPECS[kind].map((spec) => ({
    field: spec.field, label: { fr: asFieldLabel(spec.label[0]), en: asFieldLabel(spec.label[1]) }, required: required.has(spec.field), column: null, header: null,
  }));
  if (sheet === null) {
    return { kind, sheet: null, headerRow: null, fields: blank, headers: [], ...(notFound !== undefined ? { problem: notFound } : {}) };
  }
  const firstColumn = sheet.firstColumn ?? 0;
  const firstRow = sheet.firstRow ?? 1;
  const detection = detectColumns(sheet, kind, override);
  if (!detection.ok) {
    const index = likelyHeaderIndex(sheet);
    return {
      kind, sheet: sheet.name, headerRow: index >= 0 ? firstRow + index : null, fields: blank,
      headers: index >= 0 ? headersOf(sheet.values[index] ?? [], firstColumn) : [],
      problem: detection.issue.message,
    };
  }
  const headerRow = detection.headerIndex >= 0 ? (sheet.values[detection.headerIndex] ?? []) : [];
  return {
    kind,
    sheet: sheet.name,
    headerRow: detection.headerIndex >= 0 ? detection.headerRow : null,
    fields: blank.map((f) => {
      const index = detection.columns[f.field];
      if (index === undefined) return f;
      const text = headerRow[index];
      return { ...f, column: columnLetters(firstColumn + index), header: isBlank(text) ? null : cellText(text).trim() };
    }),
    headers: headersOf(headerRow, firstColumn),
  };
}
