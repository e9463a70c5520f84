import type { Invoice } from "../ledger/types";
import { agingOf, client, credit, invoice, ledgerOf, note, paid } from "./fixtures";
import { computeIndicators, type IndicatorsInput } from "./indicators";
import type { Ledger } from "../ledger/types";
import type { JournalEntry } from "../journal/types";

const AS_OF = "2024-06-30"; // period: 2023-07-01 → 2024-06-30 (366 days); month: June 2024.

function indicatorsAt(ledger: Ledger, options: { asOf?: string; currency?: string; journal?: JournalEntry[] } = {}) {
  const asOf = options.asOf ?? AS_OF;
  const currency = options.currency ?? "EUR";
  const input: IndicatorsInput = { ledger, aging: agingOf(ledger, asOf, currency), asOf, currency };
  if (options.journal !== undefined) input.journal = options.journal;
  return computeIndicators(input);
}

/** The ledger of the encours tests: four invoices of client A, one partly paid. */
function encoursLedger() {
  const f1 = invoice({ number: "F1", date: "2024-03-01", due: "2024-03-31", amount: 1000 }); // 91 days overdue
  const f2 = invoice({ number: "F2", date: "2024-05-01", due: "2024-05-31", amount: 2000 }); // 30 days overdue
  const f3 = invoice({ number: "F3", date: "2024-06-15", due: "2024-07-15", amount: 3000 }); // non échu
  const f4 = invoice({ number: "F4", date: "2024-04-10", due: "2024-05-10", amount: 4000 }); // 51 days overdue
  const p4 = credit({ date: "2024-06-01", amount: 1000, pays: ["F4"] });
  return ledgerOf({ invoices: [f1, f2, f3, f4], credits: [p4] });
}

describe("encours, échu and échéancier", () => {
  it("splits the encours into non échu and échu and gives the taux de retard", () => {
    // Open: F1 1 000 + F2 2 000 + F3 3 000 + F4 4 000 − 1 000 paid = 9 000 €.
    // Non échu: F3 (due 15/07) = 3 000 €; échu = 6 000 €; taux de retard = 6 000 / 9 000 = 66.67 % = 6 667 bp.
    const k = indicatorsAt(encoursLedger());
    expect(k.encours).toBe(900_000);
    expect(k.nonEchu).toBe(300_000);
    expect(k.echu).toBe(600_000);
    expect(k.tauxRetard.bp).toBe(6667);
    expect(k.nbFactures).toBe(4);
    expect(k.nbClients).toBe(1);
  });

  it("gives the échéancier by bucket in cents and in shares that add up to 100 %", () => {
    // Non échu 3 000 | 1–30 j: F2 2 000 | 31–60 j: F4 3 000 | 61–90 j: 0 | > 90 j: F1 1 000 (of 9 000).
    // Exact shares 33.33 / 22.22 / 33.33 / 0 / 11.11 % → floors 3333 + 2222 + 3333 + 0 + 1111 = 9 999 bp;
    // the missing basis point goes to the largest remainder (0.33, first of the two): non échu → 3 334.
    const k = indicatorsAt(encoursLedger());
    expect(k.echeancier.map((b) => b.amount)).toEqual([300_000, 200_000, 300_000, 0, 100_000]);
    expect(k.echeancier.map((b) => b.bp)).toEqual([3334, 2222, 3333, 0, 1111]);
  });

  it("treats an invoice due on the as-of date as non échu", () => {
    const ledger = ledgerOf({ invoices: [invoice({ date: "2024-05-31", due: AS_OF, amount: 500 })] });
    const k = indicatorsAt(ledger);
    expect(k.nonEchu).toBe(50_000);
    expect(k.echu).toBe(0);
    expect(k.tauxRetard.bp).toBe(0);
  });

  it("has no taux de retard, no shares and a zero DSO when everything is paid", () => {
    const f = invoice({ date: "2024-06-01", amount: 1200 });
    const k = indicatorsAt(ledgerOf({ invoices: [f], credits: [paid(f, "2024-06-20")] }));
    expect(k.encours).toBe(0);
    expect(k.tauxRetard.bp).toBeNull();
    expect(k.echeancier.every((b) => b.bp === null)).toBe(true);
    expect(k.dso.days).toBe(0);
  });
});

describe("DSO, best possible DSO and CEI from the ledger", () => {
  it("computes the DSO by the countback method over whole months plus a fraction", () => {
    // Encours 9 000 €. Sales: June 3 000 (F3), May 2 000 (F2), April 4 000 (F4), March 1 000 (F1).
    // June used up: 30 d, 6 000 left; May used up: 31 d, 4 000 left; April: 4 000 / 4 000 × 30 d = 30 d.
    // DSO = 30 + 31 + 30 = 91 days.
    const k = indicatorsAt(encoursLedger());
    expect(k.dso.days).toBe(91);
    expect(k.dso.wholeMonths).toBe(2);
    expect(k.dso.periodSales).toBe(1_000_000);
  });

  it("computes the best possible DSO from the non-échu encours", () => {
    // Non échu 3 000 € / 10 000 € invoiced over the period × 366 days = 109.8 days.
    expect(indicatorsAt(encoursLedger()).bestPossibleDso).toBeCloseTo(109.8, 10);
  });

  it("computes the CEI of the month ending at the as-of date", () => {
    // Encours on 31/05: F1 + F2 + F4 = 7 000 € (the 1 000 € payment is dated 01/06). June sales: 3 000 €.
    // End: 9 000 € in total, 3 000 € non échu. CEI = (7 000 + 3 000 − 9 000) / (7 000 + 3 000 − 3 000)
    // = 1 000 / 7 000 = 14.29 % = 1 429 bp.
    const { cei } = indicatorsAt(encoursLedger());
    expect(cei).toMatchObject({ begin: 700_000, sales: 300_000, endTotal: 900_000, endCurrent: 300_000 });
    expect(cei.value.bp).toBe(1429);
  });

  it("has no DSO when nothing was invoiced over the period", () => {
    // One old invoice (2022), still open: encours but no sales in the 12 months → DSO null ("—").
    const ledger = ledgerOf({ invoices: [invoice({ date: "2022-01-10", amount: 700 })] });
    const k = indicatorsAt(ledger);
    expect(k.encours).toBe(70_000);
    expect(k.dso.days).toBeNull();
    expect(k.bestPossibleDso).toBeNull();
  });
});

/** Settled and unsettled invoices for the payment-behaviour tests. */
function settlementLedger() {
  const g1 = invoice({ number: "G1", date: "2024-01-10", due: "2024-02-09", amount: 1000 });
  const g2 = invoice({ number: "G2", date: "2024-03-01", due: "2024-03-31", amount: 3000 });
  const g3 = invoice({ number: "G3", date: "2023-05-01", due: "2023-05-31", amount: 2000 });
  const g4 = invoice({ number: "G4", date: "2024-05-01", due: "2024-05-31", amount: 500 });
  const g5 = invoice({ number: "G5", date: "2024-04-01", due: "2024-05-01", amount: 800 });
  const g6 = invoice({ number: "G6", date: "2024-06-01", due: "2024-07-01", amount: 200 });
  return ledgerOf({
    invoices: [g1, g2, g3, g4, g5, g6],
    credits: [
      paid(g1, "2024-02-19"), // 40 days after its date, 10 after due
      paid(g2, "2024-03-21"), // 20 days after its date, before due (0)
      paid(g3, "2023-06-20"), // settled before the period: left out
      credit({ date: "2024-06-01", amount: 250, pays: ["G4"] }), // half paid: not settled
      paid(g5, "2024-06-10", "write-off"), // a loss, not a payment
      paid(g6, "2024-06-11"), // 10 days after its date, before due
    ],
  });
}

describe("payment behaviour", () => {
  it("computes the délai moyen de règlement and the retard moyen weighted by amount", () => {
    // Settled in the period, without write-off: G1 (1 000 €, 40 d, 10 d late), G2 (3 000 €, 20 d, 0), G6 (200 €, 10 d, 0).
    // Délai = (1 000×40 + 3 000×20 + 200×10) / 4 200 = 102 000 / 4 200 = 24.2857 d.
    // Retard (ADD) = (1 000×10) / 4 200 = 2.381 d.
    const k = indicatorsAt(settlementLedger());
    expect(k.delaiMoyenReglement).toMatchObject({ invoices: 3, amount: 420_000 });
    expect(k.delaiMoyenReglement.days).toBeCloseTo(102_000 / 4_200, 10);
    expect(k.retardMoyen.days).toBeCloseTo(10_000 / 4_200, 10);
  });

  it("keeps an invoice settled with a small write-off in the means, weighted by what came in", () => {
    // H: 1 000 € dated 01/03, due 31/03; 990 € paid on 20/04 and the 10 € left written off the same day.
    // It counts for 990 € with a délai of 50 days and a retard of 20 days.
    const h = invoice({ number: "H", date: "2024-03-01", due: "2024-03-31", amount: 1000 });
    const ledger = ledgerOf({
      invoices: [h],
      credits: [credit({ date: "2024-04-20", amount: 990, pays: ["H"] }), credit({ date: "2024-04-20", amount: 10, pays: ["H"], kind: "write-off" })],
    });
    const k = indicatorsAt(ledger);
    expect(k.delaiMoyenReglement).toEqual({ days: 50, invoices: 1, amount: 99_000 });
    expect(k.retardMoyen.days).toBe(20);
  });

  it("gives the payment rates at 30, 60 and 90 days on the invoices old enough to be judged", () => {
    // Cohort: dated 01/07/2023 – 01/04/2024 (90 days before 30/06): G1 1 000, G2 3 000, G5 800 = 4 800 €.
    // Within 30 d: G2 → 3 000 / 4 800 = 62.5 %; within 60 and 90 d: G1 + G2 = 4 000 / 4 800 = 83.33 %.
    // G5 was written off: never paid.
    const { paymentRates } = indicatorsAt(settlementLedger());
    expect(paymentRates.cohort).toEqual({ from: "2023-07-01", to: "2024-04-01", invoices: 3, amount: 480_000 });
    expect(paymentRates.within30.bp).toBe(6250);
    expect(paymentRates.within60.bp).toBe(8333);
    expect(paymentRates.within90.bp).toBe(8333);
  });

  it("gives the mean payment delay by amount bracket", () => {
    // < 1 k€: G6 (10 d, 0 late). 1–5 k€: G1 and G2 → délai (40 000 + 60 000) / 4 000 = 25 d, retard 10 000 / 4 000 = 2.5 d.
    const { delayByBracket } = indicatorsAt(settlementLedger());
    expect(delayByBracket.map((b) => b.delai.days)).toEqual([10, 25, null, null]);
    expect(delayByBracket.map((b) => b.retard.days)).toEqual([0, 2.5, null, null]);
  });

  it("counts write-offs of the period and of the month as losses", () => {
    // G5 written off on 10/06/2024 for 800 €; an older write-off (2023-03) is outside the period.
    const base = settlementLedger();
    const old = invoice({ date: "2023-01-05", amount: 90 });
    const ledger = ledgerOf({ invoices: [...base.invoices, old], credits: [...base.credits, paid(old, "2023-03-01", "write-off")] });
    const k = indicatorsAt(ledger);
    expect(k.losses.period).toEqual({ count: 1, amount: 80_000 });
    expect(k.losses.month).toEqual({ count: 1, amount: 80_000 });
  });
});

describe("activity of the month", () => {
  it("counts the invoices and credit notes issued in the month and the new clients", () => {
    // June: NEW's first invoice ever (1 500 €), OLD (known since January) 700 €, and OLD2 whose first invoice was
    // in EUR in 2023 invoices 300 USD in June (not new). A 100 € credit note dated 12/06, another in May.
    const ledger = ledgerOf({
      invoices: [
        invoice({ client: "NEW", date: "2024-06-05", amount: 1500 }),
        invoice({ client: "OLD", date: "2024-01-05", amount: 400 }),
        invoice({ client: "OLD", date: "2024-06-10", amount: 700 }),
        invoice({ client: "OLD2", date: "2023-11-10", amount: 50 }),
        invoice({ client: "OLD2", date: "2024-06-10", amount: 300, currency: "USD" }),
      ],
      credits: [
        credit({ client: "OLD", date: "2024-06-12", amount: 100, kind: "credit-note" }),
        credit({ client: "OLD", date: "2024-05-12", amount: 60, kind: "credit-note" }),
      ],
    });
    const k = indicatorsAt(ledger);
    expect(k.issued.invoices).toEqual({ count: 2, amount: 220_000 });
    expect(k.issued.creditNotes).toEqual({ count: 1, amount: 10_000 });
    expect(k.newClients.count).toBe(1);
    expect(k.newClients.clients.map((c) => c.client)).toEqual(["NEW"]);
    expect(indicatorsAt(ledger, { currency: "USD" }).newClients.count).toBe(0);
  });
});

describe("risk: clients douteux, litiges, contentieux, limits", () => {
  it("lists clients more than 90 days overdue or marked douteux / contentieux who still owe something", () => {
    // OLD: 1 000 € due 31/03 (91 days) + 500 € non échu → douteux, encours 1 500, > 90 d 1 000.
    // MARKED: marked contentieux, 200 € owed 10 days overdue → douteux (and contentieux).
    // GONE: marked douteux but owes nothing → not listed. FINE: 89 days overdue → not listed.
    const ledger = ledgerOf({
      invoices: [
        invoice({ client: "OLD", date: "2024-03-01", due: "2024-03-31", amount: 1000 }),
        invoice({ client: "OLD", date: "2024-06-20", amount: 500 }),
        invoice({ client: "MARKED", date: "2024-05-01", due: "2024-06-20", amount: 200 }),
        invoice({ client: "FINE", date: "2024-03-03", due: "2024-04-02", amount: 300 }),
      ],
    });
    const journal = [
      note({ client: "MARKED", date: "2024-06-25", clientStatus: "contentieux" }),
      note({ client: "GONE", date: "2024-06-25", clientStatus: "douteux" }),
    ];
    const k = indicatorsAt(ledger, { journal });
    expect(k.douteux.clients.map((c) => [c.client, c.outstanding, c.over90, c.reasons])).toEqual([
      ["OLD", 150_000, 100_000, ["plus-de-90-jours"]],
      ["MARKED", 20_000, 0, ["contentieux"]],
    ]);
    expect(k.douteux).toMatchObject({ count: 2, amount: 170_000, over90: 100_000 });
    expect(k.contentieux).toMatchObject({ count: 1, amount: 20_000 });
  });

  it("counts the open litiges from the journal until they are resolved", () => {
    // A: F-A1 disputed on 02/05 and still open (1 000 € open). B: F-B1 and F-B2 disputed on 01/06 for 500 €
    // (owed 800 + 900), then F-B1 resolved on 20/06 → F-B2 (900 €) left, amount min(500, 900) = 500 €.
    // C: whole account disputed on 10/06 then resolved on 28/06 → nothing. D: dispute opened after the as-of date.
    const ledger = ledgerOf({
      invoices: [
        invoice({ client: "A", number: "F-A1", date: "2024-04-01", amount: 1000 }),
        invoice({ client: "B", number: "F-B1", date: "2024-05-01", amount: 800 }),
        invoice({ client: "B", number: "F-B2", date: "2024-05-02", amount: 900 }),
        invoice({ client: "C", number: "F-C1", date: "2024-05-02", amount: 50 }),
        invoice({ client: "D", number: "F-D1", date: "2024-05-02", amount: 70 }),
      ],
    });
    const journal = [
      note({ client: "A", date: "2024-05-02", invoices: ["F-A1"], dispute: "open", disputeReason: "litige-prix" }),
      note({ client: "B", date: "2024-06-01", invoices: ["F-B1", "F-B2"], dispute: "open", disputeAmount: 50_000 }),
      note({ client: "B", date: "2024-06-20", invoices: ["F-B1"], dispute: "resolved" }),
      note({ client: "C", date: "2024-06-10", dispute: "open" }),
      note({ client: "C", date: "2024-06-28", dispute: "resolved" }),
      note({ client: "D", date: "2024-07-02", invoices: ["F-D1"], dispute: "open" }),
    ];
    const { litiges } = indicatorsAt(ledger, { journal });
    expect(litiges).toMatchObject({ count: 2, clients: 2, amount: 150_000 });
    expect(litiges.items.map((i) => [i.client, i.invoices, i.amount, i.reason])).toEqual([
      ["A", ["F-A1"], 100_000, "litige-prix"],
      ["B", ["F-B2"], 50_000, null],
    ]);
  });

  it("counts a dispute on the whole account for the client's encours", () => {
    const ledger = ledgerOf({
      invoices: [invoice({ client: "Z", date: "2024-05-01", amount: 400 }), invoice({ client: "Z", date: "2024-06-01", amount: 100 })],
    });
    const { litiges } = indicatorsAt(ledger, { journal: [note({ client: "Z", date: "2024-06-02", dispute: "open" })] });
    expect(litiges).toMatchObject({ count: 1, amount: 50_000 });
  });

  it("lists clients over their credit limit and blocked clients still invoiced in the month", () => {
    // BIG: limit 5 000 €, owes 9 000 € → 4 000 € over. SMALL: limit 5 000 €, owes 4 000 €.
    // STOP: blocked, invoiced 300 € on 12/06 (and 200 € in May, not counted).
    const ledger = ledgerOf({
      invoices: [
        invoice({ client: "BIG", date: "2024-06-01", amount: 9000 }),
        invoice({ client: "SMALL", date: "2024-06-01", amount: 4000 }),
        invoice({ client: "STOP", date: "2024-06-12", amount: 300 }),
        invoice({ client: "STOP", date: "2024-05-12", amount: 200 }),
      ],
      clients: [
        client("BIG", { creditLimit: 500_000 }),
        client("SMALL", { creditLimit: 500_000 }),
        client("STOP", { blocked: true, name: "Stop SARL" }),
      ],
    });
    const k = indicatorsAt(ledger);
    expect(k.creditLimitBreaches).toEqual([{ client: "BIG", name: "Client BIG", outstanding: 900_000, creditLimit: 500_000, excess: 400_000 }]);
    expect(k.blockedInvoiced).toEqual([{ client: "STOP", name: "Stop SARL", invoices: 1, amount: 30_000 }]);
  });
});

describe("top debtors", () => {
  it("ranks the top 20 by encours and by overdue amount, with the concentration of the top 5, 10, 20", () => {
    // 25 clients C01…C25 each owe i × 100 € (non échu) ; C03 also owes 50 € 40 days overdue.
    // Encours = 100 × (1 + … + 25) + 50 = 32 550 €. Top 5 = 25+24+23+22+21 = 11 500 € → 35.33 % (3 533 bp).
    const invoices: Invoice[] = [];
    for (let i = 1; i <= 25; i++) invoices.push(invoice({ client: `C${String(i).padStart(2, "0")}`, date: "2024-06-20", amount: i * 100 }));
    invoices.push(invoice({ client: "C03", date: "2024-04-21", due: "2024-05-21", amount: 50 }));
    const k = indicatorsAt(ledgerOf({ invoices }));
    expect(k.top.outstanding).toHaveLength(20);
    expect(k.top.outstanding.slice(0, 3).map((t) => [t.client, t.outstanding])).toEqual([["C25", 250_000], ["C24", 240_000], ["C23", 230_000]]);
    expect(k.top.concentration.top5.bp).toBe(3533);
    expect(k.top.overdue.map((t) => [t.client, t.echu, t.oldestDaysOverdue])).toEqual([["C03", 5_000, 40]]);
  });
});

describe("several currencies and unapplied credits", () => {
  it("keeps each currency apart", () => {
    const ledger = ledgerOf({
      invoices: [
        invoice({ date: "2024-06-01", amount: 1000 }),
        invoice({ date: "2024-06-01", amount: 700, currency: "USD" }),
      ],
    });
    expect(indicatorsAt(ledger).encours).toBe(100_000);
    const usd = indicatorsAt(ledger, { currency: "USD" });
    expect(usd.encours).toBe(70_000);
    expect(usd.dso.periodSales).toBe(70_000);
  });

  it("counts a client holding only an unapplied credit as a negative line", () => {
    // PRE paid 500 € without any invoice; ACME owes 2 000 € non échu. Encours = 1 500 €.
    // The credit is 10 days old: in the 1–30 j column, so échu = −500 € (as on the aged balance).
    const ledger = ledgerOf({
      invoices: [invoice({ date: "2024-06-20", amount: 2000 })],
      credits: [credit({ client: "PRE", date: "2024-06-20", amount: 500 })],
    });
    const k = indicatorsAt(ledger);
    expect(k.encours).toBe(150_000);
    expect(k.echu).toBe(-50_000);
    expect(k.nbClients).toBe(2);
    expect(k.top.outstanding.map((t) => t.client)).toEqual(["ACME"]);
    expect(k.profiles.find((p) => p.client === "PRE")?.grade).toBeNull();
  });

  it("shows no taux de retard and no DSO when the only client holds an unapplied credit", () => {
    const ledger = ledgerOf({ credits: [credit({ client: "PRE", date: "2024-06-20", amount: 500 })] });
    const k = indicatorsAt(ledger);
    expect(k.encours).toBe(-50_000);
    expect(k.tauxRetard.bp).toBeNull();
    expect(k.dso.days).toBeNull();
  });
});
