import fc from "fast-check";
import { addDays } from "../days/day";
import { agePrepared, ageLedger, agingOptions } from "./age";
import { prepareLettrage } from "./prepare";
import { agingTotals } from "./totals";
import { ledgerCase, shuffled } from "./ledger-arbitrary.test-helpers";
import type { AgingOptions } from "./types";
import type { Ledger } from "../ledger/types";

const options = fc.record({
  autoLettrage: fc.boolean(),
  basis: fc.constantFrom<AgingOptions["basis"]>("due", "invoice"),
  bucketBounds: fc.constantFrom<number[]>([30, 60, 90], [15, 45], [], [1, 2, 365]),
});

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

function creditsUpTo(ledger: Ledger, asOf: string, currency: string): number {
  return sum(ledger.credits.filter((c) => c.date <= asOf && c.currency === currency).map((c) => c.amount));
}

function invoicesUpTo(ledger: Ledger, asOf: string, currency: string): number {
  return sum(ledger.invoices.filter((i) => i.date <= asOf && i.currency === currency).map((i) => i.amount));
}

describe("lettrage and aging over random ledgers", () => {
  it("applies or keeps unapplied every credit dated up to the as-of date, per currency", () => {
    fc.assert(fc.property(ledgerCase, options, ({ ledger, asOf }, o) => {
      const result = ageLedger(ledger, agingOptions(asOf, o));
      const seen = new Set(result.currencies.map((c) => c.currency));
      for (const c of ledger.credits) if (c.date <= asOf) expect(seen.has(c.currency)).toBe(true);
      for (const aging of result.currencies) {
        const applied = sum(aging.allocations.map((a) => a.amount));
        const unapplied = -sum(aging.unapplied.map((u) => u.amount));
        expect(applied + unapplied).toBe(creditsUpTo(ledger, asOf, aging.currency));
      }
    }));
  });

  it("adds up the buckets to the outstanding of each client and of the total", () => {
    fc.assert(fc.property(ledgerCase, options, ({ ledger, asOf }, o) => {
      for (const aging of ageLedger(ledger, agingOptions(asOf, o)).currencies) {
        for (const client of aging.clients) expect(sum(client.byBucket)).toBe(client.outstanding);
        expect(sum(aging.total.byBucket)).toBe(aging.total.outstanding);
        expect(sum(aging.clients.map((c) => c.outstanding))).toBe(aging.total.outstanding);
        aging.buckets.forEach((_, b) => expect(sum(aging.clients.map((c) => c.byBucket[b] ?? 0))).toBe(aging.total.byBucket[b]));
        const lines = sum(aging.invoices.map((i) => i.outstanding)) + sum(aging.unapplied.map((u) => u.amount));
        expect(lines).toBe(aging.total.outstanding);
      }
    }));
  });

  it("never leaves an invoice below zero nor paid beyond its amount", () => {
    fc.assert(fc.property(ledgerCase, options, ({ ledger, asOf }, o) => {
      for (const aging of ageLedger(ledger, agingOptions(asOf, o)).currencies) {
        const allocated = new Map<string, number>();
        for (const a of aging.allocations) {
          expect(a.amount).toBeGreaterThan(0);
          allocated.set(a.invoice, (allocated.get(a.invoice) ?? 0) + a.amount);
        }
        const paid = new Map<string, number>();
        for (const inv of aging.invoices) {
          expect(inv.outstanding).toBeGreaterThanOrEqual(0);
          expect(inv.outstanding).toBeLessThanOrEqual(inv.amount);
          expect(inv.paid).toBe(inv.amount - inv.outstanding);
          paid.set(inv.invoice, (paid.get(inv.invoice) ?? 0) + inv.paid);
          expect(inv.writtenOff).toBeLessThanOrEqual(inv.paid);
          expect(inv.settledOn !== undefined).toBe(inv.outstanding === 0);
        }
        // Allocations name invoices by number (several invoices may share one).
        expect(new Map([...allocated].sort())).toEqual(new Map([...paid].filter(([, v]) => v !== 0).sort()));
      }
    }));
  });

  it("always balances the control line to a zero difference", () => {
    fc.assert(fc.property(ledgerCase, options, ({ ledger, asOf }, o) => {
      for (const aging of ageLedger(ledger, agingOptions(asOf, o)).currencies) {
        const invoiced = invoicesUpTo(ledger, asOf, aging.currency);
        const credited = creditsUpTo(ledger, asOf, aging.currency);
        expect(aging.control).toEqual({ invoiced, credited, expected: invoiced - credited, difference: 0 });
        expect(aging.total.outstanding).toBe(invoiced - credited);
      }
    }));
  });

  it("gives an empty balance at an as-of date before every invoice and credit", () => {
    fc.assert(fc.property(ledgerCase, options, ({ ledger }, o) => {
      expect(ageLedger(ledger, agingOptions("2022-12-31", o))).toEqual({ asOf: "2022-12-31", currencies: [], issues: [] });
    }));
  });

  it("gives the same result whatever the order of the input rows", () => {
    fc.assert(fc.property(ledgerCase, options, fc.integer(), ({ ledger, asOf }, o, seed) => {
      expect(ageLedger(shuffled(ledger, seed), agingOptions(asOf, o))).toEqual(ageLedger(ledger, agingOptions(asOf, o)));
    }));
  });

  it("with lettrage automatique, leaves no unapplied credit beside an open invoice except advances", () => {
    fc.assert(fc.property(ledgerCase, ({ ledger, asOf }) => {
      for (const aging of ageLedger(ledger, agingOptions(asOf)).currencies) {
        for (const client of aging.clients) {
          const spare = aging.unapplied.filter((u) => u.client === client.client && -u.amount > (u.advance?.amount ?? 0));
          if (spare.length > 0) expect(client.openInvoices).toBe(0);
        }
      }
    }));
  });

  it("counts as losses exactly the write-offs applied", () => {
    fc.assert(fc.property(ledgerCase, options, ({ ledger, asOf }, o) => {
      for (const aging of ageLedger(ledger, agingOptions(asOf, o)).currencies) {
        const lost = sum(aging.allocations.filter((a) => a.creditKind === "write-off").map((a) => a.amount));
        expect(sum(aging.invoices.map((i) => i.writtenOff))).toBe(lost);
      }
    }));
  });

  it("gives from one preparation of the ledger, at any date and with any options, the aged balance of ageLedger", () => {
    fc.assert(fc.property(ledgerCase, fc.array(fc.tuple(fc.integer({ min: -20, max: 460 }), options), { minLength: 1, maxLength: 4 }), ({ ledger }, runs) => {
      const prepared = prepareLettrage(ledger);
      for (const [offset, o] of runs) {
        const asOf = addDays("2023-01-01", offset);
        const expected = ageLedger(ledger, agingOptions(asOf, o));
        expect(agePrepared(prepared, agingOptions(asOf, o))).toEqual(expected);
        expect(agingTotals(prepared, agingOptions(asOf, o))).toEqual(expected.currencies.map((c) => ({
          currency: c.currency, outstanding: c.total.outstanding, byBucket: c.total.byBucket,
          notDue: sum(c.invoices.filter((i) => i.due >= asOf).map((i) => i.outstanding)) + sum(c.unapplied.filter((u) => u.date === asOf).map((u) => u.amount)),
        })));
      }
    }));
  });
});
