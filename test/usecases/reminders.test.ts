// From selected rows to Outlook drafts and journal rows, on the emulated Excel host and a Graph-like server.
import { createReminderDrafts, planFromSelection, type PlanResult } from "../../src/usecases/reminders";
import { readJournal } from "../../src/excel/journal";
import { REMINDER_KEY_PROPERTY_ID } from "../../src/mail/graph-drafts";
import type { SheetSeed } from "../excel-host";
import { TODAY, invoiceSheet, settings, startWorld, type World } from "./reminders-fixture";

let world: World | null = null;
afterEach(async () => {
  if (world) {
    const { violations } = world.graph;
    await world.close();
    world = null;
    expect(violations).toEqual([]);
  }
});

async function start(...args: Parameters<typeof startWorld>): Promise<World> {
  world = await startWorld(...args);
  return world;
}

function planned(result: PlanResult): Extract<PlanResult, { ok: true }> {
  if (!result.ok) throw new Error(`plan failed: ${result.message.fr}`);
  return result;
}

const JOURNAL = "Suivi des relances";

describe("reminders from the selected invoice rows to Outlook drafts and the journal", () => {
  it("creates one draft per selected client and appends its journal row with the draft's id and link", async () => {
    const w = await start();
    w.xl.setSelection("Factures", ["A2:A6"]);
    const plan = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    expect(plan.drafts.map((d) => [d.clientId, d.level])).toEqual(
      expect.arrayContaining([["C001", "J+10"], ["C002", "J+15"], ["C003", "J+30"], ["C004", "J+10"]]),
    );
    expect(plan.drafts).toHaveLength(4);
    expect(w.graph.requests()).toHaveLength(0); // planning creates nothing

    const progress: string[] = [];
    const result = await createReminderDrafts({
      plan: plan.plan, drafts: plan.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions,
      onProgress: (client, status) => progress.push(`${client}:${status}`),
    });
    const stored = w.graph.messages();
    expect(stored).toHaveLength(4);
    expect(result.outcomes.map((o) => o.status)).toEqual(["created", "created", "created", "created"]);
    expect(progress.sort()).toEqual(["C001:created", "C002:created", "C003:created", "C004:created"]);
    expect(result.journalAppended).toBe(4);

    const journal = await readJournal();
    expect(journal.entries).toHaveLength(4);
    for (const entry of journal.entries) {
      const message = stored.find((m) => m.properties.get(REMINDER_KEY_PROPERTY_ID) === entry.draftKey);
      expect(message).toBeDefined();
      expect(entry.draftId).toBe(message?.id);
      expect(entry.draftLink).toBe(message?.webLink);
      expect(entry.date).toBe(TODAY);
    }
    const c001 = journal.entries.find((e) => e.client === "C001");
    expect(c001).toMatchObject({ level: "J+10", channel: "e-mail" });
    expect([...(c001?.invoices ?? [])].sort()).toEqual(["F-101", "F-105"]);
    expect(journal.entries.find((e) => e.client === "C003")?.channel).toBe("mise-en-demeure");
    expect(journal.pendingKeys).toEqual([]);
  });

  it("never creates a second draft nor a second journal row when run again the same day", async () => {
    const w = await start();
    w.xl.setSelection("Factures", ["A2:G6"]);
    const first = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    await createReminderDrafts({ plan: first.plan, drafts: first.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    const requestsAfterFirst = w.graph.requests().length;

    // The same click again with the drafts of the first plan (a double click): the journal knows them.
    const again = await createReminderDrafts({ plan: first.plan, drafts: first.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    expect(again.outcomes).toEqual([]);
    expect(again.alreadyInJournal).toHaveLength(4);
    expect(again.journalAppended).toBe(0);

    // A fresh plan: every client's level is already in the journal, shown as the reason it is skipped.
    const second = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    expect(second.drafts).toEqual([]);
    expect(second.plan.clients.map((c) => [c.client, c.skip?.reason]).sort()).toEqual([
      ["C001", "already-sent"], ["C002", "already-sent"], ["C003", "already-sent"], ["C004", "already-sent"],
    ]);
    expect(w.graph.requests()).toHaveLength(requestsAfterFirst);
    expect(w.graph.messages()).toHaveLength(4);
    expect((await readJournal()).entries).toHaveLength(4);
  });

  it("resumes a batch interrupted when the taskpane closed: exactly one draft per client, journal matching the server", async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      number: `F-${200 + i}`, client: `K${String(i).padStart(2, "0")}`, name: `Client ${i}`, date: "2026-10-01", due: "2026-11-10",
      amount: 100 + i, email: `k${i}@example.fr`,
    }));
    const w = await start([invoiceSheet(rows)]);
    w.xl.setSelection("Factures", ["A2:A13"]);
    const plan = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    expect(plan.drafts).toHaveLength(12);

    // First session: the taskpane is closed after 5 drafts reached the server; nothing more ever answers.
    let answered = 0;
    const dying: typeof fetch = async (url, init) => {
      if (answered >= 5) return new Promise<Response>(() => undefined);
      const response = await fetch(url, init);
      answered += 1;
      return response;
    };
    void createReminderDrafts({
      plan: plan.plan, drafts: plan.drafts, mode: "graph", tokenProvider: w.tokenProvider, fetch: dying,
      graph: { ...w.graphOptions, timeoutMs: 50 },
    });
    await waitFor(() => w.graph.messages().length >= 5 && answered >= 5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await readJournal()).entries).toEqual([]); // the session died before writing its rows
    const createdBefore = w.graph.messages().length;
    expect(createdBefore).toBeGreaterThanOrEqual(5);
    expect(createdBefore).toBeLessThan(12);

    // The taskpane is reopened: a new plan, the same drafts; the unfinished batch is found and resumed.
    const reopened = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    expect(reopened.drafts).toHaveLength(12);
    const result = await createReminderDrafts({ plan: reopened.plan, drafts: reopened.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    expect(result.resumed).toBe(true);
    expect(result.outcomes.filter((o) => o.status === "existing")).toHaveLength(createdBefore);
    expect(result.outcomes.filter((o) => o.status === "created")).toHaveLength(12 - createdBefore);

    const stored = w.graph.messages();
    const keys = stored.map((m) => m.properties.get(REMINDER_KEY_PROPERTY_ID));
    expect(new Set(keys).size).toBe(12);
    expect(stored).toHaveLength(12);
    const journal = await readJournal();
    expect(journal.entries).toHaveLength(12);
    expect(journal.entries.map((e) => [e.draftKey, e.draftId]).sort()).toEqual(stored.map((m) => [m.properties.get(REMINDER_KEY_PROPERTY_ID), m.id]).sort());
    expect(journal.pendingKeys).toEqual([]);
  });

  it("creates nothing and writes nothing when a template uses an unknown placeholder", async () => {
    const w = await start();
    w.xl.setSelection("Factures", ["A2:A6"]);
    const broken = settings((s) => {
      const t = s.templates.find((x) => x.level === "J+10" && x.language === "fr");
      if (t) t.body = `${t.body}\n\nVotre interlocuteur : {gestionnaire}`;
    });
    const result = await planFromSelection({ today: TODAY, settings: broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.fr).toContain("{gestionnaire}");
    expect(result.problems.some((p) => p.code === "template.unknown-placeholder")).toBe(true);
    expect(w.graph.requests()).toHaveLength(0);
    expect(w.xl.workbook.sheet(JOURNAL)).toBeUndefined();
    // The check comes before reading the workbook.
    expect(w.xl.syncCount()).toBe(0);
  });

  it("keeps client codes, names and invoice numbers like <script>, =cmd| and emoji as text in the journal and escaped in the drafts", async () => {
    const late = { date: "2026-09-01", due: "2026-10-20", amount: 500 }; // 33 days late: the formal notice names the client
    const nasty = [
      { ...late, number: "F-<b>1</b>", client: "=cmd|' /C calc'!A0", name: "=cmd|' /C calc'!A0", email: "ap@cmd.example.fr" },
      { ...late, number: "F-2 😀", client: "<script>alert('x')</script>", name: "<script>alert('x')</script> & Fils", email: "finance@fils.example.fr" },
      { ...late, number: "+33-F3", client: "Café 😀", name: "Café 😀 « Ltd »", email: "hello@cafe.example.fr" },
    ];
    const w = await start([invoiceSheet(nasty)]);
    w.xl.setSelection("Factures", ["C2:C4"]);
    const plan = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    expect(plan.drafts).toHaveLength(3);
    await createReminderDrafts({ plan: plan.plan, drafts: plan.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    const to = (address: string) => w.graph.messages().find((m) => m.to.includes(address));
    expect(to("finance@fils.example.fr")?.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Fils");
    expect(to("ap@cmd.example.fr")?.html).toContain("=cmd|&#39; /C calc&#39;!A0");
    expect(to("ap@cmd.example.fr")?.html).toContain("F-&lt;b&gt;1&lt;/b&gt;");
    expect(to("hello@cafe.example.fr")?.html).toContain("Café 😀 « Ltd »");
    for (const m of w.graph.messages()) {
      expect(m.html).not.toMatch(/<script|<b>1/i);
      expect(m.subject).not.toMatch(/[\r\n]/);
    }

    // The invoice sheet was never written; the journal's cells hold the texts exactly, as text, never a formula.
    expect(w.xl.workbook.values("Factures").slice(1).map((r) => r[1])).toEqual(nasty.map((n) => n.client));
    const sheet = w.xl.workbook.requireSheet(JOURNAL);
    const values = w.xl.workbook.values(JOURNAL);
    expect(values.slice(1).map((r) => r[1]).sort()).toEqual(nasty.map((n) => n.client).sort());
    expect(values.slice(1).map((r) => r[2]).sort()).toEqual(nasty.map((n) => n.number).sort());
    for (let r = 1; r < values.length; r++) {
      expect(sheet.numberFormat(r, 1)).toBe("@");
      for (let c = 0; c < (values[r]?.length ?? 0); c++) expect(typeof sheet.stored(r, c)).not.toBe("object");
    }
    const journal = await readJournal();
    expect(journal.entries.map((e) => e.draftKey).sort()).toEqual(w.graph.messages().map((m) => m.properties.get(REMINDER_KEY_PROPERTY_ID)).sort());
  });

  it("writes .eml files in a zip when offline, and journals them as « fichier .eml » without a draft id", async () => {
    const w = await start();
    w.xl.setSelection("Factures", ["A2:A3"]);
    const plan = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    expect(plan.drafts.map((d) => d.clientId).sort()).toEqual(["C001", "C002"]);
    const result = await createReminderDrafts({ plan: plan.plan, drafts: plan.drafts, mode: "eml", now: new Date(Date.UTC(2026, 10, 22, 9, 0, 0)) });
    expect(result.eml?.names).toHaveLength(plan.drafts.length);
    expect(result.eml?.names.every((n) => n.endsWith(".eml"))).toBe(true);
    expect(result.eml?.zip.byteLength).toBeGreaterThan(100);
    expect(w.graph.requests()).toHaveLength(0);
    const journal = await readJournal();
    expect(journal.entries).toHaveLength(plan.drafts.length);
    for (const entry of journal.entries) {
      expect(entry.draftId).toBeUndefined();
      expect(entry.draftLink).toMatch(/^fichier \.eml : .+\.eml$/);
      expect(entry.channel).toBe("e-mail");
    }
    // Run again: the journal says they are done.
    const again = await createReminderDrafts({ plan: plan.plan, drafts: plan.drafts, mode: "eml" });
    expect(again.journalAppended).toBe(0);
    expect((await readJournal()).entries).toHaveLength(plan.drafts.length);
  });

  it("understands rows selected in the aged balance: a client row selects the account, an invoice row that invoice", async () => {
    const balance: SheetSeed = {
      name: "Balance âgée",
      customProperties: { EncoursSheet: "balance" },
      values: [
        ["Balance âgée au 22/11/2026", "", "", "", ""],
        ["Type", "Code client", "Nom", "Document", "Reste dû"],
        ["Client", "C001", "Dupont SA", "", 1300],
        ["Facture", "C001", "Dupont SA", "F-101", 1200.5],
        ["Facture", "C001", "Dupont SA", "F-105", 99.5],
        ["Client", "C003", "Fils", "", 3000],
        ["Facture", "C003", "Fils", "F-103", 3000],
        ["Total", "", "", "", 4300],
      ],
    };
    const w = await start([invoiceSheet(), balance]);
    // Column C of a client row, column D of an invoice row, the totals row: the rows are read from the balance itself.
    w.xl.setSelection("Balance âgée", ["C3", "D7", "A8:E8"]);
    const result = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    const byClient = new Map(result.plan.clients.map((c) => [c.client, c.invoices.map((i) => i.invoice)]));
    expect(byClient.get("C001")?.sort()).toEqual(["F-101", "F-105"]);
    expect(byClient.get("C003")).toEqual(["F-103"]);
    expect(byClient.size).toBe(2);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "selection.rows-ignored" }));

    // Selecting whole rows A–D reads them from the selection: one invoice of C001 only.
    w.xl.setSelection("Balance âgée", ["A5:E5"]);
    const one = planned(await planFromSelection({ today: TODAY, settings: settings() }));
    expect(one.plan.clients.map((c) => [c.client, c.invoices.map((i) => i.invoice)])).toEqual([["C001", ["F-105"]]]);
  });

  it("says what to select when the selection holds no client (blank cells, header, another sheet)", async () => {
    const w = await start([invoiceSheet(), { name: "Notes", values: [["rien"]] }]);
    for (const [sheet, address] of [["Factures", "A1:G1"], ["Factures", "J20:K30"], ["Notes", "A1"]] as const) {
      w.xl.setSelection(sheet, [address]);
      const result = await planFromSelection({ today: TODAY, settings: settings() });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.fr).toMatch(/^La sélection ne contient aucun client ni facture/);
    }
  });

  it("counts one Excel batch for the journal rows, whatever the number of drafts", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      number: `F-${300 + i}`, client: `M${i}`, name: `Client ${i}`, date: "2026-10-01", due: "2026-11-10", amount: 50 + i, email: `m${i}@example.fr`,
    }));
    const w = await start([invoiceSheet(rows)]);
    const planBatches: number[] = [];
    const batchesFor = async (selection: string): Promise<number> => {
      w.xl.setSelection("Factures", [selection]);
      w.xl.resetStats();
      const plan = planned(await planFromSelection({ today: TODAY, settings: settings() }));
      planBatches.push(w.xl.syncCount());
      w.xl.resetStats();
      await createReminderDrafts({ plan: plan.plan, drafts: plan.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
      return w.xl.syncCount();
    };
    await batchesFor("A2"); // creates the journal sheet
    const two = await batchesFor("A3:A4");
    const twenty = await batchesFor("A5:A24");
    // Read the journal (2), record the batch in progress (1), append the rows and clear the record (1).
    expect(two).toBe(4);
    expect(twenty).toBe(two);
    // Planning: the selection (2 batches), then the inputs and the journal together (2 batches).
    expect(planBatches).toEqual([4, 4, 4]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
