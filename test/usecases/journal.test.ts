// The journal read back by the reminder plan: promises kept or broken, disputes, and a journal the user edited —
// read with its problems reported, never rewritten.
import { createReminderDrafts, planFromSelection } from "../../src/usecases/reminders";
import { journalHeaders } from "../../src/core/journal";
import type { SheetSeed } from "../excel-host";
import { TODAY, invoiceSheet, serial, settings, startWorld, type World } from "./reminders-fixture";

let world: World | null = null;
afterEach(async () => {
  if (world) {
    const { violations } = world.graph;
    await world.close();
    world = null;
    expect(violations).toEqual([]);
  }
});

/** The journal sheet as Encours made it (marker), with rows under the French headers (by header name). */
function journalSheet(rows: Record<string, string | number>[], name = "Suivi des relances"): SheetSeed {
  const headers = journalHeaders("fr");
  return {
    name,
    values: [headers, ...rows.map((row) => headers.map((h) => row[h] ?? ""))],
    customProperties: { EncoursSheet: "journal" },
  };
}

async function plan(w: World, selection: string[]) {
  w.xl.setSelection("Factures", selection);
  const result = await planFromSelection({ today: TODAY, settings: settings() });
  if (!result.ok) throw new Error(result.message.fr);
  return result;
}

describe("the plan reads the journal back", () => {
  it("flags a promise whose date has passed while the invoices stay open", async () => {
    const w = (world = await startWorld([
      invoiceSheet(),
      journalSheet([{ Date: serial("2026-11-12"), Client: "C001", Factures: "F-101; F-105", Niveau: "J+5", Canal: "Appel", "Date promesse": serial("2026-11-18"), "Montant promis": 1300 }]),
    ]));
    const result = await plan(w, ["A2"]);
    expect(result.plan.brokenPromises).toEqual([expect.objectContaining({ client: "C001", promiseDate: "2026-11-18", status: "broken", promiseAmount: 130000 })]);
    const c001 = result.plan.clients.find((c) => c.client === "C001");
    expect(c001?.promise?.status).toBe("broken");
    expect(c001?.warnings.join(" ")).toMatch(/promesse/i);
    // A broken promise does not hold the reminder back.
    expect(c001?.actions).toContain("email");
  });

  it("leaves a disputed invoice out of the next reminder and says why", async () => {
    const w = (world = await startWorld([
      invoiceSheet(),
      journalSheet([{ Date: serial("2026-11-15"), Client: "C001", Factures: "F-101", Canal: "Appel", Litige: "Oui", "Motif litige": "Facture non reçue" }]),
    ]));
    const result = await plan(w, ["A2:A6"]);
    const c001 = result.plan.clients.find((c) => c.client === "C001");
    expect(c001?.excluded).toEqual([expect.objectContaining({ invoice: "F-101", reason: "disputed" })]);
    expect(c001?.invoices.map((i) => i.invoice)).toEqual(["F-105"]);
    const draft = result.drafts.find((d) => d.clientId === "C001");
    expect(draft?.html).toContain("F-105");
    expect(draft?.html).not.toContain("F-101");
  });

  it("reads a journal the user edited (columns moved, a blank row, a bad date), reports it, and never rewrites its rows", async () => {
    const header = ["Client", "Commentaire perso", "Date", "Factures", "Niveau", "Canal", "Litige", "Motif litige", "Clé brouillon"];
    const rows: (string | number)[][] = [
      ["Suivi tenu par Marie — ne pas effacer"],
      [],
      header,
      ["C002", "appelé, absent", serial("2026-11-17"), "F-102", "J+5", "Appel", "", "", ""],
      [],
      ["C004", "", "32/13/2026", "F-104", "", "Appel", "Oui", "Litige prix", ""],
      ["C003", "=SOMME(A1:A2)", serial("2026-11-20"), "F-103", "", "Appel", "Oui", "Litige prestation", ""],
    ];
    const sheet: SheetSeed = { name: "Relances (mon suivi)", values: rows.map((r) => [...r, ...new Array(header.length - r.length).fill("")]), customProperties: { EncoursSheet: "journal" } };
    const w = (world = await startWorld([invoiceSheet(), sheet]));
    const before = w.xl.workbook.values("Relances (mon suivi)").map((r) => [...r]);

    const result = await plan(w, ["A2:A6"]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "journal.date-unreadable", sheet: "Relances (mon suivi)", cell: "C6" }));
    // The row with the bad date is left out with its dispute: C004 is still reminded, C003's dispute holds.
    expect(result.plan.clients.find((c) => c.client === "C004")?.actions).toContain("email");
    expect(result.plan.clients.find((c) => c.client === "C003")?.excluded.map((e) => e.invoice)).toEqual(["F-103"]);

    await createReminderDrafts({ plan: result.plan, drafts: result.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    const after = w.xl.workbook.values("Relances (mon suivi)");
    expect(after.slice(0, before.length).map((r) => r.slice(0, header.length))).toEqual(before.map((r) => r.slice(0, header.length)));
    // New rows follow the user's column order.
    const added = after.slice(before.length);
    expect(added.length).toBe(result.drafts.length);
    for (const row of added) {
      expect(typeof row[2]).toBe("number"); // Date column C
      expect(String(row[0])).toMatch(/^C00\d$/); // Client column A
      expect(row[1]).toBe(""); // the user's own column left empty
      expect(String(row[8])).toContain("|"); // Clé brouillon
    }
    expect(w.graph.messages()).toHaveLength(result.drafts.length);
  });

  it("refuses to create any draft when the journal lost its header row, so nothing is created that cannot be recorded", async () => {
    const sheet: SheetSeed = {
      name: "Suivi des relances", customProperties: { EncoursSheet: "journal" },
      values: [["C001", serial("2026-11-01"), "notes sans en-tête"]],
    };
    const w = (world = await startWorld([invoiceSheet(), sheet]));
    const result = await plan(w, ["A2:A3"]);
    await expect(createReminderDrafts({ plan: result.plan, drafts: result.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions }))
      .rejects.toMatchObject({ code: "JournalHeaderMissing" });
    expect(w.graph.requests()).toHaveLength(0);
    expect(w.xl.workbook.values("Suivi des relances")).toEqual(sheet.values);
  });

  it("puts the header row back in a journal the user emptied, then the rows under it", async () => {
    const sheet: SheetSeed = { name: "Suivi des relances", customProperties: { EncoursSheet: "journal" }, values: [] };
    const w = (world = await startWorld([invoiceSheet(), sheet]));
    const result = await plan(w, ["A2"]);
    await createReminderDrafts({ plan: result.plan, drafts: result.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    const values = w.xl.workbook.values("Suivi des relances");
    expect(values[0]).toEqual(journalHeaders("fr"));
    expect(values.slice(1).map((r) => r[1])).toEqual(["C001"]);
  });
});
