// Lettrage (allocation of credits to invoices) at an as-of date, design.md §5 rules 1–5, 7 and 9, from a ledger
// prepared once (prepare.ts). The one implementation of these rules: the aged balance and the trend's month-ends
// both letter through `letterAt`.
//
// Two passes over the credits dated up to the as-of date (rule 1), both in the processing order:
//  1. every credit that names invoices pays them in the order named, each up to its open amount; a named
//     invoice dated after the as-of date holds the money as an advance (acompte) up to that invoice's amount;
//     a name that does not resolve to an invoice of the credit's client and currency is a warning and its
//     money stays unreferenced.
//  2. what is left of every credit (and every credit naming nothing) goes to the client's oldest open invoices
//     of the same currency (due date, invoice date, number) dated up to the as-of date when automatic lettrage
//     is on, through a cursor that only moves forward; what is still left is an unapplied credit (rule 4).
// Explicit references go first so that a payment naming an invoice is lettered to it even when an older,
// unreferenced payment would otherwise have reached it by FIFO.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Issue } from "../issues";
import type { Credit } from "../ledger/types";
import { isoDayNumber } from "./day-number";
import { WRITE_OFF, type PreparedLettrage } from "./prepare";
import type { Allocation } from "./types";

/** The part of a credit held for invoices it names that are dated after the as-of date (rule 5). */
export interface Advance {
  /** Their numbers, in the order named. */
  invoices: string[];
  /** Positive cents. */
  amount: Cents;
}

/** What lettrage records beyond the open amounts, for the aged balance's detail lines. */
export interface LettrageDetail {
  /** Per currency id, the lettrage lines in the order they were made (named pass, then FIFO). */
  allocations: Allocation[][];
  /** Per invoice: write-offs applied to it. */
  writtenOff: Float64Array;
  /** Per invoice: position of the latest-dated credit applied to it, −1 for none. */
  lastCredit: Int32Array;
}

export interface Lettering {
  prepared: PreparedLettrage;
  asOf: IsoDay;
  asOfDay: number;
  /** Number of credits dated up to the as-of date: they are positions 0 … credits − 1 of the processing order. */
  credits: number;
  /** Per invoice: its open amount (for an invoice dated after the as-of date, what advances may still hold for it). */
  open: Float64Array;
  /** Per credit position below `credits`: what it did not apply to an invoice, advance included (positive cents
   *  for a normal credit). */
  unapplied: Float64Array;
  /** Per credit position below `credits`: 1 when it is a line of the aged balance (something unapplied, or an advance). */
  isLine: Uint8Array;
  /** The advances, by credit position. */
  advances: Map<number, Advance>;
  /** Warnings about the references of the credits dated up to the as-of date. */
  issues: Issue[];
  /** Only when asked for. */
  detail?: LettrageDetail;
}

export interface LetterOptions {
  /** Rule 3: apply credits without a usable reference to the oldest open invoices. */
  autoLettrage: boolean;
  /** Record the allocations, write-offs and settlement credit of each invoice (the aged balance needs them;
   *  totals do not). */
  detail?: boolean;
}

/** Letters the credits of a prepared ledger dated up to `asOf`. */
export function letterAt(prepared: PreparedLettrage, asOf: IsoDay, options: LetterOptions): Lettering {
  const asOfDay = isoDayNumber(asOf);
  const {
    ledger, invoiceDay, invoiceAmount, accountInvoiceStart, accountInvoices, creditDay, creditAmount, creditAccount,
    creditKind, creditIndex, targetStart, targets, accountCurrency, invoiceNumber,
  } = prepared;
  // Credits are in date order: those dated up to the as-of date come first.
  let lo = 0;
  let hi = creditDay.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((creditDay[mid] as number) <= asOfDay) lo = mid + 1;
    else hi = mid;
  }
  const count = lo;
  const open = invoiceAmount.slice();
  const unapplied = new Float64Array(count);
  const isLine = new Uint8Array(count);
  const advances = new Map<number, Advance>();

  const detail: LettrageDetail | undefined = options.detail === true
    ? { allocations: prepared.currencies.map(() => []), writtenOff: new Float64Array(open.length), lastCredit: new Int32Array(open.length).fill(-1) }
    : undefined;
  const record = (k: number, i: number, amount: Cents): void => {
    if (detail === undefined) return;
    if (creditKind[k] === WRITE_OFF) detail.writtenOff[i] = (detail.writtenOff[i] as number) + amount;
    const last = detail.lastCredit[i] as number;
    if (last < 0 || (creditDay[k] as number) > (creditDay[last] as number)) detail.lastCredit[i] = k;
    const credit = ledger.credits[creditIndex[k] as number] as Credit;
    (detail.allocations[accountCurrency[creditAccount[k] as number] as number] as Allocation[]).push({
      creditReference: credit.reference, creditKind: credit.kind, creditDate: credit.date,
      invoice: invoiceNumber[i] as string, amount,
    });
  };

  // Pass 1: named invoices.
  for (let k = 0; k < count; k++) {
    let left = creditAmount[k] as number;
    const end = targetStart[k + 1] as number;
    for (let t = targetStart[k] as number; t < end && left > 0; t++) {
      const i = targets[t] as number;
      const take = Math.min(left, open[i] as number);
      if (take <= 0) continue;
      left -= take;
      open[i] = (open[i] as number) - take;
      if ((invoiceDay[i] as number) > asOfDay) {
        // An advance (acompte) for an invoice not yet issued at the as-of date: held, without a warning.
        const number = invoiceNumber[i] as string;
        const held = advances.get(k);
        if (held === undefined) advances.set(k, { invoices: [number], amount: take });
        else {
          held.amount += take;
          if (!held.invoices.includes(number)) held.invoices.push(number);
        }
      } else {
        record(k, i, take);
      }
    }
    unapplied[k] = left;
  }

  // Pass 2: FIFO for what is left, then unapplied credits.
  const cursor = accountInvoiceStart.slice(0, accountInvoiceStart.length - 1);
  for (let k = 0; k < count; k++) {
    let left = unapplied[k] as number;
    if (options.autoLettrage && left > 0) {
      const account = creditAccount[k] as number;
      const end = accountInvoiceStart[account + 1] as number;
      let p = cursor[account] as number;
      while (left > 0 && p < end) {
        const i = accountInvoices[p] as number;
        const due = open[i] as number;
        if (due <= 0 || (invoiceDay[i] as number) > asOfDay) {
          p++;
          continue;
        }
        const take = Math.min(left, due);
        open[i] = due - take;
        record(k, i, take);
        left -= take;
        if (take === due) p++;
      }
      cursor[account] = p;
    }
    const advance = advances.get(k);
    if (left !== 0 || advance !== undefined) {
      unapplied[k] = left + (advance?.amount ?? 0);
      isLine[k] = 1;
    } else {
      unapplied[k] = 0;
    }
  }

  const issues: Issue[] = [];
  const { referenceIssues, referenceIssueCredit } = prepared;
  for (let j = 0; j < referenceIssues.length && (referenceIssueCredit[j] as number) < count; j++) issues.push(referenceIssues[j] as Issue);
  const lettering: Lettering = { prepared, asOf, asOfDay, credits: count, open, unapplied, isLine, advances, issues };
  if (detail !== undefined) lettering.detail = detail;
  return lettering;
}
