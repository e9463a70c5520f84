// Finding the header row of an input sheet and which column holds each field (design.md §3).
import { parseAmount } from "../cells/amount";
import { cellText, isBlank } from "../cells/text";
import { columnIndex, rowIssue, sheetIssue, type Issue } from "../issues";
import type { CellValue, RawSheet } from "../sheet";
import {
  FIELD_SPECS, KIND_LABEL, REQUIRED, type ColumnOverride, type Field, type FieldSpec, type SheetKind,
} from "./fields";
import { normalizeHeader } from "./normalize";

export type ColumnDetection =
  | {
      ok: true;
      /** Index into sheet.values of the header row; -1 when the sheet has no header row (columns set by letters). */
      headerIndex: number;
      /** 1-based worksheet row of the header (firstRow − 1 when there is none). */
      headerRow: number;
      /** Field → 0-based index into the row arrays. */
      columns: Partial<Record<Field, number>>;
      /** Header texts that name no field. */
      ignored: string[];
      /** Problems that do not stop reading, such as an override naming an unknown field. */
      warnings: Issue[];
    }
  | { ok: false; issue: Issue; missing: string[] };

/** How many rows from the top may hold titles before the header row. */
export const HEADER_SEARCH_ROWS = 30;

interface Synonym {
  tokens: string[];
  joined: string;
}
interface Compiled {
  spec: FieldSpec;
  strong: Synonym[];
  weak: Synonym[];
  avoid: ReadonlySet<string>;
}

const compiledCache = new Map<SheetKind, Compiled[]>();

function synonym(header: string): Synonym {
  const joined = normalizeHeader(header);
  return { tokens: joined.split(" "), joined };
}

function compiled(kind: SheetKind): Compiled[] {
  let out = compiledCache.get(kind);
  if (out === undefined) {
    out = FIELD_SPECS[kind].map((spec) => ({
      spec,
      strong: spec.headers.map(synonym),
      weak: (spec.weak ?? []).map(synonym),
      avoid: new Set(spec.avoid ?? []),
    }));
    compiledCache.set(kind, out);
  }
  return out;
}

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= tokens.length; i += 1) {
    for (let j = 0; j < run.length; j += 1) if (tokens[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * How well a normalised header names a field (0: not at all). An exact synonym beats a contained one, a
 * longer synonym beats a shorter one, an earlier synonym beats a later one, and weak synonyms come last.
 */
function score(header: string, tokens: readonly string[], c: Compiled): number {
  let best = 0;
  const avoided = tokens.some((t) => c.avoid.has(t));
  const lists: Array<[Synonym[], number, number]> = [[c.strong, 300000, 100000], [c.weak, 50000, 20000]];
  for (const [list, exactBase, containedBase] of lists) {
    for (let i = 0; i < list.length; i += 1) {
      const syn = list[i] as Synonym;
      let s = 0;
      if (header === syn.joined) s = exactBase + syn.tokens.length * 1000 - i;
      else if (!avoided && containsRun(tokens, syn.tokens)) {
        s = containedBase + syn.tokens.length * 1000 - (tokens.length - syn.tokens.length) * 10 - i;
      }
      if (s > best) best = s;
    }
  }
  return best;
}

interface Evaluation {
  columns: Partial<Record<Field, number>>;
  /** Fields matched by a header text (not by column letters or a fallback). */
  matched: number;
  missing: Field[];
  /** Override targets that are neither a header of this row nor column letters. */
  unresolved: Array<[Field, string]>;
}

const LETTERS = /^[A-Za-z]{1,3}$/;

function evaluate(
  row: readonly CellValue[], kind: SheetKind, overrides: Array<[Field, string]>, firstColumn: number,
): Evaluation {
  const specs = compiled(kind);
  const columns: Partial<Record<Field, number>> = {};
  const taken = new Set<number>();
  const unresolved: Array<[Field, string]> = [];
  const headers: string[] = [];
  for (let col = 0; col < row.length; col += 1) headers.push(normalizeHeader(row[col]));
  let matched = 0;
  for (const [field, target] of overrides) {
    const wanted = normalizeHeader(target);
    let col = wanted.length === 0 ? -1 : headers.indexOf(wanted);
    if (col < 0) col = row.findIndex((v) => cellText(v) === target.trim());
    if (col >= 0) matched += 1;
    else if (LETTERS.test(target.trim())) {
      const index = columnIndex(target.trim()) - firstColumn;
      if (index >= 0 && index < 16384) col = index;
    }
    if (col < 0) {
      unresolved.push([field, target]);
      continue;
    }
    columns[field] = col;
    taken.add(col);
  }
  const candidates: Array<[number, Field, number]> = [];
  for (let col = 0; col < headers.length; col += 1) {
    const header = headers[col] as string;
    if (header.length === 0 || taken.has(col)) continue;
    const tokens = header.split(" ");
    for (const c of specs) {
      if (columns[c.spec.field] !== undefined) continue;
      const s = score(header, tokens, c);
      if (s > 0) candidates.push([s, c.spec.field, col]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[2] - y[2]);
  for (const [, field, col] of candidates) {
    if (columns[field] !== undefined || taken.has(col)) continue;
    columns[field] = col;
    taken.add(col);
    matched += 1;
  }
  // Without a code column, the client's name is the client key.
  if (columns.client === undefined && columns.name !== undefined) columns.client = columns.name;
  const missing = REQUIRED[kind].filter((f) => columns[f] === undefined);
  if (kind === "payments" && columns.client === undefined && columns.invoiceRefs === undefined) missing.push("client");
  return { columns, matched, missing, unresolved };
}

function specOf(kind: SheetKind, field: Field): FieldSpec | undefined {
  return FIELD_SPECS[kind].find((s) => s.field === field);
}

function missingMessage(sheet: string, kind: SheetKind, missing: readonly Field[]): string {
  const fr: string[] = [];
  const en: string[] = [];
  for (const field of missing) {
    const spec = specOf(kind, field);
    if (spec === undefined) continue;
    const accepted = spec.headers.slice(0, 9).join(", ");
    const orRefs = kind === "payments" && field === "client";
    fr.push(`${spec.label[0]}${orRefs ? " (ou factures réglées)" : ""} — en-têtes reconnus : ${accepted}`);
    en.push(`${spec.label[1]}${orRefs ? " (or invoices paid)" : ""} — accepted headers: ${accepted}`);
  }
  const [kindFr, kindEn] = KIND_LABEL[kind];
  const plural = missing.length > 1;
  return (
    `Feuille ${sheet} (${kindFr}) : ${plural ? "colonnes introuvables" : "colonne introuvable"} : ${fr.join(" ; ")}. ` +
    `Renommez l'en-tête ou choisissez la colonne dans les paramètres. / ` +
    `Sheet ${sheet} (${kindEn}): ${plural ? "columns" : "column"} not found: ${en.join("; ")}. ` +
    `Rename the header or choose the column in the settings.`
  );
}

/** True when a row looks like headers: every non-blank cell is text that is not an amount. */
function looksLikeHeaders(row: readonly CellValue[]): boolean {
  let any = false;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v !== "string" || parseAmount(v).ok) return false;
    any = true;
  }
  return any;
}

/**
 * Finds the header row (the first of the top 30 rows naming all required fields with at least two known
 * headers; titles above it are fine) and maps each field to its column. `override` maps a field to a header
 * text or to column letters (worksheet letters: "E"); a header text wins over letters that spell the same.
 * Missing required columns give ok:false with a message naming the sheet, the fields and the headers accepted.
 */
export function detectColumns(sheet: RawSheet, kind: SheetKind, override?: ColumnOverride): ColumnDetection {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 0;
  const warnings: Issue[] = [];
  const overrides: Array<[Field, string]> = [];
  const known = new Set<string>(FIELD_SPECS[kind].map((s) => s.field));
  for (const [field, target] of Object.entries(override ?? {})) {
    if (target === undefined || target.trim().length === 0) continue;
    if (!known.has(field)) {
      warnings.push(sheetIssue(
        "warning", "columns.override-unknown-field",
        `Feuille ${sheet.name} : le champ « ${field} » choisi dans les paramètres n'existe pas pour les ${KIND_LABEL[kind][0]} ; ignoré. / ` +
        `Sheet ${sheet.name}: field “${field}” set in the settings does not exist for ${KIND_LABEL[kind][1]}; ignored.`,
        sheet.name,
      ));
      continue;
    }
    overrides.push([field as Field, target]);
  }
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  let best: { index: number; e: Evaluation } | null = null;
  for (let index = 0; index < limit; index += 1) {
    const row = sheet.values[index] ?? [];
    const e = evaluate(row, kind, overrides, firstColumn);
    if (e.missing.length === 0 && e.unresolved.length === 0 && e.matched >= 2) {
      return accept(index, firstRow, e, row, warnings);
    }
    if (e.matched - e.unresolved.length > (best === null ? 0 : best.e.matched - best.e.unresolved.length)) best = { index, e };
  }
  // Every required field set by column letters: the sheet may have no recognisable header row.
  const lettersOnly = evaluate([], kind, overrides, firstColumn);
  if (lettersOnly.missing.length === 0 && lettersOnly.unresolved.length === 0) {
    let index = sheet.values.findIndex((row) => row.some((v) => !isBlank(v)));
    if (index < 0 || index >= limit || !looksLikeHeaders(sheet.values[index] ?? [])) index = -1;
    return accept(index, firstRow, lettersOnly, index >= 0 ? (sheet.values[index] ?? []) : [], warnings);
  }
  if (best !== null && best.e.unresolved.length > 0) {
    const [field, target] = best.e.unresolved[0] as [Field, string];
    const label = specOf(kind, field)?.label ?? [field, field];
    return {
      ok: false,
      missing: best.e.unresolved.map(([f]) => f),
      issue: rowIssue(
        "error", "columns.override-not-found",
        `Feuille ${sheet.name} : la colonne « ${target} » choisie pour ${label[0]} n'existe pas (ni en-tête, ni lettre de colonne) ; corrigez le choix dans les paramètres. / ` +
        `Sheet ${sheet.name}: column “${target}” chosen for ${label[1]} does not exist (neither a header nor column letters); fix it in the settings.`,
        sheet.name, firstRow + best.index,
      ),
    };
  }
  if (best === null || best.e.matched < 2) {
    const missing = [...REQUIRED[kind]];
    if (kind === "payments") missing.push("client");
    const expected = missing.map((f) => specOf(kind, f)?.headers[0] ?? f).join(", ");
    return {
      ok: false,
      missing,
      issue: sheetIssue(
        "error", "columns.header-not-found",
        `Feuille ${sheet.name} : ligne d'en-têtes introuvable dans les ${HEADER_SEARCH_ROWS} premières lignes (attendu par exemple : ${expected}). / ` +
        `Sheet ${sheet.name}: no header row found in the first ${HEADER_SEARCH_ROWS} rows (expected e.g. ${expected}).`,
        sheet.name,
      ),
    };
  }
  return {
    ok: false,
    missing: best.e.missing,
    issue: rowIssue("error", "columns.missing", missingMessage(sheet.name, kind, best.e.missing), sheet.name, firstRow + best.index),
  };
}

function accept(
  index: number, firstRow: number, e: Evaluation, row: readonly CellValue[], warnings: Issue[],
): ColumnDetection {
  const used = new Set(Object.values(e.columns));
  const ignored: string[] = [];
  for (let col = 0; col < row.length; col += 1) {
    const text = cellText(row[col]);
    if (text.length > 0 && !used.has(col)) ignored.push(text);
  }
  return { ok: true, headerIndex: index, headerRow: firstRow + index, columns: e.columns, ignored, warnings };
}
