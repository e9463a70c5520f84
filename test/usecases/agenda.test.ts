// The agenda from the schedule and the journal, and recording what a call obtained, in Excel.
import { agendaToday, recordAgendaOutcome, recordOutcome } from "../../src/usecases/agenda";
import { planFromSelection } from "../../src/usecases/reminders";
import { readJournal } from "../../src/excel/journal";
import { TODAY, invoiceSheet, settings, startWorld, type InvoiceRow, type World } from "./reminders-fixture";

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

const ROWS: InvoiceRow[] = [
  // 6 days late: the J+5 call is due.
  { number: "F-501", client: "A01", name: "Atelier Durand", date: "2026-10-01", due: "2026-11-16", amount: 2400, email: "compta@durand.example.fr" },
  // 33 days late: the formal notice (e-mail + registered letter).
  { number: "F-502", client: "A02", name: "Bâti Ouest", date: "2026-09-01", due: "2026-10-20", amount: 5100, email: "ap@bati.example.fr" },
];

async function agenda() {
  const result = await agendaToday({ today: TODAY, settings: settings() });
  if (!result.ok) throw new Error(result.message.fr);
  return result;
}

describe("the agenda and the outcome of a call", () => {
  it("lists the call the schedule asks for, with its goal, and the letter of a formal notice", async () => {
    const w = (world = await startWorld([invoiceSheet(ROWS)]));
    const result = await agenda();
    const call = result.items.find((i) => i.client === "A01");
    expect(call).toMatchObject({ kind: "call", level: "J+5", date: "2026-11-21", late: true });
    expect(call?.goal.fr).toMatch(/promesse de paiement/);
    expect(result.items.find((i) => i.client === "A02")).toMatchObject({ kind: "letter", level: "J+30" });
    expect(w.xl.workbook.sheet("Suivi des relances")).toBeUndefined(); // reading the agenda writes nothing
  });

  it("records a payment promise as a journal row; the promise is then on the agenda and holds the reminders", async () => {
    const w = (world = await startWorld([invoiceSheet(ROWS)]));
    const first = await agenda();
    const call = first.items.find((i) => i.client === "A01");
    if (call === undefined) throw new Error("no call");
    const recorded = await recordOutcome(call, { kind: "promise", promiseDate: "2026-11-27", promiseAmount: 240000, note: "virement vendredi" }, {
      today: TODAY, author: "Marie", journal: first.journal,
    });
    expect(recorded.ok).toBe(true);
    const journal = await readJournal();
    expect(journal.entries).toEqual([expect.objectContaining({
      date: TODAY, client: "A01", invoices: ["F-501"], level: "J+5", channel: "appel", promiseDate: "2026-11-27", promiseAmount: 240000,
      outcome: "Promesse de paiement — virement vendredi", author: "Marie",
    })]);

    const next = await agenda();
    expect(next.items.filter((i) => i.client === "A01").map((i) => [i.kind, i.date])).toEqual([["promise-due", "2026-11-27"]]);
    w.xl.setSelection("Factures", ["A2"]);
    const plan = await planFromSelection({ today: TODAY, settings: settings() });
    expect(plan.ok && plan.plan.clients[0]?.skip?.reason).toBe("promise");
  });

  it("refuses a promise without a date, or dated in the past, and writes nothing", async () => {
    const w = (world = await startWorld([invoiceSheet(ROWS)]));
    const { items } = await agenda();
    const call = items.find((i) => i.client === "A01");
    if (call === undefined) throw new Error("no call");
    expect((await recordOutcome(call, { kind: "promise" }, { today: TODAY })).ok).toBe(false);
    expect((await recordOutcome(call, { kind: "promise", promiseDate: "2026-11-01" }, { today: TODAY })).ok).toBe(false);
    expect(w.xl.workbook.sheet("Suivi des relances")).toBeUndefined();
  });

  it("records a dispute with its reason: the disputed invoice leaves the next plan", async () => {
    const w = (world = await startWorld([invoiceSheet([...ROWS, { ...ROWS[0] as InvoiceRow, number: "F-503", amount: 300 }])]));
    const { items } = await agenda();
    const call = items.find((i) => i.client === "A01");
    if (call === undefined) throw new Error("no call");
    const recorded = await recordOutcome({ ...call, invoices: ["F-501"] }, { kind: "dispute", reason: "litige-prix" }, { today: TODAY });
    expect(recorded.ok && recorded.entry).toMatchObject({ dispute: "open", disputeReason: "litige-prix", outcome: "Litige signalé (Litige prix)" });
    w.xl.setSelection("Factures", ["A2:A4"]);
    const plan = await planFromSelection({ today: "2026-11-25", settings: settings() });
    if (!plan.ok) throw new Error(plan.message.fr);
    const a01 = plan.plan.clients.find((c) => c.client === "A01");
    expect(a01?.excluded.map((e) => [e.invoice, e.reason])).toEqual([["F-501", "disputed"]]);
    expect(a01?.invoices.map((i) => i.invoice)).not.toContain("F-501");
  });

  it("records the letter of a formal notice as « Courrier », and the letter leaves the agenda", async () => {
    world = await startWorld([invoiceSheet(ROWS)]);
    const { items, journal } = await agenda();
    const letter = items.find((i) => i.kind === "letter");
    if (letter === undefined) throw new Error("no letter");
    const recorded = await recordAgendaOutcome(letter, { outcome: "LRAR n° 1A 234 567 8901 2" }, { today: TODAY, journal });
    expect(recorded.ok && recorded.entry).toMatchObject({ channel: "courrier", level: "J+30", client: "A02" });
    const after = await agenda();
    expect(after.items.some((i) => i.kind === "letter" && i.client === "A02")).toBe(false);
  });
});
