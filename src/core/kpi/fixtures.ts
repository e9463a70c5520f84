// Small builders for hand-made ledgers in tests: each test shows only what matters to it.
// Amounts are given in currency units (euros) as a person reads them and stored in cents.
import { addDays, type IsoDay } from "../days/day";
import { unitsToCents, type Cents } from "../money/cents";
import type { ClientInfo, Credit, CreditKind, Invoice, Ledger } from "../ledger/types";
import { ageLedger, agingOptions } from "../aging/age";
import { makeBuckets } from "../aging/buckets";
import type { AgingOptions, CurrencyAging } from "../aging/types";
import type { JournalEntry } from "../journal/types";

let serial = 0;

function cents(units: number): Cents {
  const value = unitsToCents(units);
  if (value === null) throw new RangeError(`Bad fixture amount ${units}`);
  return value;
}

export interface InvoiceSpec {
  number?: string;
  client?: string;
  date: IsoDay;
  /** Defaults to date + 30 days. */
  due?: IsoDay;
  /** In currency units (euros), e.g. 1234.56. */
  amount: number;
  currency?: string;
}

export function invoice(spec: InvoiceSpec): Invoice {
  serial++;
  return {
    number: spec.number ?? `F${serial}`,
    client: spec.client ?? "ACME",
    date: spec.date,
    due: spec.due ?? addDays(spec.date, 30),
    dueComputed: spec.due === undefined,
    amount: cents(spec.amount),
    currency: spec.currency ?? "EUR",
    source: { sheet: "Factures", row: serial + 1 },
  };
}

export interface CreditSpec {
  reference?: string;
  client?: string;
  date: IsoDay;
  amount: number;
  currency?: string;
  kind?: CreditKind;
  /** Invoice numbers it pays, in order. */
  pays?: string[];
}

export function credit(spec: CreditSpec): Credit {
  serial++;
  return {
    reference: spec.reference ?? `R${serial}`,
    client: spec.client ?? "ACME",
    date: spec.date,
    amount: cents(spec.amount),
    currency: spec.currency ?? "EUR",
    kind: spec.kind ?? "payment",
    invoiceRefs: spec.pays ?? [],
    source: { sheet: "Règlements", row: serial + 1 },
  };
}

/** A payment that settles the whole of `inv` on `date`. */
export function paid(inv: Invoice, date: IsoDay, kind: CreditKind = "payment"): Credit {
  return credit({ client: inv.client, date, amount: inv.amount / 100, currency: inv.currency, kind, pays: [inv.number] });
}

export function client(id: string, extra: Partial<Omit<ClientInfo, "id">> = {}): ClientInfo {
  return { id, name: extra.name ?? `Client ${id}`, emailsTo: [], emailsCc: [], blocked: false, ...extra };
}

export function ledgerOf(parts: { invoices?: Invoice[]; credits?: Credit[]; clients?: ClientInfo[] }): Ledger {
  return {
    invoices: parts.invoices ?? [],
    credits: parts.credits ?? [],
    clients: new Map((parts.clients ?? []).map((c) => [c.id, c])),
    issues: [],
    rejectedRows: 0,
  };
}

/** The aged balance of one currency at `asOf` (an empty one when the currency has nothing). */
export function agingOf(ledger: Ledger, asOf: IsoDay, currency = "EUR", overrides: Partial<Omit<AgingOptions, "asOf">> = {}): CurrencyAging {
  const options = agingOptions(asOf, overrides);
  const found = ageLedger(ledger, options).currencies.find((c) => c.currency === currency);
  if (found !== undefined) return found;
  const buckets = makeBuckets(options.bucketBounds);
  return {
    currency, asOf, buckets, total: { outstanding: 0, byBucket: buckets.map(() => 0) }, clients: [], invoices: [],
    unapplied: [], allocations: [], control: { invoiced: 0, credited: 0, expected: 0, difference: 0 },
  };
}

/** A journal line with only what the test cares about. */
export function note(spec: Partial<JournalEntry> & { date: IsoDay; client: string }): JournalEntry {
  return { invoices: [], level: "", channel: "e-mail", ...spec };
}
