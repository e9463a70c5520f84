// The aged balance ("balance âgée"), design.md §5: lettrage, then per-currency aging and the control line.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Invoice, Ledger } from "../ledger/types";
import { makeBuckets } from "./buckets";
import { isoDayNumber } from "./day-number";
import { letter, type Account, type LettrageResult } from "./lettrage";
import {
  DEFAULT_BUCKET_BOUNDS, type AgedInvoice, type AgingOptions, type AgingResult, type Bucket, type ClientAging,
  type CurrencyAging, type UnappliedCredit,
} from "./types";

/** Options with the defaults of design.md §5: buckets 30/60/90, automatic lettrage, aging by due date. */
export function agingOptions(asOf: IsoDay, overrides: Partial<Omit<AgingOptions, "asOf">> = {}): AgingOptions {
  return { asOf, bucketBounds: [...DEFAULT_BUCKET_BOUNDS], autoLettrage: true, basis: "due", ...overrides };
}

/** EUR first, then the other currencies in alphabetical order. */
function currencyOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "EUR") return -1;
  if (b === "EUR") return 1;
  return a < b ? -1 : 1;
}

/** Rule 10, computed straight from the ledger so that it checks the lettrage instead of restating it. */
function controlSums(ledger: Ledger, asOf: IsoDay): Map<string, { invoiced: Cents; credited: Cents }> {
  const sums = new Map<string, { invoiced: Cents; credited: Cents }>();
  const of = (currency: string) => {
    let s = sums.get(currency);
    if (s === undefined) {
      s = { invoiced: 0, credited: 0 };
      sums.set(currency, s);
    }
    return s;
  };
  for (const invoice of ledger.invoices) if (invoice.date <= asOf) of(invoice.currency).invoiced += invoice.amount;
  for (const credit of ledger.credits) if (credit.date <= asOf) of(credit.currency).credited += credit.amount;
  return sums;
}

/**
 * Letters the credits and ages what stays open at `options.asOf`, one aged balance per currency
 * (amounts of different currencies are never added). Pure and deterministic: the order of the ledger's
 * rows does not change the result.
 */
export function ageLedger(ledger: Ledger, options: AgingOptions): AgingResult {
  const buckets = makeBuckets(options.bucketBounds);
  const lettrage = letter(ledger, options.asOf, options.autoLettrage);
  const sums = controlSums(ledger, options.asOf);
  const asOfDay = isoDayNumber(options.asOf);
  const ageDay = options.basis === "invoice" ? lettrage.dateDay : lettrage.dueDay;
  // The bucket of a day count, from the bounds as plain numbers (same answer as bucketIndex, without
  // reading the bucket objects for each of a hundred thousand lines).
  const bounds = buckets.map((b) => (b.maxDays === null ? Infinity : b.maxDays));
  const bucketFor = (days: number): number => {
    let b = 0;
    while (days > (bounds[b] as number)) b++;
    return b;
  };
  /** Where each invoice goes: its currency's index and its place in that currency's list (−1: not aged). */
  const slot = new Int32Array(ledger.invoices.length).fill(-1);
  const slotCurrency = new Int32Array(ledger.invoices.length);

  const currencies: CurrencyAging[] = [];
  for (const currency of [...sums.keys()].sort(currencyOrder)) {
    const accounts = [...(lettrage.accounts.get(currency)?.values() ?? [])]
      .sort((a, b) => (a.client < b.client ? -1 : a.client > b.client ? 1 : 0));
    let next = 0;
    for (const account of accounts) {
      for (const i of account.invoices) {
        slot[i] = next++;
        slotCurrency[i] = currencies.length;
      }
    }
    const aging = clientLines(currency, accounts, lettrage, options.asOf, asOfDay, ageDay, buckets, bucketFor);
    aging.invoices = new Array<AgedInvoice>(next);
    aging.allocations = lettrage.allocations.get(currency) ?? [];
    const { invoiced, credited } = sums.get(currency) ?? { invoiced: 0, credited: 0 };
    const expected = invoiced - credited;
    aging.control = { invoiced, credited, expected, difference: aging.total.outstanding - expected };
    currencies.push(aging);
  }

  // The aged invoices, made in ledger order (reading the ledger's invoice objects one after the other rather
  // than jumping between them) and put in their place: by client, then oldest due first.
  const { open, writtenOff, lastAllocation } = lettrage;
  for (let i = 0; i < slot.length; i++) {
    const at = slot[i] as number;
    if (at < 0) continue;
    const invoice = ledger.invoices[i] as Invoice;
    const left = open[i] as Cents;
    const daysOverdue = asOfDay - (ageDay[i] as number);
    const bucket = bucketFor(daysOverdue);
    const paid = invoice.amount - left;
    const lost = writtenOff[i] as Cents;
    const currency = invoice.currency;
    const settledOn = left === 0 ? lastAllocation[i] : null;
    // Two literals rather than a spread: one hidden class each, no copy (a million of these must stay small).
    (currencies[slotCurrency[i] as number] as CurrencyAging).invoices[at] = settledOn === null || settledOn === undefined
      ? { invoice: invoice.number, client: invoice.client, date: invoice.date, due: invoice.due, amount: invoice.amount, paid, outstanding: left, daysOverdue, bucket, currency, writtenOff: lost }
      : { invoice: invoice.number, client: invoice.client, date: invoice.date, due: invoice.due, amount: invoice.amount, paid, outstanding: left, daysOverdue, bucket, currency, writtenOff: lost, settledOn };
  }
  return { asOf: options.asOf, currencies, issues: lettrage.issues };
}

/** Client lines, totals and unapplied credits of one currency (the aged invoices are filled in by the caller). */
function clientLines(
  currency: string, accounts: Account[], lettrage: LettrageResult, asOf: IsoDay, asOfDay: number, ageDay: Int32Array,
  buckets: Bucket[], bucketFor: (days: number) => number,
): CurrencyAging {
  const { open } = lettrage;
  const unapplied: UnappliedCredit[] = [];
  const clients: ClientAging[] = [];
  const totalByBucket: Cents[] = buckets.map(() => 0);
  let totalOutstanding: Cents = 0;
  for (const account of accounts) {
    const byBucket: Cents[] = buckets.map(() => 0);
    let outstanding: Cents = 0;
    let openInvoices = 0;
    let oldestDaysOverdue: number | null = null;
    for (const i of account.invoices) {
      const left = open[i] as Cents;
      if (left === 0) continue;
      const daysOverdue = asOfDay - (ageDay[i] as number);
      const bucket = bucketFor(daysOverdue);
      byBucket[bucket] = (byBucket[bucket] as Cents) + left;
      outstanding += left;
      openInvoices++;
      if (oldestDaysOverdue === null || daysOverdue > oldestDaysOverdue) oldestDaysOverdue = daysOverdue;
    }
    for (const leftover of account.leftovers) {
      const { credit } = leftover;
      const daysOld = asOfDay - leftover.creditDay;
      const bucket = bucketFor(daysOld);
      const line: UnappliedCredit = {
        client: credit.client, reference: credit.reference, date: credit.date, amount: -leftover.amount,
        kind: credit.kind, currency, daysOld, bucket,
      };
      if (leftover.advance !== undefined) line.advance = leftover.advance;
      unapplied.push(line);
      byBucket[bucket] = (byBucket[bucket] as Cents) - leftover.amount;
      outstanding -= leftover.amount;
    }
    if (openInvoices === 0 && account.leftovers.length === 0) continue;
    clients.push({ client: account.client, outstanding, byBucket, openInvoices, oldestDaysOverdue, lastPaymentDate: account.lastPaymentDate });
    totalOutstanding += outstanding;
    for (let b = 0; b < buckets.length; b++) totalByBucket[b] = (totalByBucket[b] as Cents) + (byBucket[b] as Cents);
  }
  return {
    currency, asOf, buckets,
    total: { outstanding: totalOutstanding, byBucket: totalByBucket },
    clients, invoices: [], unapplied, allocations: [],
    control: { invoiced: 0, credited: 0, expected: 0, difference: 0 },
  };
}
