import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { defaultReportPath, parseReportArgs, reportMain, runReport, type ReportArgs, type ReportEnv } from "../../src/cli/report-command";
import { locateBalanceRow } from "../../src/core/reports";
import { findOwnedSheet, findOwnedSheets } from "../../src/xlsx/markers";
import { readWorkbook } from "../../src/xlsx/read-workbook";

const INPUT = "/mem/cabinet.xlsx";
const OUT = "/mem/cabinet-rapport.xlsx";
const INJECTIONS = ["=cmd|' /C calc'!A0", "@x", "+1"];

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A small workbook: invoices, payments, clients (with formula-like names) and a user's sheet named like ours. */
async function inputWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const invoices = wb.addWorksheet("Factures");
  invoices.addRow(["N° facture", "Code client", "Date facture", "Échéance", "Montant TTC"]);
  invoices.addRow(["F1", "C1", day("2025-01-10"), day("2025-02-09"), 1000]);
  invoices.addRow(["F2", "C1", day("2025-03-15"), day("2025-04-14"), 500]);
  invoices.addRow(["F3", "C2", day("2024-11-01"), day("2024-12-01"), 300]);
  invoices.addRow(["F4", "C3", day("2025-03-20"), day("2025-04-19"), 100]);
  invoices.addRow(["F5", "C3", day("2025-04-20"), day("2025-05-20"), 50]);
  const payments = wb.addWorksheet("Règlements");
  payments.addRow(["Référence", "Code client", "Date règlement", "Montant", "N° facture", "Type"]);
  payments.addRow(["VIR-1", "C1", day("2025-02-20"), 400, "F1", "Règlement"]);
  payments.addRow(["VIR-2", "C3", day("2025-04-25"), 100, "F4", "Règlement"]);
  const clients = wb.addWorksheet("Clients");
  clients.addRow(["Code client", "Raison sociale"]);
  INJECTIONS.forEach((name, i) => clients.addRow([`C${i + 1}`, name]));
  const mine = wb.addWorksheet("Balance âgée");
  mine.getCell("A1").value = "Ma balance à moi";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function memoryEnv(files: Map<string, Uint8Array>, today = "2025-04-15", now = "2025-04-15T08:30:00"): ReportEnv {
  return {
    today, now,
    readFile: async (path) => {
      const bytes = files.get(path);
      if (bytes === undefined) throw Object.assign(new Error(`ENOENT ${path}`), { code: "ENOENT" });
      return bytes;
    },
    writeFile: async (path, bytes) => {
      files.set(path, bytes);
    },
  };
}

function args(extra: Partial<ReportArgs> = {}): ReportArgs {
  return { workbook: INPUT, out: OUT, language: "fr", bucketBounds: [30, 60, 90], autoLettrage: true, basis: "due", ...extra };
}

async function load(bytes: Uint8Array | undefined): Promise<ExcelJS.Workbook> {
  if (bytes === undefined) throw new Error("no such file");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

/** Every non-empty cell of a sheet: address → value (dates as ISO) and number format. */
function cells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (c) => {
      out[c.address] = { value: c.value instanceof Date ? c.value.toISOString() : c.value, numFmt: c.numFmt ?? null };
    });
  });
  return out;
}

function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The rows of the history sheet under its headers (row 4). */
function historyDataRows(wb: ExcelJS.Workbook): unknown[][] {
  const ws = findOwnedSheet(wb, "history");
  const rows: unknown[][] = [];
  ws?.eachRow({ includeEmpty: false }, (row, n) => {
    if (n > 4) rows.push((row.values as unknown[]).slice(1, 3));
  });
  return rows;
}

describe("encours report (xlsx)", () => {
  it("writes the three report sheets into a copy and never touches the input sheets", async () => {
    const files = new Map([[INPUT, await inputWorkbook()]]);
    const outcome = await runReport(args(), memoryEnv(files));
    expect(outcome.ok).toBe(true);
    const before = await load(files.get(INPUT));
    const after = await load(files.get(OUT));
    for (const name of ["Factures", "Règlements", "Clients", "Balance âgée"]) {
      expect(cells(sheetNamed(after, name))).toEqual(cells(sheetNamed(before, name)));
    }
    const owned = findOwnedSheets(after);
    expect([...owned.keys()].sort()).toEqual(["balance", "dashboard", "history"]);
    // The user's own "Balance âgée" is left alone; ours takes a free name.
    expect(owned.get("balance")?.name).toBe("Balance âgée (2)");
    expect(owned.get("dashboard")?.name).toBe("Tableau de bord");
    expect(sheetNamed(after, "Balance âgée").getCell("A1").value).toBe("Ma balance à moi");
    if (outcome.ok) {
      // As of 31/03/2025 (end of the month before 15/04): F5 and VIR-2 are later and left out.
      expect(outcome.report.summary).toMatchObject({ asOf: "2025-03-31", encours: 150_000 + 30_000 - 40_000 + 10_000 });
      expect(outcome.stdout).toContain("Tableau de bord actualisé au 31/03/2025");
      expect(outcome.stdout).toContain(`Rapport écrit : ${OUT}`);
    }
  });

  it("keeps formula-like client names as text in the written workbook", async () => {
    const files = new Map([[INPUT, await inputWorkbook()]]);
    await runReport(args(), memoryEnv(files));
    const balance = findOwnedSheet(await load(files.get(OUT)), "balance");
    const found: string[] = [];
    balance?.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c, column) => {
        if (column !== 3 || typeof c.value !== "string" || !INJECTIONS.includes(c.value)) return;
        found.push(c.value);
        expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(c.formula).toBeUndefined();
        expect(c.numFmt).toBe("@");
      });
    });
    expect(found.sort()).toEqual([...INJECTIONS].sort());
  });

  it("lets every client, invoice and credit row of the written balance be found again from its cells", async () => {
    const files = new Map([[INPUT, await inputWorkbook()]]);
    const outcome = await runReport(args(), memoryEnv(files));
    if (!outcome.ok) throw new Error(outcome.message);
    const book = await readWorkbook(files.get(OUT) ?? new Uint8Array(), { only: ["Balance âgée (2)"] });
    const sheet = book.sheets[0];
    if (sheet === undefined) throw new Error("no balance");
    let located = 0;
    sheet.values.forEach((line, i) => {
      const row = (sheet.firstRow ?? 1) + i;
      const expected = outcome.report.balanceRows.get(row);
      const found = locateBalanceRow(line);
      if (expected === undefined) {
        expect(found).toBeNull();
      } else {
        const { currency: _currency, ...ref } = expected;
        expect(found).toEqual(ref);
        located++;
      }
    });
    // C1 (F1, F2), C2 (F3), C3 (F4): three clients and four invoices.
    expect(located).toBe(7);
    expect(outcome.report.balanceRows.size).toBe(7);
  });

  it("gives the same sheets when refreshed again, the month's history row updated in place", async () => {
    const files = new Map([[INPUT, await inputWorkbook()]]);
    await runReport(args(), memoryEnv(files));
    const second = "/mem/second.xlsx";
    const again = await runReport(args({ workbook: OUT, out: second }), memoryEnv(files));
    expect(again.ok).toBe(true);
    const once = await load(files.get(OUT));
    const twice = await load(files.get(second));
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
    for (const ws of once.worksheets) expect(cells(sheetNamed(twice, ws.name))).toEqual(cells(ws));
    expect(historyDataRows(twice)).toHaveLength(1);
  });

  it("adds a history row for a new month and keeps the earlier one", async () => {
    const files = new Map([[INPUT, await inputWorkbook()]]);
    await runReport(args(), memoryEnv(files));
    await runReport(args({ workbook: OUT, out: "/mem/april.xlsx", asOf: "2025-04-30" }), memoryEnv(files, "2025-05-02", "2025-05-02T09:00:00"));
    const rows = historyDataRows(await load(files.get("/mem/april.xlsx")));
    // Date serials with a date format: ExcelJS reads them back as dates.
    expect(rows).toEqual([[day("2025-03-31"), "EUR"], [day("2025-04-30"), "EUR"]]);
  });

  it("refuses to overwrite the workbook it reads, and says which sheets it looked for", async () => {
    const files = new Map([[INPUT, await inputWorkbook()]]);
    const same = await runReport(args({ out: INPUT }), memoryEnv(files));
    expect(same).toEqual({ ok: false, message: expect.stringContaining("ne peut pas remplacer le classeur lu") });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Feuil1").getCell("A1").value = "rien";
    files.set("/mem/vide.xlsx", new Uint8Array(await empty.xlsx.writeBuffer()));
    const none = await runReport(args({ workbook: "/mem/vide.xlsx", out: "/mem/x.xlsx" }), memoryEnv(files));
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toMatch(/^Aucune feuille de factures dans vide\.xlsx \(noms essayés : Factures, Invoices.*feuilles présentes : Feuil1\)/);
  });

  it("parses its command line and writes beside the workbook by default", async () => {
    expect(parseReportArgs(["--workbook", "a/b.xlsx", "--as-of", "2025-03-31", "--lang", "en", "--buckets", "15,45"])).toEqual({
      ok: true, args: { workbook: "a/b.xlsx", asOf: "2025-03-31", language: "en", bucketBounds: [15, 45], autoLettrage: true, basis: "due" },
    });
    expect(parseReportArgs(["--as-of", "31/03/2025", "--workbook", "a.xlsx"])).toMatchObject({ ok: false, message: expect.stringContaining("Date d'arrêté invalide") });
    expect(parseReportArgs([])).toMatchObject({ ok: false, message: expect.stringContaining("Classeur manquant") });
    expect(defaultReportPath("examples/cabinet-exemple.xlsx")).toBe(join("examples", "cabinet-exemple-rapport.xlsx"));
    let err = "";
    const io = { stdout: () => undefined, stderr: (t: string) => void (err += t), today: () => "2025-04-15", now: () => "2025-04-15T08:00:00", readFile: async () => new Uint8Array(), writeFile: async () => undefined };
    expect(await reportMain(["--lang", "de", "--workbook", "a.xlsx"], io)).toBe(2);
    expect(err).toContain("Langue inconnue");
  });

  it("reports on the sample workbook with a zero control difference in every currency", async () => {
    const path = join(__dirname, "..", "..", "examples", "cabinet-exemple.xlsx");
    const files = new Map([[path, new Uint8Array(await readFile(path))]]);
    const outcome = await runReport(args({ workbook: path, out: "/mem/sample.xlsx", asOf: "2026-10-31" }), memoryEnv(files, "2026-11-14", "2026-11-14T10:00:00"));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const currencies = outcome.report.dashboard.aging.currencies;
    expect(currencies.length).toBeGreaterThan(1);
    for (const c of currencies) expect(c.control.difference).toBe(0);
    const wb = await load(files.get("/mem/sample.xlsx"));
    expect(findOwnedSheet(wb, "dashboard")?.getCell("B1").value).toBe("Tableau de bord du poste clients — EUR");
  });
});
