// The aged balance ("balance âgée"), design.md §5: lettrage, then per-currency aging and the control line.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Credit, Invoice, Ledger } from "../ledger/types";
import { bucketFinder, makeBuckets } from "./buckets";
import { letterAt, type Lettering, type LettrageDetail } from "./lettrage";
import { PAYMENT, prepareLettrage, type PreparedLettrage } from "./prepare";
import {
  DEFAULT_BUCKET_BOUNDS, type AgedInvoice, type AgingOptions, type AgingResult, type Allocation, type Bucket,
  type ClientAging, type CurrencyAging, type UnappliedCredit,
} from "./types";

/** Options with the defaults of design.md §5: buckets 30/60/90, automatic lettrage, aging by due date. */
export function agingOptions(asOf: IsoDay, overrides: Partial<Omit<AgingOptions, "asOf">> = {}): AgingOptions {
  return { asOf, bucketBounds: [...DEFAULT_BUCKET_BOUNDS], autoLettrage: true, basis: "due", ...overrides };
}

/**
 * Letters the credits and ages what stays open at `options.asOf`, one aged balance per currency
 * (amounts of different currencies are never added). Pure and deterministic: the order of the ledger's
 * rows does not change the result.
 */
export function ageLedger(ledger: Ledger, options: AgingOptions): AgingResult {
  return agePrepared(prepareLettrage(ledger), options);
}

/** ageLedger on a ledger already prepared (the dashboard prepares once for the balance and the trend). */
export function agePrepared(prepared: PreparedLettrage, options: AgingOptions): AgingResult {
  const buckets = makeBuckets(options.bucketBounds);
  const bucketFor = bucketFinder(buckets);
  const lettering = letterAt(prepared, options.asOf, { autoLettrage: options.autoLettrage, detail: true });
  const { asOfDay } = lettering;
  const detail = lettering.detail as LettrageDetail;
  const ageDay = options.basis === "invoice" ? prepared.invoiceDay : prepared.dueDay;
  const { ledger, invoiceDay, accountInvoiceStart, accountInvoices, currencyAccounts } = prepared;
  const n = invoiceDay.length;
  const sums = controlSums(prepared, lettering);

  /** Where each invoice goes: its currency's index and its place in that currency's list (−1: not aged). */
  const slot = new Int32Array(n).fill(-1);
  const slotCurrency = new Int32Array(n);
  const currencies: CurrencyAging[] = [];
  prepared.currencies.forEach((currency, c) => {
    if ((prepared.currencyFirstDay[c] as number) > asOfDay) return;
    let next = 0;
    for (const account of currencyAccounts[c] as Int32Array) {
      const end = accountInvoiceStart[account + 1] as number;
      for (let p = accountInvoiceStart[account] as number; p < end; p++) {
        const i = accountInvoices[p] as number;
        if ((invoiceDay[i] as number) > asOfDay) continue;
        slot[i] = next++;
        slotCurrency[i] = currencies.length;
      }
    }
    const aging = clientLines(currency, currencyAccounts[c] as Int32Array, lettering, ageDay, buckets, bucketFor);
    aging.invoices = new Array<AgedInvoice>(next);
    aging.allocations = detail.allocations[c] as Allocation[];
    const invoiced = sums.invoiced[c] as number;
    const credited = sums.credited[c] as number;
    const expected = invoiced - credited;
    aging.control = { invoiced, credited, expected, difference: aging.total.outstanding - expected };
    currencies.push(aging);
  });

  // The aged invoices, made in ledger order (reading the ledger's invoice objects one after the other rather
  // than jumping between them) and put in their place: by client, then oldest due first.
  const { open } = lettering;
  const { writtenOff, lastCredit } = detail;
  for (let i = 0; i < n; i++) {
    const at = slot[i] as number;
    if (at < 0) continue;
    const invoice = ledger.invoices[i] as Invoice;
    const left = open[i] as Cents;
    const daysOverdue = asOfDay - (ageDay[i] as number);
    const bucket = bucketFor(daysOverdue);
    // The ledger's own value (a small integer), not the typed array's double: a million boxed doubles weigh.
    const amount = invoice.amount;
    const paid = amount - left;
    const lost = writtenOff[i] as Cents;
    const currency = invoice.currency;
    const last = left === 0 ? (lastCredit[i] as number) : -1;
    // Two literals rather than a spread: one hidden class each, no copy (a million of these must stay small).
    (currencies[slotCurrency[i] as number] as CurrencyAging).invoices[at] = last < 0
      ? { invoice: invoice.number, client: invoice.client, date: invoice.date, due: invoice.due, amount, paid, outstanding: left, daysOverdue, bucket, currency, writtenOff: lost }
      : { invoice: invoice.number, client: invoice.client, date: invoice.date, due: invoice.due, amount, paid, outstanding: left, daysOverdue, bucket, currency, writtenOff: lost, settledOn: creditAt(prepared, last).date };
  }
  return { asOf: options.asOf, currencies, issues: lettering.issues };
}

function creditAt(prepared: PreparedLettrage, position: number): Credit {
  return prepared.ledger.credits[prepared.creditIndex[position] as number] as Credit;
}

/**
 * Rule 10 per currency id, summed from the prepared amounts and dates alone (not from the lettrage), so that it
 * checks the lettrage instead of restating it.
 */
function controlSums(prepared: PreparedLettrage, lettering: Lettering): { invoiced: Float64Array; credited: Float64Array } {
  const { invoiceDay, invoiceAmount, invoiceAccount, accountCurrency, creditAmount, creditAccount } = prepared;
  const invoiced = new Float64Array(prepared.currencies.length);
  const credited = new Float64Array(prepared.currencies.length);
  for (let i = 0; i < invoiceDay.length; i++) {
    if ((invoiceDay[i] as number) > lettering.asOfDay) continue;
    const c = accountCurrency[invoiceAccount[i] as number] as number;
    invoiced[c] = (invoiced[c] as number) + (invoiceAmount[i] as number);
  }
  for (let k = 0; k < lettering.credits; k++) {
    const c = accountCurrency[creditAccount[k] as number] as number;
    credited[c] = (credited[c] as number) + (creditAmount[k] as number);
  }
  return { invoiced, credited };
}

/** Client lines, totals and unapplied credits of one currency (the aged invoices are filled in by the caller). */
function clientLines(
  currency: string, accounts: Int32Array, lettering: Lettering, ageDay: Int32Array, buckets: Bucket[],
  bucketFor: (days: number) => number,
): CurrencyAging {
  const { prepared, open, asOf, asOfDay, credits, unapplied, isLine, advances } = lettering;
  const { invoiceDay, accountInvoiceStart, accountInvoices, accountCreditStart, accountCredits, creditKind, creditDay } = prepared;
  const lines: UnappliedCredit[] = [];
  const clients: ClientAging[] = [];
  const totalByBucket: Cents[] = buckets.map(() => 0);
  let totalOutstanding: Cents = 0;
  for (const account of accounts) {
    const byBucket: Cents[] = buckets.map(() => 0);
    let outstanding: Cents = 0;
    let openInvoices = 0;
    let oldestDaysOverdue: number | null = null;
    const end = accountInvoiceStart[account + 1] as number;
    for (let p = accountInvoiceStart[account] as number; p < end; p++) {
      const i = accountInvoices[p] as number;
      const left = open[i] as Cents;
      if (left === 0 || (invoiceDay[i] as number) > asOfDay) continue;
      const daysOverdue = asOfDay - (ageDay[i] as number);
      const bucket = bucketFor(daysOverdue);
      byBucket[bucket] = (byBucket[bucket] as Cents) + left;
      outstanding += left;
      openInvoices++;
      if (oldestDaysOverdue === null || daysOverdue > oldestDaysOverdue) oldestDaysOverdue = daysOverdue;
    }
    let leftovers = 0;
    let lastPayment = -1;
    const creditEnd = accountCreditStart[account + 1] as number;
    for (let q = accountCreditStart[account] as number; q < creditEnd; q++) {
      const k = accountCredits[q] as number;
      if (k >= credits) break;
      if (creditKind[k] === PAYMENT) lastPayment = k;
      if (isLine[k] !== 1) continue;
      const credit = creditAt(prepared, k);
      const amount = unapplied[k] as Cents;
      const daysOld = asOfDay - (creditDay[k] as number);
      const bucket = bucketFor(daysOld);
      const line: UnappliedCredit = {
        client: credit.client, reference: credit.reference, date: credit.date, amount: -amount,
        kind: credit.kind, currency, daysOld, bucket,
      };
      const advance = advances.get(k);
      if (advance !== undefined) line.advance = advance;
      lines.push(line);
      byBucket[bucket] = (byBucket[bucket] as Cents) - amount;
      outstanding -= amount;
      leftovers++;
    }
    if (openInvoices === 0 && leftovers === 0) continue;
    const client = prepared.accountClient[account] as string;
    clients.push({ client, outstanding, byBucket, openInvoices, oldestDaysOverdue, lastPaymentDate: lastPayment < 0 ? null : creditAt(prepared, lastPayment).date });
    totalOutstanding += outstanding;
    for (let b = 0; b < buckets.length; b++) totalByBucket[b] = (totalByBucket[b] as Cents) + (byBucket[b] as Cents);
  }
  return {
    currency, asOf, buckets,
    total: { outstanding: totalOutstanding, byBucket: totalByBucket },
    clients, invoices: [], unapplied: lines, allocations: [],
    control: { invoiced: 0, credited: 0, expected: 0, difference: 0 },
  };
}
