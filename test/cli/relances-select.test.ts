// `encours relances --select`: rows picked on the invoice sheet, the aged balance written by `encours report`, or
// the journal, as a user selects them in Excel; and what happens with a selection that names nothing.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { RelancesJson } from "../../src/cli/relances-json";
import { parseSelect } from "../../src/cli/relances-select";
import { ageLedger } from "../../src/core/aging";
import { findInputSheets } from "../../src/core/columns/sheets";
import { buildLedger } from "../../src/core/ledger/build";
import { DEFAULT_REMINDER_SETTINGS, DEFAULT_SCHEDULE, EMPTY_SELECTION_MESSAGE, planForClients, type ReminderPlan } from "../../src/core/reminders";
import { locateBalanceRow } from "../../src/core/reports";
import type { RawSheet } from "../../src/core/sheet";
import { main } from "../../src/cli/main";
import { nodeOutputFs } from "../../src/cli/relances-output";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { CLIENTS_HEADER, INVOICES_HEADER, filesIn, relances, SAMPLE, tempDir, writeWorkbook } from "./relances-harness";

const AS_OF = "2026-10-31";

async function samplePlan(): Promise<{ plan: ReminderPlan; invoices: RawSheet }> {
  const book = await readWorkbook(new Uint8Array(await readFile(SAMPLE)));
  const found = findInputSheets(book.sheetNames);
  const sheet = (name: string | null) => book.sheets.find((s) => s.name === name);
  const invoices = sheet(found.invoices);
  const payments = sheet(found.payments);
  const clients = sheet(found.clients);
  if (invoices === undefined || payments === undefined || clients === undefined) throw new Error("sample incomplete");
  const built = buildLedger({ invoices, payments, clients, info: book.info });
  if (!built.ok) throw new Error("sample unreadable");
  const aging = ageLedger(built.ledger, { asOf: AS_OF, bucketBounds: [30, 60, 90], autoLettrage: true, basis: "due" });
  const plan = planForClients(
    { aging: aging.currencies, ledger: built.ledger, journal: [], schedule: DEFAULT_SCHEDULE, asOf: AS_OF, settings: DEFAULT_REMINDER_SETTINGS },
    "all",
  );
  return { plan, invoices };
}

describe("parsing --select", () => {
  it.each([
    ["Balance âgée!A5:A20", "Balance âgée"],
    ["'Balance âgée'!A5:A20", "Balance âgée"],
    ["'Balance âgée'!$A$5:$A$20", "Balance âgée"],
    ["balance âgée!a5:a20", "balance âgée"],
  ])("reads %j as rows 5 to 20 of column A of %j", (text, sheet) => {
    const parsed = parseSelect(text);
    expect(parsed.ok && parsed.ref.sheet).toBe(sheet);
    expect(parsed.ok && parsed.ref.areas).toEqual([{ top: 5, bottom: 20, left: 0, right: 0, wholeColumns: false, wholeRows: false }]);
  });

  it("reads a doubled apostrophe in a quoted sheet name, several areas, whole rows and whole columns", () => {
    const parsed = parseSelect("'L''année 2026'!B2:C3,A7;5:6,D:E");
    if (!parsed.ok) throw new Error(parsed.fr);
    expect(parsed.ref.sheet).toBe("L'année 2026");
    expect(parsed.ref.areas.map((a) => [a.top, a.bottom, a.left, a.right])).toEqual([[2, 3, 1, 2], [7, 7, 0, 0], [5, 6, 0, 16383], [1, 1048576, 3, 4]]);
  });

  it.each([
    ["A5:A20", "indiquez la feuille"],
    ["Factures!", "illisible"],
    ["Factures!A5:B", "illisible"],
    ["Factures!5", "illisible"],
    ["'Balance âgée!A5", "apostrophe"],
    ["'Balance âgée'A5", "« ! »"],
    ["!A5", "nom de feuille vide"],
  ])("refuses %j", (text, fragment) => {
    const parsed = parseSelect(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fr).toContain(fragment);
  });
});

describe("encours relances --select on the sample workbook", () => {
  let sample: { plan: ReminderPlan; invoices: RawSheet };
  let out: { path: string; remove: () => Promise<void> };

  beforeAll(async () => {
    sample = await samplePlan();
    out = await tempDir();
  }, 30_000);

  afterAll(async () => {
    await out.remove();
  });

  it("reminds only the clients of the invoice rows selected on Factures, about those invoices only", async () => {
    // Two clients the engine e-mails with several invoices each; one invoice row of each is selected.
    const picked = sample.plan.clients.filter((c) => c.actions.includes("email") && c.invoices.length >= 2).slice(0, 2);
    expect(picked).toHaveLength(2);
    const rows = picked.map((c) => c.invoices[1]?.source?.row ?? 0);
    expect(rows.every((r) => r > 3)).toBe(true);
    const run = await relances([
      "--workbook", SAMPLE, "--as-of", AS_OF, "--json",
      "--select", `Factures!A${rows[0] ?? 0}:C${rows[0] ?? 0}`, "--select", `'Factures'!D${rows[1] ?? 0}`,
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as RelancesJson;
    expect(json.scope).toEqual({ kind: "selection", ranges: [`Factures!A${rows[0] ?? 0}:C${rows[0] ?? 0}`, `Factures!D${rows[1] ?? 0}`] });
    expect(json.clients.map((c) => c.client).sort()).toEqual(picked.map((c) => c.client).sort());
    for (const c of picked) {
      const got = json.clients.find((x) => x.client === c.client);
      expect(got?.invoices.map((i) => i.invoice)).toEqual([c.invoices[1]?.invoice]);
    }
    expect(json.drafts.files.map((f) => f.client).sort()).toEqual(picked.map((c) => c.client).sort());
  });

  it.each([
    ["the header row", "Factures!A3:J3"],
    ["the title above the header", "Factures!A1"],
    ["blank rows below the data", "Factures!A5000:A5010"],
  ])("gives the plan's message and drafts nothing for %s", async (_what, range) => {
    const folder = join(out.path, "empty");
    const run = await relances(["--workbook", SAMPLE, "--as-of", AS_OF, "--select", range, "--out", folder]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(EMPTY_SELECTION_MESSAGE.split(" / ")[0]);
    expect(run.stdout).toMatch(/ignorée?s?/);
    expect(run.stdout).not.toContain("À relancer");
    expect(await filesIn(folder)).toEqual([]);
  });

  it("refuses a sheet the workbook does not have with exit 2, naming the sheets it has", async () => {
    const run = await relances(["--workbook", SAMPLE, "--as-of", AS_OF, "--select", "Balance agée!A5:A20"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Balance agée");
    expect(run.stderr).toContain("Factures, Règlements, Clients");
  });

  describe("on the aged balance written by encours report", () => {
    let report: string;
    let balance: RawSheet;

    beforeAll(async () => {
      report = join(out.path, "rapport.xlsx");
      let stderr = "";
      const code = await main(["report", "--workbook", SAMPLE, "--as-of", AS_OF, "--out", report], {
        stdout: () => undefined, stderr: (t) => void (stderr += t), today: () => "2026-11-16",
        readFile: (p) => nodeOutputFs().readFile(p), output: nodeOutputFs(), now: () => new Date(2026, 10, 16, 10, 30),
      });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const book = await readWorkbook(new Uint8Array(await readFile(report)));
      const found = book.sheets.find((s) => s.name === "Balance âgée");
      if (found === undefined) throw new Error(`no Balance âgée in ${book.sheetNames.join(", ")}`);
      balance = found;
    }, 30_000);

    const rowOf = (test: (ref: ReturnType<typeof locateBalanceRow>) => boolean): number =>
      balance.values.findIndex((r) => test(locateBalanceRow(r))) + (balance.firstRow ?? 1);

    it("reminds a client selected by its row for all its invoices, and another only for the invoice row selected", async () => {
      const [whole, partly] = sample.plan.clients.filter((c) => c.actions.includes("email") && c.invoices.length >= 2);
      if (whole === undefined || partly === undefined) throw new Error("the sample has fewer than two such clients");
      const invoice = partly.invoices[0]?.invoice ?? "";
      const clientRow = rowOf((ref) => ref?.kind === "client" && ref.client === whole.client);
      const invoiceRow = rowOf((ref) => ref?.kind === "invoice" && ref.invoice === invoice);
      expect(clientRow).toBeGreaterThan(6);
      expect(invoiceRow).toBeGreaterThan(6);
      const run = await relances([
        "--workbook", report, "--as-of", AS_OF, "--json",
        "--select", `Balance âgée!A${clientRow}`, "--select", `'Balance âgée'!B${invoiceRow}:D${invoiceRow}`,
      ]);
      expect(run.stderr).toBe("");
      const json = JSON.parse(run.stdout) as RelancesJson;
      expect(json.clients.map((c) => c.client).sort()).toEqual([whole.client, partly.client].sort());
      expect(json.clients.find((c) => c.client === whole.client)?.invoices.map((i) => i.invoice)).toEqual(whole.invoices.map((i) => i.invoice));
      expect(json.clients.find((c) => c.client === partly.client)?.invoices.map((i) => i.invoice)).toEqual([invoice]);
      expect(json.drafts.files).toHaveLength(2);
    });

    it("drafts nothing for the header rows or a totals row, and says so", async () => {
      const totals = balance.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Total")) + (balance.firstRow ?? 1);
      expect(totals).toBeGreaterThan(6);
      const run = await relances(["--workbook", report, "--as-of", AS_OF, "--select", "'Balance âgée'!1:6", "--select", `Balance âgée!A${totals}:Z${totals}`]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(EMPTY_SELECTION_MESSAGE.split(" / ")[0]);
      expect(run.stdout).toContain("Balance âgée!1:6 : 6 lignes sans client ni facture");
      expect(run.stdout).not.toContain("Brouillon");
    });

    it("ignores a selection on another sheet (the dashboard), with a message naming it", async () => {
      const run = await relances(["--workbook", report, "--as-of", AS_OF, "--select", "Tableau de bord!A1:D20"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Sélection Tableau de bord!A1:D20 ignorée");
      expect(run.stdout).toContain(EMPTY_SELECTION_MESSAGE.split(" / ")[0]);
    });
  });
});

describe("encours relances with the follow-up journal", () => {
  const invoices = [
    INVOICES_HEADER,
    ["F1", "C1", "01/08/2026", "31/08/2026", "1 000,00"],
    ["F2", "C1", "01/09/2026", "30/09/2026", "500,00"],
    ["F3", "C2", "01/08/2026", "15/09/2026", "2 000,00"],
    ["F4", "C3", "01/08/2026", "15/09/2026", "300,00"],
  ];
  const clients = [
    CLIENTS_HEADER,
    ["C1", "Dupont et Fils", "compta@dupont.fr", "M. Dupont", "fr", "non"],
    ["C2", "Martin SA", "factures@martin.fr", "Mme Martin", "fr", "non"],
    ["C3", "Bernard SARL", "contact@bernard.fr", "M. Bernard", "fr", "non"],
  ];
  const journalHeader = ["Date", "Client", "Factures", "Niveau", "Canal", "Litige", "Motif litige", "Clé brouillon"];

  it("reads the journal sheet: a disputed invoice is left out, a draft already recorded that day is not made again", async () => {
    const dir = await tempDir();
    try {
      // C1: F1 disputed (F2 still reminded). C2: the J+30 draft of the as-of day is already in the journal.
      const workbook = await writeWorkbook(dir.path, "journal.xlsx", {
        Factures: invoices, Clients: clients,
        "Suivi des relances": [
          journalHeader,
          ["20/10/2026", "C1", "F1", "", "Appel", "oui", "Litige prix", ""],
          ["31/10/2026", "C2", "F3", "J+30", "E-mail", "", "", "^c2|^j~2b~30|2026-10-31"],
        ],
      });
      const run = await relances(["--workbook", workbook, "--as-of", AS_OF, "--json", "--out", join(dir.path, "out")]);
      expect(run.stderr).toBe("");
      const json = JSON.parse(run.stdout) as RelancesJson;
      expect(json.source).toContain("Suivi des relances");
      const c1 = json.clients.find((c) => c.client === "C1");
      expect(c1?.excluded.map((x) => [x.invoice, x.reason])).toEqual([["F1", "disputed"]]);
      expect(c1?.invoices.map((i) => i.invoice)).toEqual(["F2"]);
      const c2 = json.clients.find((c) => c.client === "C2");
      expect(c2?.skip?.reason).toBe("already-sent");
      expect(c2?.draft).toBeNull();
      expect(json.drafts.files.map((f) => f.client).sort()).toEqual(["C1", "C3"]);
      expect((await filesIn(join(dir.path, "out", AS_OF))).filter((f) => f.endsWith(".eml"))).toHaveLength(2);
      // The rows to record once sent: one per draft written, with its key and next action.
      expect(json.journal.map((j) => [j.client, j.draftKey !== null, j.nextActionDate !== null])).toEqual([["C1", true, true], ["C3", true, true]]);
    } finally {
      await dir.remove();
    }
  });

  it("reminds the client of a journal row selected on the journal sheet", async () => {
    const dir = await tempDir();
    try {
      const workbook = await writeWorkbook(dir.path, "journal.xlsx", {
        Factures: invoices, Clients: clients,
        "Suivi des relances": [journalHeader, ["01/10/2026", "Bernard SARL", "", "", "Appel", "", "", ""]],
      });
      const run = await relances(["--workbook", workbook, "--as-of", AS_OF, "--json", "--select", "Suivi des relances!A2"]);
      const json = JSON.parse(run.stdout) as RelancesJson;
      expect(json.clients.map((c) => c.client)).toEqual(["C3"]);
    } finally {
      await dir.remove();
    }
  });
});
