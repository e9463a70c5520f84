// Prévisionnel d'encaissement (design.md §6): when the open invoices of one currency should come in, by week.
import { addDays, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { CurrencyAging } from "../aging/types";
import { dayCache } from "../kpi/positions";
import { periodEndingAt } from "../kpi/period";
import { settlementStats } from "../kpi/settlement";
import { meanRounded, type WeightedMean } from "../kpi/share";

export const FORECAST_WEEKS = 13;
/** An invoice is "incertain" once it is later than twice max(the client's usual delay, this floor) past due. */
export const UNCERTAIN_FLOOR_DAYS = 15;

export interface ForecastWeek {
  /** 1 to 13. Week k covers asOf + 7(k−1) + 1 … asOf + 7k (weeks start the day after the as-of date). */
  index: number;
  start: IsoDay;
  end: IsoDay;
  amount: Cents;
  invoices: number;
}

export type ForecastPlace = { week: number } | "later" | "incertain";

export interface ForecastLine {
  client: string;
  invoice: string;
  due: IsoDay;
  outstanding: Cents;
  /** Days the client usually pays after due (rounded), and whether that is its own history or the global mean. */
  delay: number;
  delaySource: "client" | "global";
  expected: IsoDay;
  place: ForecastPlace;
  /** Why it is incertain. */
  reason?: "retard-excessif" | "litige";
}

export interface Forecast {
  currency: string;
  asOf: IsoDay;
  weeks: ForecastWeek[];
  /** Expected after the 13th week. */
  later: { amount: Cents; invoices: number };
  /** Shown apart: already later than twice the client's usual delay, or under an open dispute. */
  uncertain: { amount: Cents; invoices: number };
  /** Σ weeks + later + uncertain = Σ open amounts of the open invoices (unapplied credits are not cash-in). */
  total: Cents;
  /** Mean delay after due over all clients (rounded days): the delay of clients without history. */
  globalDelay: number;
  lines: ForecastLine[];
}

export interface ForecastOptions {
  /** Each client's settled history: amount-weighted days after due. Computed from `aging` over `periodMonths` when absent. */
  delays?: { byClient: Map<string, WeightedMean>; global: WeightedMean };
  periodMonths?: number;
  /** True when the invoice (or its client's account) is under an open dispute: the invoice goes to "incertain". */
  isDisputed?: (client: string, invoice: string) => boolean;
  weeks?: number;
  uncertainFloorDays?: number;
}

/**
 * Each open invoice is expected at its due date + its client's usual delay (the amount-weighted mean of days
 * after due, floored at 0, of the client's invoices settled over the period; the global mean when the client has
 * none; 0 when nobody has). Expected dates up to the as-of date (late, but not yet incertain) land in week 1.
 * An invoice already more than 2 × max(usual delay, 15 days) past due is incertain, and so is a disputed one.
 */
export function forecastCashIn(aging: CurrencyAging, options: ForecastOptions = {}): Forecast {
  const day = dayCache();
  const asOfDay = day(aging.asOf);
  const weeksCount = options.weeks ?? FORECAST_WEEKS;
  const floor = options.uncertainFloorDays ?? UNCERTAIN_FLOOR_DAYS;
  const delays = options.delays ?? delaysFrom(aging, options.periodMonths ?? 12, day);
  const globalDelay = meanRounded(delays.global) ?? 0;
  const clientDelay = new Map<string, number>();
  for (const [client, mean] of delays.byClient) {
    const d = meanRounded(mean);
    if (d !== null) clientDelay.set(client, d);
  }

  const weeks: ForecastWeek[] = [];
  for (let k = 1; k <= weeksCount; k++) {
    weeks.push({ index: k, start: addDays(aging.asOf, 7 * (k - 1) + 1), end: addDays(aging.asOf, 7 * k), amount: 0, invoices: 0 });
  }
  const later = { amount: 0, invoices: 0 };
  const uncertain = { amount: 0, invoices: 0 };
  const lines: ForecastLine[] = [];
  let total = 0;

  for (const inv of aging.invoices) {
    if (inv.outstanding <= 0) continue;
    total += inv.outstanding;
    const own = clientDelay.get(inv.client);
    const delay = Math.max(0, own ?? globalDelay);
    const dueDay = day(inv.due);
    const pastDue = asOfDay - dueDay;
    const expectedDay = dueDay + delay;
    const line: ForecastLine = {
      client: inv.client, invoice: inv.invoice, due: inv.due, outstanding: inv.outstanding, delay,
      delaySource: own === undefined ? "global" : "client", expected: addDays(inv.due, delay), place: "incertain",
    };
    if (options.isDisputed?.(inv.client, inv.invoice) === true) {
      line.reason = "litige";
    } else if (pastDue > 2 * Math.max(delay, floor)) {
      line.reason = "retard-excessif";
    } else {
      const index = Math.max(1, Math.ceil((expectedDay - asOfDay) / 7));
      if (index <= weeksCount) {
        const week = weeks[index - 1] as ForecastWeek;
        week.amount += inv.outstanding;
        week.invoices++;
        line.place = { week: index };
      } else {
        later.amount += inv.outstanding;
        later.invoices++;
        line.place = "later";
      }
    }
    if (line.place === "incertain") {
      uncertain.amount += inv.outstanding;
      uncertain.invoices++;
    }
    lines.push(line);
  }
  return { currency: aging.currency, asOf: aging.asOf, weeks, later, uncertain, total, globalDelay, lines };
}

/** Usual delays from the invoices of `aging` settled over the period ending at its as-of date. */
export function delaysFrom(aging: CurrencyAging, periodMonths: number, day: (iso: IsoDay) => number = dayCache()): { byClient: Map<string, WeightedMean>; global: WeightedMean } {
  const stats = settlementStats(aging, periodEndingAt(aging.asOf, periodMonths), day);
  return { byClient: new Map([...stats.clients].map(([c, h]) => [c, h.late])), global: stats.retardMean };
}
