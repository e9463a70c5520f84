// The Historique sheet's rows: one snapshot per month-end and currency, kept from one refresh to the next.
import { endOfPreviousMonth, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Indicators } from "../kpi/indicators";

export interface HistoryRow {
  /** The as-of date of the refresh that wrote the row. */
  asOf: IsoDay;
  currency: string;
  encours: Cents;
  echu: Cents;
  /** Amounts of the aged balance's buckets, non échu first. */
  byBucket: Cents[];
  /** Days, rounded to 0.1; null when undefined ("—"). */
  dso: number | null;
  /** Délai moyen de règlement constaté, days rounded to 0.1; null without settled invoices. */
  delaiMoyen: number | null;
  /** Taux de retard in basis points (1 % = 100); null when the encours is ≤ 0. */
  tauxRetard: number | null;
  nbClients: number;
  nbFactures: number;
}

/** A cell as read from the sheet. */
export type HistoryCell = string | number | boolean | null;

/**
 * A row of the Historique sheet as its reader hands it over: either fully understood, or kept verbatim (a
 * hand-edited or foreign row), with its month and currency when those at least could be read.
 */
export type ParsedHistoryRow =
  | { kind: "row"; row: HistoryRow }
  | { kind: "raw"; cells: HistoryCell[]; asOf?: IsoDay; currency?: string };

/** Days rounded to 0.1 as the history stores them (null stays null). */
export function roundTenth(days: number | null): number | null {
  return days === null ? null : Math.round(days * 10) / 10;
}

/** The row of this refresh. */
export function historyRowOf(indicators: Indicators): HistoryRow {
  return {
    asOf: indicators.asOf,
    currency: indicators.currency,
    encours: indicators.encours,
    echu: indicators.echu,
    byBucket: indicators.echeancier.map((b) => b.amount),
    dso: roundTenth(indicators.dso.days),
    delaiMoyen: roundTenth(indicators.delaiMoyenReglement.days),
    tauxRetard: indicators.tauxRetard.bp,
    nbClients: indicators.nbClients,
    nbFactures: indicators.nbFactures,
  };
}

/** "YYYY-MM": the month a row stands for. */
export function monthKey(asOf: IsoDay): string {
  return asOf.slice(0, 7);
}

function keyOf(entry: ParsedHistoryRow): string | null {
  if (entry.kind === "row") return `${monthKey(entry.row.asOf)}|${entry.row.currency}`;
  return entry.asOf !== undefined && entry.currency !== undefined ? `${monthKey(entry.asOf)}|${entry.currency}` : null;
}

function asOfOf(entry: ParsedHistoryRow): IsoDay | undefined {
  return entry.kind === "row" ? entry.row.asOf : entry.asOf;
}

/**
 * The history after this refresh. One row per month and currency:
 * - the row of the same month and currency is replaced where it stands (the latest refresh of a month wins, even
 *   if that row had been edited by hand: refreshing a month rewrites it);
 * - otherwise the new row is inserted before the first dated row of a later month, or appended;
 * - nothing is ever deleted, and rows that cannot be read stay as they are, where they are.
 */
export function mergeHistory(existing: readonly ParsedHistoryRow[], row: HistoryRow): ParsedHistoryRow[] {
  const key = `${monthKey(row.asOf)}|${row.currency}`;
  const fresh: ParsedHistoryRow = { kind: "row", row };
  const out = [...existing];
  const same = out.findIndex((e) => keyOf(e) === key);
  if (same >= 0) {
    out[same] = fresh;
    return out;
  }
  const month = monthKey(row.asOf);
  const later = out.findIndex((e) => {
    const asOf = asOfOf(e);
    return asOf !== undefined && monthKey(asOf) > month;
  });
  if (later >= 0) out.splice(later, 0, fresh);
  else out.push(fresh);
  return out;
}

/** The rows that were fully read. */
export function historyRows(entries: readonly ParsedHistoryRow[]): HistoryRow[] {
  const rows: HistoryRow[] = [];
  for (const e of entries) if (e.kind === "row") rows.push(e.row);
  return rows;
}

/** The stored row of the month before the as-of date's month, in this currency (the last one if several). */
export function previousMonthRow(history: readonly HistoryRow[], asOf: IsoDay, currency: string): HistoryRow | undefined {
  const month = monthKey(endOfPreviousMonth(asOf));
  let found: HistoryRow | undefined;
  for (const r of history) if (r.currency === currency && monthKey(r.asOf) === month) found = r;
  return found;
}

/** What a figure was last month and the change since; change null when either side is unknown. */
export interface Change {
  previous: number | null;
  change: number | null;
}

export interface MonthChanges {
  /** The month-end compared with, and where its figures come from. */
  previousAsOf: IsoDay;
  source: "historique" | "tendance";
  encours: Change;
  echu: Change;
  dso: Change;
  /** Only from the history (the trend does not recompute them). */
  delaiMoyen: Change;
  tauxRetard: Change;
  nbClients: Change;
  nbFactures: Change;
}

function change(current: number | null, previous: number | null | undefined): Change {
  const p = previous ?? null;
  return { previous: p, change: current === null || p === null ? null : current - p };
}

/** Change of DSO and mean delays is computed on the rounded values the history stores (as the DAF reads them). */
export function changesSince(current: HistoryRow, previous: Partial<HistoryRow> & { asOf: IsoDay }, source: MonthChanges["source"]): MonthChanges {
  const roundedDiff = (a: number | null, b: number | null | undefined): Change => {
    const c = change(a, b);
    return c.change === null ? c : { ...c, change: Math.round(c.change * 10) / 10 };
  };
  return {
    previousAsOf: previous.asOf,
    source,
    encours: change(current.encours, previous.encours),
    echu: change(current.echu, previous.echu),
    dso: roundedDiff(current.dso, previous.dso),
    delaiMoyen: roundedDiff(current.delaiMoyen, previous.delaiMoyen),
    tauxRetard: change(current.tauxRetard, previous.tauxRetard),
    nbClients: change(current.nbClients, previous.nbClients),
    nbFactures: change(current.nbFactures, previous.nbFactures),
  };
}
