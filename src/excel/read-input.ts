// Reading the workbook for a refresh: sheet names, owned-sheet markers, settings and the input sheets' cells
// (values and number formats together, so date columns are recognised), in few batches:
//   batch 1: every sheet's name, id, protection, marker, tables and charts; the settings and the registry;
//   batch 2: for each input sheet, the size of its data (its largest Excel table, else its used range) and
//            a sample (the used cells within A1:Z1100, at most 28,600 cells: ~1.1 MB at 40 bytes a cell) —
//            for sheets of up to 1,100 rows and 26 columns the sample is all the data;
//   batch 3+: the rest of the data, as many rows per batch as BATCH_BUDGET_BYTES allows, the size per row
//            measured on the sample.
// Excel cannot size a read before it is asked for, so a sheet's data can never arrive in the same batch
// that finds the sheet: small workbooks take 2 batches, larger ones 3 or more.
// Inputs longer than `inlineRowLimit` rows are not held in the snapshot: feed them to the ledger chunk by
// chunk with readInputChunks. Hidden rows and rows hidden by a filter are read like the others; in merged
// header cells only the top-left cell has the text, as Excel stores it.
import { findInputSheets, type InputSheets } from "../core/columns/sheets";
import type { SheetKind } from "../core/columns/fields";
import type { CellValue, RawSheet } from "../core/sheet";
import { jsonBytes, MEASURED_MARGIN } from "./budget";
import { queueRegistryRead, queueSheetInfos, resolveOwned, type SheetInfo, type SheetRegistry } from "./markers";
import { pull } from "./pull";
import { readAreas, type Area } from "./read-areas";
import { hostFeatures, type HostFeatures } from "./requirements";
import { runExcel, syncBatch, type RunOptions } from "./run";
import { queueSettingsRead, type SettingsState } from "./settings";

/** The sample window read with the sizes: rows 1–1100, columns A–Z. */
const SAMPLE_ADDRESS = "A1:Z1100";
const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];

export interface InputArea extends Area {
  kind: SheetKind;
  /** The Excel table read, or null for a plain range. */
  table: string | null;
  /** Bytes per row measured on the sample (with margin), to size the first chunk of a deferred read. */
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
  /** Inputs read in full. */
  inputs: Partial<Record<SheetKind, RawSheet>>;
  /** Inputs too long to hold: read them with readInputChunks. */
  deferred: InputArea[];
  stats: { batches: number; largestBatchBytes: number };
}

export interface SnapshotOptions extends RunOptions {
  /** The user's sheet choices; default: the settings document's `inputSheets` field. */
  saved?: Partial<Record<SheetKind, string>>;
  /** Inputs with more rows are left for readInputChunks (default 200,000). */
  inlineRowLimit?: number;
  /** Bytes per batch (default BATCH_BUDGET_BYTES). */
  budgetBytes?: number;
}

function savedChoice(settings: SettingsState): Partial<Record<SheetKind, string>> | undefined {
  if (settings.status !== "ok" && settings.status !== "newer") return undefined;
  const raw = settings.document.inputSheets;
  if (typeof raw !== "object" || raw === null) return undefined;
  const out: Partial<Record<SheetKind, string>> = {};
  for (const kind of KINDS) {
    const v = (raw as Record<string, unknown>)[kind];
    if (typeof v === "string" && v.trim() !== "") out[kind] = v;
  }
  return out;
}

/** Batch 1 of every operation: the workbook's structure (one sync). */
export async function queueStructure(context: Excel.RequestContext): Promise<WorkbookStructure> {
  const features = hostFeatures();
  const sheets = queueSheetInfos(context, features.customProperties);
  const settings = queueSettingsRead(context);
  const registry = queueRegistryRead(context);
  await context.sync();
  const list = sheets();
  const reg = registry();
  return { sheets: list, owned: resolveOwned(list, reg), registry: reg, settings: settings(), features };
}

interface Dims {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

function dimsOf(range: Excel.Range): Dims {
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

/** True when the sample holds the area's first row over all the area's columns. */
function coversTop(sample: Dims, area: Dims): boolean {
  return sample.rowIndex <= area.rowIndex && area.rowIndex < sample.rowIndex + sample.rowCount &&
    sample.columnIndex <= area.columnIndex &&
    area.columnIndex + area.columnCount <= sample.columnIndex + sample.columnCount;
}

interface Sample {
  dims: Dims;
  values: CellValue[][];
  numberFormats: string[][];
}

/** The part of `sample` over `area`'s columns, for `area`'s rows from its top down to the sample's end. */
function fromSample(sample: Sample, area: Dims): { values: CellValue[][]; numberFormats: string[][]; rows: number } {
  const top = area.rowIndex - sample.dims.rowIndex;
  const left = area.columnIndex - sample.dims.columnIndex;
  const rows = Math.max(0, Math.min(area.rowCount, sample.dims.rowIndex + sample.dims.rowCount - area.rowIndex));
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push((sample.values[top + r] ?? []).slice(left, left + area.columnCount));
    numberFormats.push((sample.numberFormats[top + r] ?? []).slice(left, left + area.columnCount));
  }
  return { values, numberFormats, rows };
}

/** Reads the structure, finds the input sheets and reads them (see the file comment for the batches). */
export async function readWorkbookSnapshot(options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
  const inlineRowLimit = options.inlineRowLimit ?? 200_000;
  return runExcel(async (context) => {
    const structure = await queueStructure(context);
    let batches = 1;
    // Our own report sheets are never inputs, whatever they are named.
    const ownedIds = new Set([...structure.owned.values()].map((s) => s.id));
    const candidates = structure.sheets.filter((s) => !ownedIds.has(s.id)).map((s) => s.name);
    const found = findInputSheets(candidates, options.saved ?? savedChoice(structure.settings));
    const chosen = KINDS.flatMap((kind) => {
      const name = found[kind];
      const info = name === null ? undefined : structure.sheets.find((s) => s.name === name);
      return info ? [{ kind, info }] : [];
    });

    // Batch 2: sizes and samples.
    const probes = await syncBatch(context, () => chosen.map(({ kind, info }) => {
      const ws = context.workbook.worksheets.getItem(info.name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const sample = ws.getRange(SAMPLE_ADDRESS).getUsedRangeOrNullObject(true);
      sample.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat");
      const tables = info.tables.map((t) => {
        const range = ws.tables.getItem(t.name).getRange();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        return { info: t, range };
      });
      return { kind, info, used, sample, tables };
    }), options);
    batches++;
    let largest = 0;
    let probeBytes = 0;

    const areas: Partial<Record<SheetKind, InputArea>> = {};
    const inputs: Partial<Record<SheetKind, RawSheet>> = {};
    const deferred: InputArea[] = [];
    const pending: { area: InputArea; head: { values: CellValue[][]; numberFormats: string[][] }; bytesPerRow?: number }[] = [];
    for (const probe of probes) {
      const sample: Sample | null = probe.sample.isNullObject ? null : {
        dims: dimsOf(probe.sample),
        values: probe.sample.values as CellValue[][],
        numberFormats: probe.sample.numberFormat as string[][],
      };
      const sampleBytes = sample ? jsonBytes(sample.values) + jsonBytes(sample.numberFormats) : 0;
      probeBytes += sampleBytes;
      // The data: the largest table of the sheet (without its totals row), else the used range.
      let dims: Dims | null = null;
      let table: string | null = null;
      for (const t of probe.tables) {
        const d = dimsOf(t.range);
        const rows = d.rowCount - (t.info.showTotals ? 1 : 0);
        if (rows > 0 && (!dims || rows * d.columnCount > dims.rowCount * dims.columnCount)) {
          dims = { ...d, rowCount: rows };
          table = t.info.name;
        }
      }
      if (!dims && !probe.used.isNullObject) dims = dimsOf(probe.used);
      if (!dims) continue;
      const bytesPerRow = sample && sample.dims.rowCount > 0
        ? (sampleBytes / sample.dims.rowCount) * (dims.columnCount / Math.max(1, sample.dims.columnCount)) * MEASURED_MARGIN
        : undefined;
      const area: InputArea = { kind: probe.kind, table, sheet: probe.info.name, ...dims, ...(bytesPerRow !== undefined ? { bytesPerRow } : {}) };
      areas[probe.kind] = area;
      if (area.rowCount > inlineRowLimit) {
        deferred.push(area);
        continue;
      }
      const head = sample && coversTop(sample.dims, area) ? fromSample(sample, area) : { values: [], numberFormats: [], rows: 0 };
      if (head.rows >= area.rowCount) {
        inputs[probe.kind] = rawSheet(area, head.values, head.numberFormats);
      } else {
        pending.push({
          area: { ...area, rowIndex: area.rowIndex + head.rows, rowCount: area.rowCount - head.rows },
          head,
          ...(bytesPerRow !== undefined ? { bytesPerRow } : {}),
        });
      }
    }
    largest = Math.max(largest, probeBytes);

    // Batches 3+: the rest of the inputs kept in full.
    if (pending.length > 0) {
      const collected = pending.map((p) => ({ values: [...p.head.values], numberFormats: [...p.head.numberFormats] }));
      const stats = await readAreas(context, pending.map((p) => p.area), (chunk) => {
        const target = collected[chunk.area];
        if (!target) return;
        for (const row of chunk.values) target.values.push(row);
        for (const row of chunk.numberFormats) target.numberFormats.push(row);
      }, { ...options, bytesPerRow: pending.map((p) => p.bytesPerRow) });
      batches += stats.batches;
      largest = Math.max(largest, stats.largestBatchBytes);
      pending.forEach((p, i) => {
        const got = collected[i];
        const whole = areas[p.area.kind];
        if (got && whole) inputs[p.area.kind] = rawSheet(whole, got.values, got.numberFormats);
      });
    }
    return { ...structure, found, areas, inputs, deferred, stats: { batches, largestBatchBytes: largest } };
  }, options);
}

function rawSheet(area: Area, values: CellValue[][], numberFormats: string[][]): RawSheet {
  return { name: area.sheet, values, numberFormats, firstRow: area.rowIndex + 1, firstColumn: area.columnIndex };
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

/** Reads one sheet's data (its largest table, else its used range) in full; null for an empty sheet. */
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
    return rawSheet(area, values, numberFormats);
  }, { ...options, sheet: name });
}
