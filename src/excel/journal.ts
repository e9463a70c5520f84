// The follow-up journal "Suivi des relances" in the open workbook (design.md §7, §8): an owned sheet found by
// its marker, created with its header row on first use, read back as the user left it (columns in any order,
// extra columns, blank rows, unreadable cells become issues), and only ever appended to.
//
// Batches:
// - readJournal: the workbook's structure (saved when the caller passes one read in the same operation), then
//   the journal's cells (one batch up to 2,000 rows × 52 columns, chunked beyond).
// - appendJournal given the location from readJournal: ONE batch whatever the number of rows. The rows go
//   below the sheet's last used row as Excel computes it when the batch runs (Worksheet.getUsedRange, then the
//   row below it), so rows the user added in the meantime are never overwritten. Number formats are set before
//   the values in that batch (the Text format keeps "=cmd|…" text: src/core/plan/text-guard.ts).
//   Without a journal sheet: the sheet is created by the plan writer with the header and the rows (one batch).
// - Existing rows are never rewritten: only cells of new rows are written, plus header cells of the journal's own
//   columns a user deleted, placed right of the used range.
//
// A batch of Outlook drafts in progress is recorded in the workbook (setting PENDING_KEY) until its rows are in
// the journal: a taskpane closed mid-batch leaves it, and the next run looks those drafts up before creating them.
import type { Issue } from "../core/issues";
import { journalColumns, journalHeaders, parseJournalRows, type JournalEntry, type JournalField } from "../core/journal";
import { TEXT_FORMAT, cellAddress } from "../core/plan";
import type { Language } from "../core/reminders";
import type { CellValue } from "../core/sheet";
import { applyPlan } from "./apply-plan";
import { ExcelFailure, protectedSheetFailure } from "./failure";
import {
  JOURNAL_KEY, findJournalHeader, headerOf, journalRowsFor, journalSheetPlan, missingFields, parsePendingKeys,
} from "./journal-layout";
import { readAreas } from "./read-areas";
import type { SheetInfo } from "./markers";
import { queueStructure, type WorkbookSnapshot, type WorkbookStructure } from "./read-input";
import { covers, dimsOf } from "./rect";
import { runExcel, syncBatch, type RunOptions } from "./run";
import { queueSettingValue, queueSettingWrite } from "./settings";

export { JOURNAL_KEY, JOURNAL_SHEET_NAME, journalSheetPlan } from "./journal-layout";

/** Workbook setting holding the draft keys of a batch started and not yet journaled. */
export const PENDING_DRAFTS_KEY = "encours.pendingDrafts";

/** The part of the sheet read with the used range's size; a larger journal is read in chunks. */
const SAMPLE_ADDRESS = "A1:AZ2000";

/** Where the journal is and how its columns are laid out, as read (pass it to appendJournal). */
export interface JournalLocation {
  sheet: string;
  /** Worksheet id: follows a rename. */
  id: string;
  protected: boolean;
  /** 1-based worksheet row of the header row; null when none was found. */
  headerRow: number | null;
  /** Field → 0-based worksheet column. */
  columns: Partial<Record<JournalField, number>>;
  /** Rightmost used column (0-based); −1 for a blank sheet. */
  lastColumn: number;
  /** True when the sheet holds no value at all. */
  blank: boolean;
  /** Language of the header row (labels of new rows follow it). */
  language: Language;
}

export interface JournalRead {
  /** null when the workbook has no journal sheet yet. */
  location: JournalLocation | null;
  entries: JournalEntry[];
  /** Cells that could not be read (rows left out, values ignored), with their address. */
  issues: Issue[];
  /** Draft keys of a batch that was started and never written to the journal (taskpane closed mid-batch). */
  pendingKeys: string[];
  /** The structure read (or given): pass it on to save a batch. */
  structure: WorkbookStructure;
  batches: number;
}

export interface JournalReadOptions extends RunOptions {
  /** The structure read earlier in the same operation (saves a batch). */
  structure?: WorkbookStructure;
  /** The workbook uses the 1904 date system (default false). */
  date1904?: boolean;
  /** Decides ambiguous text dates typed by the user (default fr: day first). */
  locale?: "fr" | "en";
}


/** Reads the journal inside a run. */
async function readIn(context: Excel.RequestContext, options: JournalReadOptions): Promise<JournalRead> {
  let batches = 0;
  let structure = options.structure;
  let pending: (() => unknown) | null = null;
  if (structure === undefined) {
    pending = queueSettingValue(context, PENDING_DRAFTS_KEY);
    structure = await queueStructure(context);
    batches += 1;
  }
  const owned = structure.owned.get(JOURNAL_KEY);
  if (owned === undefined) {
    if (pending === null) {
      pending = await syncBatch(context, () => queueSettingValue(context, PENDING_DRAFTS_KEY), options);
      batches += 1;
    }
    return { location: null, entries: [], issues: [], pendingKeys: parsePendingKeys(pending()), structure, batches };
  }

  const probe = await syncBatch(context, () => {
    const ws = context.workbook.worksheets.getItem(owned.id);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const sample = ws.getRange(SAMPLE_ADDRESS).getUsedRangeOrNullObject(true);
    sample.load("rowIndex,columnIndex,rowCount,columnCount,values");
    const setting = pending ?? queueSettingValue(context, PENDING_DRAFTS_KEY);
    return { used, sample, setting };
  }, { ...options, sheet: owned.name });
  batches += 1;
  const pendingKeys = parsePendingKeys(probe.setting());
  if (probe.used.isNullObject) return { ...journalOf(owned, [], 1, 0, options), pendingKeys, structure, batches };

  const used = dimsOf(probe.used);
  let values: CellValue[][];
  if (!probe.sample.isNullObject && covers(dimsOf(probe.sample), used)) {
    values = probe.sample.values as CellValue[][];
  } else {
    values = [];
    const stats = await readAreas(context, [{ sheet: owned.name, ...used }], (chunk) => {
      for (const row of chunk.values) values.push(row);
    }, options);
    batches += stats.batches;
  }

  const read = journalOf(owned, values, used.rowIndex + 1, used.columnIndex, options);
  return { ...read, pendingKeys, structure, batches };
}

type Owned = Pick<SheetInfo, "name" | "id" | "protected">;

/** The journal's entries, issues and layout from its used range's values. */
function journalOf(
  owned: Owned, values: CellValue[][], firstRow: number, firstColumn: number, options: Pick<JournalReadOptions, "date1904" | "locale">,
): { location: JournalLocation; entries: JournalEntry[]; issues: Issue[] } {
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  const blank = values.every((row) => row.every((cell) => cell === "" || cell === null));
  const parsed = parseJournalRows(values, firstRow, owned.name, {
    firstColumn, date1904: options.date1904 ?? false, locale: options.locale ?? "fr",
  });
  const header = findJournalHeader(values);
  const columns: Partial<Record<JournalField, number>> = {};
  if (header !== null) {
    for (const [field, c] of Object.entries(header.columns) as [JournalField, number][]) columns[field] = firstColumn + c;
  }
  const location: JournalLocation = {
    sheet: owned.name, id: owned.id, protected: owned.protected,
    headerRow: header === null ? null : firstRow + header.index,
    columns,
    lastColumn: blank ? -1 : firstColumn + width - 1,
    blank,
    language: header?.language ?? "fr",
  };
  return { location, entries: parsed.entries, issues: parsed.issues };
}

/**
 * The journal as a workbook snapshot read it (readWorkbookSnapshot reads the owned journal's values with the
 * inputs): no extra batch. The record of pending drafts is not part of a snapshot: `pendingKeys` is empty.
 */
export function journalFromSnapshot(snapshot: WorkbookSnapshot, options: Pick<JournalReadOptions, "date1904" | "locale"> = {}): JournalRead {
  const owned = snapshot.owned.get(JOURNAL_KEY);
  if (owned === undefined) return { location: null, entries: [], issues: [], pendingKeys: [], structure: snapshot, batches: 0 };
  const raw = snapshot.ownedSheets[JOURNAL_KEY];
  const read = raw === undefined
    ? journalOf(owned, [], 1, 0, options)
    : journalOf(owned, raw.values, raw.firstRow ?? 1, raw.firstColumn ?? 0, options);
  return { ...read, pendingKeys: [], structure: snapshot, batches: 0 };
}

/**
 * Reads the journal sheet back: its rows as entries (parseJournalRows: columns by header, user edits tolerated,
 * unreadable cells as issues with their address), its layout, and the keys of an unfinished batch of drafts.
 */
export async function readJournal(options: JournalReadOptions = {}): Promise<JournalRead> {
  return runExcel((context) => readIn(context, options), options);
}

/** The failure when the journal sheet lost its header row: nothing can be appended safely. */
export function journalHeaderFailure(sheet: string): ExcelFailure {
  return new ExcelFailure(
    "JournalHeaderMissing",
    `La feuille « ${sheet} » n'a plus de ligne d'en-tête (il faut au moins les colonnes Date et Client dans les 30 premières lignes) : ` +
      "rétablissez-la, puis relancez. Rien n'a été créé ni écrit.",
    `The sheet "${sheet}" no longer has a header row (at least the Date and Client columns, within the first 30 rows): ` +
      "restore it, then run again. Nothing was created or written.",
    "journal header row not found",
  );
}

/**
 * Why nothing could be appended to this journal, or null when rows can be appended: a protected sheet, a sheet
 * with values but no header row. Checked before any draft is created.
 */
export function journalRefusal(location: JournalLocation | null): ExcelFailure | null {
  if (location === null) return null;
  if (location.protected) return protectedSheetFailure(location.sheet);
  if (location.headerRow === null && !location.blank) return journalHeaderFailure(location.sheet);
  return null;
}

export interface AppendOptions extends RunOptions {
  /** The journal as found by readJournal in the same operation (null: there is none yet). Read when absent. */
  location?: JournalLocation | null;
  /** The structure read in the same operation (used to create the sheet without reading it again). */
  structure?: WorkbookStructure;
  /** Language of the header of a new journal sheet (default fr). */
  language?: Language;
  date1904?: boolean;
  /** Replaces the record of pending drafts in the same batch (e.g. [] once every draft is journaled). */
  pendingKeys?: readonly string[];
}

export interface AppendResult {
  appended: number;
  sheet: string;
  /** 1-based worksheet rows written, or null when nothing was appended. */
  rows: { first: number; last: number } | null;
  /** True when the journal sheet was created by this call. */
  created: boolean;
  /** Batches sent by this call (reading included). */
  batches: number;
}

function queuePending(context: Excel.RequestContext, keys: readonly string[]): void {
  queueSettingWrite(context, PENDING_DRAFTS_KEY, JSON.stringify({ keys: [...keys] }));
}

/** Records the keys of a batch of drafts about to be created (one batch); [] clears the record. */
export async function markDraftsPending(keys: readonly string[], options: RunOptions = {}): Promise<void> {
  await runExcel(async (context) => {
    queuePending(context, keys);
    await context.sync();
  }, options);
}

/** Field → column of the journal as Encours writes it (from column A, in the order of journalColumns). */
function ownLayout(): Partial<Record<JournalField, number>> {
  const columns: Partial<Record<JournalField, number>> = {};
  journalColumns.forEach((column, i) => {
    columns[column.field] = i;
  });
  return columns;
}

/** Creates the journal sheet with its header row and the first rows (plan writer: marker, Text guard, formats). */
async function createJournal(
  entries: readonly JournalEntry[], options: AppendOptions, batches: number,
): Promise<AppendResult> {
  const language = options.language ?? "fr";
  const plan = journalSheetPlan(language);
  if (entries.length > 0) {
    const rows = journalRowsFor(entries, ownLayout(), { language, date1904: options.date1904 ?? false });
    plan.blocks.push({ at: "A2", values: rows.values.map((row) => row.map((v) => v ?? "")), numberFormats: rows.formats });
  }
  const applied = await applyPlan(plan, options.structure === undefined ? options : { ...options, structure: options.structure });
  let total = batches + applied.batches;
  if (options.pendingKeys !== undefined) {
    await markDraftsPending(options.pendingKeys, options);
    total += 1;
  }
  return {
    appended: entries.length,
    sheet: applied.sheets[JOURNAL_KEY] ?? plan.sheet,
    rows: entries.length > 0 ? { first: 2, last: 1 + entries.length } : null,
    created: true,
    batches: total,
  };
}

/**
 * Appends one row per entry at the end of the journal, in one batch when `location` comes from readJournal;
 * creates the journal sheet on first use. Existing rows are never rewritten.
 */
export async function appendJournal(entries: readonly JournalEntry[], options: AppendOptions = {}): Promise<AppendResult> {
  let location = options.location;
  let structure = options.structure;
  let batches = 0;
  if (location === undefined) {
    const read = await readJournal(options);
    location = read.location;
    structure = read.structure;
    batches += read.batches;
  }
  if (location === null && entries.length === 0) {
    if (options.pendingKeys !== undefined) {
      await markDraftsPending(options.pendingKeys, options);
      batches += 1;
    }
    return { appended: 0, sheet: "", rows: null, created: false, batches };
  }
  if (location === null) {
    return createJournal(entries, structure === undefined ? options : { ...options, structure }, batches);
  }
  const refusal = journalRefusal(location);
  if (refusal !== null) throw refusal;
  const at = location;
  if (entries.length === 0) {
    if (options.pendingKeys !== undefined) {
      await markDraftsPending(options.pendingKeys, options);
      batches += 1;
    }
    return { appended: 0, sheet: at.sheet, rows: null, created: false, batches };
  }

  const language = at.headerRow === null ? options.language ?? "fr" : at.language;
  const date1904 = options.date1904 ?? false;
  // A blank journal gets its header row back; a journal missing some of our columns gets them on the right.
  const columns: Partial<Record<JournalField, number>> = { ...at.columns };
  const headerCells: { column: number; text: string }[] = [];
  const headerRow = at.headerRow ?? 1;
  if (at.headerRow === null) {
    Object.assign(columns, ownLayout());
    journalHeaders(language).forEach((text, i) => headerCells.push({ column: i, text }));
  } else {
    missingFields(entries, columns).forEach((field, i) => {
      const column = at.lastColumn + 1 + i;
      columns[field] = column;
      headerCells.push({ column, text: headerOf(field, language) });
    });
  }
  const rows = journalRowsFor(entries, columns, { language, date1904 });

  const written = await runExcel(async (context) => syncBatch(context, () => {
    const ws = context.workbook.worksheets.getItem(at.id);
    for (const cell of headerCells) {
      const range = ws.getRange(cellAddress(headerRow, cell.column));
      range.numberFormat = [[TEXT_FORMAT]];
      range.values = [[cell.text]];
    }
    // The row below the last used row, computed by Excel when the batch runs.
    const target = ws.getUsedRange(true).getLastRow().getOffsetRange(1, 0).getEntireRow()
      .getCell(0, rows.left).getResizedRange(rows.values.length - 1, rows.width - 1);
    target.numberFormat = rows.formats as string[][];
    target.values = rows.values as CellValue[][] as (string | number | boolean)[][];
    target.load("rowIndex");
    if (options.pendingKeys !== undefined) queuePending(context, options.pendingKeys);
    return target;
  }, { ...options, sheet: at.sheet }), { ...options, sheet: at.sheet, attempts: 1 });
  batches += 1;
  const first = written.rowIndex + 1;
  return { appended: entries.length, sheet: at.sheet, rows: { first, last: first + entries.length - 1 }, created: false, batches };
}
