// The totals of the aged balance at an as-of date without its detail lines: what the trend needs at each of
// the last 12 month-ends (design.md §6). Same lettrage as ageLedger (letterAt), same buckets, and no object per
// invoice or credit, so a dozen dates cost little more than one aged balance.
import type { Cents } from "../money/cents";
import { bucketFinder, makeBuckets } from "./buckets";
import { letterAt } from "./lettrage";
import type { PreparedLettrage } from "./prepare";
import type { AgingOptions } from "./types";

export interface AgingTotals {
  currency: string;
  /** = CurrencyAging.total.outstanding of ageLedger at that date. */
  outstanding: Cents;
  /** = CurrencyAging.total.byBucket. */
  byBucket: Cents[];
  /** By due date whatever the basis: open invoices due on or after the as-of date, plus unapplied credits dated
   *  on it (negative). */
  notDue: Cents;
}

/**
 * The totals of every currency with an invoice or a credit dated up to `options.asOf`, in the order of
 * ageLedger's currencies (EUR first, then alphabetical).
 */
export function agingTotals(prepared: PreparedLettrage, options: AgingOptions): AgingTotals[] {
  const bucketFor = bucketFinder(makeBuckets(options.bucketBounds));
  const nBuckets = options.bucketBounds.length + 2;
  const lettering = letterAt(prepared, options.asOf, { autoLettrage: options.autoLettrage });
  const { asOfDay, open, credits, unapplied, isLine } = lettering;
  const { invoiceDay, dueDay, invoiceAccount, accountCurrency, creditAccount, creditDay } = prepared;
  const ageDay = options.basis === "invoice" ? invoiceDay : dueDay;
  const nCurrencies = prepared.currencies.length;
  const byBucket = new Float64Array(nCurrencies * nBuckets);
  const notDue = new Float64Array(nCurrencies);
  for (let i = 0; i < open.length; i++) {
    const left = open[i] as number;
    if (left === 0 || (invoiceDay[i] as number) > asOfDay) continue;
    const c = accountCurrency[invoiceAccount[i] as number] as number;
    const at = c * nBuckets + bucketFor(asOfDay - (ageDay[i] as number));
    byBucket[at] = (byBucket[at] as number) + left;
    if ((dueDay[i] as number) >= asOfDay) notDue[c] = (notDue[c] as number) + left;
  }
  for (let k = 0; k < credits; k++) {
    if (isLine[k] !== 1) continue;
    const c = accountCurrency[creditAccount[k] as number] as number;
    const amount = unapplied[k] as number;
    const daysOld = asOfDay - (creditDay[k] as number);
    const at = c * nBuckets + bucketFor(daysOld);
    byBucket[at] = (byBucket[at] as number) - amount;
    if (daysOld <= 0) notDue[c] = (notDue[c] as number) - amount;
  }
  const totals: AgingTotals[] = [];
  for (let c = 0; c < nCurrencies; c++) {
    if ((prepared.currencyFirstDay[c] as number) > asOfDay) continue;
    const buckets = Array.from(byBucket.subarray(c * nBuckets, (c + 1) * nBuckets));
    totals.push({ currency: prepared.currencies[c] as string, outstanding: buckets.reduce((s, b) => s + b, 0), byBucket: buckets, notDue: notDue[c] as number });
  }
  return totals;
}
