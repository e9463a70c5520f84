// Reading the workbook for a refresh: sheet names, owned-sheet markers, settings, the input sheets' cells, and
// the owned sheets the refresh reads back (journal, history), in as few round trips as Excel allows.
//
//   batch 1: every sheet's name, id, protection, marker, tables and charts; the settings, the registry and the
//            defined names — and, for every sheet name the add-in would recognise without the sheet list (the
//            input sheets' usual names, INPUT_SHEET_SYNONYMS, and the owned sheets' default names), the size of
//            its data and its first rows. Excel answers a missing name with a null object instead of an error
//            (WorksheetCollection.getItemOrNullObject, Worksheet.getUsedRangeOrNullObject, isNullObject:
//            https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitemornullobject-member(1),
//            https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1),
//            https://learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member),
//            so looking up thirty names costs one request of a few kilobytes.
//   batch 2: the cells of every sheet sized in batch 1, as far as BATCH_BUDGET_BYTES allows (the bytes per row
//            are measured on the first rows), with the ranges of the input sheets' Excel tables; the size of
//            any sheet batch 1 could not look up by name (a saved sheet choice with an unusual name, a name that
//            only contains a synonym such as "Factures 2024", an owned sheet the user renamed).
//   batch 3+: whatever did not fit, in chunks of BATCH_BUDGET_BYTES (readAreas).
// So a workbook whose sheets have their usual names and whose inputs weigh up to ~3.5 MB as JSON (about 20,000
// invoices and as many payments of 6–7 columns) is read in 2 batches; a sheet with an unusual name costs one
// more. Number formats are read only for the identifier columns (N° facture, client, référence, factures
// réglées), found on the first rows: they are the cells whose meaning a format changes (123 shown as 000123),
// and they save half the bytes. Where the header is not in the first rows, every cell's format is read.
// Inputs longer than `inlineRowLimit` rows are not held in the snapshot: feed them to the ledger chunk by chunk
// with readInputChunks. Hidden rows and rows hidden by a filter are read like the others; in merged header
// cells only the top-left cell has the text, as Excel stores it.
import { dateSystemOf, type DateSystemVerdict } from "../core/cells/date-system";
import { detectColumns } from "../core/columns/detect";
import type { ColumnOverride, Field, SheetKind } from "../core/columns/fields";
import { findInputSheets, INPUT_SHEET_SYNONYMS, type InputSheets } from "../core/columns/sheets";
import type { CellValue, RawSheet } from "../core/sheet";
import { BATCH_BUDGET_BYTES, FIRST_GUESS_BYTES_PER_CELL, MAX_READ_CELLS, MEASURED_MARGIN, jsonBytes } from "./budget";
import { JOURNAL_SHEET_NAME } from "./journal-layout";
import {
  queueMarkerNames, queueRegistryRead, queueSheetInfos, resolveOwned, type SheetInfo, type SheetRegistry,
} from "./markers";
import { pull } from "./pull";
import { loadedFormats, loadedValues, queueAreaRead, readAreas, type Area, type AreaRead } from "./read-areas";
import { hostFeatures, type HostFeatures } from "./requirements";
import { covers, dimsOf, intersect, type Dims } from "./rect";
import { runExcel, syncBatch, type RunOptions } from "./run";
import { queueSettingsRead, type SettingsState } from "./settings";

/** Rows read with the sizes: the header (searched in the first 30 rows) and enough rows to measure a row. */
const HEAD_ROWS = 60;
const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];
/** Cells whose reading depends on their number format: identifiers (src/core/ledger/values.ts keyText). */
const FORMAT_FIELDS: Readonly<Record<SheetKind, readonly Field[]>> = {
  invoices: ["number", "client"],
  payments: ["reference", "client", "invoiceRefs"],
  clients: ["client"],
};
/**
 * Names the owned sheets read back are created with (src/core/reports/history-sheet.ts; journal-layout.ts).
 * Excel reserves the sheet name "History", so only the French name of the history is looked up.
 */
const OWNED_DEFAULT_NAMES: Readonly<Record<string, readonly string[]>> = {
  history: ["Historique", "Receivables history"],
  journal: [JOURNAL_SHEET_NAME.fr, JOURNAL_SHEET_NAME.en],
};

export interface InputArea extends Area {
  kind: SheetKind;
  /** The Excel table read, or null for a plain range. */
  table: string | null;
  /** Bytes per row measured on the first rows (with margin), to size the first chunk of a deferred read. */
  bytesPerRow?: number;
}

export interface WorkbookStructure {
  sheets: SheetInfo[];
  /** Owned report sheets by plan key (found by marker, never by name). */
  owned: Map<string, SheetInfo>;
  registry: SheetRegistry;
  settings: SettingsState;
  features: HostFeatures;
}

export interface WorkbookSnapshot extends WorkbookStructure {
  /** Which sheets hold invoices, payments and clients, and the names tried. */
  found: InputSheets;
  /** Where each found input's data is (absent for an empty sheet). */
  areas: Partial<Record<SheetKind, InputArea>>;
  /**
   * Inputs read in full. Their numberFormats hold the formats of the identifier columns only (the other cells'
   * formats are undefined), unless the header was not found in the first rows.
   */
  inputs: Partial<Record<SheetKind, RawSheet>>;
  /** Inputs too long to hold: read them with readInputChunks. */
  deferred: InputArea[];
  /**
   * The first rows of each input as batch 1 or 2 read them (up to 60 rows of the sheet, cut to its data area),
   * when they reach the data's first row: enough to find the header and show the columns without a read of
   * its own. Absent for a data area (an Excel table) that starts below them.
   */
  heads: Partial<Record<SheetKind, RawSheet>>;
  /** Values (no formats) of the owned sheets asked for (SnapshotOptions.ownedSheets) that exist, by key. */
  ownedSheets: Record<string, RawSheet>;
  /**
   * The workbook's date system, told by how the first rows of the invoice and payment sheets show their dates
   * (the Excel client does not expose it). Date serials are read in it.
   */
  dateSystem: DateSystemVerdict;
  stats: { batches: number; largestBatchBytes: number };
}

export interface SnapshotOptions extends RunOptions {
  /** The user's sheet choices; default: the settings document's `inputSheets` field. */
  saved?: Partial<Record<SheetKind, string>>;
  /** Column overrides per kind; default: the settings document's `columnOverrides` field. */
  overrides?: Partial<Record<SheetKind, ColumnOverride>>;
  /** Inputs with more rows are left for readInputChunks (default 200,000). */
  inlineRowLimit?: number;
  /** Bytes per batch (default BATCH_BUDGET_BYTES). */
  budgetBytes?: number;
  /** Owned sheets whose values to read, by key (default ["journal", "history"]). */
  ownedSheets?: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function settingsField(settings: SettingsState, field: string): unknown {
  if (settings.status !== "ok" && settings.status !== "newer") return undefined;
  return settings.document[field];
}

function savedChoice(settings: SettingsState): Partial<Record<SheetKind, string>> | undefined {
  const raw = settingsField(settings, "inputSheets");
  if (!isRecord(raw)) return undefined;
  const out: Partial<Record<SheetKind, string>> = {};
  for (const kind of KINDS) {
    const v = raw[kind];
    if (typeof v === "string" && v.trim() !== "") out[kind] = v;
  }
  return out;
}

function savedOverrides(settings: SettingsState): Partial<Record<SheetKind, ColumnOverride>> {
  const raw = settingsField(settings, "columnOverrides");
  const out: Partial<Record<SheetKind, ColumnOverride>> = {};
  if (!isRecord(raw)) return out;
  for (const kind of KINDS) {
    const sheet = raw[kind];
    if (!isRecord(sheet)) continue;
    const override: ColumnOverride = {};
    for (const [field, column] of Object.entries(sheet)) if (typeof column === "string") override[field] = column;
    out[kind] = override;
  }
  return out;
}

/** Queues the structure read (no sync); the function interprets it after the next sync. */
export function queueStructureRead(context: Excel.RequestContext): () => WorkbookStructure {
  const features = hostFeatures();
  const sheets = queueSheetInfos(context, features.customProperties);
  const settings = queueSettingsRead(context);
  const registry = queueRegistryRead(context);
  const names = queueMarkerNames(context);
  return () => {
    const list = sheets();
    const reg = registry();
    return { sheets: list, owned: resolveOwned(list, reg, names()), registry: reg, settings: settings(), features };
  };
}

/** Batch 1 of every operation: the workbook's structure (one sync). */
export async function queueStructure(context: Excel.RequestContext): Promise<WorkbookStructure> {
  const read = queueStructureRead(context);
  await context.sync();
  return read();
}

interface Head {
  dims: Dims;
  values: CellValue[][];
  numberFormats: string[][];
  /** What Excel shows in each cell: tells the workbook's date system (src/core/cells/date-system.ts). */
  texts: string[][];
}

/** What batch 1 (or 2) learnt about one sheet: its data's size and its first rows. */
interface Sized {
  used: Dims | null;
  head: Head | null;
}

interface Probe {
  name: string;
  read: () => Sized;
}

/** Queues the size and first rows of the sheet named `name`, if there is one. */
function queueProbe(context: Excel.RequestContext, name: string): Probe {
  const ws = context.workbook.worksheets.getItemOrNullObject(name);
  return { name, read: queueSized(context, ws) };
}

function queueSized(context: Excel.RequestContext, ws: Excel.Worksheet): () => Sized {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const head = ws.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true);
  head.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,text");
  return () => ({ used: loadedDims(used), head: loadedHead(head) });
}

/** A loaded range's place, or null for a null object (called after the sync). */
function loadedDims(range: Excel.Range): Dims | null {
  return range.isNullObject ? null : dimsOf(range);
}

function loadedHead(range: Excel.Range): Head | null {
  return range.isNullObject ? null : { dims: dimsOf(range), values: loadedValues(range), numberFormats: loadedFormats(range), texts: range.text };
}

function headBytes(head: Head): number {
  return jsonBytes(head.values) + jsonBytes(head.numberFormats) + jsonBytes(head.texts);
}

/** The date system the first rows of the invoice and payment sheets are shown in. */
function dateSystemOfHeads(targets: readonly Target[]): DateSystemVerdict {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  for (const t of targets) {
    if ((t.kind !== "invoices" && t.kind !== "payments") || !t.sized?.head) continue;
    values.push(...t.sized.head.values);
    texts.push(...t.sized.head.texts);
  }
  return dateSystemOf(values, texts);
}

function lower(name: string): string {
  return name.toLocaleLowerCase("fr");
}

/** The names looked up in batch 1: the synonyms (and their singular), the owned sheets' default names. */
export function probeNames(owned: readonly string[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    if (name.length === 0 || name.length > 31 || seen.has(lower(name))) return;
    seen.add(lower(name));
    names.push(name);
  };
  for (const kind of KINDS) {
    for (const name of INPUT_SHEET_SYNONYMS[kind]) {
      add(name);
      if (!name.includes(" ") && /s$/i.test(name)) add(name.slice(0, -1));
    }
  }
  for (const key of owned) {
    for (const name of OWNED_DEFAULT_NAMES[key] ?? []) {
      add(name);
      add(`${name} (2)`);
    }
  }
  return names;
}

/** One sheet the snapshot reads: an input of some kind, or an owned sheet read back. */
interface Target {
  /** SheetKind for inputs, the owned key otherwise. */
  key: string;
  kind: SheetKind | null;
  sheet: SheetInfo;
  sized: Sized | null;
  /** Ranges of the sheet's tables (inputs with tables only), learnt with the read. */
  tables: { name: string; showTotals: boolean; dims: Dims }[] | null;
  /** Worksheet columns whose formats to read (undefined: all). */
  formatColumns?: number[];
  /** Bytes per row estimated from the head. */
  bytesPerRow?: number;
  /** The data as read (the sheet's used range, before cutting out a table). */
  data?: { dims: Dims; values: CellValue[][]; numberFormats: string[][] };
}

function headSheet(name: string, head: Head): RawSheet {
  return { name, values: head.values, numberFormats: head.numberFormats, firstRow: head.dims.rowIndex + 1, firstColumn: head.dims.columnIndex };
}

/** Identifier columns (absolute) found on the head, or undefined when its header is not there. */
function formatColumnsOf(target: Target, overrides: Partial<Record<SheetKind, ColumnOverride>>): number[] | undefined {
  const head = target.sized?.head;
  if (target.kind === null) return [];
  if (!head) return undefined;
  const detection = detectColumns(headSheet(target.sheet.name, head), target.kind, overrides[target.kind]);
  if (!detection.ok) return undefined;
  const out: number[] = [];
  for (const field of FORMAT_FIELDS[target.kind]) {
    const c = detection.columns[field];
    if (c !== undefined) out.push(head.dims.columnIndex + c);
  }
  return out;
}

function estimateBytesPerRow(target: Target): number {
  const head = target.sized?.head;
  const used = target.sized?.used;
  const columns = used?.columnCount ?? head?.dims.columnCount ?? 1;
  if (!head || head.dims.rowCount === 0) return columns * FIRST_GUESS_BYTES_PER_CELL;
  let bytes = jsonBytes(head.values);
  if (target.formatColumns === undefined) bytes += jsonBytes(head.numberFormats);
  else {
    for (const c of target.formatColumns) {
      const i = c - head.dims.columnIndex;
      if (i >= 0) bytes += jsonBytes(head.numberFormats.map((row) => row[i] ?? "General"));
    }
  }
  return (bytes / head.dims.rowCount) * (columns / Math.max(1, head.dims.columnCount)) * MEASURED_MARGIN;
}

/** True when `head` holds the first row of `area` and all its columns. */
function headReaches(head: Head, area: Dims): boolean {
  return covers(head.dims, { ...area, rowCount: 1 });
}

/** The part of a block of cells (values read over `from`) that lies over `area`, rows clipped to the block. */
function cut(from: Dims, values: CellValue[][], formats: string[][], area: Dims): { values: CellValue[][]; numberFormats: string[][] } {
  const top = area.rowIndex - from.rowIndex;
  const left = area.columnIndex - from.columnIndex;
  const rows = Math.max(0, Math.min(area.rowCount, from.rowIndex + from.rowCount - area.rowIndex));
  const outValues: CellValue[][] = [];
  const outFormats: string[][] = [];
  const whole = left === 0 && area.columnCount >= from.columnCount;
  for (let r = 0; r < rows; r++) {
    const row = values[top + r] ?? [];
    const f = formats[top + r] ?? [];
    outValues.push(whole ? row : row.slice(left, left + area.columnCount));
    outFormats.push(whole ? f : f.slice(left, left + area.columnCount));
  }
  return { values: outValues, numberFormats: outFormats };
}

/** The formats of some columns only, kept from a full read (other cells undefined). */
function keepFormats(formats: string[][], dims: Dims, columns: readonly number[] | undefined): string[][] {
  if (columns === undefined) return formats;
  return formats.map((row) => {
    const out: string[] = [];
    for (const c of columns) {
      const v = row[c - dims.columnIndex];
      if (v !== undefined) out[c - dims.columnIndex] = v;
    }
    return out;
  });
}

/** The input's data: its largest Excel table (without the totals row), else the used range. */
function dataArea(target: Target): { dims: Dims; table: string | null } | null {
  const used = target.sized?.used ?? null;
  let best: { dims: Dims; table: string | null } | null = null;
  for (const t of target.tables ?? []) {
    const rows = t.dims.rowCount - (t.showTotals ? 1 : 0);
    // Rows of the table below the used range hold no value: they are left out.
    const dims = used ? intersect({ ...t.dims, rowCount: rows }, used) : { ...t.dims, rowCount: rows };
    if (dims && dims.rowCount > 0 && (!best || dims.rowCount * dims.columnCount > best.dims.rowCount * best.dims.columnCount)) {
      best = { dims, table: t.name };
    }
  }
  if (best) return best;
  return used ? { dims: used, table: null } : null;
}

function rawSheet(sheet: string, area: Dims, values: CellValue[][], numberFormats?: string[][]): RawSheet {
  return {
    name: sheet, values, ...(numberFormats ? { numberFormats } : {}),
    firstRow: area.rowIndex + 1, firstColumn: area.columnIndex,
  };
}

/** Reads the structure, finds the input sheets and reads them (see the file comment for the batches). */
export async function readWorkbookSnapshot(options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
  const inlineRowLimit = options.inlineRowLimit ?? 200_000;
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;
  const ownedKeys = options.ownedSheets ?? ["journal", "history"];
  return runExcel(async (context) => {
    // ——— Batch 1: structure and the sheets recognisable by name ———
    const readStructure = queueStructureRead(context);
    const probes = probeNames(ownedKeys).map((name) => queueProbe(context, name));
    await context.sync();
    const structure = readStructure();
    let batches = 1;
    const probed = new Map<string, Sized>();
    let batchBytes = 0;
    for (const p of probes) {
      const sized = p.read();
      if (sized.used === null && sized.head === null) continue;
      probed.set(lower(p.name), sized);
      if (sized.head) batchBytes += headBytes(sized.head);
    }
    let largest = batchBytes;

    // Our own report sheets are never inputs, whatever they are named.
    const ownedIds = new Set([...structure.owned.values()].map((s) => s.id));
    const candidates = structure.sheets.filter((s) => !ownedIds.has(s.id)).map((s) => s.name);
    const found = findInputSheets(candidates, options.saved ?? savedChoice(structure.settings));
    const overrides = options.overrides ?? savedOverrides(structure.settings);
    const targets: Target[] = [];
    for (const kind of KINDS) {
      const name = found[kind];
      const sheet = name === null ? undefined : structure.sheets.find((s) => s.name === name);
      if (sheet) targets.push({ key: kind, kind, sheet, sized: probed.get(lower(sheet.name)) ?? null, tables: null });
    }
    for (const key of ownedKeys) {
      const sheet = structure.owned.get(key);
      if (sheet) targets.push({ key, kind: null, sheet, sized: probed.get(lower(sheet.name)) ?? null, tables: null });
    }

    // ——— Batch 2: the cells of what batch 1 sized, within the budget; the size of the rest ———
    const prepare = (target: Target): void => {
      target.formatColumns = formatColumnsOf(target, overrides);
      target.bytesPerRow = estimateBytesPerRow(target);
    };
    for (const t of targets) if (t.sized) prepare(t);
    type Queued = { target: Target; read?: () => AreaRead; dims?: Dims; sized?: () => Sized; tables?: () => Target["tables"] };
    const queued = await syncBatch(context, () => {
      let left = budget;
      return targets.map((target): Queued => {
        const ws = context.workbook.worksheets.getItem(target.sheet.name);
        const q: Queued = { target };
        if (target.kind !== null && target.sheet.tables.length > 0) {
          const ranges = target.sheet.tables.map((t) => {
            const range = ws.tables.getItem(t.name).getRange();
            range.load("rowIndex,columnIndex,rowCount,columnCount");
            return { info: t, range };
          });
          q.tables = () => ranges.map((r) => ({ name: r.info.name, showTotals: r.info.showTotals, dims: dimsOf(r.range) }));
        }
        if (!target.sized) {
          q.sized = queueSized(context, ws);
          return q;
        }
        const used = target.sized.used;
        if (!used) return q;
        const head = target.sized.head;
        if (head && covers(head.dims, used)) return q;
        if (target.kind !== null && used.rowCount > inlineRowLimit) return q;
        const estimate = used.rowCount * (target.bytesPerRow ?? 1);
        if (estimate > left || used.rowCount * used.columnCount > MAX_READ_CELLS) return q;
        left -= estimate;
        const area: Area = { sheet: target.sheet.name, ...used, ...(target.formatColumns ? { formatColumns: target.formatColumns } : {}) };
        q.read = queueAreaRead(context, area, used.rowIndex, used.rowCount);
        q.dims = used;
        return q;
      });
    }, options);
    batches++;
    batchBytes = 0;
    for (const q of queued) {
      const t = q.target;
      if (q.tables) t.tables = q.tables();
      if (q.sized) {
        t.sized = q.sized();
        if (t.sized.head) batchBytes += headBytes(t.sized.head);
        prepare(t);
      }
      if (q.read && q.dims) {
        const got = q.read();
        batchBytes += got.bytes;
        t.data = { dims: q.dims, values: got.values, numberFormats: got.numberFormats };
      } else if (t.sized?.head && t.sized.used && covers(t.sized.head.dims, t.sized.used)) {
        const head = t.sized.head;
        const whole = cut(head.dims, head.values, head.numberFormats, t.sized.used);
        t.data = { dims: t.sized.used, values: whole.values, numberFormats: keepFormats(whole.numberFormats, t.sized.used, t.formatColumns) };
      }
    }
    largest = Math.max(largest, batchBytes);

    // ——— Assemble; what is still missing is read in batches 3+ ———
    const areas: Partial<Record<SheetKind, InputArea>> = {};
    const inputs: Partial<Record<SheetKind, RawSheet>> = {};
    const ownedSheets: Record<string, RawSheet> = {};
    const deferred: InputArea[] = [];
    const pending: { target: Target; area: Area; dims: Dims; table: string | null; bytesPerRow?: number }[] = [];
    const heads: Partial<Record<SheetKind, RawSheet>> = {};
    for (const t of targets) {
      const where = t.kind !== null ? dataArea(t) : t.sized?.used ? { dims: t.sized.used, table: null } : null;
      if (!where) continue;
      const { dims, table } = where;
      const head = t.sized?.head;
      if (t.kind !== null && head && headReaches(head, dims)) {
        const part = cut(head.dims, head.values, head.numberFormats, dims);
        heads[t.kind] = rawSheet(t.sheet.name, { ...dims, rowCount: part.values.length }, part.values, part.numberFormats);
      }
      const area: Area = { sheet: t.sheet.name, ...dims, ...(t.formatColumns ? { formatColumns: t.formatColumns } : {}) };
      if (t.kind !== null) {
        const input: InputArea = { ...area, kind: t.kind, table, ...(t.bytesPerRow !== undefined ? { bytesPerRow: t.bytesPerRow } : {}) };
        areas[t.kind] = input;
        if (dims.rowCount > inlineRowLimit) {
          deferred.push(input);
          continue;
        }
      }
      if (t.data && covers(t.data.dims, dims)) {
        const part = cut(t.data.dims, t.data.values, t.data.numberFormats, dims);
        if (t.kind !== null) inputs[t.kind] = rawSheet(t.sheet.name, dims, part.values, part.numberFormats);
        else ownedSheets[t.key] = rawSheet(t.sheet.name, dims, part.values);
        continue;
      }
      pending.push({ target: t, area, dims, table, ...(t.bytesPerRow !== undefined ? { bytesPerRow: t.bytesPerRow } : {}) });
    }
    // The cells read in batch 2 are no longer needed once cut out.
    for (const t of targets) delete t.data;

    if (pending.length > 0) {
      const collected = pending.map(() => ({ values: [] as CellValue[][], numberFormats: [] as string[][] }));
      const stats = await readAreas(context, pending.map((p) => p.area), (chunk) => {
        const target = collected[chunk.area];
        if (!target) return;
        for (const row of chunk.values) target.values.push(row);
        for (const row of chunk.numberFormats) target.numberFormats.push(row);
      }, { ...options, budgetBytes: budget, bytesPerRow: pending.map((p) => p.bytesPerRow) });
      batches += stats.batches;
      largest = Math.max(largest, stats.largestBatchBytes);
      pending.forEach((p, i) => {
        const got = collected[i];
        if (!got) return;
        if (p.target.kind !== null) inputs[p.target.kind] = rawSheet(p.area.sheet, p.dims, got.values, got.numberFormats);
        else ownedSheets[p.target.key] = rawSheet(p.area.sheet, p.dims, got.values);
      });
    }
    const dateSystem = dateSystemOfHeads(targets);
    return { ...structure, found, areas, inputs, deferred, heads, ownedSheets, dateSystem, stats: { batches, largestBatchBytes: largest } };
  }, options);
}

export interface ChunkOptions extends RunOptions {
  budgetBytes?: number;
  /** Starting estimate of bytes per row (default: a pessimistic guess per cell). */
  bytesPerRow?: number;
  /** Called after the read with the number of batches and the largest batch's bytes. */
  onDone?: (stats: { batches: number; largestBatchBytes: number }) => void;
}

/**
 * The rows of an area, chunk after chunk (each chunk a RawSheet with its firstRow), read in one Excel.run.
 * Each chunk is one batch's worth for that area: feed it to the ledger builder, then ask for the next.
 * The number formats are those of `area.formatColumns` when given (other cells undefined), else of every cell.
 */
export function readInputChunks(area: Area & { bytesPerRow?: number }, options: ChunkOptions = {}): AsyncIterableIterator<RawSheet> {
  return pull<RawSheet>(async (emit) => {
    // Busy Excel is retried per batch (syncBatch), never by re-running the whole read: chunks already handed
    // over must not come again.
    await runExcel(async (context) => {
      const stats = await readAreas(context, [area], async (chunk) => emit({
        name: area.sheet,
        values: chunk.values,
        numberFormats: chunk.numberFormats,
        firstRow: chunk.rowIndex + 1,
        firstColumn: chunk.columnIndex,
      }), { ...options, bytesPerRow: [options.bytesPerRow ?? area.bytesPerRow] });
      options.onDone?.(stats);
    }, { ...options, attempts: 1 });
  });
}

/** Reads one sheet's data (its used range) in full, values and every cell's format; null for an empty sheet. */
/**
 * The values (no formats) of `rows` blocks of one sheet, `columnCount` columns from column A, in as few batches
 * as the budget allows: e.g. the locator columns of the rows a selection covers.
 */
export async function readRowBlocks(
  name: string, blocks: readonly { firstRow: number; rowCount: number }[], columnCount: number, options: RunOptions = {},
): Promise<CellValue[][][]> {
  const out: CellValue[][][] = blocks.map(() => []);
  if (blocks.length === 0) return out;
  return runExcel(async (context) => {
    const areas: Area[] = blocks.map((b) => ({ sheet: name, rowIndex: b.firstRow - 1, columnIndex: 0, rowCount: b.rowCount, columnCount, formatColumns: [] }));
    await readAreas(context, areas, (chunk) => {
      for (const row of chunk.values) out[chunk.area]?.push(row);
    }, options);
    return out;
  }, { ...options, sheet: name });
}

export async function readSheet(name: string, options: RunOptions & { budgetBytes?: number } = {}): Promise<RawSheet | null> {
  return runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return null;
    const area: Area = { sheet: name, ...dimsOf(used) };
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    await readAreas(context, [area], (chunk) => {
      for (const row of chunk.values) values.push(row);
      for (const row of chunk.numberFormats) numberFormats.push(row);
    }, options);
    return rawSheet(name, area, values, numberFormats);
  }, { ...options, sheet: name });
}
