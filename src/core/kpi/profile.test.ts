import fc from "fast-check";
import { addDays } from "../days/day";
import type { Credit, Invoice } from "../ledger/types";
import { agingOf, credit, invoice, ledgerOf, paid } from "./fixtures";
import { computeIndicators } from "./indicators";

const AS_OF = "2024-06-30";

/** An invoice of `client` due 31/03/2024 (1 000 € by default), paid `late` days after due. */
function settled(client: string, late: number, amount = 1000): { inv: Invoice; pay: Credit } {
  const inv = invoice({ client, date: "2024-03-01", due: "2024-03-31", amount });
  return { inv, pay: paid(inv, addDays("2024-03-31", late)) };
}

function gradesOf(cases: { inv: Invoice; pay?: Credit }[]) {
  const ledger = ledgerOf({ invoices: cases.map((c) => c.inv), credits: cases.flatMap((c) => (c.pay ? [c.pay] : [])) });
  const k = computeIndicators({ ledger, aging: agingOf(ledger, AS_OF), asOf: AS_OF, currency: "EUR" });
  return new Map(k.profiles.map((p) => [p.client, p]));
}

describe("profil payeur", () => {
  it("grades clients from their mean delay after due and their share of late invoices", () => {
    const profiles = gradesOf([
      settled("PA", 0), // on time → A
      settled("PB", 10), // 10 days late → B
      settled("PA2", 4), settled("PA2", 4), settled("PA2", 0), // mean 8 000 / 3 000 = 2.7 d but 2 of 3 late (67 % > 20 %) → B
      settled("PC", 30), // → C
      settled("PD", 60), // → D
      // Exactly on the A limits: 1 of 5 late (20 %), mean 25 × 1 000 / 5 000 = 5 days → A.
      settled("PE", 25), settled("PE", 0), settled("PE", 0), settled("PE", 0), settled("PE", 0),
    ]);
    expect([...profiles].map(([c, p]) => [c, p.grade])).toEqual([
      ["PA", "A"], ["PA2", "B"], ["PB", "B"], ["PC", "C"], ["PD", "D"], ["PE", "A"],
    ]);
    expect(profiles.get("PA2")).toMatchObject({ basis: "historique", lateShare: { part: 2, whole: 3, bp: 6667 } });
    expect(profiles.get("PA2")?.meanDaysLate).toBeCloseTo(8 / 3, 10);
  });

  it("makes any client with an amount more than 90 days overdue a D", () => {
    // PX always paid on time, but owes 100 € due 01/03/2024: 121 days overdue.
    const profiles = gradesOf([settled("PX", 0), { inv: invoice({ client: "PX", date: "2024-02-01", due: "2024-03-01", amount: 100 }) }]);
    expect(profiles.get("PX")).toMatchObject({ grade: "D", basis: "historique", over90: 10_000 });
  });

  it("judges a client without settled invoices by its open overdue invoices, or not at all", () => {
    // PO: nothing settled, 500 € 20 days overdue → mean 20 d (> 15, ≤ 45) → C, from the open items.
    // PN: nothing settled, nothing overdue → no grade ("—").
    const profiles = gradesOf([
      { inv: invoice({ client: "PO", date: "2024-05-11", due: "2024-06-10", amount: 500 }) },
      { inv: invoice({ client: "PN", date: "2024-06-15", due: "2024-07-15", amount: 500 }) },
    ]);
    expect(profiles.get("PO")).toMatchObject({ grade: "C", basis: "en-cours", meanDaysLate: 20 });
    expect(profiles.get("PN")).toMatchObject({ grade: null, basis: null });
  });
});

describe("payment rates", () => {
  it("never decrease from 30 to 60 to 90 days", () => {
    const spec = fc.record({
      date: fc.integer({ min: 0, max: 500 }), amount: fc.integer({ min: 1, max: 1_000_000 }),
      pay: fc.option(fc.integer({ min: 0, max: 200 })), kind: fc.constantFrom("payment", "credit-note", "write-off" as const),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 25 }), (specs) => {
        const invoices: Invoice[] = [];
        const credits: Credit[] = [];
        for (const s of specs) {
          const inv = invoice({ date: addDays("2023-03-01", s.date), amount: s.amount / 100 });
          invoices.push(inv);
          if (s.pay !== null) credits.push(credit({ date: addDays(inv.date, s.pay), amount: s.amount / 100, pays: [inv.number], kind: s.kind }));
        }
        const ledger = ledgerOf({ invoices, credits });
        const { paymentRates: r } = computeIndicators({ ledger, aging: agingOf(ledger, AS_OF), asOf: AS_OF, currency: "EUR" });
        if (r.cohort.amount === 0) return r.within30.bp === null && r.within90.bp === null;
        const [a, b, c] = [r.within30, r.within60, r.within90].map((s) => s.part);
        return (a as number) <= (b as number) && (b as number) <= (c as number) && (c as number) <= r.cohort.amount &&
          (r.within30.bp as number) <= (r.within60.bp as number) && (r.within60.bp as number) <= (r.within90.bp as number);
      }),
      { numRuns: 150 },
    );
  });
});
