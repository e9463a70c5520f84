// The part of lettrage that does not depend on the as-of date (design.md §5), done once per ledger: day numbers,
// accounts (client × currency), the FIFO order of each account's invoices, the processing order of the credits,
// and what each reference a credit names resolves to. `letterAt` (lettrage.ts) then letters at any as-of date
// from this, so the aged balance and the 12 month-ends of the trend share one implementation of the rules.
//
// Everything is indexed by integers and held in typed arrays: invoices keep their index in ledger.invoices,
// credits are numbered by their position in the processing order (credit date, then reference, then sheet and
// row — never the input row order), accounts and currencies by small ids. The credits dated up to any as-of
// date are therefore always the first positions of that order.
import type { Issue } from "../issues";
import type { Credit, Invoice, Ledger } from "../ledger/types";
import { isoDayReader } from "./day-number";
import { InvoiceNumbers } from "./invoice-numbers";
import { otherClient, otherCurrency, unknownInvoice } from "./reference-issues";

/** Codes of the credit kinds in PreparedLettrage.creditKind. */
export const PAYMENT = 0;
export const CREDIT_NOTE = 1;
export const WRITE_OFF = 2;

export interface PreparedLettrage {
  readonly ledger: Ledger;
  /** Currencies by id, in the order of the aged balance: EUR first, then alphabetical. */
  readonly currencies: readonly string[];
  /** First day (invoice date or credit date) of each currency: a currency is on the balance from that day on. */
  readonly currencyFirstDay: Int32Array;

  /** Accounts (one client in one currency) by id. */
  readonly accountClient: readonly string[];
  readonly accountCurrency: Int32Array;
  /** Per currency, its account ids in client order (the order of the aged balance's client lines). */
  readonly currencyAccounts: readonly Int32Array[];

  /** Per invoice, indexed like ledger.invoices (the numbers in a flat array: lettrage reads them in random order). */
  readonly invoiceNumber: readonly string[];
  readonly invoiceDay: Int32Array;
  readonly dueDay: Int32Array;
  readonly invoiceAmount: Float64Array;
  readonly invoiceAccount: Int32Array;
  /** Each account's invoices, every date, oldest due first (due date, invoice date, number, sheet, row):
   *  those of account a are accountInvoices[accountInvoiceStart[a] … accountInvoiceStart[a + 1] − 1]. */
  readonly accountInvoiceStart: Int32Array;
  readonly accountInvoices: Int32Array;

  /** Per credit position in the processing order: its index in ledger.credits, day, amount, account, kind code. */
  readonly creditIndex: Int32Array;
  readonly creditDay: Int32Array;
  readonly creditAmount: Float64Array;
  readonly creditAccount: Int32Array;
  readonly creditKind: Uint8Array;
  /** Each account's credit positions, ascending: accountCredits[accountCreditStart[a] … accountCreditStart[a + 1] − 1]. */
  readonly accountCreditStart: Int32Array;
  readonly accountCredits: Int32Array;

  /** The invoices a credit names that resolve into its own account, in the order named (rule 2): those of the
   *  credit at position k are targets[targetStart[k] … targetStart[k + 1] − 1]. */
  readonly targetStart: Int32Array;
  readonly targets: Int32Array;
  /** Warnings about references (unknown invoice, another client's, another currency's), in processing order;
   *  referenceIssueCredit[j] is the position of the credit referenceIssues[j] is about. */
  readonly referenceIssues: readonly Issue[];
  readonly referenceIssueCredit: Int32Array;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for an empty or all-space reference (most references start with a visible ASCII character). */
function isBlank(ref: string): boolean {
  const first = ref.charCodeAt(0);
  return !(first > 32 && first < 127) && ref.trim() === "";
}

/** EUR first, then the other currencies in alphabetical order. */
export function currencyOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "EUR") return -1;
  if (b === "EUR") return 1;
  return a < b ? -1 : 1;
}

/**
 * Indices 0 … groupOf.length − 1 grouped by group (a counting sort, stable): those of group g are
 * members[start[g] … start[g + 1] − 1], ascending.
 */
function groupBy(groupOf: Int32Array, groups: number): { start: Int32Array; members: Int32Array } {
  const start = new Int32Array(groups + 1);
  for (let x = 0; x < groupOf.length; x++) start[(groupOf[x] as number) + 1] = (start[(groupOf[x] as number) + 1] as number) + 1;
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const next = start.slice(0, groups);
  const members = new Int32Array(groupOf.length);
  for (let x = 0; x < groupOf.length; x++) {
    const g = groupOf[x] as number;
    members[next[g] as number] = x;
    next[g] = (next[g] as number) + 1;
  }
  return { start, members };
}

/**
 * Sorts list[from … to − 1] in place with `compare`. Ledger rows mostly come in date order, so an account's invoices
 * are nearly in order already: insertion sort, as long as it does not move elements too far; else a full sort.
 */
function sortRange(list: Int32Array, from: number, to: number, compare: (a: number, b: number) => number): void {
  let budget = 4 * (to - from) + 16;
  for (let p = from + 1; p < to; p++) {
    const x = list[p] as number;
    let q = p - 1;
    while (q >= from && compare(list[q] as number, x) > 0) {
      list[q + 1] = list[q] as number;
      q--;
      if (--budget < 0) {
        list[q + 1] = x;
        list.set(Array.from(list.subarray(from, to)).sort(compare), from);
        return;
      }
    }
    list[q + 1] = x;
  }
}

/** The credits in processing order: by day, then reference, sheet and row. */
function processingOrder(credits: readonly Credit[], day: Int32Array): Int32Array {
  const references: string[] = credits.map((credit) => credit.reference);
  // A plain array sorts faster than a typed array with a comparison function.
  const order = credits.map((_, c) => c).sort((a, b) => {
    const byDay = (day[a] as number) - (day[b] as number);
    if (byDay !== 0) return byDay;
    const byReference = compareText(references[a] as string, references[b] as string);
    if (byReference !== 0) return byReference;
    const x = (credits[a] as Credit).source;
    const y = (credits[b] as Credit).source;
    return compareText(x.sheet, y.sheet) || x.row - y.row;
  });
  return Int32Array.from(order);
}

/** Sorts, once, everything of `ledger` that lettrage at any as-of date needs. Never throws on valid ledger days. */
export function prepareLettrage(ledger: Ledger): PreparedLettrage {
  const invoices: readonly Invoice[] = ledger.invoices;
  const credits: readonly Credit[] = ledger.credits;
  const n = invoices.length;
  const m = credits.length;
  const day = isoDayReader();

  // Currencies and clients interned to small ids; an account is a (client id, currency id) pair.
  const currencyIds = new Map<string, number>();
  const rawCurrencies: string[] = [];
  const currencyId = (currency: string): number => {
    let id = currencyIds.get(currency);
    if (id === undefined) {
      id = rawCurrencies.length;
      rawCurrencies.push(currency);
      currencyIds.set(currency, id);
    }
    return id;
  };
  const clientIds = new Map<string, number>();
  /** Per client id: its account in its first currency, and the currency; other currencies in `moreAccounts`. */
  const clientAccount: number[] = [];
  const clientCurrency: number[] = [];
  const moreAccounts = new Map<string, number>();
  const accountClient: string[] = [];
  const rawAccountCurrency: number[] = [];
  let lastClient: string | undefined;
  let lastClientId = 0;
  const accountOf = (client: string, currency: string): number => {
    const c = currencyId(currency);
    let id = client === lastClient ? lastClientId : clientIds.get(client);
    if (id === undefined) {
      id = clientAccount.length;
      clientIds.set(client, id);
      clientAccount.push(accountClient.length);
      clientCurrency.push(c);
      accountClient.push(client);
      rawAccountCurrency.push(c);
    }
    lastClient = client;
    lastClientId = id;
    if (clientCurrency[id] === c) return clientAccount[id] as number;
    const key = `${id} ${c}`;
    let account = moreAccounts.get(key);
    if (account === undefined) {
      account = accountClient.length;
      moreAccounts.set(key, account);
      accountClient.push(client);
      rawAccountCurrency.push(c);
    }
    return account;
  };

  // Invoices.
  const invoiceNumber: string[] = new Array<string>(n);
  const invoiceDay = new Int32Array(n);
  const dueDay = new Int32Array(n);
  const invoiceAmount = new Float64Array(n);
  const invoiceAccount = new Int32Array(n);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    const invoice = invoices[i] as Invoice;
    const date = day(invoice.date);
    const due = day(invoice.due);
    invoiceNumber[i] = invoice.number;
    invoiceDay[i] = date;
    dueDay[i] = due;
    invoiceAmount[i] = invoice.amount;
    invoiceAccount[i] = accountOf(invoice.client, invoice.currency);
    if (date < minDay) minDay = date;
    if (due < minDay) minDay = due;
    if (date > maxDay) maxDay = date;
    if (due > maxDay) maxDay = due;
  }
  // FIFO order: due date, then invoice date as one number (exact: two day counts of at most a few million),
  // then number, sheet and row for the rare ties.
  const span = n === 0 ? 1 : maxDay - minDay + 1;
  const dayKey = new Float64Array(n);
  for (let i = 0; i < n; i++) dayKey[i] = ((dueDay[i] as number) - minDay) * span + ((invoiceDay[i] as number) - minDay);
  const fifoOrder = (a: number, b: number): number => {
    const byDay = (dayKey[a] as number) - (dayKey[b] as number);
    if (byDay !== 0) return byDay;
    const x = invoices[a] as Invoice;
    const y = invoices[b] as Invoice;
    return compareText(x.number, y.number) || compareText(x.source.sheet, y.source.sheet) || x.source.row - y.source.row;
  };

  // Credits in processing order: by day, then reference, sheet and row.
  const rawCreditDay = new Int32Array(m);
  for (let c = 0; c < m; c++) rawCreditDay[c] = day((credits[c] as Credit).date);
  const order = processingOrder(credits, rawCreditDay);
  const creditIndex = order;
  const creditDay = new Int32Array(m);
  const creditAmount = new Float64Array(m);
  const creditAccount = new Int32Array(m);
  const creditKind = new Uint8Array(m);
  for (let k = 0; k < m; k++) {
    const c = order[k] as number;
    const credit = credits[c] as Credit;
    creditDay[k] = rawCreditDay[c] as number;
    creditAmount[k] = credit.amount;
    creditAccount[k] = accountOf(credit.client, credit.currency);
    creditKind[k] = credit.kind === "payment" ? PAYMENT : credit.kind === "credit-note" ? CREDIT_NOTE : WRITE_OFF;
  }

  // Accounts: invoices (FIFO) and credits (ascending positions) of each.
  const accountCount = accountClient.length;
  const byAccount = groupBy(invoiceAccount, accountCount);
  const accountInvoiceStart = byAccount.start;
  const accountInvoices = byAccount.members;
  for (let a = 0; a < accountCount; a++) sortRange(accountInvoices, accountInvoiceStart[a] as number, accountInvoiceStart[a + 1] as number, fifoOrder);
  const creditsByAccount = groupBy(creditAccount, accountCount);

  // References: each named invoice of the credit's own account becomes a target; any other name is a warning.
  const numbers = new InvoiceNumbers(invoices, fifoOrder);
  const targetStart = new Int32Array(m + 1);
  let targets = new Int32Array(Math.max(16, m + (m >> 2)));
  let t = 0;
  const referenceIssues: Issue[] = [];
  const issueCredit: number[] = [];
  for (let k = 0; k < m; k++) {
    targetStart[k] = t;
    const credit = credits[order[k] as number] as Credit;
    const refs = credit.invoiceRefs;
    if (refs.length === 0) continue;
    const account = creditAccount[k] as number;
    for (const ref of refs) {
      if (isBlank(ref)) continue;
      const i = numbers.pick(ref, account, credit.client, invoiceAccount);
      if (i >= 0 && invoiceAccount[i] === account) {
        if (t === targets.length) {
          const grown = new Int32Array(targets.length * 2);
          grown.set(targets);
          targets = grown;
        }
        targets[t++] = i;
        continue;
      }
      const named = i < 0 ? undefined : invoices[i];
      referenceIssues.push(named === undefined ? unknownInvoice(credit, ref)
        : named.client !== credit.client ? otherClient(credit, ref, named.client)
        : otherCurrency(credit, ref, named.currency));
      issueCredit.push(k);
    }
  }
  targetStart[m] = t;

  // Currencies in the balance's order; accounts of each in client order.
  const ranked = rawCurrencies.map((_, id) => id).sort((a, b) => currencyOrder(rawCurrencies[a] as string, rawCurrencies[b] as string));
  const rank = new Int32Array(ranked.length);
  ranked.forEach((id, r) => (rank[id] = r));
  const currencies = ranked.map((id) => rawCurrencies[id] as string);
  const accountCurrency = Int32Array.from(rawAccountCurrency, (c) => rank[c] as number);
  const byCurrency: number[][] = currencies.map(() => []);
  for (let a = 0; a < accountCount; a++) (byCurrency[accountCurrency[a] as number] as number[]).push(a);
  const currencyAccounts = byCurrency.map((list) => Int32Array.from(list.sort((a, b) => compareText(accountClient[a] as string, accountClient[b] as string))));
  const currencyFirstDay = new Int32Array(currencies.length).fill(2147483647);
  for (let i = 0; i < n; i++) {
    const c = accountCurrency[invoiceAccount[i] as number] as number;
    if ((invoiceDay[i] as number) < (currencyFirstDay[c] as number)) currencyFirstDay[c] = invoiceDay[i] as number;
  }
  for (let k = 0; k < m; k++) {
    const c = accountCurrency[creditAccount[k] as number] as number;
    if ((creditDay[k] as number) < (currencyFirstDay[c] as number)) currencyFirstDay[c] = creditDay[k] as number;
  }

  return {
    ledger, currencies, currencyFirstDay, accountClient, accountCurrency, currencyAccounts,
    invoiceNumber, invoiceDay, dueDay, invoiceAmount, invoiceAccount, accountInvoiceStart, accountInvoices,
    creditIndex, creditDay, creditAmount, creditAccount, creditKind,
    accountCreditStart: creditsByAccount.start, accountCredits: creditsByAccount.members,
    targetStart, targets: targets.slice(0, t), referenceIssues, referenceIssueCredit: Int32Array.from(issueCredit),
  };
}
