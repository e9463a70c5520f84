// Random ledgers for property tests: a few clients, invoices over ~14 months in a few currencies, credits of
// every kind naming real invoices, other clients' invoices, invoices issued later, or nothing that exists.
import fc from "fast-check";
import { addDays, type IsoDay } from "../days/day";
import type { Credit, CreditKind, Invoice, Ledger } from "../ledger/types";

const START: IsoDay = "2023-01-01";
const CURRENCIES = ["EUR", "EUR", "EUR", "USD", "CHF"] as const;
const KINDS: CreditKind[] = ["payment", "payment", "payment", "credit-note", "write-off"];

export interface LedgerCase {
  ledger: Ledger;
  asOf: IsoDay;
}

const invoiceRow = fc.record({
  client: fc.nat(5), day: fc.integer({ min: 0, max: 420 }), terms: fc.integer({ min: 0, max: 90 }),
  amount: fc.integer({ min: 1, max: 500_000 }), currency: fc.constantFrom(...CURRENCIES),
  /** Now and then a number already used by the previous row (the ledger warns; lettrage must stay sound). */
  reuseNumber: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
});

const reference = fc.oneof(
  { weight: 6, arbitrary: fc.nat(45).map((n) => `F${n}`) },
  { weight: 1, arbitrary: fc.nat(45).map((n) => `f ${n}`) },
  { weight: 1, arbitrary: fc.constant("X404") },
);

const creditRow = fc.record({
  client: fc.nat(5), day: fc.integer({ min: 0, max: 430 }), amount: fc.integer({ min: 1, max: 600_000 }),
  currency: fc.constantFrom(...CURRENCIES), kind: fc.constantFrom(...KINDS), ref: fc.nat(6),
  invoiceRefs: fc.array(reference, { maxLength: 3 }),
});

/** A ledger and an as-of date (sometimes before everything, sometimes after). */
export const ledgerCase: fc.Arbitrary<LedgerCase> = fc
  .record({
    clients: fc.integer({ min: 1, max: 6 }),
    invoices: fc.array(invoiceRow, { maxLength: 40 }),
    credits: fc.array(creditRow, { maxLength: 40 }),
    asOf: fc.integer({ min: -20, max: 460 }),
  })
  .map(({ clients, invoices, credits, asOf }) => {
    const inv: Invoice[] = invoices.map((r, i) => {
      const date = addDays(START, r.day);
      return {
        number: `F${r.reuseNumber && i > 0 ? i - 1 : i}`, client: `C${r.client % clients}`, date, due: addDays(date, r.terms), dueComputed: false,
        amount: r.amount, currency: r.currency, source: { sheet: "Factures", row: i + 2 },
      };
    });
    const cre: Credit[] = credits.map((r, j) => ({
      reference: `P${r.ref}`, client: `C${r.client % clients}`, date: addDays(START, r.day), amount: r.amount,
      currency: r.currency, kind: r.kind, invoiceRefs: r.invoiceRefs, source: { sheet: "Règlements", row: j + 2 },
    }));
    return { ledger: { invoices: inv, credits: cre, clients: new Map(), issues: [], rejectedRows: 0 }, asOf: addDays(START, asOf) };
  });

/** The same ledger with its rows in another order (deterministic for a given seed). */
export function shuffled(ledger: Ledger, seed: number): Ledger {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const mix = <T>(rows: T[]): T[] => {
    const out = [...rows];
    for (let i = out.length - 1; i > 0; i--) {
      const k = Math.floor(next() * (i + 1));
      [out[i], out[k]] = [out[k] as T, out[i] as T];
    }
    return out;
  };
  return { ...ledger, invoices: mix(ledger.invoices), credits: mix(ledger.credits) };
}
