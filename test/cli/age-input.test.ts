// What `encours age` accepts as input, and how it refuses what it cannot use (exit 2, one line, no stack trace).
import ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csv, INVOICE_HEADER, runCli, type CliRun } from "./harness";

const AS_OF = ["--as-of", "2026-03-31"];
const ONE_INVOICE = csv([INVOICE_HEADER, ["F1", "Dupont", "01/03/2026", "31/03/2026", "100,00"]]);

function expectRefusal(run: CliRun, ...fragments: string[]): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(" / ");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  for (const f of fragments) expect(run.stderr).toContain(f);
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fillSheet(ws: ExcelJS.Worksheet, rows: (string | number | Date)[][]): void {
  rows.forEach((r, i) => {
    ws.getRow(i + 1).values = r;
  });
}

async function outstanding(run: CliRun): Promise<number> {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { total: { outstanding: number } }).total.outstanding;
}

describe("encours age refuses unusable input with exit 2 and one line", () => {
  it("names a missing file", async () => {
    expectRefusal(await runCli(["age", "--invoices", "/mem/absent.csv", ...AS_OF]), "Fichier introuvable", "/mem/absent.csv", "File not found");
  });

  it("refuses an empty file and a file of blank lines", async () => {
    expectRefusal(await runCli(["age", "--invoices", "/mem/f.csv", ...AS_OF], { "/mem/f.csv": "" }), "Fichier vide", "Empty file");
    expectRefusal(await runCli(["age", "--invoices", "/mem/f.csv", ...AS_OF], { "/mem/f.csv": "\r\n  \r\n" }), "Fichier vide");
  });

  it("names the sheet names tried when a workbook has no invoice sheet", async () => {
    const bytes = await workbookBytes((wb) => {
      fillSheet(wb.addWorksheet("Notes"), [["rien"]]);
      fillSheet(wb.addWorksheet("Budget 2026"), [["x"]]);
    });
    expectRefusal(
      await runCli(["age", "--workbook", "/mem/w.xlsx", ...AS_OF], { "/mem/w.xlsx": bytes }),
      "Aucune feuille de factures", "Factures", "Invoices", "Notes, Budget 2026", "No invoice sheet",
    );
  });

  it("gives the core's message when a required column is absent", async () => {
    const noAmount = csv([["N° facture", "Client", "Date facture"], ["F1", "Dupont", "01/03/2026"]]);
    const run = await runCli(["age", "--invoices", "/mem/f.csv", ...AS_OF], { "/mem/f.csv": noAmount });
    expectRefusal(run, "f.csv", "montant");
  });

  it.each([
    [["age"], "--invoices"],
    [["age", "--invoices", "/mem/f.csv", "--as-of", "2026-02-30"], "2026-02-30"],
    [["age", "--invoices", "/mem/f.csv", "--as-of", "31/03/2026"], "AAAA-MM-JJ"],
    [["age", "--invoices", "/mem/f.csv", "--buckets", "60,30"], "--buckets"],
    [["age", "--invoices", "/mem/f.csv", "--buckets", "30,abc"], "--buckets"],
    [["age", "--invoices", "/mem/f.csv", "--terms", "-5"], "--terms"],
    [["age", "--invoices", "/mem/f.csv", "--json", "--csv"], "--json"],
    [["age", "--invoices", "/mem/f.csv", "--colour"], "--colour"],
    [["age", "--invoices"], "--invoices"],
    [["age", "--invoices", "/mem/f.csv", "--workbook", "/mem/w.xlsx"], "Une seule source"],
    [["age", "--workbook", "/mem/w.xlsx", "--payments", "/mem/p.csv"], "--payments"],
    [["age", "--invoices", "/mem/f.csv", "surplus"], "surplus"],
    [["balance"], "balance"],
    [[], "encours age"],
  ])("refuses the command line %j", async (argv, fragment) => {
    expectRefusal(await runCli(argv, { "/mem/f.csv": ONE_INVOICE }), fragment);
  });

  it("refuses an old .xls file, naming the formats it reads", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expectRefusal(await runCli(["age", "--invoices", "/mem/f.xls", ...AS_OF], { "/mem/f.xls": xls }), ".xls", ".xlsx");
  });

  it("refuses a damaged .xlsx", async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    expectRefusal(await runCli(["age", "--workbook", "/mem/w.xlsx", ...AS_OF], { "/mem/w.xlsx": broken }), "Classeur illisible");
  });

  it("refuses a sheet name after # that the workbook does not have, listing those it has", async () => {
    const bytes = await workbookBytes((wb) => fillSheet(wb.addWorksheet("Ventes 2026"), [INVOICE_HEADER]));
    expectRefusal(
      await runCli(["age", "--invoices", "/mem/w.xlsx#Factures", ...AS_OF], { "/mem/w.xlsx": bytes }),
      "Factures", "Ventes 2026",
    );
  });
});

describe("encours age reads CSV files as French and English Excel write them", () => {
  const run = (text: string | Uint8Array, extra: string[] = []) =>
    runCli(["age", "--invoices", "/mem/f.csv", ...AS_OF, "--json", ...extra], { "/mem/f.csv": text });

  it("reads ; and tab separated files, with or without a UTF-8 byte-order mark", async () => {
    const rows = [INVOICE_HEADER, ["F1", "Société Générale d'Études", "01/03/2026", "31/03/2026", "1 234,56"]];
    expect(await outstanding(await run(csv(rows, ";")))).toBe(1234.56);
    expect(await outstanding(await run(csv(rows, "\t")))).toBe(1234.56);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv(rows, ";"))]);
    const out = await run(withBom);
    expect(await outstanding(out)).toBe(1234.56);
    expect(out.stdout).toContain("Société Générale d'Études");
  });

  it("reads comma-separated files with quoted amounts", async () => {
    const text = 'Invoice,Customer,Invoice date,Due date,Amount\n' + 'F1,"Smith, Jones & Co",2026-03-01,2026-03-31,"1,234.56"\n';
    const out = await run(text);
    expect(await outstanding(out)).toBe(1234.56);
    expect(out.stdout).toContain("Smith, Jones & Co");
  });

  it("keeps a quoted field with line breaks in one row, so the next rows keep their numbers", async () => {
    const text =
      "N° facture;Client;Date facture;Échéance;Montant TTC;Commentaire\r\n" +
      'F1;Dupont;01/03/2026;31/03/2026;100,00;"ligne 1\r\nligne 2 ""urgent"""\r\n' +
      "F2;Martin;01/03/2026;31/03/2026;abc;\r\n";
    const out = await run(text);
    expect(await outstanding(out)).toBe(100);
    const issues = (JSON.parse(out.stdout) as { issues: { cell: string | null }[] }).issues;
    expect(issues.map((i) => i.cell)).toContain("E3");
  });

  it("reads a 10 MB Windows-1252 export with accented client names intact", async () => {
    const dir = await mkdtemp(join(tmpdir(), "encours-cli-"));
    try {
      const names = ["Crème & Brûlée SARL", "Boulangerie Lefèvre", "Garçon Façonnier SAS", "Œuvres d'Éloïse"];
      const lines = ["N° facture;Client;Date facture;Échéance;Montant TTC"];
      let size = 0;
      for (let i = 0; size < 10 * 1024 * 1024; i++) {
        const line = `F${String(i).padStart(7, "0")};${names[i % names.length]};15/01/2026;14/02/2026;1 234,56`;
        lines.push(line);
        size += line.length + 2;
      }
      const text = lines.join("\r\n") + "\r\n";
      // Latin-1 bytes, with Œ at its Windows-1252 place (0x8C).
      const bytes = Buffer.from(text.replace(/Œ/g, "\x8c"), "latin1");
      expect(bytes.length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
      const path = join(dir, "factures-1252.csv");
      await writeFile(path, bytes);
      const result = await runCli(["age", "--invoices", path, ...AS_OF, "--csv"]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      for (const name of names) expect(result.stdout).toContain(name);
      expect(result.stdout).not.toContain("\uFFFD");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("encours age reads .xlsx files", () => {
  const invoiceRows = (): (string | number | Date)[][] => [
    INVOICE_HEADER,
    ["F1", "Dupont", new Date(Date.UTC(2026, 2, 1)), new Date(Date.UTC(2026, 2, 31)), 100],
  ];

  it("picks the sheet named after # in --invoices classeur.xlsx#Feuille", async () => {
    const bytes = await workbookBytes((wb) => {
      fillSheet(wb.addWorksheet("Factures"), [INVOICE_HEADER, ["F9", "Autre", "01/03/2026", "31/03/2026", 999]]);
      fillSheet(wb.addWorksheet("Export mars"), invoiceRows());
    });
    const run = await runCli(["age", "--invoices", "/mem/w.xlsx#Export mars", ...AS_OF, "--json"], { "/mem/w.xlsx": bytes });
    expect(await outstanding(run)).toBe(100);
  });

  it("reads the sheet whose name fits the role when --invoices names a workbook without #", async () => {
    const bytes = await workbookBytes((wb) => {
      fillSheet(wb.addWorksheet("Notes"), [["à lire"]]);
      fillSheet(wb.addWorksheet("Factures 2026"), invoiceRows());
    });
    const run = await runCli(["age", "--invoices", "/mem/w.xlsx", ...AS_OF, "--json"], { "/mem/w.xlsx": bytes });
    expect(await outstanding(run)).toBe(100);
  });

  it("finds Factures, Règlements and Clients in a workbook, with the header below a title row", async () => {
    const bytes = await workbookBytes((wb) => {
      const f = wb.addWorksheet("Factures");
      fillSheet(f, [["Export comptable du 31/03/2026"], [], ...invoiceRows()]);
      f.getCell("C4").numFmt = "dd/mm/yyyy";
      f.getCell("D4").numFmt = "dd/mm/yyyy";
      fillSheet(wb.addWorksheet("Règlements"), [
        ["Référence", "Client", "Date règlement", "Montant", "N° facture"],
        ["P1", "Dupont", "15/03/2026", 40, "F1"],
      ]);
    });
    const run = await runCli(["age", "--workbook", "/mem/w.xlsx", ...AS_OF, "--json"], { "/mem/w.xlsx": bytes });
    expect(await outstanding(run)).toBe(60);
  });

  it("reads dates of a workbook saved in the 1904 date system", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("Factures");
      fillSheet(ws, invoiceRows());
      ws.getCell("C2").numFmt = "dd/mm/yyyy";
      ws.getCell("D2").numFmt = "dd/mm/yyyy";
    });
    const run = await runCli(["age", "--workbook", "/mem/w.xlsx", ...AS_OF, "--json"], { "/mem/w.xlsx": bytes });
    const out = JSON.parse(run.stdout) as { invoices: { date: string; due: string }[] };
    expect(out.invoices[0]).toMatchObject({ date: "2026-03-01", due: "2026-03-31" });
  });

  it("warns when a workbook has no payment sheet instead of failing", async () => {
    const bytes = await workbookBytes((wb) => fillSheet(wb.addWorksheet("Invoices"), invoiceRows()));
    const run = await runCli(["age", "--workbook", "/mem/w.xlsx", ...AS_OF, "--json"], { "/mem/w.xlsx": bytes });
    expect(await outstanding(run)).toBe(100);
    const issues = (JSON.parse(run.stdout) as { issues: { code: string }[] }).issues;
    expect(issues.map((i) => i.code)).toContain("input.no-payment-sheet");
  });
});

describe("encours age --fec", () => {
  const FIELDS = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";
  const lines = [
    FIELDS,
    "VE\tVentes\t1\t20260115\t411000\tClients\tCDUP\tDupont Frères\tF1\t20260115\tFacture F1\t1200,00\t0,00\tA\t20260220\t20260115\t\t",
    "VE\tVentes\t1\t20260115\t706000\tPrestations de services\t\t\tF1\t20260115\tFacture F1\t0,00\t1000,00\t\t\t20260115\t\t",
    "VE\tVentes\t1\t20260115\t445710\tTVA collectée\t\t\tF1\t20260115\tFacture F1\t0,00\t200,00\t\t\t20260115\t\t",
    "BQ\tBanque\t2\t20260220\t411000\tClients\tCDUP\tDupont Frères\tVIR1\t20260220\tRèglement F1\t0,00\t1200,00\tA\t20260220\t20260220\t\t",
    "VE\tVentes\t3\t20260301\t411000\tClients\tCMAR\tMartin Électricité\tF2\t20260301\tFacture F2\t500,00\t0,00\t\t\t20260301\t\t",
  ];

  it("ages the 411 accounts of a FEC export in Windows-1252, settled invoices letted by their code", async () => {
    const text = lines.join("\r\n") + "\r\n";
    const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    const run = await runCli(["age", "--fec", "/mem/FEC.txt", ...AS_OF, "--json"], { "/mem/FEC.txt": bytes });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { clients: unknown[]; invoices: Record<string, unknown>[] };
    expect(out.clients).toEqual([{ client: "CMAR", outstanding: 500, byBucket: [500, 0, 0, 0, 0], openInvoices: 1 }]);
    // Due date from the default terms (30 days): 2026-03-31, the as-of date: not yet overdue.
    expect(out.invoices).toEqual([
      { invoice: "F2", client: "CMAR", date: "2026-03-01", due: "2026-03-31", amount: 500, paid: 0, outstanding: 500, daysOverdue: 0, bucket: 0 },
    ]);
  });

  it("shows the account names of the FEC, accents intact, in the readable balance", async () => {
    const text = lines.join("\n") + "\n";
    const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    const run = await runCli(["age", "--fec", "/mem/FEC.txt", ...AS_OF], { "/mem/FEC.txt": bytes });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("CMAR  Martin Électricité");
  });

  it("refuses a FEC without its header with the core's one-line message", async () => {
    const run = await runCli(["age", "--fec", "/mem/FEC.txt", ...AS_OF], { "/mem/FEC.txt": "411000;Dupont;1200\n" });
    expectRefusal(run, "FEC");
  });

  it("refuses an .xlsx given as a FEC, pointing to --workbook", async () => {
    const bytes = await workbookBytes((wb) => fillSheet(wb.addWorksheet("Factures"), [INVOICE_HEADER]));
    expectRefusal(await runCli(["age", "--fec", "/mem/w.xlsx", ...AS_OF], { "/mem/w.xlsx": bytes }), "--workbook");
  });
});
