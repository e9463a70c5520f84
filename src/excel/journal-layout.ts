// How the journal sheet "Suivi des relances" is laid out, as read back from the cells the user may have edited:
// where the header row is, which column holds which field (any order, extra columns allowed), the language of
// its headers — and how new rows are written into that layout without touching anything else.
// Pure helpers: src/excel/journal.ts does the reading and writing.
import {
  journalColumns, journalFieldOfHeader, journalHeaders, journalRowFromEntry, type JournalEntry, type JournalField,
} from "../core/journal";
import { labelKey } from "../core/journal/labels";
import { GENERAL, TEXT_FORMAT, emptyPlan, needsTextFormat, type SheetPlan } from "../core/plan";
import type { Language } from "../core/reminders";
import type { CellValue } from "../core/sheet";

/** The marker key of the journal sheet (design.md §7: owned sheets are found by marker, never by name). */
export const JOURNAL_KEY = "journal";

/** The name the journal sheet is created with (a user's sheet of that name keeps it; ours takes " (2)"). */
export const JOURNAL_SHEET_NAME: Readonly<Record<Language, string>> = { fr: "Suivi des relances", en: "Reminder log" };

/** The header row is searched this far from the top of the used range (as the journal reader does). */
const HEADER_SEARCH_ROWS = 30;
/** A header row names at least this many journal columns, Date and Client among them. */
const MIN_HEADERS = 3;

export interface JournalHeader {
  /** Index into the values read of the header row. */
  index: number;
  /** Field → index into the row arrays (first column of that header; later duplicates are ignored). */
  columns: Partial<Record<JournalField, number>>;
  language: Language;
}

/** The header row of the journal, found as the journal reader finds it; null when there is none. */
export function findJournalHeader(values: readonly (readonly CellValue[])[]): JournalHeader | null {
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r += 1) {
    const columns: Partial<Record<JournalField, number>> = {};
    let found = 0;
    let fr = 0;
    let en = 0;
    (values[r] ?? []).forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const field = journalFieldOfHeader(cell);
      if (field === null || columns[field] !== undefined) return;
      columns[field] = c;
      found += 1;
      const column = journalColumns.find((j) => j.field === field);
      if (column === undefined || labelKey(column.fr) === labelKey(column.en)) return;
      if (labelKey(cell) === labelKey(column.fr)) fr += 1;
      else if (labelKey(cell) === labelKey(column.en)) en += 1;
    });
    if (found >= MIN_HEADERS && columns.date !== undefined && columns.client !== undefined) {
      return { index: r, columns, language: en > fr ? "en" : "fr" };
    }
  }
  return null;
}

/** The number format a journal cell is written with: dates and amounts by column, text guarded (text-guard.ts). */
function formatOf(field: JournalField, value: CellValue): string {
  const column = journalColumns.find((c) => c.field === field);
  if (typeof value === "number" && column?.numberFormat) return column.numberFormat;
  if (needsTextFormat(value)) return TEXT_FORMAT;
  return column?.numberFormat ?? GENERAL;
}

export interface JournalRows {
  /** Rows to write from column `left`: null leaves a cell as it is (a column the user added). */
  values: (CellValue | null)[][];
  /** Number formats aligned with values, set before the values so that text stays text. */
  formats: (string | null)[][];
  left: number;
  width: number;
}

/**
 * The cells of `entries` laid out on the sheet's columns (`columns`: field → 0-based worksheet column).
 * Only the journal's own columns are written; any column between them that belongs to the user is left as it is.
 */
export function journalRowsFor(
  entries: readonly JournalEntry[], columns: Partial<Record<JournalField, number>>, options: { language: Language; date1904: boolean },
): JournalRows {
  const placed = journalColumns.flatMap((column, index) => {
    const at = columns[column.field];
    return at === undefined ? [] : [{ field: column.field, index, at }];
  });
  const left = Math.min(...placed.map((p) => p.at));
  const right = Math.max(...placed.map((p) => p.at));
  const width = right - left + 1;
  const values: (CellValue | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (const entry of entries) {
    const cells = journalRowFromEntry(entry, options);
    const row: (CellValue | null)[] = new Array<CellValue | null>(width).fill(null);
    const format: (string | null)[] = new Array<string | null>(width).fill(null);
    for (const p of placed) {
      const value = cells[p.index] ?? "";
      row[p.at - left] = value;
      format[p.at - left] = formatOf(p.field, value);
    }
    values.push(row);
    formats.push(format);
  }
  return { values, formats, left, width };
}

/** The journal's fields that some entry fills but the sheet has no column for (the user deleted it). */
export function missingFields(entries: readonly JournalEntry[], columns: Partial<Record<JournalField, number>>): JournalField[] {
  const missing: JournalField[] = [];
  journalColumns.forEach((column, index) => {
    if (columns[column.field] !== undefined) return;
    if (entries.some((e) => (journalRowFromEntry(e)[index] ?? "") !== "")) missing.push(column.field);
  });
  return missing;
}

/** The header cell of a field in the sheet's language. */
export function headerOf(field: JournalField, language: Language): string {
  const index = journalColumns.findIndex((c) => c.field === field);
  return journalHeaders(language)[index] ?? field;
}

/** The new journal sheet: the header row (bold, frozen), the column widths and the date/amount column formats. */
export function journalSheetPlan(language: Language): SheetPlan {
  const headers = journalHeaders(language);
  return {
    ...emptyPlan(JOURNAL_KEY, JOURNAL_SHEET_NAME[language]),
    blocks: [{
      at: "A1",
      values: [headers],
      textColumns: headers.map((_, i) => i),
      style: { bold: true, fill: "#1F3864", fontColor: "#FFFFFF", verticalAlignment: "center" },
    }],
    freezeRows: 1,
    columnWidths: journalColumns.map((c) => c.width),
    print: { orientation: "landscape" },
  };
}

/** The record of a batch of drafts started and not yet written to the journal, as stored in the workbook. */
export function parsePendingKeys(raw: unknown): string[] {
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return [];
    }
  }
  const keys = (value as { keys?: unknown } | null)?.keys;
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === "string" && k !== "") : [];
}
