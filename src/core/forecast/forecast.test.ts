import fc from "fast-check";
import { addDays } from "../days/day";
import { agingOf, credit, invoice, ledgerOf, paid } from "../kpi/fixtures";
import type { Credit, Invoice } from "../ledger/types";
import { forecastCashIn } from "./forecast";

const AS_OF = "2024-06-30"; // week 1 = 01/07–07/07, week 2 = 08/07–14/07, week 3 = 15/07–21/07 …

function scenario() {
  // History: FAST paid H1 10 days after due, SLOW paid H2 30 days after due.
  const h1 = invoice({ client: "FAST", number: "H1", date: "2024-03-01", due: "2024-03-31", amount: 1000 });
  const h2 = invoice({ client: "SLOW", number: "H2", date: "2024-02-01", due: "2024-03-02", amount: 3000 });
  const open = [
    invoice({ client: "FAST", number: "A", date: "2024-06-05", due: "2024-07-05", amount: 2000 }),
    invoice({ client: "FAST", number: "B", date: "2024-05-11", due: "2024-06-10", amount: 100 }),
    invoice({ client: "FAST", number: "C", date: "2024-04-20", due: "2024-05-20", amount: 50 }),
    invoice({ client: "NEWBIE", number: "D", date: "2024-06-20", due: "2024-09-20", amount: 700 }),
    invoice({ client: "SLOW", number: "E", date: "2024-05-02", due: "2024-06-01", amount: 400 }),
    invoice({ client: "SLOW", number: "F", date: "2024-06-02", due: "2024-07-02", amount: 90 }),
  ];
  return ledgerOf({ invoices: [h1, h2, ...open], credits: [paid(h1, "2024-04-10"), paid(h2, "2024-04-01")] });
}

describe("cash-in forecast", () => {
  it("expects each open invoice at its due date plus its client's usual delay, by week", () => {
    // FAST pays 10 days late: A (due 05/07) expected 15/07 → week 3; B (due 10/06, 20 days late, under
    // 2 × max(10, 15) = 30) expected 20/06, already past → week 1; C (due 20/05, 41 days late > 30) → incertain.
    // NEWBIE has no history: global delay = (1 000 × 10 + 3 000 × 30) / 4 000 = 25 days; D due 20/09 → 15/10,
    // 107 days ahead → after week 13. SLOW pays 30 days late: E due 01/06 (29 days late < 60) → 01/07 → week 1;
    // F due 02/07 → 01/08, 32 days ahead → week 5 (29/07–04/08). F is disputed in the second call.
    const f = forecastCashIn(agingOf(scenario(), AS_OF));
    expect(f.globalDelay).toBe(25);
    expect(f.weeks[0]).toMatchObject({ start: "2024-07-01", end: "2024-07-07", amount: 10_000 + 40_000, invoices: 2 });
    expect(f.weeks[2]).toMatchObject({ start: "2024-07-15", amount: 200_000 });
    expect(f.weeks[4]).toMatchObject({ start: "2024-07-29", end: "2024-08-04", amount: 9_000 });
    expect(f.later).toEqual({ amount: 70_000, invoices: 1 });
    expect(f.uncertain).toEqual({ amount: 5_000, invoices: 1 });
    expect(f.lines.find((l) => l.invoice === "D")).toMatchObject({ delay: 25, delaySource: "global", expected: "2024-10-15" });
    expect(f.lines.find((l) => l.invoice === "C")?.reason).toBe("retard-excessif");
    expect(f.weeks).toHaveLength(13);
    expect(f.weeks[12]?.end).toBe("2024-09-29");

    const disputed = forecastCashIn(agingOf(scenario(), AS_OF), { isDisputed: (_c, n) => n === "F" });
    expect(disputed.uncertain).toEqual({ amount: 14_000, invoices: 2 });
    expect(disputed.lines.find((l) => l.invoice === "F")?.reason).toBe("litige");
  });

  it("expects invoices on their due date when nobody has paid anything yet", () => {
    const f = forecastCashIn(agingOf(ledgerOf({ invoices: [invoice({ date: "2024-06-20", due: "2024-07-20", amount: 10 })] }), AS_OF));
    expect(f.globalDelay).toBe(0);
    expect(f.weeks[2]?.amount).toBe(1_000); // 20/07 is in week 3 (15/07–21/07)
  });

  it("always accounts for the whole open amount: Σ weeks + later + incertain = open invoices", () => {
    const days = fc.integer({ min: 0, max: 700 });
    const spec = fc.record({ client: fc.constantFrom("A", "B", "C"), date: days, term: fc.integer({ min: 0, max: 90 }), amount: fc.integer({ min: 1, max: 500_000 }), pay: fc.option(fc.integer({ min: -10, max: 200 })), part: fc.boolean() });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 30 }), fc.integer({ min: 0, max: 760 }), (specs, asOfOffset) => {
        const invoices: Invoice[] = [];
        const credits: Credit[] = [];
        for (const s of specs) {
          const date = addDays("2023-01-01", s.date);
          const inv = invoice({ client: s.client, date, due: addDays(date, s.term), amount: s.amount / 100 });
          invoices.push(inv);
          if (s.pay !== null) credits.push(credit({ client: s.client, date: addDays(inv.due, s.pay), amount: (s.part ? Math.ceil(s.amount / 2) : s.amount) / 100, pays: [inv.number] }));
        }
        const aging = agingOf(ledgerOf({ invoices, credits }), addDays("2023-01-01", asOfOffset));
        const f = forecastCashIn(aging);
        const open = aging.invoices.reduce((s, i) => s + Math.max(i.outstanding, 0), 0);
        const placed = f.weeks.reduce((s, w) => s + w.amount, 0) + f.later.amount + f.uncertain.amount;
        return f.total === open && placed === open;
      }),
      { numRuns: 150 },
    );
  });
});
