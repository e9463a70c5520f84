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
//
// The per-invoice state lives in typed arrays indexed like ledger.invoices: a 100k-invoice ledger is lettered
// without allocating an object per invoice.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import { rowIssue, type Issue } from "../issues";
import type { Credit, CreditKind, Invoice, Ledger } from "../ledger/types";
import { isoDayNumber } from "./day-number";
import type { Allocation } from "./types";

/** What remains of a credit once lettered. */
export interface Leftover {
  credit: Credit;
  creditDay: number;
  /** Not applied to any invoice (positive cents for a normal credit), advance included. */
  amount: Cents;
  advance?: { invoices: string[]; amount: Cents };
}

/** The invoices and leftovers of one client in one currency. */
export interface Account {
  id: number;
  client: string;
  currency: string;
  /** Indices into ledger.invoices of the invoices dated up to the as-of date, oldest due first (FIFO). */
  invoices: number[];
  /** Every invoice before this position is fully settled. */
  cursor: number;
  leftovers: Leftover[];
  lastPaymentDate: IsoDay | null;
}

export interface LettrageResult {
  /** By currency, then by client. */
  accounts: Map<string, Map<string, Account>>;
  /** Per currency, in processing order. */
  allocations: Map<string, Allocation[]>;
  issues: Issue[];
  /** Per invoice (indexed like ledger.invoices): open amount at the as-of date (for an invoice dated after
   *  it, what advances may still hold for it). */
  open: Float64Array;
  writtenOff: Float64Array;
  /** Latest date among the credits applied to the invoice. */
  lastAllocation: (IsoDay | null)[];
  dueDay: Int32Array;
  dateDay: Int32Array;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

function unknownInvoice(credit: Credit, ref: string): Issue {
  return referenceIssue("payment.unknown-invoice", credit,
    `la facture « ${ref} » est introuvable ; le montant est traité comme sans référence. Vérifiez le numéro de facture.`,
    `invoice "${ref}" was not found; the amount is treated as unreferenced. Check the invoice number.`);
}

function otherClient(credit: Credit, ref: string, owner: string): Issue {
  return referenceIssue("payment.other-client-invoice", credit,
    `la facture « ${ref} » appartient au client « ${owner} », pas à « ${credit.client} » ; le montant est traité comme sans référence pour « ${credit.client} ». Vérifiez le client ou le numéro.`,
    `invoice "${ref}" belongs to customer "${owner}", not "${credit.client}"; the amount is treated as unreferenced for "${credit.client}". Check the customer or the number.`);
}

function otherCurrency(credit: Credit, ref: string, currency: string): Issue {
  return referenceIssue("payment.currency-mismatch", credit,
    `la facture « ${ref} » est en ${currency}, le règlement en ${credit.currency} ; le montant est traité comme sans référence. Vérifiez la devise.`,
    `invoice "${ref}" is in ${currency}, the credit in ${credit.currency}; the amount is treated as unreferenced. Check the currency.`);
}

/** Characters that make an invoice number differ from its lenient form. */
const IRREGULAR = /[\sa-z\u00a0\u202f]/;

/** A lenient key for invoice numbers: case, spaces and no-break spaces do not matter. */
function looseNumber(number: string): string {
  return number.replace(/[\s\u00a0\u202f]+/g, "").toUpperCase();
}

/** Invoice indices by number; a number held by several invoices maps to all of them, in FIFO order. */
type Lookup = Map<string, number | number[]>;

export function letter(ledger: Ledger, asOf: IsoDay, autoLettrage: boolean): LettrageResult {
  const invoices: readonly Invoice[] = ledger.invoices;
  const n = invoices.length;
  const asOfDay = isoDayNumber(asOf);
  const open = new Float64Array(n);
  const writtenOff = new Float64Array(n);
  const lastAllocation: (IsoDay | null)[] = new Array<IsoDay | null>(n).fill(null);
  const dueDay = new Int32Array(n);
  const dateDay = new Int32Array(n);
  /** Account id of each invoice. */
  const accountIdOf = new Int32Array(n);
  /** Invoice numbers by index: lettrage reads them often, in random order; a flat array stays in cache. */
  const numbers: string[] = new Array<string>(n);

  const accounts = new Map<string, Map<string, Account>>();
  const accountList: Account[] = [];
  const allocations = new Map<string, Allocation[]>();
  const issues: Issue[] = [];

  const accountOf = (currency: string, client: string): Account => {
    let ofCurrency = accounts.get(currency);
    if (ofCurrency === undefined) {
      ofCurrency = new Map();
      accounts.set(currency, ofCurrency);
    }
    let account = ofCurrency.get(client);
    if (account === undefined) {
      account = { id: accountList.length, client, currency, invoices: [], cursor: 0, leftovers: [], lastPaymentDate: null };
      accountList.push(account);
      ofCurrency.set(client, account);
    }
    return account;
  };

  /** Oldest due first, then invoice date, then number; the source row settles the rest. */
  const fifoOrder = (a: number, b: number): number => {
    const byDay = dueDay[a]! - dueDay[b]! || dateDay[a]! - dateDay[b]!;
    if (byDay !== 0) return byDay;
    const x = invoices[a] as Invoice;
    const y = invoices[b] as Invoice;
    return compareText(x.number, y.number) || compareText(x.source.sheet, y.source.sheet) || x.source.row - y.source.row;
  };

  // Invoices: into their accounts (each sorted once in FIFO order) and into the lookup by number.
  const byNumber: Lookup = new Map();
  for (let i = 0; i < n; i++) {
    const invoice = invoices[i] as Invoice;
    dueDay[i] = isoDayNumber(invoice.due);
    dateDay[i] = isoDayNumber(invoice.date);
    open[i] = invoice.amount;
    numbers[i] = invoice.number;
    const account = accountOf(invoice.currency, invoice.client);
    accountIdOf[i] = account.id;
    if (dateDay[i]! <= asOfDay) account.invoices.push(i);
    byNumber.set(invoice.number, i);
  }
  if (byNumber.size < n) {
    // Some numbers are held by several invoices (the ledger warns about those): keep them all, in FIFO order.
    byNumber.clear();
    for (let i = 0; i < n; i++) {
      const number = numbers[i] as string;
      const same = byNumber.get(number);
      if (same === undefined) byNumber.set(number, i);
      else if (Array.isArray(same)) same.push(i);
      else byNumber.set(number, [same, i]);
    }
    for (const same of byNumber.values()) if (Array.isArray(same)) same.sort(fifoOrder);
  }
  for (const account of accountList) account.invoices.sort(fifoOrder);

  // A reference that matches no number exactly is tried again ignoring case and spaces: against the numbers
  // as they are, then against the few numbers that themselves hold spaces or lower case letters.
  let irregular: Lookup | undefined;
  const candidatesFor = (number: string): number | number[] | undefined => {
    const exact = byNumber.get(number);
    if (exact !== undefined) return exact;
    const loose = looseNumber(number);
    const found = loose === number ? undefined : byNumber.get(loose);
    if (found !== undefined) return found;
    if (irregular === undefined) {
      irregular = new Map();
      for (const [key, indices] of byNumber) {
        if (!IRREGULAR.test(key)) continue;
        const k = looseNumber(key);
        const same = irregular.get(k) ?? byNumber.get(k);
        const list = [...(same === undefined ? [] : Array.isArray(same) ? same : [same]), ...(Array.isArray(indices) ? indices : [indices])];
        irregular.set(k, list.length === 1 ? (list[0] as number) : list.sort(fifoOrder));
      }
    }
    return irregular.get(loose);
  };

  /**
   * The invoice a reference points to for a credit of account `accountId`: the one in that account when
   * there is one, else one of the same client (another currency), else the first (another client's).
   */
  const pick = (candidates: number | number[], accountId: number, client: string): number => {
    if (!Array.isArray(candidates)) return candidates;
    let sameClient = -1;
    for (const i of candidates) {
      if (accountIdOf[i] === accountId) return i;
      if (sameClient < 0 && (invoices[i] as Invoice).client === client) sameClient = i;
    }
    return sameClient >= 0 ? sameClient : (candidates[0] as number);
  };

  // Credits dated up to the as-of date, in processing order.
  const credits = ledger.credits;
  const creditDay = new Int32Array(credits.length);
  const creditAccount: Account[] = new Array<Account>(credits.length);
  const order: number[] = [];
  for (let c = 0; c < credits.length; c++) {
    const credit = credits[c] as Credit;
    const day = isoDayNumber(credit.date);
    creditDay[c] = day;
    if (day > asOfDay) continue;
    order.push(c);
    creditAccount[c] = accountOf(credit.currency, credit.client);
  }
  order.sort((a, b) => {
    const byDay = creditDay[a]! - creditDay[b]!;
    if (byDay !== 0) return byDay;
    const x = credits[a] as Credit;
    const y = credits[b] as Credit;
    return compareText(x.reference, y.reference) || compareText(x.source.sheet, y.source.sheet) || x.source.row - y.source.row;
  });

  const allocate = (i: number, credit: Credit, amount: Cents): void => {
    open[i] = open[i]! - amount;
    if (credit.kind === "write-off") writtenOff[i] = writtenOff[i]! + amount;
    const last = lastAllocation[i];
    if (last === null || last === undefined || credit.date > last) lastAllocation[i] = credit.date;
    let list = allocations.get(credit.currency);
    if (list === undefined) {
      list = [];
      allocations.set(credit.currency, list);
    }
    list.push({ creditReference: credit.reference, creditKind: credit.kind, creditDate: credit.date, invoice: numbers[i] as string, amount });
  };

  // Pass 1: named invoices.
  const remaining = new Float64Array(order.length);
  const advances: ({ invoices: string[]; amount: Cents } | undefined)[] = new Array(order.length).fill(undefined);
  for (let k = 0; k < order.length; k++) {
    const c = order[k] as number;
    const credit = credits[c] as Credit;
    const account = creditAccount[c] as Account;
    if (credit.kind === "payment" && (account.lastPaymentDate === null || credit.date > account.lastPaymentDate)) account.lastPaymentDate = credit.date;
    let left = credit.amount;
    for (const ref of credit.invoiceRefs) {
      if (ref.trim() === "") continue;
      const candidates = candidatesFor(ref);
      const i = candidates === undefined ? -1 : pick(candidates, account.id, credit.client);
      if (i < 0 || accountIdOf[i] !== account.id) {
        const named = i < 0 ? undefined : invoices[i];
        issues.push(named === undefined ? unknownInvoice(credit, ref)
          : named.client !== credit.client ? otherClient(credit, ref, named.client)
          : otherCurrency(credit, ref, named.currency));
        continue;
      }
      if (left <= 0) continue;
      const take = Math.min(left, open[i]!);
      if (take <= 0) continue;
      left -= take;
      if (dateDay[i]! > asOfDay) {
        // An advance (acompte) for an invoice not yet issued at the as-of date: held, without a warning.
        open[i] = open[i]! - take;
        const number = numbers[i] as string;
        const held = advances[k];
        if (held === undefined) advances[k] = { invoices: [number], amount: take };
        else {
          held.amount += take;
          if (!held.invoices.includes(number)) held.invoices.push(number);
        }
      } else {
        allocate(i, credit, take);
      }
    }
    remaining[k] = left;
  }

  // Pass 2: FIFO for what is left, then leftovers.
  for (let k = 0; k < order.length; k++) {
    const c = order[k] as number;
    const credit = credits[c] as Credit;
    let left = remaining[k]!;
    const account = creditAccount[c] as Account;
    if (autoLettrage && left > 0) {
      const list = account.invoices;
      let p = account.cursor;
      while (left > 0 && p < list.length) {
        const i = list[p] as number;
        const due = open[i]!;
        if (due <= 0) {
          p++;
          continue;
        }
        const take = Math.min(left, due);
        allocate(i, credit, take);
        left -= take;
        if (take === due) p++;
      }
      account.cursor = p;
    }
    const advance = advances[k];
    if (left !== 0 || advance !== undefined) {
      const leftover: Leftover = { credit, creditDay: creditDay[c]!, amount: left + (advance?.amount ?? 0) };
      if (advance !== undefined) leftover.advance = advance;
      account.leftovers.push(leftover);
    }
  }

  return { accounts, allocations, issues, open, writtenOff, lastAllocation, dueDay, dateDay };
}
