import { ageLedger, agingOptions } from "../aging/age";
import { planForClients, planReminders, type PlanContextInput, type PlanInput } from "./plan";
import type { ClientPlan, ReminderPlan } from "./plan-types";
import { AS_OF, C1, client, entry, world, type WorldSpec } from "./fixtures.test-helpers";
import type { SelectedCells } from "./selection";
import { DEFAULT_SCHEDULE } from "./schedule";

// As-of date in every test: 2026-11-30. "due 2026-11-18" is therefore 12 days overdue.

function planAll(spec: WorldSpec): ReminderPlan {
  return planForClients(world(spec), "all");
}

function only(plan: ReminderPlan, id = "C1"): ClientPlan {
  const found = plan.clients.find((c) => c.client === id);
  if (found === undefined) throw new Error(`no plan for ${id}: ${JSON.stringify(plan.messages)}`);
  return found;
}

describe("the level of each client", () => {
  it("sends J+10 to a client whose oldest invoice is 12 days overdue", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1] }));
    expect(p.step?.id).toBe("J+10");
    expect(p.actions).toEqual(["email"]);
    expect(p.to).toEqual(["compta@dupont.fr"]);
  });

  it("takes the level from the most overdue invoice and includes every overdue one", () => {
    // F1: 12 days, F2: 17 days → J+15 (offset 15 ≤ 17 < 20).
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", due: "2026-11-13" }], clients: [C1] }));
    expect(p.step?.id).toBe("J+15");
    expect(p.invoices.map((i) => [i.invoice, i.daysOverdue])).toEqual([["F2", 17], ["F1", 12]]);
    expect(p.oldestDaysOverdue).toBe(17);
  });

  it("counts days late from the due date even when the balance is aged by invoice date", () => {
    // Invoiced 2026-10-01, due 2026-11-18: 12 days late at 2026-11-30 (J+10), though 60 days after the invoice date.
    const spec: WorldSpec = { invoices: [{ invoice: "F1", date: "2026-10-01", due: "2026-11-18" }], clients: [C1] };
    const byDue = world(spec);
    const byInvoiceDate: PlanContextInput = { ...byDue, aging: ageLedger(byDue.ledger, agingOptions(AS_OF, { basis: "invoice" })).currencies };
    const p = only(planForClients(byInvoiceDate, "all"));
    expect(p.step?.id).toBe("J+10");
    expect(p.invoices.map((i) => [i.invoice, i.daysOverdue])).toEqual([["F1", 12]]);
    expect(p.invoices.map((i) => [i.invoice, i.daysOverdue])).toEqual(only(planForClients(byDue, "all")).invoices.map((i) => [i.invoice, i.daysOverdue]));
  });

  it("puts a phone step on the agenda instead of a draft", () => {
    // 7 days overdue → J+5, a call: no address needed.
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-23" }] }));
    expect(p.step?.id).toBe("J+5");
    expect(p.actions).toEqual(["call"]);
    expect(p.skip).toBeUndefined();
  });

  it("sends nothing yet for an invoice 3 days late, and says when the first step comes", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-27" }], clients: [C1] }));
    expect(p.skip?.reason).toBe("no-step-yet");
    // J+5 of a due date 27/11 is 02/12/2026.
    expect(p.skip?.message).toContain("02/12/2026");
  });

  it("goes straight to the formal notice for a client 40 days late, by e-mail and letter, with a warning when nothing was written before", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-10-21" }], clients: [C1] }));
    expect(p.step?.id).toBe("J+30");
    expect(p.actions).toEqual(["email", "letter"]);
    expect(p.warnings.join("\n")).toMatch(/Aucune relance écrite antérieure/);
  });

  it("sends the formal notice by letter only when the client has no e-mail address", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-10-21" }] }));
    expect(p.actions).toEqual(["letter"]);
    expect(p.warnings.join("\n")).toMatch(/courrier uniquement/);
  });
});

describe("the préventive reminder", () => {
  it("includes not-yet-due invoices only in the préventive reminder", () => {
    // C1: F1 due in 3 days (03/12), F2 due in 20 days → J-5 with F1 only.
    // C2: F3 12 days overdue and F4 due in 3 days → J+10 with F3 only.
    const plan = planAll({
      invoices: [
        { invoice: "F1", due: "2026-12-03" }, { invoice: "F2", due: "2026-12-20" },
        { invoice: "F3", client: "C2", due: "2026-11-18" }, { invoice: "F4", client: "C2", due: "2026-12-03" },
      ],
      clients: [C1, client({ id: "C2", emailsTo: ["a@c2.fr"] })],
    });
    const c1 = only(plan, "C1");
    expect(c1.step?.id).toBe("J-5");
    expect(c1.invoices.map((i) => i.invoice)).toEqual(["F1"]);
    expect(c1.indemnity).toBe(0);
    expect(c1.invoices[0]?.penalty).toBe(0);
    const c2 = only(plan, "C2");
    expect(c2.step?.id).toBe("J+10");
    expect(c2.invoices.map((i) => i.invoice)).toEqual(["F3"]);
  });

  it("counts an invoice due on the as-of date as not yet overdue: préventive", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: AS_OF }], clients: [C1] }));
    expect(p.step?.id).toBe("J-5");
  });

  it("says there is nothing to remind when the next due date is further than 5 days", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-12-20" }], clients: [C1] }));
    expect(p.skip?.reason).toBe("nothing-overdue");
  });
});

describe("clients that are skipped, with the reason", () => {
  it("skips a client whose only overdue invoice is disputed", () => {
    const p = only(planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1],
      journal: [entry({ date: "2026-11-20", invoices: ["F1"], dispute: "open", disputeReason: "litige-prix", channel: "appel" })],
    }));
    expect(p.skip?.reason).toBe("disputed");
    expect(p.skip?.message).toMatch(/^Facture F1 en litige \(litige ouvert le 20\/11\/2026 \(Litige prix\)\) : pas de relance \/ Invoice F1 disputed/);
    expect(p.excluded.map((x) => [x.invoice, x.reason])).toEqual([["F1", "disputed"]]);
  });

  it("reminds the undisputed invoices and leaves the disputed one out", () => {
    const p = only(planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", due: "2026-11-01" }], clients: [C1],
      journal: [entry({ date: "2026-11-20", invoices: ["F2"], dispute: "open" })],
    }));
    // F2 (29 days) is disputed, so the level comes from F1 (12 days): J+10.
    expect(p.step?.id).toBe("J+10");
    expect(p.invoices.map((i) => i.invoice)).toEqual(["F1"]);
    expect(p.excluded.map((x) => x.invoice)).toEqual(["F2"]);
  });

  it("reminds again once the dispute is resolved", () => {
    const p = only(planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1],
      journal: [entry({ date: "2026-11-20", invoices: ["F1"], dispute: "open" }), entry({ date: "2026-11-25", invoices: ["F1"], dispute: "resolved" })],
    }));
    expect(p.actions).toEqual(["email"]);
  });

  it("skips a client whose whole account is disputed", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", due: "2026-11-10" }], clients: [C1], journal: [entry({ date: "2026-11-20", dispute: "open" })] }));
    expect(p.skip?.reason).toBe("disputed");
    expect(p.skip?.message).toMatch(/^2 factures en litige \(F2, F1\)/);
  });

  it("skips a client with a payment promise not yet due", () => {
    const p = only(planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1],
      journal: [entry({ date: "2026-11-25", channel: "appel", level: "J+5", promiseDate: "2026-12-05", promiseAmount: 100000 })],
    }));
    expect(p.skip?.reason).toBe("promise");
    expect(p.skip?.message).toContain("05/12/2026");
    expect(p.promise?.status).toBe("pending");
  });

  it("treats a promise falling due on the as-of date as still pending", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1], journal: [entry({ date: "2026-11-25", promiseDate: AS_OF })] }));
    expect(p.skip?.reason).toBe("promise");
  });

  it("flags a broken promise and reminds the client again", () => {
    // Promised on 20/11 for 25/11; nothing paid since, F1 still open on 30/11.
    const plan = planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1],
      journal: [entry({ date: "2026-11-20", channel: "appel", promiseDate: "2026-11-25", promiseAmount: 100000 })],
    });
    const p = only(plan);
    expect(p.actions).toEqual(["email"]);
    expect(p.promise?.status).toBe("broken");
    expect(p.warnings.join("\n")).toMatch(/^Promesse non tenue : paiement promis pour le 25\/11\/2026/m);
    expect(plan.brokenPromises.map((b) => b.client)).toEqual(["C1"]);
  });

  it("does not flag a promise kept by a payment of the promised amount", () => {
    const plan = planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18", amount: 200000, outstanding: 100000 }, { invoice: "F2", due: "2026-11-10" }], clients: [C1],
      journal: [entry({ date: "2026-11-20", promiseDate: "2026-11-25", promiseAmount: 100000 })],
      credits: [{ reference: "VIR1", client: "C1", date: "2026-11-24", amount: 100000, currency: "EUR", kind: "payment", invoiceRefs: [], source: { sheet: "Règlements", row: 2 } }],
    });
    expect(only(plan).promise?.status).toBe("kept");
    expect(plan.brokenPromises).toEqual([]);
  });

  it("skips a blocked account", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [{ ...C1, blocked: true }] }));
    expect(p.skip?.reason).toBe("blocked");
  });

  it("skips a client the journal puts in contentieux", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1], journal: [entry({ date: "2026-11-02", clientStatus: "contentieux" })] }));
    expect(p.skip?.reason).toBe("litigation");
  });

  it("skips an e-mail step when the client has no valid address", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [client({ id: "C1", emailsTo: ["compta(at)dupont.fr"], source: { sheet: "Clients", row: 7 } })] }));
    expect(p.skip?.reason).toBe("no-email");
  });
});

describe("not re-sending a level within its interval", () => {
  const invoices = [{ invoice: "F1", due: "2026-11-16" }]; // 14 days overdue → J+10 (interval 10 days)

  it("does not re-send J+10 within its interval", () => {
    // Sent on 22/11: 8 days ago < 10.
    const p = only(planAll({ invoices, clients: [C1], journal: [entry({ date: "2026-11-22", level: "J+10" })] }));
    expect(p.skip?.reason).toBe("already-sent");
    expect(p.skip?.message).toContain("02/12/2026"); // 22/11 + 10 days
  });

  it("sends J+10 again once its interval has passed", () => {
    // Sent on 20/11: exactly 10 days ago.
    const p = only(planAll({ invoices, clients: [C1], journal: [entry({ date: "2026-11-20", level: "j + 10" })] }));
    expect(p.actions).toEqual(["email"]);
  });

  it("never drafts twice on the same day, even with a journal entry dated later than the as-of date", () => {
    const p = only(planAll({ invoices, clients: [C1], journal: [entry({ date: "2026-12-01", level: "J+10" })] }));
    expect(p.skip?.reason).toBe("already-sent");
  });

  it("counts a call logged without a level as the call step done", () => {
    // 7 days overdue → J+5 fell due on 28/11; a call logged on 29/11 without a level.
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-23" }], journal: [entry({ date: "2026-11-29", channel: "appel" })] }));
    expect(p.skip?.reason).toBe("already-sent");
  });
});

describe("amounts, recipients and language", () => {
  it("totals each currency apart and computes penalties and the 40 € indemnity per overdue invoice", () => {
    // Rate 12,15 %. F1 1 000,00 € 12 days: 1000 × 0.1215 × 12 / 365 = 3.994… → 3,99 €.
    // F2 500,00 € of which 200,00 € remain, 17 days: 200 × 0.1215 × 17 / 365 = 1.1317… → 1,13 €.
    // F3 300,00 USD 15 days: 300 × 0.1215 × 15 / 365 = 1.4979… → 1,50 USD.
    const p = only(planAll({
      invoices: [
        { invoice: "F1", due: "2026-11-18" }, { invoice: "F2", due: "2026-11-13", amount: 50000, outstanding: 20000 },
        { invoice: "F3", due: "2026-11-15", amount: 30000, currency: "USD" },
      ],
      clients: [C1],
    }));
    expect(p.totals).toEqual([
      { currency: "EUR", amount: 150000, outstanding: 120000, penalties: 399 + 113, invoices: 2 },
      { currency: "USD", amount: 30000, outstanding: 30000, penalties: 150, invoices: 1 },
    ]);
    expect(p.indemnity).toBe(3 * 4000);
  });

  it("takes to and cc from the Clients sheet, several per cell, and reports an invalid one with its row", () => {
    const plan = planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }],
      clients: [client({ id: "C1", emailsTo: ["compta@dupont.fr; Jean Dupont <jean@dupont.fr>"], emailsCc: ["jean@dupont.fr, dg@@dupont.fr, daf@dupont.fr"], source: { sheet: "Clients", row: 4 } })],
    });
    const p = only(plan);
    expect(p.to).toEqual(["compta@dupont.fr", "jean@dupont.fr"]);
    expect(p.cc).toEqual(["daf@dupont.fr"]);
    expect(plan.issues).toEqual([expect.objectContaining({ code: "email.invalid", sheet: "Clients", row: 4 })]);
    expect(p.warnings.join("\n")).toContain("dg@@dupont.fr");
  });

  it("falls back on the e-mail of the invoice row when the Clients sheet has none", () => {
    const p = only(planAll({ invoices: [{ invoice: "F1", due: "2026-11-18", email: "factures@client.fr", contact: "Mme Roux" }] }));
    expect(p.to).toEqual(["factures@client.fr"]);
    expect(p.contact).toBe("Mme Roux");
  });

  it("writes to each client in its own language, else the default one", () => {
    const plan = planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", client: "C2", due: "2026-11-18" }],
      clients: [{ ...C1, language: "en" }, client({ id: "C2", emailsTo: ["x@c2.fr"] })],
    });
    expect([only(plan, "C1").language, only(plan, "C2").language]).toEqual(["en", "fr"]);
  });

  it("warns about an unapplied credit the client holds", () => {
    const p = only(planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1],
      unapplied: [{ client: "C1", reference: "AV12", date: "2026-11-05", amount: -50000, kind: "credit-note", currency: "EUR", daysOld: 25, bucket: 1 }],
    }));
    expect(p.warnings.join("\n")).toMatch(/Avoir ou règlement non imputé de 500,00\u00A0€ \(AV12, 05\/11\/2026\)/);
  });

  it("warns once that the penalty rate is not confirmed", () => {
    const plan = planAll({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1], settings: { penaltyRate: { ecbBasisPoints: 215, marginBasisPoints: 1000, confirmed: false } } });
    expect(plan.messages.map((m) => m.code)).toEqual(["settings.penalty-rate-unconfirmed"]);
    expect(plan.messages[0]?.message).toContain("12,15\u00A0%");
  });

  it("lists clients with something to do first, the largest amount first", () => {
    const plan = planAll({
      invoices: [
        { invoice: "F1", due: "2026-11-18", amount: 1000 }, { invoice: "F2", client: "C2", due: "2026-11-18", amount: 900000 },
        { invoice: "F3", client: "C3", due: "2026-11-18", amount: 9900000 },
      ],
      clients: [C1, client({ id: "C2", emailsTo: ["x@c2.fr"] }), client({ id: "C3" })],
    });
    expect(plan.clients.map((c) => c.client)).toEqual(["C2", "C1", "C3"]);
  });

  it("refuses an unusable schedule with a message instead of a plan", () => {
    const input = world({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1] });
    const schedule = DEFAULT_SCHEDULE.map((s) => ({ ...s }));
    schedule.reverse();
    const plan = planForClients({ ...input, schedule }, "all");
    expect(plan.clients).toEqual([]);
    expect(plan.messages[0]?.severity).toBe("error");
  });
});

describe("reading the selection", () => {
  const base = (selection: SelectedCells[]): PlanInput => {
    const input = world({
      invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", due: "2026-11-13" }, { invoice: "F3", client: "C2", due: "2026-11-18" }],
      clients: [C1, client({ id: "C2", emailsTo: ["x@c2.fr"] })],
    });
    // Aged balance layout: header row 4, C1 summary on row 5, its invoices on 6–7, C2 on 8, F3 on 9, totals row 10.
    const rows = new Map([
      [5, { kind: "client" as const, client: "C1" }], [6, { kind: "invoice" as const, invoice: "F2", client: "C1" }],
      [7, { kind: "invoice" as const, invoice: "F1", client: "C1" }], [8, { kind: "client" as const, client: "C2" }],
      [9, { kind: "invoice" as const, invoice: "F3", client: "C2" }],
    ]);
    return { ...input, selection, sheets: { agedBalance: { sheet: "Balance âgée", rows } } };
  };
  const area = (sheet: string, firstRow: number, rows: number, firstColumn = 0): SelectedCells => ({
    sheet, firstRow, firstColumn, values: Array.from({ length: rows }, () => [""]),
  });

  it("plans every client whose row is selected on the aged balance", () => {
    const plan = planReminders(base([area("Balance âgée", 5, 4)]));
    expect(plan.clients.map((c) => c.client).sort()).toEqual(["C1", "C2"]);
    expect(only(plan, "C1").invoices.map((i) => i.invoice)).toEqual(["F2", "F1"]);
  });

  it("reminds only the invoices selected one by one on the Factures sheet", () => {
    // Factures row 2 is F1 (12 days): the level comes from F1 alone although F2 is 17 days late.
    const plan = planReminders(base([area("factures", 2, 1, 3)]));
    const p = only(plan, "C1");
    expect(p.invoices.map((i) => i.invoice)).toEqual(["F1"]);
    expect(p.step?.id).toBe("J+10");
  });

  it("accepts several areas and merges a client selected twice", () => {
    const plan = planReminders(base([area("Balance âgée", 7, 1), area("Balance âgée", 5, 1), area("Factures", 4, 1)]));
    expect(plan.clients.map((c) => [c.client, c.invoices.length]).sort()).toEqual([["C1", 2], ["C2", 1]]);
  });

  it("gives a clear message for a selection of the header, the totals row or blank cells", () => {
    for (const selection of [[area("Balance âgée", 4, 1)], [area("Balance âgée", 10, 1)], [area("Balance âgée", 200, 3)], []]) {
      const plan = planReminders(base(selection));
      expect(plan.clients).toEqual([]);
      expect(plan.messages).toEqual([expect.objectContaining({ severity: "error", code: "selection.empty" })]);
      expect(plan.messages[0]?.message).toMatch(/^La sélection ne contient aucun client ni facture : sélectionnez des lignes de la Balance âgée ou de la feuille Factures\. \//);
    }
  });

  it("says which part of a selection on another sheet was ignored", () => {
    const plan = planReminders(base([{ sheet: "Feuil3", firstRow: 2, firstColumn: 1, values: [["a", "b"], ["c", "d"]] }]));
    expect(plan.messages[0]?.code).toBe("selection.empty");
    expect(plan.issues).toEqual([expect.objectContaining({ code: "selection.other-sheet", sheet: "Feuil3" })]);
    expect(plan.issues[0]?.message).toContain("Feuil3!B2:C3");
  });

  it("plans the client of a selected journal row", () => {
    const input = base([area("Suivi des relances", 3, 1)]);
    const plan = planReminders({ ...input, journal: [entry({ date: "2026-10-01", client: "c2", source: { sheet: "Suivi des relances", row: 3 } })] });
    expect(plan.clients.map((c) => c.client)).toEqual(["C2"]);
  });

  it("reads a huge selection of whole columns without trouble", () => {
    const plan = planReminders(base([{ sheet: "Balance âgée", firstRow: 1, firstColumn: 0, values: [], rowCount: 1_048_576 }]));
    expect(plan.clients.map((c) => c.client).sort()).toEqual(["C1", "C2"]);
    expect(plan.issues.map((i) => i.code)).toEqual(["selection.rows-ignored"]);
  });
});

describe("reading the selection by the cells' own values", () => {
  it("trusts the invoice number in the selected cell over the row remembered when the sheet was read", () => {
    const input = world({ invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", client: "C2", due: "2026-11-18" }], clients: [C1, client({ id: "C2", emailsTo: ["x@c2.fr"] })] });
    // The Factures sheet was sorted since: row 2 now shows F2 (column A holds the number).
    const plan = planReminders({
      ...input, sheets: { invoiceSheets: [{ sheet: "Factures", numberColumn: 0 }] },
      selection: [{ sheet: "Factures", firstRow: 1, firstColumn: 0, values: [["N° facture", "Client"], ["F2", "C2"]] }],
    });
    expect(plan.clients.map((c) => [c.client, c.invoices.map((i) => i.invoice)])).toEqual([["C2", ["F2"]]]);
    expect(plan.issues.map((i) => i.code)).toEqual(["selection.rows-ignored"]);
  });

  it("reads the client in the journal's client column", () => {
    const input = world({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1] });
    const plan = planReminders({
      ...input, sheets: { journalSheet: { sheet: "Suivi des relances", clientColumn: 1 } },
      selection: [{ sheet: "Suivi des relances", firstRow: 5, firstColumn: 1, values: [[" c1 "]] }],
    });
    expect(plan.clients.map((c) => c.client)).toEqual(["C1"]);
  });
});

describe("a journal written by hand", () => {
  it("understands a dispute recorded under the client's name instead of its code", () => {
    const p = only(planAll({
      invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1],
      journal: [entry({ date: "2026-11-20", client: "dupont sa", invoices: ["f1"], dispute: "open" })],
    }));
    expect(p.skip?.reason).toBe("disputed");
  });
});
