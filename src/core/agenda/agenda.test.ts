import { C1, client, entry, world, type WorldSpec } from "../reminders/fixtures.test-helpers";
import { buildAgenda } from "./agenda";
import { agendaEntry } from "./record";
import type { AgendaItem } from "./types";

// As-of date in every test: 2026-11-30 (a Monday). Horizon: 7 days unless told.

function agenda(spec: WorldSpec, horizonDays?: number): AgendaItem[] {
  return buildAgenda({ ...world(spec), ...(horizonDays !== undefined ? { horizonDays } : {}) }).items;
}

describe("the agenda of next actions", () => {
  it("lists the J+5 call with its goal: first the reason for the delay, then a promise with date and amount", () => {
    // Due 23/11 → 7 days late; the J+5 call fell due on 28/11, so it is late.
    const [call, ...rest] = agenda({ invoices: [{ invoice: "F1", due: "2026-11-23", contact: "M. Leroy" }], clients: [{ ...C1, contact: "M. Leroy" }] });
    expect(rest).toEqual([]);
    expect(call).toMatchObject({ kind: "call", date: "2026-11-28", late: true, client: "C1", level: "J+5", invoices: ["F1"], contact: "M. Leroy", amounts: [{ currency: "EUR", cents: 100000 }] });
    expect(call?.title.fr).toBe("Appeler Dupont SA (J+5 : appel)");
    expect(call?.goal.fr).toMatch(/^1\) Connaître la raison du retard.*2\) Obtenir une promesse de paiement : une date précise et un montant/);
  });

  it("shows the second call ahead of time when it falls within the week", () => {
    // Due 14/11 → 16 days late, J+15 e-mail already sent on 29/11; J+20 call on 04/12.
    const items = agenda({ invoices: [{ invoice: "F1", due: "2026-11-14" }], clients: [C1], journal: [entry({ date: "2026-11-29", level: "J+15" })] });
    expect(items.map((i) => [i.kind, i.date, i.level, i.late])).toEqual([["call", "2026-12-04", "J+20", false]]);
    expect(items[0]?.goal.fr).toMatch(/mise en demeure suivra/);
    // With a 2-day horizon it is not listed yet.
    expect(agenda({ invoices: [{ invoice: "F1", due: "2026-11-14" }], clients: [C1], journal: [entry({ date: "2026-11-29", level: "J+15" })] }, 2)).toEqual([]);
  });

  it("honours the next action date the journal planned, later than the schedule's", () => {
    // The J+5 call fell due on 28/11, but a note of 26/11 plans the next action on 02/12.
    const items = agenda({ invoices: [{ invoice: "F1", due: "2026-11-23" }], journal: [entry({ date: "2026-11-26", nextActionDate: "2026-12-02", outcome: "Comptable absent, rappeler mercredi" })] });
    expect(items.map((i) => [i.kind, i.date, i.note])).toEqual([["call", "2026-12-02", "Comptable absent, rappeler mercredi"]]);
  });

  it("lists an action planned in the journal after a call that was made", () => {
    // The J+5 call was made on 29/11 (a call without level counts) and planned a new contact on 03/12.
    const items = agenda({ invoices: [{ invoice: "F1", due: "2026-11-23" }], journal: [entry({ date: "2026-11-29", channel: "appel", nextActionDate: "2026-12-03", outcome: "Attend validation DAF" })] });
    expect(items.map((i) => [i.kind, i.date])).toEqual([["follow-up", "2026-12-03"]]);
    expect(items[0]?.goal.fr).toBe("Suite à donner : Attend validation DAF");
  });

  it("lists a promise falling due within the week, and a broken one as a call to make", () => {
    const items = agenda({
      invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", client: "C2", due: "2026-11-18" }],
      clients: [C1, client({ id: "C2", name: "Martin SARL", emailsTo: ["x@martin.fr"] })],
      journal: [
        entry({ date: "2026-11-25", channel: "appel", promiseDate: "2026-12-02", promiseAmount: 100000 }),
        entry({ date: "2026-11-20", client: "C2", channel: "appel", promiseDate: "2026-11-26", promiseAmount: 50000 }),
      ],
    });
    expect(items.map((i) => [i.kind, i.client, i.date, i.late])).toEqual([
      ["promise-broken", "C2", "2026-11-26", true],
      ["promise-due", "C1", "2026-12-02", false],
    ]);
    expect(items[0]?.title.fr).toBe("Promesse non tenue par Martin SARL : 500,00\u00A0€ pour le 26/11/2026");
    expect(items[0]?.amounts).toEqual([{ currency: "EUR", cents: 50000 }]);
  });

  it("asks for the registered letter of a formal notice until a letter is recorded", () => {
    // 40 days late, the J+30 e-mail went on 28/11: the letter is owed since 28/11.
    const spec: WorldSpec = { invoices: [{ invoice: "F1", due: "2026-10-21" }], clients: [C1], journal: [entry({ date: "2026-11-28", level: "J+30", channel: "mise-en-demeure", source: { sheet: "Suivi des relances", row: 9 } })] };
    const items = agenda(spec);
    expect(items.map((i) => [i.kind, i.date, i.level])).toEqual([["letter", "2026-11-28", "J+30"]]);
    expect(items[0]?.goal.fr).toMatch(/^Envoyer la mise en demeure par lettre recommandée avec accusé de réception/);
    expect(items[0]?.source).toEqual({ sheet: "Suivi des relances", row: 9 });
    const posted = agenda({ ...spec, journal: [...(spec.journal ?? []), entry({ date: "2026-11-29", level: "J+30", channel: "courrier" })] });
    expect(posted).toEqual([]);
  });

  it("asks for a letter when the formal notice is due and the client has no e-mail address", () => {
    const items = agenda({ invoices: [{ invoice: "F1", due: "2026-10-21" }] });
    expect(items.map((i) => [i.kind, i.date])).toEqual([["letter", "2026-11-30"]]);
  });

  it("does not call a client whose overdue invoices are all disputed", () => {
    expect(agenda({ invoices: [{ invoice: "F1", due: "2026-11-23" }], journal: [entry({ date: "2026-11-24", invoices: ["F1"], dispute: "open" })] })).toEqual([]);
  });

  it("sorts by date, then the largest amount first", () => {
    const items = agenda({
      invoices: [
        { invoice: "F1", client: "A", due: "2026-11-23", amount: 50000 },
        { invoice: "F2", client: "B", due: "2026-11-23", amount: 900000 },
        { invoice: "F3", client: "C", due: "2026-11-22", amount: 1000 },
      ],
    });
    // C's call fell due on 27/11, A's and B's on 28/11: B (9 000 €) before A (500 €).
    expect(items.map((i) => [i.client, i.date])).toEqual([["C", "2026-11-27"], ["B", "2026-11-28"], ["A", "2026-11-28"]]);
  });

  it("turns a call made into a journal entry with the promise obtained", () => {
    const [call] = agenda({ invoices: [{ invoice: "F1", due: "2026-11-23" }] });
    if (call === undefined) throw new Error("no call");
    expect(agendaEntry(call, "2026-11-30", { outcome: "Paiement la semaine prochaine", promiseDate: "2026-12-07", promiseAmount: 100000, author: "Marie" })).toEqual({
      date: "2026-11-30", client: "C1", invoices: ["F1"], level: "J+5", channel: "appel",
      outcome: "Paiement la semaine prochaine", promiseDate: "2026-12-07", promiseAmount: 100000, author: "Marie",
    });
  });
});
