// What the settled invoices say about how clients pay: délai moyen de règlement, retard moyen (ADD),
// payment rates at 30/60/90 days, delays by amount bracket, and each client's usual delay.
import { addDays, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { AgedInvoice, CurrencyAging } from "../aging/types";
import { dayCache } from "./positions";
import type { Period } from "./period";
import { addToMean, emptyMean, meanValue, share, type Share, type WeightedMean } from "./share";

/**
 * An invoice counts as settled when nothing is left open, its last settlement is known, and it was not entirely
 * written off (a loss is not a payment). Payments and credit notes both settle; a small write-off of what was
 * left (an écart de règlement) does not take the invoice out of the statistics.
 */
export function isSettled(inv: AgedInvoice): inv is AgedInvoice & { settledOn: IsoDay } {
  return inv.outstanding === 0 && inv.settledOn !== undefined && inv.writtenOff < inv.amount;
}

/** What the invoice brought in (its amount less write-offs): the weight of its delay in every mean and rate. */
export function collected(inv: AgedInvoice): Cents {
  return inv.amount - inv.writtenOff;
}

/** A mean delay in days, with what it was computed on. */
export interface DelayStat {
  /** Amount-weighted mean in days (exact division); null when no invoice qualifies. */
  days: number | null;
  invoices: number;
  amount: Cents;
}

export function delayStat(mean: WeightedMean): DelayStat {
  return { days: meanValue(mean), invoices: mean.count, amount: mean.weight };
}

/** Amount brackets of the mean payment delay, in the currency's minor unit: < 1 000, 1 000–5 000, 5 000–20 000, > 20 000. */
export const AMOUNT_BRACKETS: readonly { label: string; min: Cents; max: Cents | null }[] = [
  { label: "< 1 k", min: 0, max: 100_000 },
  { label: "1–5 k", min: 100_000, max: 500_000 },
  { label: "5–20 k", min: 500_000, max: 2_000_000 },
  { label: "> 20 k", min: 2_000_000, max: null },
];

export interface BracketDelay {
  label: string;
  /** Invoice amount ≥ min and < max (max null: no upper bound), in cents. */
  min: Cents;
  max: Cents | null;
  /** Settlement date − invoice date. */
  delai: DelayStat;
  /** Settlement date − due date, floored at 0. */
  retard: DelayStat;
}

export interface PaymentRates {
  /** The invoices the three rates are computed on: dated in the period and at least 90 days before the as-of date. */
  cohort: { from: IsoDay; to: IsoDay | null; invoices: number; amount: Cents };
  within30: Share;
  within60: Share;
  within90: Share;
}

/** A client's settled invoices over the period. */
export interface ClientHistory {
  client: string;
  /** Amount-weighted days after due (floored at 0). */
  late: WeightedMean;
  /** Settled invoices paid after their due date. */
  paidLate: number;
}

export interface SettlementStats {
  delai: DelayStat;
  retard: DelayStat;
  /** The same retard as integer sums (the forecast's global fallback). */
  retardMean: WeightedMean;
  brackets: BracketDelay[];
  paymentRates: PaymentRates;
  clients: Map<string, ClientHistory>;
}

/** Longest payment-rate horizon: the cohort must have had that many days to pay. */
const RATE_HORIZON = 90;

/**
 * Statistics over the invoices of `aging` settled in `period` (settlement date within it).
 * Délai = settlement − invoice date and retard = settlement − due date, each floored at 0 (a payment received
 * before the invoice or due date counts as 0 day), weighted by what the invoice brought in (amount − write-offs).
 * Payment rates: share of the cohort's invoiced amount collected on invoices fully settled within 30/60/90 days
 * of their date; the cohort (the invoices dated in the period at least 90 days before the as-of date) is the
 * same for the three rates, so they can be compared and never decrease.
 */
export function settlementStats(aging: CurrencyAging, period: Period, day: (iso: IsoDay) => number = dayCache()): SettlementStats {
  const delai = emptyMean();
  const retard = emptyMean();
  const brackets = AMOUNT_BRACKETS.map((b) => ({ ...b, delai: emptyMean(), retard: emptyMean() }));
  const clients = new Map<string, ClientHistory>();
  const asOfDay = day(aging.asOf);
  const cohortLastDay = asOfDay - RATE_HORIZON;
  const periodStartDay = day(period.start);
  let cohortAmount = 0;
  let cohortCount = 0;
  const within = [0, 0, 0];
  const horizons = [30, 60, 90];

  for (const inv of aging.invoices) {
    const dateDay = day(inv.date);
    const settled = isSettled(inv);
    if (dateDay >= periodStartDay && dateDay <= cohortLastDay) {
      cohortAmount += inv.amount;
      cohortCount++;
      if (settled) {
        const took = day(inv.settledOn) - dateDay;
        for (let h = 0; h < horizons.length; h++) if (took <= (horizons[h] as number)) within[h] = (within[h] as number) + collected(inv);
      }
    }
    if (!settled || inv.settledOn < period.start || inv.settledOn > period.end) continue;
    const settledDay = day(inv.settledOn);
    const d = Math.max(0, settledDay - dateDay);
    const r = Math.max(0, settledDay - day(inv.due));
    const weight = collected(inv);
    addToMean(delai, d, weight);
    addToMean(retard, r, weight);
    const bracket = brackets.find((b) => inv.amount >= b.min && (b.max === null || inv.amount < b.max));
    if (bracket !== undefined) {
      addToMean(bracket.delai, d, weight);
      addToMean(bracket.retard, r, weight);
    }
    let history = clients.get(inv.client);
    if (history === undefined) {
      history = { client: inv.client, late: emptyMean(), paidLate: 0 };
      clients.set(inv.client, history);
    }
    addToMean(history.late, r, weight);
    if (r > 0) history.paidLate++;
  }

  const cohortTo = cohortLastDay >= periodStartDay ? addDays(aging.asOf, -RATE_HORIZON) : null;
  return {
    delai: delayStat(delai),
    retard: delayStat(retard),
    retardMean: retard,
    brackets: brackets.map((b) => ({ label: b.label, min: b.min, max: b.max, delai: delayStat(b.delai), retard: delayStat(b.retard) })),
    paymentRates: {
      cohort: { from: period.start, to: cohortTo, invoices: cohortCount, amount: cohortAmount },
      within30: share(within[0] as number, cohortAmount),
      within60: share(within[1] as number, cohortAmount),
      within90: share(within[2] as number, cohortAmount),
    },
    clients,
  };
}
