// The one-click refresh, end to end on the emulated Excel host behind Microsoft's own client (design.md §7, §9;
// issue 5): round trips, bytes, the inputs never written, idempotence, ownership by marker, injection, and
// every way it can stop with a message a DAF can act on.
import { createExcelHarness, Formula, type ExcelHarness, type SheetSeed } from "../excel-host";
import { refreshDashboard, INCOMPLETE_NOTICE, type RefreshDeps, type RefreshResult } from "../../src/usecases/refresh";
import { MAX_BATCH_BYTES } from "../../src/excel/budget";
import { BALANCE_COLUMN, BALANCE_HEADER_ROW, HISTORY_HEADER_ROW } from "../../src/core/reports";
import { generatedSeeds, largestBatch, sampleSeeds, sheetState, workbookState } from "./workbooks";

const DEPS: RefreshDeps = { today: "2026-11-14", now: "2026-11-14T10:32:05", sleep: async () => undefined };
const EUR = '#,##0.00 "€"';

function invoicesSeed(rows: (string | number)[][]): SheetSeed {
  const values = [["N° facture", "Client", "Nom client", "Date facture", "Échéance", "Montant TTC"], ...rows];
  return { name: "Factures", values, numberFormats: values.map((_, r) => (r === 0 ? Array(6).fill("General") : ["General", "General", "General", "dd/mm/yyyy", "dd/mm/yyyy", EUR])) };
}

// Serial 46266 is 2026-09-01; 46296 is 2026-10-01.
const SMALL: SheetSeed[] = [
  invoicesSeed([
    ["F-001", "C1", "Dupont SARL", 46266, 46296, 1200],
    ["F-002", "C2", "Martin SA", 46266, 46296, 800],
    ["F-003", "C1", "Dupont SARL", 46296, 46326, 300],
  ]),
  { name: "Règlements", values: [["Référence", "Client", "Date règlement", "Montant", "N° facture"], ["VIR-1", "C2", 46300, 800, "F-002"]] },
];

function ok(result: RefreshResult): Extract<RefreshResult, { ok: true }> {
  if (!result.ok) throw new Error(`refresh failed: ${result.message.fr}`);
  return result;
}

function checksum(xl: ExcelHarness, names: readonly string[]): string[] {
  return names.map((n) => sheetState(xl, n));
}

describe("the one-click refresh", () => {
  let xl: ExcelHarness;
  let restore: () => void = () => undefined;
  const start = (sheets: SheetSeed[], settings?: Record<string, unknown>, requirementSets?: Record<string, string>): ExcelHarness => {
    restore();
    xl = createExcelHarness({ sheets, ...(settings ? { settings } : {}) }, requirementSets ? { requirementSets } : {});
    restore = xl.installGlobals();
    return xl;
  };
  afterEach(() => {
    restore();
    restore = () => undefined;
  });

  it("refreshes the sample workbook in 3 round trips: aged balance, dashboard with its charts, history", async () => {
    start(await sampleSeeds());
    const result = ok(await refreshDashboard(DEPS));
    expect(xl.syncCount()).toBeLessThanOrEqual(3);
    expect(result.syncs).toBe(xl.syncCount());
    expect(result.asOf).toBe("2026-10-31");
    expect(result.sheets).toEqual({ balance: "Balance âgée", dashboard: "Tableau de bord", history: "Historique" });
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "Règlements", "Clients", "Balance âgée", "Tableau de bord", "Historique"]);
    for (const [key, name] of Object.entries(result.sheets)) expect(xl.workbook.requireSheet(name).customProperties.get("EncoursSheet")).toBe(key);
    const charts = xl.workbook.chartsOf(xl.workbook.requireSheet("Tableau de bord")).map((c) => c.chartType);
    expect(charts).toEqual(expect.arrayContaining(["ColumnStacked", "Doughnut", "BarClustered"]));
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(xl.workbook.requireSheet("Tableau de bord").pageLayoutProps.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    // The history holds the month-end of the as-of date (serial 46326 = 2026-10-31), in EUR and USD.
    const history = xl.workbook.values("Historique").slice(HISTORY_HEADER_ROW);
    expect(history.map((r) => [r[0], r[1]])).toEqual(expect.arrayContaining([[46326, "EUR"], [46326, "USD"]]));
    // The one-line result says what a DAF wants to read.
    expect(result.line.fr).toMatch(/^Tableau de bord actualisé au 31\/10\/2026 : encours [\d\s\u202f]+,\d\d\s?€, échu [\d,]+\s?%, DSO [\d,]+ j, \d+ clients en retard, 4 problèmes de données/);
    expect(result.counts.invoices).toBeGreaterThan(1500);
    // No title was left saying the refresh was interrupted.
    for (const name of Object.values(result.sheets)) expect(JSON.stringify(xl.workbook.values(name))).not.toContain("interrompue");
  });

  it("never writes to the input sheets", async () => {
    start(await sampleSeeds());
    const before = checksum(xl, ["Factures", "Règlements", "Clients"]);
    ok(await refreshDashboard(DEPS));
    ok(await refreshDashboard({ ...DEPS, today: "2026-12-02", now: "2026-12-02T09:00:00" }));
    expect(checksum(xl, ["Factures", "Règlements", "Clients"])).toEqual(before);
  });

  it("gives the same workbook when refreshed twice", async () => {
    start(await sampleSeeds());
    ok(await refreshDashboard(DEPS));
    const first = workbookState(xl);
    ok(await refreshDashboard(DEPS));
    expect(workbookState(xl)).toEqual(first);
  });

  it("finds a report sheet the user renamed by its marker and rewrites it, without adding another", async () => {
    start(SMALL);
    ok(await refreshDashboard(DEPS));
    xl.workbook.requireSheet("Balance âgée").name = "Balance octobre";
    const again = ok(await refreshDashboard(DEPS));
    expect(again.sheets.balance).toBe("Balance octobre");
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "Règlements", "Balance octobre", "Tableau de bord", "Historique"]);
    expect(xl.workbook.values("Balance octobre")[0]?.[0]).toBe("Balance âgée clients");
  });

  it("never touches a user's sheet named « Balance âgée »: ours takes a suffix", async () => {
    const mine: SheetSeed = { name: "Balance âgée", values: [["Ma balance à moi", 42]] };
    start([...SMALL, mine]);
    const before = sheetState(xl, "Balance âgée");
    const result = ok(await refreshDashboard(DEPS));
    ok(await refreshDashboard(DEPS));
    expect(result.sheets.balance).toBe("Balance âgée (2)");
    expect(sheetState(xl, "Balance âgée")).toBe(before);
    expect(xl.workbook.sheets.filter((s) => s.name.startsWith("Balance")).map((s) => s.name)).toEqual(["Balance âgée", "Balance âgée (2)"]);
  });

  it("keeps the rows of a history sheet the user edited by hand, and updates the month in place", async () => {
    start(SMALL);
    ok(await refreshDashboard(DEPS));
    const sheet = xl.workbook.requireSheet("Historique");
    const below = xl.workbook.values("Historique").length;
    sheet.setStored(below, 0, "Note du DAF : litige Dupont réglé en novembre");
    sheet.setStored(below + 1, 0, 46265);
    sheet.setStored(below + 1, 1, "EUR");
    sheet.setStored(below + 1, 2, "beaucoup");
    // A month later: the new month-end is added; the old one and the hand-written rows stay.
    ok(await refreshDashboard({ ...DEPS, today: "2026-12-03", now: "2026-12-03T08:00:00" }));
    const rows = xl.workbook.values("Historique").slice(HISTORY_HEADER_ROW);
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining([46326, 46356, "Note du DAF : litige Dupont réglé en novembre", 46265]));
    expect(rows.find((r) => r[0] === 46265)?.[2]).toBe("beaucoup");
    // Refreshing the same month again replaces its row instead of adding one.
    ok(await refreshDashboard({ ...DEPS, today: "2026-12-03", now: "2026-12-03T09:00:00" }));
    const again = xl.workbook.values("Historique").slice(HISTORY_HEADER_ROW);
    expect(again.filter((r) => r[0] === 46356)).toHaveLength(1);
    expect(again).toHaveLength(rows.length);
  });

  it("finds in the Clients sheet a client code Excel shows as 000123 through its number format", async () => {
    start([
      invoicesSeed([["F-001", "000123", "", 46266, 46296, 1200]]),
      {
        name: "Clients",
        values: [["Code client", "Raison sociale", "E-mail"], [123, "Zéro Trois SARL", "compta@zero3.fr"]],
        numberFormats: [["General", "General", "General"], ["000000", "General", "General"]],
      },
    ]);
    const result = ok(await refreshDashboard(DEPS));
    const balance = xl.workbook.values("Balance âgée");
    const row = balance.findIndex((r) => r[BALANCE_COLUMN.client] === "000123");
    expect(row).toBeGreaterThanOrEqual(BALANCE_HEADER_ROW);
    expect(balance[row]?.[BALANCE_COLUMN.name]).toBe("Zéro Trois SARL");
    expect(result.issues.filter((i) => i.sheet === "Clients")).toEqual([]);
  });

  it("reads a 1904-date-system workbook (older Mac files) by how Excel shows its dates: the same balance as in 1900", async () => {
    const balanceOf = async (sheets: SheetSeed[], date1904: boolean) => {
      restore();
      xl = createExcelHarness({ sheets }, { date1904 });
      restore = xl.installGlobals();
      ok(await refreshDashboard(DEPS));
      const values = xl.workbook.values("Balance âgée");
      const lastPayment = (values[BALANCE_HEADER_ROW - 1] ?? []).indexOf("Dernier règl.");
      const dates = [BALANCE_COLUMN.date, BALANCE_COLUMN.due, lastPayment];
      const rows = values.slice(BALANCE_HEADER_ROW).filter((r) => r[BALANCE_COLUMN.client] !== "");
      return {
        figures: rows.map((r) => r.filter((_, c) => !dates.includes(c))),
        due: rows.map((r) => r[BALANCE_COLUMN.due]),
      };
    };
    const shift = (seed: SheetSeed, columns: number[]): SheetSeed => ({
      ...seed,
      values: seed.values.map((row, r) => (r === 0 ? row : row.map((v, c) => (columns.includes(c) && typeof v === "number" ? v - 1462 : v)))),
    });
    const [invoices, payments] = SMALL;
    if (!invoices || !payments) throw new Error("SMALL has two sheets");
    const in1900 = await balanceOf(SMALL, false);
    const in1904 = await balanceOf([shift(invoices, [3, 4]), shift(payments, [2])], true);
    expect(in1900.figures.length).toBeGreaterThan(2);
    expect(in1904.figures).toEqual(in1900.figures);
    // Dates are written back in the workbook's own system: the same days, 1,462 serials lower.
    expect(in1904.due).toEqual(in1900.due.map((d) => (typeof d === "number" ? d - 1462 : d)));
  });

  it("writes client names that look like formulas as text, never as formulas", async () => {
    const payloads = ["=cmd|' /C calc'!A0", "+33 1 23 45 67 89", "-2+3", "@SUM(A1:A2)"];
    start([invoicesSeed(payloads.map((name, i) => [`F-${i}`, `C${i}`, name, 46266, 46296, 100 + i]))]);
    ok(await refreshDashboard(DEPS));
    const sheet = xl.workbook.requireSheet("Balance âgée");
    const values = xl.workbook.values("Balance âgée");
    for (const payload of payloads) {
      const row = values.findIndex((r) => r[BALANCE_COLUMN.name] === payload);
      expect(row).toBeGreaterThanOrEqual(BALANCE_HEADER_ROW);
      expect(sheet.stored(row, BALANCE_COLUMN.name)).not.toBeInstanceOf(Formula);
    }
    expect(xl.workbook.sheets.every((s) => s.formulaCount === 0 || s.name === "Balance âgée")).toBe(true);
  });

  it("says which sheet names it looked for, and where to choose the sheet, when there is no invoice sheet", async () => {
    start([{ name: "Feuil1", values: [["rien"]] }, { name: "Notes", values: [["x"]] }]);
    const result = await refreshDashboard(DEPS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.fr).toMatch(/^Aucune feuille de factures trouvée\. Encours a cherché : « Factures », « Invoices »/);
    expect(result.message.fr).toContain("Feuilles du classeur : « Feuil1 », « Notes »");
    expect(result.message.fr).toContain("Paramètres");
    expect(result.message.en).toContain("Settings");
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Feuil1", "Notes"]);
  });

  it("stops with the missing column's message when the invoice sheet has no amount", async () => {
    start([{ name: "Factures", values: [["N° facture", "Client", "Date facture"], ["F-1", "C1", 46266]] }]);
    const result = await refreshDashboard(DEPS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.fr).toMatch(/Factures/);
    expect(result.message.fr).toMatch(/[Mm]ontant/);
    expect(result.message.en).toMatch(/[Aa]mount/);
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures"]);
  });

  it("refuses to write when a report sheet is protected, says so in French, and writes nothing", async () => {
    start(SMALL);
    ok(await refreshDashboard(DEPS));
    xl.workbook.requireSheet("Tableau de bord").protected = true;
    const before = workbookState(xl);
    const result = await refreshDashboard({ ...DEPS, today: "2026-12-03" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.fr).toBe("La feuille « Tableau de bord » est protégée : ôtez la protection (Révision > Ôter la protection de la feuille) puis relancez. Rien n'a été écrit.");
    expect(workbookState(xl)).toEqual(before);
  });

  it("leaves no report looking complete when Excel fails half-way through the writing", async () => {
    start(SMALL);
    ok(await refreshDashboard(DEPS));
    const writeBatch = xl.batches.filter((b) => !b.cleanup).at(-1);
    const actions = writeBatch?.actions ?? 0;
    expect(actions).toBeGreaterThan(20);
    for (const fraction of [0.2, 0.5, 0.8, 0.97]) {
      start(SMALL);
      xl.failAfter(2, "GeneralException", Math.floor(actions * fraction));
      const result = await refreshDashboard(DEPS);
      expect(result.ok).toBe(false);
      for (const name of ["Balance âgée", "Tableau de bord", "Historique"]) {
        if (!xl.workbook.sheet(name)) continue;
        const values = xl.workbook.values(name).flat().filter((v) => v !== "" && v !== null);
        // Either nothing is written yet, or the report says it is incomplete.
        if (values.length > 0) expect(values).toContain(INCOMPLETE_NOTICE);
      }
    }
  });

  it("waits while the user edits a cell in the middle of a refresh, then finishes it", async () => {
    start(await sampleSeeds());
    const waits: number[] = [];
    xl.failAfter(1, "InvalidOperationInCellEditMode");
    const result = ok(await refreshDashboard({ ...DEPS, sleep: async (ms) => void waits.push(ms) }));
    expect(waits).toHaveLength(1);
    expect(result.sheets.balance).toBe("Balance âgée");
    expect(xl.workbook.values("Balance âgée").length).toBeGreaterThan(BALANCE_HEADER_ROW + 80);
    // The refused batch was sent again; nothing else was added.
    expect(xl.syncCount()).toBe(4);
  });

  it("uses the as-of date, the buckets and the sheet chosen in the settings", async () => {
    const renamed = SMALL.map((s) => (s.name === "Factures" ? { ...s, name: "Ventes à crédit" } : s));
    start(renamed, { "encours.settings": { version: 1, asOfMode: { fixed: "2026-10-15" }, bucketBounds: [15, 45], inputSheets: { invoices: "Ventes à crédit" } } });
    const result = ok(await refreshDashboard(DEPS));
    expect(result.asOf).toBe("2026-10-15");
    const header = xl.workbook.values("Balance âgée")[BALANCE_HEADER_ROW - 1] ?? [];
    expect(header.slice(BALANCE_COLUMN.firstBucket, BALANCE_COLUMN.firstBucket + 4)).toEqual(["Non échu", "1–15 j", "16–45 j", "> 45 j"]);
  });

  it("still refreshes with unusable stored settings, using the defaults, and says which setting was replaced", async () => {
    start(SMALL, { "encours.settings": { version: 1, bucketBounds: [90, 30] } });
    const result = ok(await refreshDashboard(DEPS));
    expect(result.settingsProblems.map((p) => p.field)).toEqual(["bucketBounds"]);
    expect(result.asOf).toBe("2026-10-31");
  });

  it("works on Excel without worksheet custom properties (ExcelApi 1.11), finding its sheets through the workbook registry", async () => {
    start(SMALL, undefined, { ExcelApi: "1.11" });
    ok(await refreshDashboard(DEPS));
    xl.workbook.requireSheet("Tableau de bord").name = "TDB";
    const again = ok(await refreshDashboard(DEPS));
    expect(again.sheets.dashboard).toBe("TDB");
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "Règlements", "Balance âgée", "TDB", "Historique"]);
  });

  it("refreshes 20,000 invoices in at most 3 round trips, each within 4 MB", async () => {
    const { seeds, asOf } = generatedSeeds(20_000);
    start(seeds);
    const result = ok(await refreshDashboard({ ...DEPS, today: asOf }));
    expect(result.counts.invoices).toBe(20_000);
    expect(xl.syncCount()).toBeLessThanOrEqual(3);
    expect(largestBatch(xl)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
  });

  it("refreshes 1,048,575 invoice rows with every request and response within 4 MB", async () => {
    const { seeds, asOf } = generatedSeeds(1_048_574);
    start(seeds);
    const steps: string[] = [];
    const result = ok(await refreshDashboard({ ...DEPS, today: asOf, onProgress: (step) => void (steps.at(-1) !== step && steps.push(step)) }));
    expect(result.counts.invoices).toBe(1_048_574);
    const largest = largestBatch(xl);
    expect(largest).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(steps.slice(0, 3)).toEqual(["lecture", "calcul", "ecriture"]);
    console.log(`1,048,575 invoice rows: ${xl.syncCount()} round trips, largest ${largest} bytes, ${result.timings.total} ms (lecture ${result.timings.lecture}, calcul ${result.timings.calcul}, écriture ${result.timings.ecriture})`);
  }, 600_000);
});
