import { ageLedger, agingOptions } from "./age";
import { creditNote, invoice, ledger, payment, writeOff } from "./fixtures.test-helpers";
import type { AgingOptions, CurrencyAging } from "./types";
import type { Ledger } from "../ledger/types";

const ASOF = "2024-03-31";

function eur(l: Ledger, options: Partial<AgingOptions> = {}): CurrencyAging {
  const result = ageLedger(l, { ...agingOptions(ASOF), ...options });
  const found = result.currencies.find((c) => c.currency === "EUR");
  if (!found) throw new Error("no EUR balance");
  return found;
}

function outstandingOf(aging: CurrencyAging, number: string): number | undefined {
  return aging.invoices.find((i) => i.invoice === number)?.outstanding;
}

describe("rule 1: only what is dated up to the as-of date counts", () => {
  it("ignores invoices and payments dated after the as-of date", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", date: "2024-03-01" }), invoice({ number: "F2", date: "2024-04-01" })],
      [payment({ date: "2024-04-02", amount: 10000 })],
    ));
    expect(aging.invoices.map((i) => i.invoice)).toEqual(["F1"]);
    expect(aging.total.outstanding).toBe(10000);
    expect(aging.allocations).toEqual([]);
    expect(aging.control).toEqual({ invoiced: 10000, credited: 0, expected: 10000, difference: 0 });
  });

  it("counts an invoice and a payment dated on the as-of date", () => {
    const aging = eur(ledger([invoice({ number: "F1", date: ASOF }), invoice({ number: "F2", date: ASOF })], [payment({ date: ASOF, invoiceRefs: ["F2"] })]));
    expect(outstandingOf(aging, "F1")).toBe(10000);
    expect(outstandingOf(aging, "F2")).toBe(0);
  });

  it("gives an empty balance at an as-of date before every invoice and credit", () => {
    const result = ageLedger(ledger([invoice({ number: "F1", date: "2024-05-01" })], [payment({ date: "2024-05-02", invoiceRefs: ["F9"] })]), agingOptions(ASOF));
    expect(result).toEqual({ asOf: ASOF, currencies: [], issues: [] });
  });
});

describe("rule 2: a payment pays the invoices it names, in the order named", () => {
  it("pays two named invoices in the order named, each up to its open amount", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-01-31", amount: 30000 }), invoice({ number: "F2", due: "2024-02-29", amount: 20000 }), invoice({ number: "F3", due: "2024-01-15", amount: 5000 })],
      [payment({ reference: "VIR1", date: "2024-03-05", amount: 40000, invoiceRefs: ["F2", "F1"] })],
    ));
    // F2 first (20 000 of 20 000), then F1 gets the remaining 20 000 of its 30 000; F3, older but not named, is untouched.
    expect(aging.allocations).toEqual([
      { creditReference: "VIR1", creditKind: "payment", creditDate: "2024-03-05", invoice: "F2", amount: 20000 },
      { creditReference: "VIR1", creditKind: "payment", creditDate: "2024-03-05", invoice: "F1", amount: 20000 },
    ]);
    expect(outstandingOf(aging, "F1")).toBe(10000);
    expect(outstandingOf(aging, "F2")).toBe(0);
    expect(outstandingOf(aging, "F3")).toBe(5000);
  });

  it("sends what a named invoice cannot take to the oldest open invoices", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-01-31", amount: 10000 }), invoice({ number: "F2", due: "2024-02-29", amount: 10000 })],
      [payment({ amount: 15000, date: "2024-03-01", invoiceRefs: ["F2"] })],
    ));
    expect(outstandingOf(aging, "F2")).toBe(0);
    expect(outstandingOf(aging, "F1")).toBe(5000);
  });

  it("letters a payment to the invoice it names even when an older unreferenced payment came first", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-01-31" }), invoice({ number: "F2", due: "2024-02-29" })],
      [payment({ reference: "P-OLD", date: "2024-02-01" }), payment({ reference: "P-F1", date: "2024-02-10", invoiceRefs: ["F1"] })],
    ));
    expect(aging.allocations.map((a) => `${a.creditReference}→${a.invoice}`)).toEqual(["P-F1→F1", "P-OLD→F2"]);
    expect(aging.total.outstanding).toBe(0);
  });

  it("matches a reference that differs from the invoice number only by case and spaces", () => {
    const result = ageLedger(ledger([invoice({ number: "FA 2024-001", due: "2024-03-31" }), invoice({ number: "FA 2024-000", due: "2024-01-01" })],
      [payment({ invoiceRefs: ["fa2024-001"] })]), agingOptions(ASOF));
    expect(result.issues).toEqual([]);
    expect(result.currencies[0]?.invoices.find((i) => i.invoice === "FA 2024-001")?.outstanding).toBe(0);
  });
});

describe("rule 3: lettrage automatique of credits without a reference", () => {
  it("applies an unreferenced payment to the oldest due invoice first", () => {
    const aging = eur(ledger(
      [invoice({ number: "F3", date: "2024-01-01", due: "2024-03-01" }), invoice({ number: "F1", date: "2024-02-01", due: "2024-02-15" }), invoice({ number: "F2", date: "2024-01-20", due: "2024-02-20" })],
      [payment({ amount: 15000 })],
    ));
    expect(outstandingOf(aging, "F1")).toBe(0);
    expect(outstandingOf(aging, "F2")).toBe(5000);
    expect(outstandingOf(aging, "F3")).toBe(10000);
  });

  it("breaks a tie on the due date by invoice date, then by number", () => {
    const aging = eur(ledger(
      [invoice({ number: "B", date: "2024-01-10", due: "2024-02-01" }), invoice({ number: "C", date: "2024-01-05", due: "2024-02-01" }), invoice({ number: "A", date: "2024-01-10", due: "2024-02-01" })],
      [payment({ amount: 10000 }), payment({ amount: 10000 })],
    ));
    expect(aging.allocations.map((a) => a.invoice)).toEqual(["C", "A"]);
    expect(outstandingOf(aging, "B")).toBe(10000);
  });

  it("applies a credit note from a negative invoice row to the oldest open invoice", () => {
    // The ledger turns a negative invoice row (AV1, −40,00) into a credit note without reference.
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-01-31" }), invoice({ number: "F2", due: "2024-02-29" })],
      [creditNote({ reference: "AV1", amount: 4000, date: "2024-03-10", source: { sheet: "Factures", row: 9 } })],
    ));
    expect(outstandingOf(aging, "F1")).toBe(6000);
    expect(outstandingOf(aging, "F2")).toBe(10000);
    expect(aging.allocations).toEqual([{ creditReference: "AV1", creditKind: "credit-note", creditDate: "2024-03-10", invoice: "F1", amount: 4000 }]);
  });

  it("only applies a client's credits to that client's invoices", () => {
    const aging = eur(ledger([invoice({ number: "F1", client: "A", due: "2024-01-01" }), invoice({ number: "F2", client: "B", due: "2024-02-01" })], [payment({ client: "B" })]));
    expect(outstandingOf(aging, "F1")).toBe(10000);
    expect(outstandingOf(aging, "F2")).toBe(0);
  });

  it("keeps unreferenced credits as their own lines when automatic lettrage is off", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-01-31" }), invoice({ number: "F2", due: "2024-02-29" })],
      [payment({ reference: "P1", date: "2024-03-01", amount: 3000 }), creditNote({ reference: "AV1", date: "2024-03-20", amount: 2000 }),
        payment({ reference: "P2", date: "2024-03-01", amount: 12000, invoiceRefs: ["F2"] })],
    ), { autoLettrage: false });
    // Named references still apply; the 2 000 P2 has left over and the two unreferenced credits stay apart.
    expect(outstandingOf(aging, "F1")).toBe(10000);
    expect(outstandingOf(aging, "F2")).toBe(0);
    expect(aging.unapplied.map((u) => [u.reference, u.amount])).toEqual([["P1", -3000], ["P2", -2000], ["AV1", -2000]]);
    expect(aging.clients[0]?.outstanding).toBe(10000 - 7000);
    expect(aging.control.difference).toBe(0);
  });
});

describe("rule 4: unapplied credits and invoices never below zero", () => {
  it("keeps an overpayment as an unapplied credit aged by its own date", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-03-31", amount: 10000 })],
      [payment({ reference: "P1", date: "2024-02-15", amount: 12500, invoiceRefs: ["F1"] })],
    ));
    expect(outstandingOf(aging, "F1")).toBe(0);
    // 2024-02-15 → 2024-03-31: 14 + 31 = 45 days old, in 31–60 j (index 2), as a negative line.
    expect(aging.unapplied).toEqual([
      { client: "C1", reference: "P1", date: "2024-02-15", amount: -2500, kind: "payment", currency: "EUR", daysOld: 45, bucket: 2 },
    ]);
    expect(aging.clients).toEqual([expect.objectContaining({ client: "C1", outstanding: -2500, byBucket: [0, 0, -2500, 0, 0], openInvoices: 0 })]);
  });

  it("never lets an invoice go below zero when credits exceed it", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", amount: 10000 })],
      [payment({ amount: 8000, invoiceRefs: ["F1"] }), payment({ amount: 8000, invoiceRefs: ["F1", "F1"] }), creditNote({ amount: 5000 })],
    ));
    expect(outstandingOf(aging, "F1")).toBe(0);
    expect(aging.invoices[0]?.paid).toBe(10000);
    expect(aging.unapplied.reduce((s, u) => s + u.amount, 0)).toBe(-11000);
    expect(aging.total.outstanding).toBe(-11000);
  });

  it("keeps the credits of a client without invoices as unapplied lines", () => {
    const aging = eur(ledger([], [payment({ client: "Z", amount: 700, date: "2024-03-31" })]));
    expect(aging.unapplied).toEqual([expect.objectContaining({ client: "Z", amount: -700, daysOld: 0, bucket: 0 })]);
    expect(aging.total).toEqual({ outstanding: -700, byBucket: [-700, 0, 0, 0, 0] });
  });
});

describe("rule 5: references that do not lead to an invoice", () => {
  it("warns about a payment naming an unknown invoice and letters the amount as unreferenced", () => {
    const P = payment({ reference: "VIR9", invoiceRefs: ["F404"], source: { sheet: "Règlements", row: 12 } });
    const result = ageLedger(ledger([invoice({ number: "F1" })], [P]), agingOptions(ASOF));
    expect(result.issues).toEqual([expect.objectContaining({ severity: "warning", code: "payment.unknown-invoice", sheet: "Règlements", row: 12 })]);
    expect(result.issues[0]?.message).toMatch(/^Règlement « VIR9 » en Règlements, ligne 12 : la facture « F404 » est introuvable.* \/ Payment "VIR9"/);
    expect(result.currencies[0]?.invoices[0]?.outstanding).toBe(0);
  });

  it("keeps the amount of an unknown reference unapplied when automatic lettrage is off", () => {
    const result = ageLedger(ledger([invoice({ number: "F1" })], [payment({ invoiceRefs: ["F404"] })]), agingOptions(ASOF, { autoLettrage: false }));
    expect(result.issues.map((i) => i.code)).toEqual(["payment.unknown-invoice"]);
    expect(result.currencies[0]?.unapplied.map((u) => u.amount)).toEqual([-10000]);
  });

  it("treats a reference to another client's invoice as unreferenced for the payment's own client, with a warning", () => {
    const result = ageLedger(ledger(
      [invoice({ number: "FA", client: "A" }), invoice({ number: "FB", client: "B" })],
      [payment({ client: "B", invoiceRefs: ["FA"], source: { sheet: "Règlements", row: 30 } })],
    ), agingOptions(ASOF));
    expect(result.issues).toEqual([expect.objectContaining({ severity: "warning", code: "payment.other-client-invoice", row: 30 })]);
    const aging = result.currencies[0] as CurrencyAging;
    expect(outstandingOf(aging, "FA")).toBe(10000);
    expect(outstandingOf(aging, "FB")).toBe(0);
  });

  it("treats a reference to an invoice in another currency as unreferenced, with a warning", () => {
    const result = ageLedger(ledger(
      [invoice({ number: "FU", currency: "USD", due: "2024-01-01" }), invoice({ number: "FE", due: "2024-03-01" })],
      [payment({ invoiceRefs: ["FU"] })],
    ), agingOptions(ASOF));
    expect(result.issues.map((i) => i.code)).toEqual(["payment.currency-mismatch"]);
    expect(result.currencies.map((c) => [c.currency, c.total.outstanding])).toEqual([["EUR", 0], ["USD", 10000]]);
  });

  it("holds a payment naming an invoice dated after the as-of date as an advance, without a warning", () => {
    const l = ledger(
      [invoice({ number: "F1", date: "2024-03-01", due: "2024-03-15" }), invoice({ number: "F2", date: "2024-04-10", amount: 50000 })],
      [payment({ reference: "ACPT", date: "2024-03-20", amount: 30000, invoiceRefs: ["F2"] })],
    );
    const result = ageLedger(l, agingOptions(ASOF));
    expect(result.issues).toEqual([]);
    const aging = result.currencies[0] as CurrencyAging;
    // The acompte is not spent on the older open invoice F1: it waits for F2.
    expect(outstandingOf(aging, "F1")).toBe(10000);
    expect(aging.unapplied).toEqual([expect.objectContaining({ reference: "ACPT", amount: -30000, daysOld: 11, bucket: 1, advance: { invoices: ["F2"], amount: 30000 } })]);
    // Once F2 is issued, the advance pays it.
    const later = ageLedger(l, agingOptions("2024-04-30")).currencies[0] as CurrencyAging;
    expect(outstandingOf(later, "F2")).toBe(20000);
    expect(later.unapplied).toEqual([]);
  });

  it("holds no more as an advance than the future invoice's amount and letters the rest", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-03-01" }), invoice({ number: "F2", date: "2024-04-10", amount: 5000 })],
      [payment({ amount: 12000, invoiceRefs: ["F2"] })],
    ));
    expect(aging.unapplied.map((u) => [u.amount, u.advance])).toEqual([[-5000, { invoices: ["F2"], amount: 5000 }]]);
    expect(outstandingOf(aging, "F1")).toBe(3000);
  });
});

describe("rule 6: days overdue and buckets", () => {
  it("treats an invoice due on the as-of date as non échu", () => {
    const aging = eur(ledger([invoice({ number: "F1", date: "2024-03-01", due: ASOF })]));
    expect(aging.invoices[0]).toMatchObject({ daysOverdue: 0, bucket: 0 });
    expect(aging.total.byBucket).toEqual([10000, 0, 0, 0, 0]);
  });

  it("counts an invoice due the day before the as-of date as one day overdue", () => {
    const aging = eur(ledger([invoice({ number: "F1", date: "2024-03-01", due: "2024-03-30" })]));
    expect(aging.invoices[0]).toMatchObject({ daysOverdue: 1, bucket: 1 });
  });

  it("ages Odoo's example into one invoice per bucket, the first non échu", () => {
    const asOf = "2017-02-01";
    const dues = ["2017-02-01", "2017-01-02", "2016-12-03", "2016-11-03", "2016-10-04", "2016-01-01"];
    const l = ledger(dues.map((due, i) => invoice({ number: `F${i + 1}`, date: "2016-01-01", due, amount: 10000 })));
    // Days overdue at 2017-02-01, counted by hand:
    //   2017-02-01 → 0 (non échu); 2017-01-02 → 29 (rest of Jan) + 1 = 30;
    //   2016-12-03 → 28 + 31 + 1 = 60;  2016-11-03 → 27 + 31 + 31 + 1 = 90;
    //   2016-10-04 → 27 + 30 + 31 + 31 + 1 = 120;  2016-01-01 → 366 (2016 is leap) + 31 = 397.
    const result = ageLedger(l, agingOptions(asOf, { bucketBounds: [30, 60, 90, 120] }));
    const aging = result.currencies[0] as CurrencyAging;
    expect(aging.invoices.map((i) => i.daysOverdue).sort((a, b) => a - b)).toEqual([0, 30, 60, 90, 120, 397]);
    expect(aging.buckets.map((b) => b.label)).toEqual(["Non échu", "1–30 j", "31–60 j", "61–90 j", "91–120 j", "> 120 j"]);
    expect(aging.total.byBucket).toEqual([10000, 10000, 10000, 10000, 10000, 10000]);
    // With the default bounds, the last two share "> 90 j".
    expect(ageLedger(l, agingOptions(asOf)).currencies[0]?.total.byBucket).toEqual([10000, 10000, 10000, 10000, 20000]);
  });

  it("uses configurable buckets of 15 and 45 days", () => {
    const aging = eur(ledger([
      invoice({ number: "F1", due: "2024-03-16" }), // 15 days
      invoice({ number: "F2", due: "2024-03-15" }), // 16 days
      invoice({ number: "F3", due: "2024-02-15" }), // 45 days
      invoice({ number: "F4", due: "2024-02-14" }), // 46 days
    ]), { bucketBounds: [15, 45] });
    expect(aging.buckets.map((b) => b.label)).toEqual(["Non échu", "1–15 j", "16–45 j", "> 45 j"]);
    expect(aging.total.byBucket).toEqual([0, 10000, 20000, 10000]);
  });
});

describe("rule 7: a partly paid invoice keeps its own due date", () => {
  it("ages the rest of a partly paid invoice by the invoice's due date, not the payment's", () => {
    const aging = eur(ledger([invoice({ number: "F1", due: "2024-01-15", amount: 10000 })], [payment({ date: "2024-03-30", amount: 2500, invoiceRefs: ["F1"] })]));
    // 2024-01-15 → 2024-03-31: 16 + 29 + 31 = 76 days, in 61–90 j.
    expect(aging.invoices[0]).toMatchObject({ due: "2024-01-15", paid: 2500, outstanding: 7500, daysOverdue: 76, bucket: 3 });
    expect(aging.invoices[0]?.settledOn).toBeUndefined();
  });
});

describe("rule 8: currencies", () => {
  it("never sums two currencies", () => {
    const result = ageLedger(ledger(
      [invoice({ number: "F1", amount: 10000 }), invoice({ number: "F2", amount: 7000, currency: "USD" }), invoice({ number: "F3", amount: 500, currency: "CHF" })],
      [payment({ amount: 4000, currency: "USD" })],
    ), agingOptions(ASOF));
    expect(result.currencies.map((c) => [c.currency, c.total.outstanding, c.control.expected])).toEqual([
      ["EUR", 10000, 10000], ["CHF", 500, 500], ["USD", 3000, 3000],
    ]);
  });

  it("does not let a payment in one currency settle an invoice in another", () => {
    const result = ageLedger(ledger([invoice({ number: "F1" })], [payment({ currency: "USD" })]), agingOptions(ASOF));
    expect(result.currencies.map((c) => [c.currency, c.total.outstanding])).toEqual([["EUR", 10000], ["USD", -10000]]);
  });
});

describe("rule 9: write-offs", () => {
  it("settles an invoice with a write-off and counts it as a loss", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", amount: 10000 })],
      [payment({ amount: 6000, invoiceRefs: ["F1"], date: "2024-02-01" }), writeOff({ reference: "PERTE1", amount: 4000, invoiceRefs: ["F1"], date: "2024-03-15" })],
    ));
    expect(aging.invoices[0]).toMatchObject({ paid: 10000, outstanding: 0, writtenOff: 4000, settledOn: "2024-03-15" });
  });

  it("settles the oldest invoice with an unreferenced write-off", () => {
    const aging = eur(ledger([invoice({ number: "F1", due: "2023-06-30" }), invoice({ number: "F2", due: "2024-03-30" })], [writeOff({ amount: 10000 })]));
    expect(aging.invoices.find((i) => i.invoice === "F1")).toMatchObject({ outstanding: 0, writtenOff: 10000 });
  });
});

describe("rule 10: control line", () => {
  it("shows invoices minus credits up to the as-of date, with no difference", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", amount: 12345 }), invoice({ number: "F2", amount: 20000, due: "2024-02-01" }), invoice({ number: "F3", date: "2024-04-01", amount: 99999 })],
      [payment({ amount: 5000 }), creditNote({ amount: 40000, invoiceRefs: ["F2"] }), payment({ date: "2024-04-15", amount: 77 })],
    ));
    expect(aging.control).toEqual({ invoiced: 32345, credited: 45000, expected: -12655, difference: 0 });
    expect(aging.total.outstanding).toBe(-12655);
  });
});

describe("rule 11: aging basis", () => {
  it("ages by invoice date when asked", () => {
    const l = ledger([invoice({ number: "F1", date: "2024-01-31", due: "2024-03-31" })]);
    expect(eur(l).invoices[0]).toMatchObject({ daysOverdue: 0, bucket: 0 });
    // 2024-01-31 → 2024-03-31: 29 + 31 = 60 days.
    expect(eur(l, { basis: "invoice" }).invoices[0]).toMatchObject({ daysOverdue: 60, bucket: 2 });
  });
});

describe("client lines and settlement", () => {
  it("counts open invoices, the oldest days overdue and the last payment per client", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-01-31" }), invoice({ number: "F2", due: "2024-03-31" }), invoice({ number: "F3", due: "2023-12-31" }), invoice({ number: "G1", client: "C2" })],
      [payment({ invoiceRefs: ["F3"], date: "2024-02-10" }), creditNote({ date: "2024-03-01", amount: 100, invoiceRefs: ["F2"] }), payment({ client: "C2", date: "2024-03-31", amount: 2000 })],
    ));
    expect(aging.clients).toEqual([
      { client: "C1", outstanding: 19900, byBucket: [9900, 0, 10000, 0, 0], openInvoices: 2, oldestDaysOverdue: 60, lastPaymentDate: "2024-02-10" },
      { client: "C2", outstanding: 8000, byBucket: [0, 0, 0, 8000, 0], openInvoices: 1, oldestDaysOverdue: 90, lastPaymentDate: "2024-03-31" },
    ]);
    expect(aging.total).toEqual({ outstanding: 27900, byBucket: [9900, 0, 10000, 8000, 0] });
  });

  it("dates the settlement of an invoice on the latest credit that paid it", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-01-01" }), invoice({ number: "F2", due: "2024-02-01" })],
      [payment({ date: "2024-01-10", amount: 15000 }), payment({ date: "2024-02-20", amount: 3000, invoiceRefs: ["F2"] }), payment({ date: "2024-03-05", amount: 2000 })],
    ));
    // F1: 10 000 from the Jan 10 payment. F2: 3 000 named on Feb 20, 5 000 and 2 000 by FIFO (Jan 10, Mar 5).
    expect(aging.invoices.map((i) => [i.invoice, i.settledOn])).toEqual([["F1", "2024-01-10"], ["F2", "2024-03-05"]]);
  });

  it("gives the same result whatever the order of the input rows", () => {
    const invoices = [invoice({ number: "F1", due: "2024-01-01" }), invoice({ number: "F2", due: "2024-01-01" }), invoice({ number: "F3", due: "2024-02-01" })];
    const credits = [payment({ reference: "P", date: "2024-02-01", amount: 5000 }), payment({ reference: "P", date: "2024-02-01", amount: 7000 }), creditNote({ reference: "A", date: "2024-02-01", amount: 9000 })];
    const a = ageLedger(ledger(invoices, credits), agingOptions(ASOF));
    const b = ageLedger(ledger([...invoices].reverse(), [...credits].reverse()), agingOptions(ASOF));
    expect(b).toEqual(a);
    expect(a.currencies[0]?.allocations.map((x) => x.creditReference)).toEqual(["A", "P", "P", "P", "P"]);
  });
});

describe("invoice numbers held by several invoices", () => {
  it("letters a reference to the invoice of the payment's own client when another client has the same number", () => {
    const result = ageLedger(ledger(
      [invoice({ number: "F1", client: "A" }), invoice({ number: "F1", client: "B", amount: 5000 })],
      [payment({ client: "B", amount: 5000, invoiceRefs: ["F1"] })],
    ), agingOptions(ASOF, { autoLettrage: false }));
    expect(result.issues).toEqual([]);
    expect(result.currencies[0]?.invoices.map((i) => [i.client, i.outstanding])).toEqual([["A", 10000], ["B", 0]]);
  });

  it("pays the oldest due of a client's invoices sharing a number first", () => {
    const aging = eur(ledger(
      [invoice({ number: "F1", due: "2024-03-01" }), invoice({ number: "F1", due: "2024-02-01" })],
      [payment({ amount: 10000, invoiceRefs: ["F1"] })],
    ), { autoLettrage: false });
    expect(aging.invoices.map((i) => [i.due, i.outstanding])).toEqual([["2024-02-01", 0], ["2024-03-01", 10000]]);
  });
});
