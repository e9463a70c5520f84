// Trend: encours, échu and DSO at each of the last 12 month-ends, recomputed from the ledger (design.md §6).
import { addMonths, endOfMonth, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Ledger } from "../ledger/types";
import type { AgingOptions } from "../aging/types";
import { countbackDso } from "./dso";
import { flowsByCurrency, invoicedBetween, type Flows } from "./flows";
import { prepareLettrage, type PreparedLettrage } from "../aging/prepare";
import { monthEndTotals, type MonthEndTotals } from "./month-end";
import { monthWindows } from "./period";
import { dayCache } from "./positions";

export interface TrendPoint {
  currency: string;
  /** The month-end (the last point is the as-of date itself). */
  asOf: IsoDay;
  encours: Cents;
  echu: Cents;
  nonEchu: Cents;
  byBucket: Cents[];
  /** Countback DSO over the 12 months ending at that date; null without sales. */
  dso: number | null;
  dsoCapped: boolean;
}

export interface TrendOptions {
  asOf: IsoDay;
  /** Number of points (default 12). */
  months?: number;
  /** The aging options of the refresh (its asOf is ignored). */
  aging: Omit<AgingOptions, "asOf">;
  /** Length of the DSO period (default 12 months). */
  periodMonths?: number;
  /** The ledger prepared once for lettrage, when the caller already has it. */
  prepared?: PreparedLettrage;
  flows?: Map<string, Flows>;
}

/**
 * The dates of the trend, oldest first: the ends of the `months − 1` months before the as-of date's month,
 * then the as-of date (so the last point is the dashboard itself; at a month-end as-of date, every point is a
 * month-end). As-of 30/06/2024 → 31/07/2023 … 31/05/2024, 30/06/2024.
 */
export function trendDates(asOf: IsoDay, months = 12): IsoDay[] {
  const dates: IsoDay[] = [];
  for (let k = months - 1; k >= 1; k--) dates.push(endOfMonth(addMonths(asOf, -k)));
  dates.push(asOf);
  return dates;
}

/**
 * For every currency with something dated up to the as-of date, one point at each date (12 by default), sorted
 * by date then currency (EUR first). Encours and buckets are those the aged balance would show at that date;
 * before a currency's first invoice or credit its points are zero, with no DSO.
 */
export function computeTrend(ledger: Ledger, options: TrendOptions): TrendPoint[] {
  const day = dayCache();
  const prepared = options.prepared ?? prepareLettrage(ledger);
  const flows = options.flows ?? flowsByCurrency(ledger, day);
  const periodMonths = options.periodMonths ?? 12;
  const dates = trendDates(options.asOf, options.months ?? 12);
  const perDate = dates.map((date) => monthEndTotals(prepared, date, options.aging));
  const currencies = (perDate[perDate.length - 1] ?? []).map((t) => t.currency);
  const empty = options.aging.bucketBounds.length + 2;
  const points: TrendPoint[] = [];
  dates.forEach((date, d) => {
    const windows = monthWindows(date, periodMonths);
    for (const currency of currencies) {
      const totals = (perDate[d] as MonthEndTotals[]).find((t) => t.currency === currency);
      const f = flows.get(currency);
      const outstanding = totals?.outstanding ?? 0;
      const dso = countbackDso(outstanding, windows, windows.map((w) => invoicedBetween(f, w.start, w.end)));
      points.push({
        currency, asOf: date, encours: outstanding, echu: totals?.echu ?? 0, nonEchu: totals?.nonEchu ?? 0,
        byBucket: totals?.byBucket ?? new Array<Cents>(empty).fill(0), dso: dso.days, dsoCapped: dso.capped,
      });
    }
  });
  return points;
}
