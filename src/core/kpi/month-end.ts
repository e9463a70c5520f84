// The totals of the aged balance at any past date, from a ledger sorted once.
//
// The trend needs the encours, échu and buckets at each of the last 12 month-ends. Running the whole aging
// twelve times would sort the ledger twelve times and build an object per invoice each time; instead the
// ledger is prepared once (invoices in FIFO order per account, credits in processing order, invoice references
// resolved) and each month-end replays the lettrage on typed arrays.
//
// The replay follows the rules of src/core/aging/lettrage.ts step for step (design.md §5): credits dated up
// to the date, in order (date, reference, sheet, row); pass 1 pays the invoices each credit names (in its own
// account), holding an advance for those dated after the date; pass 2 sends what is left to the account's
// oldest open invoices (due date, invoice date, number, sheet, row) when automatic lettrage is on; what is
// still left is an unapplied credit aged by its own date. Its totals are exactly ageLedger's at that date:
// a property test compares them on random ledgers.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Credit, Invoice, Ledger } from "../ledger/types";
import type { AgingOptions } from "../aging/types";
import { dayCache } from "./positions";

export interface PreparedLedger {
  ledger: Ledger;
  currencies: string[];
  /** Per invoice (indexed like ledger.invoices). */
  dueDay: Int32Array;
  dateDay: Int32Array;
  amount: Float64Array;
  currencyOf: Int32Array;
  /** Per account (currency, client): its invoices, all dates, in FIFO order. */
  accountInvoices: Int32Array[];
  /** Per credit in processing order. */
  creditDay: Int32Array;
  creditAmount: Float64Array;
  creditAccount: Int32Array;
  creditCurrency: Int32Array;
  /** Invoices each credit names that resolve into its own account, in the order named: those of the credit at
   *  position k are targets[targetStart[k] … targetStart[k + 1] − 1]. */
  targetStart: Int32Array;
  targets: Int32Array;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Characters that make an invoice number differ from its lenient form (as the lettrage reads references). */
const IRREGULAR = /[\sa-z\u00a0\u202f]/;

function looseNumber(number: string): string {
  return number.replace(/[\s\u00a0\u202f]+/g, "").toUpperCase();
}

export function prepareLedger(ledger: Ledger, day: (iso: IsoDay) => number = dayCache()): PreparedLedger {
  const invoices: readonly Invoice[] = ledger.invoices;
  const n = invoices.length;
  const dueDay = new Int32Array(n);
  const dateDay = new Int32Array(n);
  const amount = new Float64Array(n);
  const currencyOf = new Int32Array(n);
  const accountOfInvoice = new Int32Array(n);
  const currencies: string[] = [];
  const currencyIndex = new Map<string, number>();
  const currencyId = (c: string): number => {
    let id = currencyIndex.get(c);
    if (id === undefined) {
      id = currencies.length;
      currencies.push(c);
      currencyIndex.set(c, id);
    }
    return id;
  };
  const accountIds = new Map<string, Map<string, number>>();
  let accountCount = 0;
  const accountId = (currency: string, client: string): number => {
    let ofCurrency = accountIds.get(currency);
    if (ofCurrency === undefined) {
      ofCurrency = new Map();
      accountIds.set(currency, ofCurrency);
    }
    let id = ofCurrency.get(client);
    if (id === undefined) {
      id = accountCount++;
      ofCurrency.set(client, id);
    }
    return id;
  };
  for (let i = 0; i < n; i++) {
    const inv = invoices[i] as Invoice;
    dueDay[i] = day(inv.due);
    dateDay[i] = day(inv.date);
    amount[i] = inv.amount;
    currencyOf[i] = currencyId(inv.currency);
    accountOfInvoice[i] = accountId(inv.currency, inv.client);
  }

  const fifoOrder = (a: number, b: number): number => {
    const byDay = (dueDay[a] as number) - (dueDay[b] as number) || (dateDay[a] as number) - (dateDay[b] as number);
    if (byDay !== 0) return byDay;
    const x = invoices[a] as Invoice;
    const y = invoices[b] as Invoice;
    return compareText(x.number, y.number) || compareText(x.source.sheet, y.source.sheet) || x.source.row - y.source.row;
  };
  // Invoice numbers → indices in FIFO order (a number held once needs no sort).
  const byNumber = new Map<string, number | number[]>();
  for (let i = 0; i < n; i++) {
    const number = (invoices[i] as Invoice).number;
    const same = byNumber.get(number);
    if (same === undefined) byNumber.set(number, i);
    else if (Array.isArray(same)) same.push(i);
    else byNumber.set(number, [same, i]);
  }
  for (const same of byNumber.values()) if (Array.isArray(same)) same.sort(fifoOrder);
  const asList = (x: number | number[] | undefined): number[] | undefined => (x === undefined || Array.isArray(x) ? x : [x]);
  let irregular: Map<string, number[]> | undefined;
  const candidatesFor = (ref: string): number[] | undefined => {
    const exact = byNumber.get(ref);
    if (exact !== undefined) return asList(exact);
    const loose = looseNumber(ref);
    const found = loose === ref ? undefined : byNumber.get(loose);
    if (found !== undefined) return asList(found);
    if (irregular === undefined) {
      irregular = new Map();
      for (const [key, indices] of byNumber) {
        if (!IRREGULAR.test(key)) continue;
        const k = looseNumber(key);
        const list = [...(irregular.get(k) ?? asList(byNumber.get(k)) ?? []), ...(asList(indices) as number[])].sort(fifoOrder);
        irregular.set(k, list);
      }
    }
    return irregular.get(loose);
  };

  // Credits in processing order, each with the invoices it names in its own account.
  const credits: readonly Credit[] = ledger.credits;
  const cDay = credits.map((c) => day(c.date));
  const order = credits.map((_, c) => c).sort((a, b) => {
    const byDay = (cDay[a] as number) - (cDay[b] as number);
    if (byDay !== 0) return byDay;
    const x = credits[a] as Credit;
    const y = credits[b] as Credit;
    return compareText(x.reference, y.reference) || compareText(x.source.sheet, y.source.sheet) || x.source.row - y.source.row;
  });
  const m = credits.length;
  const creditDay = new Int32Array(m);
  const creditAmount = new Float64Array(m);
  const creditAccount = new Int32Array(m);
  const creditCurrency = new Int32Array(m);
  const targetStart = new Int32Array(m + 1);
  let targets = new Int32Array(Math.max(16, m));
  let t = 0;
  for (let k = 0; k < m; k++) {
    const c = order[k] as number;
    const credit = credits[c] as Credit;
    creditDay[k] = cDay[c] as number;
    creditAmount[k] = credit.amount;
    creditCurrency[k] = currencyId(credit.currency);
    const account = accountId(credit.currency, credit.client);
    creditAccount[k] = account;
    targetStart[k] = t;
    for (const ref of credit.invoiceRefs) {
      if (ref.trim() === "") continue;
      const candidates = candidatesFor(ref);
      if (candidates === undefined) continue;
      // The first candidate (FIFO order) in the credit's own account; anything else is a warning of the aging.
      let i = -1;
      for (const x of candidates) {
        if (accountOfInvoice[x] === account) {
          i = x;
          break;
        }
      }
      if (i < 0) continue;
      if (t === targets.length) {
        const grown = new Int32Array(targets.length * 2);
        grown.set(targets);
        targets = grown;
      }
      targets[t++] = i;
    }
  }
  targetStart[m] = t;

  // Each account's invoices in FIFO order: many small sorts rather than one large one.
  const lists: number[][] = Array.from({ length: accountCount }, () => []);
  for (let i = 0; i < n; i++) (lists[accountOfInvoice[i] as number] as number[]).push(i);
  return {
    ledger, currencies, dueDay, dateDay, amount, currencyOf,
    accountInvoices: lists.map((l) => Int32Array.from(l.sort(fifoOrder))),
    creditDay, creditAmount, creditAccount, creditCurrency, targetStart, targets: targets.subarray(0, t),
  };
}

/** The totals of one currency's aged balance at a date, with its split by due date. */
export interface MonthEndTotals {
  currency: string;
  asOf: IsoDay;
  outstanding: Cents;
  byBucket: Cents[];
  /** Open invoices due on or after the date + unapplied credits dated on it (as positionsOf counts them). */
  nonEchu: Cents;
  echu: Cents;
}

/** Index of the bucket of `days` for upper bounds [b1, b2, …]: ≤ 0 → 0, ≤ b1 → 1, …, beyond → bounds.length + 1. */
function bucketOf(days: number, bounds: readonly number[]): number {
  if (days <= 0) return 0;
  for (let b = 0; b < bounds.length; b++) if (days <= (bounds[b] as number)) return b + 1;
  return bounds.length + 1;
}

function currencyOrder(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "EUR") return -1;
  if (b === "EUR") return 1;
  return a < b ? -1 : 1;
}

/**
 * The aged balance's totals at `asOf` for every currency with an invoice or a credit dated up to it (EUR first,
 * then alphabetical, as ageLedger lists them), with the aging options of the refresh.
 */
export function monthEndTotals(p: PreparedLedger, asOf: IsoDay, options: Omit<AgingOptions, "asOf">, day: (iso: IsoDay) => number = dayCache()): MonthEndTotals[] {
  const M = day(asOf);
  const { dueDay, dateDay, creditDay, creditAmount, targetStart, targets, creditAccount, creditCurrency, accountInvoices } = p;
  const open = Float64Array.from(p.amount);
  let credits = 0;
  while (credits < creditDay.length && (creditDay[credits] as number) <= M) credits++;

  // Pass 1: named invoices.
  const remaining = new Float64Array(credits);
  const advance = new Float64Array(credits);
  const hasAdvance = new Uint8Array(credits);
  for (let k = 0; k < credits; k++) {
    let left = creditAmount[k] as number;
    const end = targetStart[k + 1] as number;
    for (let t = targetStart[k] as number; t < end; t++) {
      if (left <= 0) break;
      const i = targets[t] as number;
      const take = Math.min(left, open[i] as number);
      if (take <= 0) continue;
      left -= take;
      open[i] = (open[i] as number) - take;
      if ((dateDay[i] as number) > M) {
        advance[k] = (advance[k] as number) + take;
        hasAdvance[k] = 1;
      }
    }
    remaining[k] = left;
  }

  // Pass 2: oldest open invoices first, then unapplied credits.
  const nCurrencies = p.currencies.length;
  const bounds = options.bucketBounds;
  const nBuckets = bounds.length + 2;
  const byBucket = new Float64Array(nCurrencies * nBuckets);
  const nonEchu = new Float64Array(nCurrencies);
  const present = new Uint8Array(nCurrencies);
  const cursor = new Int32Array(accountInvoices.length);
  for (let k = 0; k < credits; k++) {
    let left = remaining[k] as number;
    const currency = creditCurrency[k] as number;
    present[currency] = 1;
    if (options.autoLettrage && left > 0) {
      const account = creditAccount[k] as number;
      const list = accountInvoices[account] as Int32Array;
      let q = cursor[account] as number;
      while (left > 0 && q < list.length) {
        const i = list[q] as number;
        if ((dateDay[i] as number) > M) {
          q++;
          continue;
        }
        const due = open[i] as number;
        if (due <= 0) {
          q++;
          continue;
        }
        const take = Math.min(left, due);
        open[i] = due - take;
        left -= take;
        if (take === due) q++;
      }
      cursor[account] = q;
    }
    if (left !== 0 || hasAdvance[k] === 1) {
      const unapplied = left + (advance[k] as number);
      const daysOld = M - (creditDay[k] as number);
      const slot = currency * nBuckets + bucketOf(daysOld, bounds);
      byBucket[slot] = (byBucket[slot] as number) - unapplied;
      if (daysOld <= 0) nonEchu[currency] = (nonEchu[currency] as number) - unapplied;
    }
  }

  const ageDay = options.basis === "invoice" ? dateDay : dueDay;
  for (let i = 0; i < open.length; i++) {
    if ((dateDay[i] as number) > M) continue;
    const currency = p.currencyOf[i] as number;
    present[currency] = 1;
    const left = open[i] as number;
    if (left === 0) continue;
    const slot = currency * nBuckets + bucketOf(M - (ageDay[i] as number), bounds);
    byBucket[slot] = (byBucket[slot] as number) + left;
    if (M - (dueDay[i] as number) <= 0) nonEchu[currency] = (nonEchu[currency] as number) + left;
  }

  const out: MonthEndTotals[] = [];
  for (let c = 0; c < nCurrencies; c++) {
    if (present[c] !== 1) continue;
    const buckets = Array.from(byBucket.subarray(c * nBuckets, (c + 1) * nBuckets));
    const outstanding = buckets.reduce((s, b) => s + b, 0);
    out.push({ currency: p.currencies[c] as string, asOf, outstanding, byBucket: buckets, nonEchu: nonEchu[c] as number, echu: outstanding - (nonEchu[c] as number) });
  }
  return out.sort((a, b) => currencyOrder(a.currency, b.currency));
}
