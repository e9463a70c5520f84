// The taskpane's Office ports on the emulated Excel host (Microsoft's client library) and the Graph-like
// server: what the screens ask reaches the use cases, and what comes back is what the screens show.
import { defaultSettings, parseSettings } from "../../src/core/settings";
import { readJournal } from "../../src/excel/journal";
import type { DecidingTokenProvider } from "../../src/mail/auth";
import type { DraftStatus, TaskpanePorts } from "../../src/taskpane/ports";
import { localDay } from "../../src/core/days/local";
import { createOfficePorts } from "../../src/taskpane/ports-office";
import { INVOICES, TODAY, invoiceSheet, settings, startWorld, type InvoiceRow, type World } from "../usecases/reminders-fixture";

const CLIENT_ID = "8a4c2f4e-1b2d-4c3e-9f00-123456789abc";
const NOW = () => new Date(2026, 10, 22, 10, 30);

let world: World | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

function signedIn(w: World): (clientId: string) => DecidingTokenProvider {
  return () => ({
    getToken: (opts) => w.tokenProvider.getToken(opts),
    signIn: async () => ({ username: "marie@cabinet.example.fr", name: "Marie Martin" }),
    signOut: async () => undefined,
    state: () => "signed-in",
    mode: () => "naa",
  });
}

function ports(w: World, extra: Partial<Parameters<typeof createOfficePorts>[0]> = {}): TaskpanePorts {
  return createOfficePorts({ authDialogUrl: "https://localhost:3000/auth.html", now: NOW, graph: w.graphOptions, ...extra });
}

async function saved(p: TaskpanePorts, over: (s: ReturnType<typeof settings>) => void = () => undefined): Promise<void> {
  const result = await p.saveSettings(settings(over));
  if (!result.ok) throw new Error(result.message.fr);
}

describe("the taskpane's ports in Excel", () => {
  it("takes today as the user's local day", () => {
    expect(localDay(new Date(2026, 0, 1, 0, 5))).toBe("2026-01-01");
    expect(ports({} as World).today()).toBe(TODAY);
  });

  it("keeps the settings saved in the workbook and reads them back in a new pane", async () => {
    const w = (world = await startWorld());
    await saved(ports(w), (s) => {
      s.bucketBounds = [15, 45, 90];
    });
    const again = await ports(w).loadSettings();
    if (!again.ok) throw new Error(again.message.fr);
    expect(again.settings.reminders.company).toBe("Cabinet Exemple");
    expect(again.settings.bucketBounds).toEqual([15, 45, 90]);
    expect(again.readOnly).toBe(false);
    const stored = w.xl.workbook.settings.get("encours.settings");
    expect(parseSettings(stored).settings.reminders.iban).toBe("FR76 3000 6000 0112 3456 7890 189");
  });

  it("plans the selected rows and creates the Outlook drafts, each with its link", async () => {
    const w = (world = await startWorld());
    const p = ports(w, { tokenProvider: signedIn(w) });
    await saved(p, (s) => {
      s.graph.clientId = CLIENT_ID;
    });
    w.xl.setSelection("Factures", ["A2:A6"]);
    const planned = await p.planReminders();
    if (!planned.ok) throw new Error(planned.message.fr);
    expect(planned.preview.drafts.map((d) => d.clientId).sort()).toEqual(["C001", "C002", "C003", "C004"]);
    expect(p.authState()).toBe("signed-in");

    const seen: DraftStatus[] = [];
    const created = await p.createDrafts(planned.preview, { onStatus: (s) => seen.push(s) });
    if (!created.ok) throw new Error(created.message.fr);
    expect(created.statuses.map((s) => s.state)).toEqual(["created", "created", "created", "created"]);
    for (const status of created.statuses) expect(status.webLink).toMatch(/^https?:\/\//);
    expect(seen.map((s) => s.client).sort()).toEqual(["C001", "C002", "C003", "C004"]);
    expect(w.graph.messages()).toHaveLength(4);
    expect((await readJournal()).entries).toHaveLength(4);
  });

  it("says there is no Internet connection, and neither signs in nor sends nor journals anything, when offline", async () => {
    const w = (world = await startWorld());
    let online = true;
    const p = ports(w, { tokenProvider: signedIn(w), online: () => online });
    await saved(p, (s) => {
      s.graph.clientId = CLIENT_ID;
    });
    w.xl.setSelection("Factures", ["A2:A6"]);
    const planned = await p.planReminders();
    if (!planned.ok) throw new Error(planned.message.fr);
    online = false;
    const created = await p.createDrafts(planned.preview, { onStatus: () => undefined });
    expect(created).toEqual({ ok: false, message: expect.objectContaining({ fr: expect.stringMatching(/^Pas de connexion Internet : Outlook est injoignable et rien n'a été créé/) }) });
    expect(await p.signIn()).toEqual({ ok: false, message: expect.objectContaining({ en: expect.stringMatching(/^No Internet connection/) }) });
    expect(w.graph.requests()).toHaveLength(0);
    expect((await readJournal()).entries).toHaveLength(0);
  });

  it("in a 1904-date-system workbook, plans the same drafts and writes the journal's dates in that system", async () => {
    const w = (world = await startWorld([invoiceSheet(INVOICES, true)], { date1904: true }));
    const p = ports(w, { tokenProvider: signedIn(w) });
    await saved(p, (s) => {
      s.graph.clientId = CLIENT_ID;
    });
    w.xl.setSelection("Factures", ["A2:A6"]);
    const planned = await p.planReminders();
    if (!planned.ok) throw new Error(planned.message.fr);
    expect(planned.preview.drafts.map((d) => d.clientId).sort()).toEqual(["C001", "C002", "C003", "C004"]);
    const created = await p.createDrafts(planned.preview, { onStatus: () => undefined });
    if (!created.ok) throw new Error(created.message.fr);
    const journal = await readJournal({ date1904: true });
    expect(journal.entries.map((e) => e.date)).toEqual([TODAY, TODAY, TODAY, TODAY]);
  });

  it("says to sign in when the drafts are asked for without an account", async () => {
    const w = (world = await startWorld());
    const p = ports(w);
    await saved(p);
    w.xl.setSelection("Factures", ["A2"]);
    const planned = await p.planReminders();
    if (!planned.ok) throw new Error(planned.message.fr);
    expect(p.authState()).toBe("unsupported");
    const created = await p.createDrafts(planned.preview, { onStatus: () => undefined });
    expect(created).toEqual({ ok: false, message: expect.objectContaining({ fr: expect.stringMatching(/^Connectez-vous à Outlook/) }) });
    expect(w.graph.requests()).toHaveLength(0);
  });

  it("gives the drafts as a .zip of .eml files and writes their journal rows", async () => {
    const w = (world = await startWorld());
    const p = ports(w);
    await saved(p);
    w.xl.setSelection("Factures", ["A2:A3"]);
    const planned = await p.planReminders();
    if (!planned.ok) throw new Error(planned.message.fr);
    const result = await p.downloadEml(planned.preview);
    if (!result.ok) throw new Error(result.message.fr);
    expect(result.download.fileName).toBe("relances-2026-11-22.zip");
    expect(result.download.count).toBe(2);
    const bytes = new Uint8Array(await result.download.blob.arrayBuffer());
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
    expect((await readJournal()).entries.map((e) => e.client).sort()).toEqual(["C001", "C002"]);
  });

  it("gives the selection's own message when it names nobody", async () => {
    const w = (world = await startWorld());
    const p = ports(w);
    w.xl.setSelection("Factures", ["A1"]);
    const planned = await p.planReminders();
    expect(planned.ok).toBe(false);
    if (!planned.ok) expect(planned.message.fr).toMatch(/sélection/i);
  });

  it("lists today's calls and records what a call obtained in the journal", async () => {
    const rows: InvoiceRow[] = [
      { number: "F-501", client: "A01", name: "Atelier Durand", date: "2026-10-01", due: "2026-11-16", amount: 2400, email: "compta@durand.example.fr" },
    ];
    const w = (world = await startWorld([invoiceSheet(rows)]));
    const p = ports(w);
    const agenda = await p.agenda();
    if (!agenda.ok) throw new Error(agenda.message.fr);
    const call = agenda.agenda.items.find((i) => i.kind === "call");
    if (call === undefined) throw new Error("no call on the agenda");
    expect(call.goal.fr).toMatch(/promesse de paiement/);
    const recorded = await p.recordOutcome(call, { outcome: "Promesse de paiement", promiseDate: "2026-11-27", promiseAmount: 240000 });
    expect(recorded).toEqual({ ok: true });
    expect((await readJournal()).entries).toEqual([
      expect.objectContaining({ client: "A01", channel: "appel", promiseDate: "2026-11-27", promiseAmount: 240000 }),
    ]);
  });

  it("shows where each field of the invoice sheet was found, and that there is no payment sheet", async () => {
    const w = (world = await startWorld([invoiceSheet(INVOICES), { name: "Banque", values: [["Date", "Libellé"]] }]));
    const result = await ports(w).detectedColumns(defaultSettings());
    if (!result.ok) throw new Error(result.message.fr);
    expect(result.columns.sheetNames).toEqual(["Factures", "Banque"]);
    const invoices = result.columns.sheets.find((s) => s.kind === "invoices");
    expect(invoices).toMatchObject({ sheet: "Factures", headerRow: 1 });
    expect(invoices?.fields.find((f) => f.field === "amount")).toMatchObject({ column: "F", header: "Montant TTC" });
    expect(invoices?.fields.find((f) => f.field === "due")).toMatchObject({ column: "E", header: "Échéance" });
    const payments = result.columns.sheets.find((s) => s.kind === "payments");
    expect(payments?.sheet).toBeNull();
    expect(payments?.problem).toMatch(/^Aucune feuille trouvée/);
  });

  it("shows the columns of a long invoice sheet from the rows the workbook read already: no read of their own", async () => {
    const rows: InvoiceRow[] = Array.from({ length: 500 }, (_, i) => ({ ...INVOICES[0], number: `F-${1000 + i}` }) as InvoiceRow);
    const w = (world = await startWorld([invoiceSheet(rows)]));
    const p = ports(w);
    const before = w.xl.syncCount();
    const result = await p.detectedColumns(defaultSettings());
    if (!result.ok) throw new Error(result.message.fr);
    expect(result.columns.sheets.find((s) => s.kind === "invoices")?.fields.find((f) => f.field === "amount")).toMatchObject({ column: "F", header: "Montant TTC" });
    expect(w.xl.syncCount() - before).toBe(2); // the snapshot's two batches (structure and sizes, then the cells)
  });

  it("selects the cell of a data problem", async () => {
    const w = (world = await startWorld([invoiceSheet(), { name: "Autre", values: [["x"]] }]));
    await ports(w).showIssue({ severity: "error", code: "amount.unreadable", message: "", sheet: "Factures", row: 4, column: "F", cell: "F4" });
    expect(w.xl.workbook.selection?.sheet.name).toBe("Factures");
    expect(w.xl.workbook.activeSheet?.name).toBe("Factures");
    expect(w.xl.workbook.selection?.rects).toEqual([{ row: 3, col: 5, rows: 1, cols: 1 }]);
  });
});

describe("refreshing from the taskpane", () => {
  const EUR = '#,##0.00 "€"';
  // Serial 46266 is 2026-09-01; 46296 is 2026-10-01.
  const invoices = {
    name: "Factures",
    values: [
      ["N° facture", "Client", "Nom client", "Date facture", "Échéance", "Montant TTC"],
      ["F-001", "C1", "Dupont SARL", 46266, 46296, 1200],
      ["F-002", "C2", "Martin SA", 46266, 46296, 800],
      ["F-003", "C1", "Dupont SARL", 46296, 46326, "12,3,4"],
    ],
    numberFormats: [Array(6).fill("General"), ...Array(3).fill(["General", "General", "General", "dd/mm/yyyy", "dd/mm/yyyy", EUR])],
  };

  it("writes the reports, names each step, and keeps the data problems for Problèmes", async () => {
    const w = (world = await startWorld([invoices]));
    const p = ports(w);
    const steps: string[] = [];
    const result = await p.refresh("2026-10-31", (progress) => steps.push(progress.step));
    if (!result.ok) throw new Error(result.message.fr);
    expect(result.asOf).toBe("2026-10-31");
    expect(result.summary.encours).toEqual([{ currency: "EUR", cents: 200000 }]);
    expect(result.summary.echu).toEqual([{ currency: "EUR", cents: 200000 }]);
    expect(result.sheets.map((s) => s.role)).toEqual(["balance", "dashboard", "history"]);
    for (const sheet of result.sheets) expect(w.xl.workbook.sheet(sheet.name)).toBeDefined();
    expect([...new Set(steps)].slice(0, 3)).toEqual(["lecture", "calcul", "ecriture"]);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: "amount.unreadable", sheet: "Factures", cell: "F4" }));
    expect(result.summary.problems).toBeGreaterThanOrEqual(1);
    expect(await p.listIssues()).toEqual(result.issues);
  });

  it("refreshes at the month-end chosen on Accueil", async () => {
    const w = (world = await startWorld([invoices]));
    const result = await ports(w).refresh("2026-09-30", () => undefined);
    expect(result).toMatchObject({ ok: true, asOf: "2026-09-30" });
  });

  it("refreshes at any day when the saved default is today's date", async () => {
    const w = (world = await startWorld([invoices]));
    const p = ports(w);
    await saved(p, (s) => {
      s.asOfMode = "aujourdhui";
    });
    expect(await p.refresh("2026-10-15", () => undefined)).toMatchObject({ ok: true, asOf: "2026-10-15" });
  });

  it("refreshes at any day chosen on Accueil, whatever the saved default", async () => {
    const w = (world = await startWorld([invoices]));
    expect(await ports(w).refresh("2026-10-15", () => undefined)).toMatchObject({ ok: true, asOf: "2026-10-15" });
  });

  it("sends the user to Paramètres when no invoice sheet is found, and writes nothing", async () => {
    const w = (world = await startWorld([{ name: "Feuil1", values: [["Bonjour"]] }]));
    const result = await ports(w).refresh("2026-10-31", () => undefined);
    expect(result).toMatchObject({ ok: false, action: "settings" });
    if (!result.ok) expect(result.message.fr).toMatch(/^Aucune feuille de factures trouvée/);
    expect(w.xl.workbook.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
  });
});
