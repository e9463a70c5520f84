// Lettrage (allocation of credits to invoices), design.md §5 rules 1–5, 7 and 9.
//
// Two passes over the credits dated up to the as-of date, both in one deterministic order (credit date, then
// reference, then source sheet and row — never the input row order):
//  1. every credit that names invoices pays them in the order named, each up to its open amount; a named
//     invoice dated after the as-of date holds the money as an advance (acompte) up to that invoice's amount;
//     a name that does not resolve to an invoice of the credit's client and currency is a warning and its
//     money stays unreferenced.
//  2. what is left of every credit (and every credit naming nothing) goes to the client's oldest open invoices
//     of the same currency (due date, invoice date, number) when automatic lettrage is on, through a cursor
//     that only moves forward; what is still left becomes an unapplied credit line.
// Explicit references go first so that a payment naming an invoice is lettered to it even when an older,
// unreferenced payment would otherwise have reached it by FIFO.
import { toDayNumber, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import { rowIssue, type Issue } from "../issues";
import type { Credit, CreditKind, Invoice, Ledger } from "../ledger/types";
import type { Allocation } from "./types";

/** Lettrage state of one invoice. */
export interface InvoiceState {
  invoice: Invoice;
  dueDay: number;
  dateDay: number;
  /** Dated after the as-of date: not aged, but credits may hold an advance for it. */
  future: boolean;
  open: Cents;
  writtenOff: Cents;
  /** Latest date among the credits applied to it. */
  lastAllocation: IsoDay | null;
  /** For a future invoice: how much advance credits may still hold for it. */
  reservable: Cents;
}

/** What remains of a credit once lettered. */
export interface Leftover {
  credit: Credit;
  /** Not applied to any invoice (positive cents for a normal credit). */
  amount: Cents;
  advance?: { invoices: string[]; amount: Cents };
}

/** The invoices and leftovers of one client in one currency. */
export interface Account {
  client: string;
  currency: string;
  /** Invoices dated up to the as-of date, oldest due first (FIFO order). */
  invoices: InvoiceState[];
  /** Every invoice before this index is fully settled. */
  cursor: number;
  leftovers: Leftover[];
  lastPaymentDate: IsoDay | null;
}

export interface LettrageResult {
  /** Keyed by accountKey(currency, client). */
  accounts: Map<string, Account>;
  /** Per currency, in processing order. */
  allocations: Map<string, Allocation[]>;
  issues: Issue[];
}

export function accountKey(currency: string, client: string): string {
  return `${currency}\u0000${client}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day numbers of ISO days, computed once per distinct day. */
export function dayNumbers(): (iso: IsoDay) => number {
  const cache = new Map<string, number>();
  return (iso) => {
    let n = cache.get(iso);
    if (n === undefined) {
      n = toDayNumber(iso);
      cache.set(iso, n);
    }
    return n;
  };
}

/** Oldest due first, then invoice date, then number; the source row settles the rest. */
function fifoOrder(a: InvoiceState, b: InvoiceState): number {
  return (
    a.dueDay - b.dueDay ||
    a.dateDay - b.dateDay ||
    compareText(a.invoice.number, b.invoice.number) ||
    compareText(a.invoice.source.sheet, b.invoice.source.sheet) ||
    a.invoice.source.row - b.invoice.source.row
  );
}

interface DatedCredit {
  credit: Credit;
  day: number;
}

function creditOrder(a: DatedCredit, b: DatedCredit): number {
  return (
    a.day - b.day ||
    compareText(a.credit.reference, b.credit.reference) ||
    compareText(a.credit.source.sheet, b.credit.source.sheet) ||
    a.credit.source.row - b.credit.source.row
  );
}

/** A lenient key for invoice numbers: case, spaces and no-break spaces do not matter. */
function looseNumber(number: string): string {
  return number.replace(/[\s\u00a0\u202f]+/g, "").toUpperCase();
}

const KIND_FR: Record<CreditKind, string> = { payment: "Règlement", "credit-note": "Avoir", "write-off": "Perte" };
const KIND_EN: Record<CreditKind, string> = { payment: "Payment", "credit-note": "Credit note", "write-off": "Write-off" };

function referenceIssue(code: string, credit: Credit, fr: string, en: string): Issue {
  const { sheet, row } = credit.source;
  return rowIssue(
    "warning", code,
    `${KIND_FR[credit.kind]} « ${credit.reference} » en ${sheet}, ligne ${row} : ${fr} / ` +
      `${KIND_EN[credit.kind]} "${credit.reference}" in ${sheet}, row ${row}: ${en}`,
    sheet, row,
  );
}

export function letter(ledger: Ledger, asOf: IsoDay, autoLettrage: boolean, day: (iso: IsoDay) => number): LettrageResult {
  const accounts = new Map<string, Account>();
  const allocations = new Map<string, Allocation[]>();
  const issues: Issue[] = [];

  const accountOf = (currency: string, client: string): Account => {
    const key = accountKey(currency, client);
    let account = accounts.get(key);
    if (account === undefined) {
      account = { client, currency, invoices: [], cursor: 0, leftovers: [], lastPaymentDate: null };
      accounts.set(key, account);
    }
    return account;
  };

  // Invoices: one sort, then accounts (in FIFO order) and the lookup by number (first in that order wins).
  const states: InvoiceState[] = ledger.invoices.map((invoice) => ({
    invoice,
    dueDay: day(invoice.due),
    dateDay: day(invoice.date),
    future: invoice.date > asOf,
    open: invoice.amount,
    writtenOff: 0,
    lastAllocation: null,
    reservable: invoice.amount,
  }));
  states.sort(fifoOrder);
  const byNumber = new Map<string, InvoiceState[]>();
  for (const state of states) {
    if (!state.future) accountOf(state.invoice.currency, state.invoice.client).invoices.push(state);
    const same = byNumber.get(state.invoice.number);
    if (same === undefined) byNumber.set(state.invoice.number, [state]);
    else same.push(state);
  }
  let byLooseNumber: Map<string, InvoiceState[]> | undefined;
  const candidatesFor = (number: string): InvoiceState[] | undefined => {
    const exact = byNumber.get(number);
    if (exact !== undefined) return exact;
    if (byLooseNumber === undefined) {
      byLooseNumber = new Map();
      for (const state of states) {
        const key = looseNumber(state.invoice.number);
        const same = byLooseNumber.get(key);
        if (same === undefined) byLooseNumber.set(key, [state]);
        else same.push(state);
      }
    }
    return byLooseNumber.get(looseNumber(number));
  };

  const credits: DatedCredit[] = [];
  for (const credit of ledger.credits) if (credit.date <= asOf) credits.push({ credit, day: day(credit.date) });
  credits.sort(creditOrder);

  const allocate = (state: InvoiceState, credit: Credit, amount: Cents): void => {
    state.open -= amount;
    if (credit.kind === "write-off") state.writtenOff += amount;
    if (state.lastAllocation === null || credit.date > state.lastAllocation) state.lastAllocation = credit.date;
    let list = allocations.get(credit.currency);
    if (list === undefined) {
      list = [];
      allocations.set(credit.currency, list);
    }
    list.push({ creditReference: credit.reference, creditKind: credit.kind, creditDate: credit.date, invoice: state.invoice.number, amount });
  };

  // Pass 1: named invoices.
  const remaining: Cents[] = new Array<Cents>(credits.length);
  const advances: ({ invoices: string[]; amount: Cents } | undefined)[] = new Array(credits.length);
  for (let i = 0; i < credits.length; i++) {
    const { credit } = credits[i] as DatedCredit;
    let left = credit.amount;
    if (credit.kind === "payment") {
      const account = accountOf(credit.currency, credit.client);
      if (account.lastPaymentDate === null || credit.date > account.lastPaymentDate) account.lastPaymentDate = credit.date;
    }
    for (const ref of credit.invoiceRefs) {
      if (ref.trim() === "") continue;
      const candidates = candidatesFor(ref);
      const own = candidates?.filter((s) => s.invoice.client === credit.client);
      const state = own?.find((s) => s.invoice.currency === credit.currency);
      if (state === undefined) {
        if (own !== undefined && own.length > 0) {
          const other = (own[0] as InvoiceState).invoice.currency;
          issues.push(referenceIssue("payment.currency-mismatch", credit,
            `la facture « ${ref} » est en ${other}, le règlement en ${credit.currency} ; le montant est traité comme sans référence. Vérifiez la devise.`,
            `invoice "${ref}" is in ${other}, the credit in ${credit.currency}; the amount is treated as unreferenced. Check the currency.`));
        } else if (candidates !== undefined && candidates.length > 0) {
          const owner = (candidates[0] as InvoiceState).invoice.client;
          issues.push(referenceIssue("payment.other-client-invoice", credit,
            `la facture « ${ref} » appartient au client « ${owner} », pas à « ${credit.client} » ; le montant est traité comme sans référence pour « ${credit.client} ». Vérifiez le client ou le numéro.`,
            `invoice "${ref}" belongs to customer "${owner}", not "${credit.client}"; the amount is treated as unreferenced for "${credit.client}". Check the customer or the number.`));
        } else {
          issues.push(referenceIssue("payment.unknown-invoice", credit,
            `la facture « ${ref} » est introuvable ; le montant est traité comme sans référence. Vérifiez le numéro de facture.`,
            `invoice "${ref}" was not found; the amount is treated as unreferenced. Check the invoice number.`));
        }
        continue;
      }
      if (left <= 0) continue;
      if (state.future) {
        // An advance (acompte) for an invoice not yet issued at the as-of date: held, without a warning.
        const take = Math.min(left, state.reservable);
        if (take > 0) {
          state.reservable -= take;
          left -= take;
          const held = advances[i];
          if (held === undefined) advances[i] = { invoices: [state.invoice.number], amount: take };
          else {
            held.amount += take;
            if (!held.invoices.includes(state.invoice.number)) held.invoices.push(state.invoice.number);
          }
        }
      } else {
        const take = Math.min(left, state.open);
        if (take > 0) {
          allocate(state, credit, take);
          left -= take;
        }
      }
    }
    remaining[i] = left;
  }

  // Pass 2: FIFO for what is left, then leftovers.
  for (let i = 0; i < credits.length; i++) {
    const { credit } = credits[i] as DatedCredit;
    let left = remaining[i] as Cents;
    if (autoLettrage && left > 0) {
      const account = accounts.get(accountKey(credit.currency, credit.client));
      if (account !== undefined) {
        const list = account.invoices;
        let k = account.cursor;
        while (left > 0 && k < list.length) {
          const state = list[k] as InvoiceState;
          if (state.open <= 0) {
            k++;
            continue;
          }
          const take = Math.min(left, state.open);
          allocate(state, credit, take);
          left -= take;
          if (state.open <= 0) k++;
        }
        account.cursor = k;
      }
    }
    const advance = advances[i];
    if (left !== 0 || advance !== undefined) {
      const leftover: Leftover = { credit, amount: left + (advance?.amount ?? 0) };
      if (advance !== undefined) leftover.advance = advance;
      accountOf(credit.currency, credit.client).leftovers.push(leftover);
    }
  }

  return { accounts, allocations, issues };
}
