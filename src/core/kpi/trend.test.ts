import fc from "fast-check";
import { addDays } from "../days/day";
import { ageLedger, agingOptions } from "../aging/age";
import type { Credit, CreditKind, Invoice, Ledger } from "../ledger/types";
import { agingOf, credit, invoice, ledgerOf, paid } from "./fixtures";
import { computeIndicators } from "./indicators";
import { prepareLettrage } from "../aging/prepare";
import { monthEndTotals } from "./month-end";
import { positionsOf } from "./positions";
import { computeTrend, trendDates } from "./trend";

const START = "2023-01-01";
const KINDS: CreditKind[] = ["payment", "payment", "payment", "credit-note", "write-off"];
// Numbers that collide, differ only by case or spaces, or are written loosely in references.
const NUMBERS = ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "f 9", "F9", "F 10", "A-1"];
const REFS = [...NUMBERS, "f1", "F 2", "f9", "F10", "a-1", "X404", "", " "];

const invoiceRow = fc.record({
  number: fc.constantFrom(...NUMBERS), client: fc.nat(3), day: fc.integer({ min: 0, max: 500 }),
  terms: fc.integer({ min: 0, max: 90 }), amount: fc.integer({ min: 1, max: 300_000 }), currency: fc.constantFrom("EUR", "EUR", "USD"),
});
const creditRow = fc.record({
  client: fc.nat(3), day: fc.integer({ min: 0, max: 520 }), amount: fc.integer({ min: 1, max: 400_000 }),
  currency: fc.constantFrom("EUR", "EUR", "USD"), kind: fc.constantFrom(...KINDS), reference: fc.constantFrom("P1", "P2", "P3"),
  refs: fc.array(fc.constantFrom(...REFS), { maxLength: 3 }),
});

const ledgerArb = fc.record({ invoices: fc.array(invoiceRow, { maxLength: 35 }), credits: fc.array(creditRow, { maxLength: 35 }) }).map(({ invoices, credits }): Ledger => {
  const inv: Invoice[] = invoices.map((r, i) => {
    const date = addDays(START, r.day);
    return { number: r.number, client: `C${r.client}`, date, due: addDays(date, r.terms), dueComputed: false, amount: r.amount, currency: r.currency, source: { sheet: "Factures", row: i + 2 } };
  });
  const cre: Credit[] = credits.map((r, j) => ({
    reference: r.reference, client: `C${r.client}`, date: addDays(START, r.day), amount: r.amount, currency: r.currency, kind: r.kind,
    invoiceRefs: r.refs, source: { sheet: "Règlements", row: j + 2 },
  }));
  return ledgerOf({ invoices: inv, credits: cre });
});

const optionsArb = fc.record({
  autoLettrage: fc.boolean(),
  basis: fc.constantFrom("due" as const, "invoice" as const),
  bucketBounds: fc.constantFrom<number[]>([30, 60, 90], [15, 45], [], [1, 2, 3, 120]),
});

describe("month-end reconstruction", () => {
  it("gives at any date exactly the totals of the aged balance at that date", () => {
    fc.assert(
      fc.property(ledgerArb, optionsArb, fc.array(fc.integer({ min: -10, max: 540 }), { minLength: 1, maxLength: 4 }), (ledger, options, offsets) => {
        const prepared = prepareLettrage(ledger);
        for (const offset of offsets) {
          const asOf = addDays(START, offset);
          const aging = ageLedger(ledger, agingOptions(asOf, options));
          const mine = monthEndTotals(prepared, asOf, options);
          expect(mine.map((t) => t.currency)).toEqual(aging.currencies.map((c) => c.currency));
          aging.currencies.forEach((c, i) => {
            const t = mine[i];
            const positions = positionsOf(c);
            expect(t?.outstanding).toBe(c.total.outstanding);
            expect(t?.byBucket).toEqual(c.total.byBucket);
            expect(t?.nonEchu).toBe(positions.nonEchu);
            expect(t?.echu).toBe(positions.echu);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("trend over the last 12 month-ends", () => {
  it("gives at each point what the aged balance gives at that date", () => {
    fc.assert(
      fc.property(ledgerArb, optionsArb, fc.integer({ min: 0, max: 540 }), (ledger, options, offset) => {
        const asOf = addDays(START, offset);
        const points = computeTrend(ledger, { asOf, aging: options });
        for (const date of trendDates(asOf)) {
          const aging = ageLedger(ledger, agingOptions(date, options));
          for (const p of points.filter((x) => x.asOf === date)) {
            const c = aging.currencies.find((x) => x.currency === p.currency);
            expect([p.encours, p.byBucket, p.echu]).toEqual(
              c === undefined ? [0, p.byBucket.map(() => 0), 0] : [c.total.outstanding, c.total.byBucket, positionsOf(c).echu],
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("takes the ends of the 11 previous months and the as-of date", () => {
    expect(trendDates("2024-06-30")).toEqual([
      "2023-07-31", "2023-08-31", "2023-09-30", "2023-10-31", "2023-11-30", "2023-12-31",
      "2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30",
    ]);
    expect(trendDates("2024-03-15", 3)).toEqual(["2024-01-31", "2024-02-29", "2024-03-15"]);
  });

  it("recomputes encours, échu and DSO at each month-end from the ledger", () => {
    // A 1 000 € invoice of 15/04 (due 15/05) paid 20/06; a 600 € invoice of 10/05 (due 09/06) still open.
    // 30/04: encours 1 000, non échu; DSO = 1 000 / 1 000 (April sales) × 30 = 30 d.
    // 31/05: encours 1 600, échu 1 000 (due 15/05); DSO: May 600 used (31 d), then 1 000 / 1 000 × 30 = 30 → 61 d.
    // 30/06: encours 600, échu 600 (due 09/06); DSO: nothing in June (30 d), 600 / 600 × 31 of May → 61 d.
    const a = invoice({ date: "2024-04-15", due: "2024-05-15", amount: 1000 });
    const b = invoice({ date: "2024-05-10", due: "2024-06-09", amount: 600 });
    const ledger = ledgerOf({ invoices: [a, b], credits: [paid(a, "2024-06-20")] });
    const points = computeTrend(ledger, { asOf: "2024-06-30", aging: agingOptions("2024-06-30") });
    expect(points).toHaveLength(12);
    // Before the first invoice: nothing owed, no sales, no DSO.
    expect(points[0]).toMatchObject({ asOf: "2023-07-31", encours: 0, echu: 0, dso: null, byBucket: [0, 0, 0, 0, 0] });
    expect(points.slice(9).map((p) => [p.asOf, p.encours, p.echu, p.dso])).toEqual([
      ["2024-04-30", 100_000, 0, 30],
      ["2024-05-31", 160_000, 100_000, 61],
      ["2024-06-30", 60_000, 60_000, 61],
    ]);
  });

  it("keeps each currency's trend apart", () => {
    const ledger = ledgerOf({
      invoices: [invoice({ date: "2024-05-10", amount: 100 }), invoice({ date: "2024-06-10", amount: 70, currency: "USD" })],
    });
    const points = computeTrend(ledger, { asOf: "2024-06-30", aging: agingOptions("2024-06-30") });
    expect(points).toHaveLength(24);
    expect(points.slice(20).map((p) => [p.asOf, p.currency, p.encours])).toEqual([
      ["2024-05-31", "EUR", 10_000],
      ["2024-05-31", "USD", 0],
      ["2024-06-30", "EUR", 10_000],
      ["2024-06-30", "USD", 7_000],
    ]);
  });

  it("ends on the figures of the dashboard itself", () => {
    const f = invoice({ date: "2024-03-10", amount: 500 });
    const ledger = ledgerOf({
      invoices: [f, invoice({ date: "2024-06-02", amount: 250 }), invoice({ client: "B", date: "2024-01-02", amount: 80 })],
      credits: [credit({ date: "2024-04-01", amount: 200 }), paid(f, "2024-06-29")],
    });
    const last = computeTrend(ledger, { asOf: "2024-06-30", aging: agingOptions("2024-06-30") }).at(-1);
    const k = computeIndicators({ ledger, aging: agingOf(ledger, "2024-06-30"), asOf: "2024-06-30", currency: "EUR" });
    expect(last).toMatchObject({ encours: k.encours, echu: k.echu, dso: k.dso.days });
  });
});
