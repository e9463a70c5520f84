// What each adapter writes for a block: values, and the number format of every cell with the text guard
// applied. One resolution for both adapters, so the same plan gives the same cells in Excel and in .xlsx.
import type { CellValue } from "../sheet";
import { cellAddress, rangeAddress, rectAt, type RangeRef } from "./address";
import { TEXT_FORMAT, needsTextFormat } from "./text-guard";
import type { Block, CellStyle } from "./types";

/** Excel's default number format. */
export const GENERAL = "General";

export interface ResolvedBlock {
  range: RangeRef;
  /** "A1:C4" */
  address: string;
  rows: number;
  columns: number;
  /** Values to write; null clears the cell. */
  values: CellValue[][];
  /**
   * Number format per cell: the explicit cell format, else the column format, else General — and the Text
   * format for every string that needs it (text-guard.ts). Null for an empty cell without an explicit format
   * (its format does not matter).
   */
  formats: (string | null)[][];
}

function isEmpty(value: CellValue): boolean {
  return value === null || value === "";
}

/** Resolves a block's values and per-cell number formats (throws on a ragged block: a bug in the builder). */
export function resolveBlock(block: Block): ResolvedBlock {
  const rows = block.values.length;
  const columns = block.values[0]?.length ?? 0;
  const text = new Set(block.textColumns ?? []);
  const formats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = block.values[r] ?? [];
    if (row.length !== columns) {
      throw new RangeError(`Ragged block at ${block.at}: row ${r} has ${row.length} cells, row 0 has ${columns}`);
    }
    const explicitRow = block.numberFormats?.[r];
    const line: (string | null)[] = new Array<string | null>(columns);
    for (let c = 0; c < columns; c++) {
      const value = row[c] ?? null;
      const explicit = explicitRow?.[c] ?? block.columnFormats?.[c] ?? null;
      if (needsTextFormat(value) || (text.has(c) && typeof value === "string" && value !== "")) {
        line[c] = TEXT_FORMAT;
      } else if (isEmpty(value)) {
        line[c] = explicitRow?.[c] ?? null;
      } else {
        line[c] = explicit ?? GENERAL;
      }
    }
    formats.push(line);
  }
  const range = rectAt(block.at, Math.max(rows, 1), Math.max(columns, 1));
  return { range, address: rangeAddress(range), rows, columns, values: block.values, formats };
}

/** One number format over a rectangle. */
export interface FormatArea {
  address: string;
  format: string;
}

/** A column segment whose formats cannot be summarised: written as a one-column 2-D array. */
export interface FormatColumn {
  address: string;
  formats: string[][];
}

export interface FormatPlan {
  areas: FormatArea[];
  columns: FormatColumn[];
}

/**
 * Summarises a resolved block's formats into few writes, on a freshly cleared sheet (so General needs no
 * write): one area when the whole block shares a format; else, per column, one area per run of equal formats
 * (empty cells join any run), or the column as a 2-D array when it has more than `maxRunsPerColumn` runs.
 */
export function planFormats(block: ResolvedBlock, maxRunsPerColumn = 8): FormatPlan {
  const { range } = block;
  const only = singleFormat(block);
  if (only !== undefined) {
    return { areas: only === null || only === GENERAL ? [] : [{ address: block.address, format: only }], columns: [] };
  }
  const areas: FormatArea[] = [];
  const columns: FormatColumn[] = [];
  for (let c = 0; c < block.columns; c++) {
    const runs = columnRuns(block, c);
    const col = range.left + c;
    if (runs.length <= maxRunsPerColumn) {
      for (const run of runs) {
        if (run.format === GENERAL) continue;
        areas.push({
          address: `${cellAddress(range.top + run.first, col)}:${cellAddress(range.top + run.last, col)}`,
          format: run.format,
        });
      }
    } else {
      const formats: string[][] = [];
      for (let r = 0; r < block.rows; r++) formats.push([block.formats[r]?.[c] ?? GENERAL]);
      columns.push({ address: `${cellAddress(range.top, col)}:${cellAddress(range.bottom, col)}`, formats });
    }
  }
  return { areas, columns };
}

/** The one format of every non-empty cell (null when all are empty), or undefined when they differ. */
function singleFormat(block: ResolvedBlock): string | null | undefined {
  let found: string | null = null;
  for (const line of block.formats) {
    for (const f of line) {
      if (f === null) continue;
      if (found === null) found = f;
      else if (f !== found) return undefined;
    }
  }
  return found;
}

interface Run {
  first: number;
  last: number;
  format: string;
}

function columnRuns(block: ResolvedBlock, c: number): Run[] {
  const runs: Run[] = [];
  let pendingEmpty = 0; // empty rows seen before the first run
  for (let r = 0; r < block.rows; r++) {
    const f = block.formats[r]?.[c] ?? null;
    const last = runs[runs.length - 1];
    if (f === null) {
      if (last) last.last = r;
      else pendingEmpty++;
      continue;
    }
    if (last && last.format === f) last.last = r;
    else runs.push({ first: last ? r : r - pendingEmpty, last: r, format: f });
  }
  return runs;
}

/** A style over an absolute range. */
export interface StyleArea {
  address: string;
  style: CellStyle;
}

/** The block's styles as absolute ranges, in the order they apply (whole-block style first). */
export function blockStyleAreas(block: Block): StyleArea[] {
  const rows = block.values.length;
  const columns = block.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return [];
  const origin = rectAt(block.at, rows, columns);
  const out: StyleArea[] = [];
  if (block.style) out.push({ address: rangeAddress(origin), style: block.style });
  for (const run of block.styles ?? []) {
    const [r0, r1] = run.rows ?? [0, rows - 1];
    const [c0, c1] = run.columns ?? [0, columns - 1];
    out.push({
      address: rangeAddress({ top: origin.top + r0, bottom: origin.top + r1, left: origin.left + c0, right: origin.left + c1 }),
      style: run.style,
    });
  }
  return out;
}
