// Invoiced and credited amounts of one currency by date, sorted once with running sums, so that
// "sales between two days" and "encours at a day" cost a binary search.
// Encours at day d = Σ invoices dated ≤ d − Σ credits dated ≤ d: exactly the total of the aged balance at d
// (design.md §5 rule 10, the control line), whatever the lettrage.
import { toDayNumber, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Credit, Invoice, Ledger } from "../ledger/types";
import { dayCache } from "./positions";

export interface Flows {
  currency: string;
  /** Invoice days, ascending, and runningInvoiced[i] = Σ amounts of the first i invoices in that order. */
  invoiceDays: Int32Array;
  runningInvoiced: Float64Array;
  creditDays: Int32Array;
  runningCredited: Float64Array;
}

function sortedRunning<T extends { amount: Cents }>(items: T[], dayOf: (item: T) => number): { days: Int32Array; running: Float64Array } {
  const days = items.map(dayOf);
  const order = items.map((_, i) => i).sort((a, b) => (days[a] as number) - (days[b] as number));
  const sortedDays = new Int32Array(items.length);
  const running = new Float64Array(items.length + 1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    sortedDays[k] = days[i] as number;
    running[k + 1] = (running[k] as number) + (items[i] as T).amount;
  }
  return { days: sortedDays, running };
}

/** The flows of every currency of the ledger. */
export function flowsByCurrency(ledger: Ledger, day: (iso: IsoDay) => number = dayCache()): Map<string, Flows> {
  const invoices = new Map<string, Invoice[]>();
  const credits = new Map<string, Credit[]>();
  for (const inv of ledger.invoices) {
    const list = invoices.get(inv.currency);
    if (list === undefined) invoices.set(inv.currency, [inv]);
    else list.push(inv);
  }
  for (const cr of ledger.credits) {
    const list = credits.get(cr.currency);
    if (list === undefined) credits.set(cr.currency, [cr]);
    else list.push(cr);
  }
  const result = new Map<string, Flows>();
  for (const currency of new Set([...invoices.keys(), ...credits.keys()])) {
    const inv = sortedRunning(invoices.get(currency) ?? [], (i) => day(i.date));
    const cr = sortedRunning(credits.get(currency) ?? [], (c) => day(c.date));
    result.set(currency, {
      currency, invoiceDays: inv.days, runningInvoiced: inv.running, creditDays: cr.days, runningCredited: cr.running,
    });
  }
  return result;
}

/** Number of sorted days ≤ d. */
function countUpTo(days: Int32Array, d: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upTo(days: Int32Array, running: Float64Array, d: number): Cents {
  return running[countUpTo(days, d)] as number;
}

/** Σ invoices dated in [start, end] (both inclusive). */
export function invoicedBetween(flows: Flows | undefined, start: IsoDay, end: IsoDay): Cents {
  if (flows === undefined) return 0;
  return upTo(flows.invoiceDays, flows.runningInvoiced, toDayNumber(end)) -
    upTo(flows.invoiceDays, flows.runningInvoiced, toDayNumber(start) - 1);
}

/** Σ invoices − Σ credits dated up to `day` included: the encours at that day. */
export function encoursAt(flows: Flows | undefined, day: IsoDay): Cents {
  if (flows === undefined) return 0;
  const d = toDayNumber(day);
  return upTo(flows.invoiceDays, flows.runningInvoiced, d) - upTo(flows.creditDays, flows.runningCredited, d);
}
