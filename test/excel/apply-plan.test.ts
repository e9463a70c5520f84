import { createExcelHarness, type ExcelHarness, type SheetSeed } from "../excel-host";
import { applyPlan, applyPlans } from "../../src/excel/apply-plan";
import { readWorkbookSnapshot } from "../../src/excel/read-input";
import { ExcelFailure } from "../../src/excel/failure";
import { MAX_BATCH_BYTES } from "../../src/excel/budget";
import { emptyPlan, type SheetPlan } from "../../src/core/plan";
import { INJECTION_CATALOGUE } from "../../src/core/plan/injection-catalogue";
import { balancePlan, EUR } from "../xlsx/plan-fixtures";

const invoices: SheetSeed = {
  name: "Factures",
  values: [["N° facture", "Client", "Date", "Montant TTC"], ["F-001", "Dupont", 45306, 1200.5], ["F-002", "=cmd|' /C calc'!A0", 45323, -300]],
  numberFormats: [["General", "General", "General", "General"], ["General", "General", "dd/mm/yyyy", EUR], ["General", "General", "dd/mm/yyyy", EUR]],
};

const plan = (rows: number): SheetPlan => balancePlan(rows);

function checksum(xl: ExcelHarness, sheet: string): string {
  const s = xl.workbook.requireSheet(sheet);
  return JSON.stringify({ values: xl.workbook.values(sheet), formats: s.numberFormats, styles: s.styles.layers, cf: s.conditionalFormats });
}

function largeBalance(rows: number): SheetPlan {
  const data: (string | number)[][] = [["Client", "Nom", "Facture", "Date", "Échéance", "Montant", "Reste dû", "Non échu", "1–30 j", "31–60 j", "61–90 j", "> 90 j"]];
  for (let i = 0; i < rows; i++) {
    data.push([`C${i % 800}`, `Client ${i % 800} SARL`, `F-${100000 + i}`, 45000 + (i % 300), 45030 + (i % 300), 1000 + (i % 97) * 13.37, 500 + (i % 89) * 7.5, 0, i % 2 === 0 ? 500 : 0, 0, 0, i % 2 === 1 ? 500 : 0]);
  }
  return {
    ...emptyPlan("balance", "Balance âgée"),
    blocks: [{ at: "A1", values: data, columnFormats: [null, null, null, "dd/mm/yyyy", "dd/mm/yyyy", EUR, EUR, EUR, EUR, EUR, EUR, EUR] }],
    tables: [{ name: "Balance", range: `A1:L${rows + 1}`, showTotals: true, totals: [{ label: "Total" }, null, null, null, null, "sum", "sum", "sum", "sum", "sum", "sum", "sum"] }],
    freezeRows: 1,
    columnWidths: [10, 28, 12, 11, 11, 14, 14, 14, 14, 14, 14, 14],
    print: { orientation: "landscape" },
  };
}

describe("applying sheet plans in Excel", () => {
  let xl: ExcelHarness;
  let restore: () => void = () => undefined;
  const start = (sheets: SheetSeed[], requirementSets?: Record<string, string>): void => {
    xl = createExcelHarness({ sheets }, requirementSets ? { requirementSets } : {});
    restore = xl.installGlobals();
  };
  afterEach(() => restore());

  it("writes values, formats, styles, table with totals, rules, panes, widths, outline, layout and chart", async () => {
    start([invoices]);
    const result = await applyPlan(plan(4));
    expect(result.sheets).toEqual({ balance: "Balance âgée" });
    expect(result.skipped).toEqual([]);
    const sheet = xl.workbook.requireSheet("Balance âgée");
    const values = xl.workbook.values("Balance âgée");
    expect(values[0]?.[0]).toBe("Balance âgée au 31/03/2024");
    expect(values[3]).toEqual(["Client 0", "F-1000", 100.25, 0]);
    expect(values[7]?.[0]).toBe("Total");
    // The totals row sums the table column with Excel's own formula (ours, never from data).
    expect((sheet.stored(7, 2) as { text?: string }).text).toBe("=SUBTOTAL(109,BalanceAgee[Montant])");
    expect(sheet.numberFormat(3, 2)).toBe(EUR);
    expect(sheet.numberFormat(3, 1)).toBe("@");
    expect(sheet.styles.get({ row: 2, col: 0, rows: 1, cols: 4 }, "font.bold")).toBe(true);
    expect(sheet.styles.get({ row: 2, col: 0, rows: 1, cols: 4 }, "fill.color")).toBe("#1F4E79");
    const tables = xl.workbook.tablesOf(sheet);
    expect(tables.map((t) => [t.name, t.showTotals, t.style])).toEqual([["BalanceAgee", true, "TableStyleLight9"]]);
    expect(sheet.conditionalFormats.map((cf) => cf.type)).toEqual(["CellValue", "DataBar"]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet.columnWidths.get(0)).toBeCloseTo(150.75);
    expect(sheet.outline).toEqual([{ by: "ByRows", start: 4, end: 6 }]);
    expect([...sheet.hiddenRows].sort()).toEqual([4, 5, 6]);
    expect(sheet.pageOrientation).toBe("Landscape");
    expect(sheet.pageLayoutProps.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet.pageLayoutProps.printArea).toBe("A1:D7");
    expect(sheet.tabColor).toBe("#1F4E79");
    expect(sheet.customProperties.get("EncoursSheet")).toBe("balance");
    const charts = xl.workbook.chartsOf(sheet);
    expect(charts.map((c) => [c.name, c.chartType, c.props["title.text"]])).toEqual([["byBucket", "ColumnStacked", "Encours"]]);
  });

  it("applies a 20,000-row plan in at most 2 batches, each within 4 MB", async () => {
    start([invoices]);
    const snapshot = await readWorkbookSnapshot();
    xl.resetStats();
    const result = await applyPlan(largeBalance(20_000), { structure: snapshot });
    expect(xl.syncCount()).toBeLessThanOrEqual(2);
    expect(result.batches).toBe(xl.syncCount());
    for (const b of xl.batches) expect(Math.max(b.requestBytes, b.responseBytes)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    const values = xl.workbook.values("Balance âgée");
    expect(values).toHaveLength(20_002);
    expect(values[20_000]?.[2]).toBe("F-119999");
  });

  it("does a whole refresh of a small workbook — read inputs, markers, settings, write the reports — in 3 batches", async () => {
    start([invoices, { name: "Règlements", values: [["Référence", "Client", "Date", "Montant"], ["R1", "Dupont", 45310, 100]] }]);
    await applyPlans([plan(3), { ...emptyPlan("dashboard", "Tableau de bord"), blocks: [{ at: "A1", values: [["Encours", 1]] }] }]);
    xl.resetStats();
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.owned.get("balance")?.name).toBe("Balance âgée");
    expect(snapshot.inputs.invoices?.values).toHaveLength(3);
    await applyPlans([plan(3), { ...emptyPlan("dashboard", "Tableau de bord"), blocks: [{ at: "A1", values: [["Encours", 2]] }] }], { structure: snapshot });
    expect(xl.syncCount()).toBe(3);
    expect(xl.workbook.values("Tableau de bord")).toEqual([["Encours", 2]]);
  });

  it("waits while the user edits a cell during a refresh, then writes the report once", async () => {
    start([invoices]);
    const snapshot = await readWorkbookSnapshot();
    xl.failNext("InvalidOperationInCellEditMode", 2);
    const waits: number[] = [];
    await applyPlan(plan(3), { structure: snapshot, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toHaveLength(2);
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "Balance âgée"]);
    expect(xl.workbook.values("Balance âgée")[6]?.[0]).toBe("Total");
  });

  it("never changes the input sheets", async () => {
    start([invoices, { name: "Règlements", values: [["Référence", "Montant"], ["R1", 10]] }]);
    const before = [checksum(xl, "Factures"), checksum(xl, "Règlements")];
    await applyPlans([plan(3), { ...emptyPlan("dashboard", "Tableau de bord"), blocks: [{ at: "A1", values: [["Encours", 1]] }] }]);
    await applyPlans([plan(5)]);
    expect([checksum(xl, "Factures"), checksum(xl, "Règlements")]).toEqual(before);
  });

  it("writes every formula-injection payload as text, and negative amounts as numbers", async () => {
    start([invoices]);
    await applyPlan({
      ...emptyPlan("journal", "Suivi des relances"),
      blocks: [{ at: "A1", values: INJECTION_CATALOGUE.map((p, i) => [p, -(i + 1) * 10.5]) }],
    });
    const sheet = xl.workbook.requireSheet("Suivi des relances");
    expect(sheet.formulaCount).toBe(0);
    expect(xl.workbook.values("Suivi des relances")).toEqual(INJECTION_CATALOGUE.map((p, i) => [p, -(i + 1) * 10.5]));
  });

  it("refuses to write when our sheet is protected, says so in French, and writes nothing", async () => {
    start([invoices]);
    await applyPlan(plan(2));
    xl.workbook.requireSheet("Balance âgée").protected = true;
    const dashboardBefore = xl.workbook.sheet("Tableau de bord");
    const before = checksum(xl, "Balance âgée");
    const failure = await applyPlans([
      { ...emptyPlan("dashboard", "Tableau de bord"), blocks: [{ at: "A1", values: [["Encours"]] }] },
      plan(6),
    ]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).message).toMatch(/^La feuille « Balance âgée » est protégée : ôtez la protection \(Révision > Ôter la protection de la feuille\) puis relancez\./);
    expect(checksum(xl, "Balance âgée")).toEqual(before);
    expect(dashboardBefore).toBeUndefined();
    expect(xl.workbook.sheet("Tableau de bord")).toBeUndefined();
  });

  it("leaves a user's sheet named « Balance âgée » alone and writes ours under a suffix, again and again", async () => {
    start([invoices, { name: "Balance âgée", values: [["Mes notes", 42]] }]);
    await applyPlan(plan(2));
    await applyPlan(plan(3));
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "Balance âgée", "Balance âgée (2)"]);
    expect(xl.workbook.values("Balance âgée")).toEqual([["Mes notes", 42]]);
    expect(xl.workbook.values("Balance âgée (2)")[6]?.[0]).toBe("Total");
  });

  it("finds its sheet after the user renamed it", async () => {
    start([invoices]);
    await applyPlan(plan(2));
    xl.workbook.requireSheet("Balance âgée").name = "BA mars";
    const result = await applyPlan(plan(2));
    expect(result.sheets.balance).toBe("BA mars");
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "BA mars"]);
  });

  it("gives the same sheet, at the same place, when the same plan is applied twice", async () => {
    start([invoices, { name: "Notes", values: [["x"]] }]);
    const look = () => {
      const sheet = xl.workbook.requireSheet("Balance âgée");
      return {
        position: xl.workbook.sheets.indexOf(sheet),
        values: xl.workbook.values("Balance âgée"),
        formats: sheet.numberFormats,
        tables: xl.workbook.tablesOf(sheet).map((t) => [t.name, t.rect, t.showTotals]),
        charts: xl.workbook.chartsOf(sheet).map((c) => [c.name, c.props]),
        outline: [...sheet.outline],
        hidden: [...sheet.hiddenRows],
        cf: sheet.conditionalFormats.map((cf) => [cf.type, cf.rect, cf.props]),
        freeze: sheet.freeze,
        marker: sheet.customProperties.get("EncoursSheet"),
      };
    };
    await applyPlan(plan(5));
    // The user moves our sheet before « Notes »; a refresh keeps it there.
    const ours = xl.workbook.requireSheet("Balance âgée");
    xl.workbook.sheets.splice(xl.workbook.sheets.indexOf(ours), 1);
    xl.workbook.sheets.splice(1, 0, ours);
    const once = look();
    await applyPlan(plan(5));
    expect(look()).toEqual(once);
    expect(once.position).toBe(1);
  });

  it("refreshes a report without outline in place, so references to the sheet stay valid", async () => {
    start([invoices]);
    const dashboard = (n: number): SheetPlan => ({
      ...emptyPlan("dashboard", "Tableau de bord"),
      blocks: [{ at: "B2", values: [["Mois", "Encours"], ...Array.from({ length: n }, (_, i) => [`2024-0${i + 1}`, 1000 * (i + 1)])] }],
      tables: [{ name: "Tendance", range: `B2:C${2 + n}` }],
      conditionalFormats: [{ range: `C3:C${2 + n}`, rule: { kind: "colorScale", min: { type: "lowestValue", color: "#F8696B" }, max: { type: "highestValue", color: "#63BE7B" } } }],
      charts: [{ name: "trend", type: "lineMarkers", data: `B2:C${2 + n}`, title: "Encours", topLeft: "E2", bottomRight: "L16", valueAxisTitle: "€" }],
      freezeRows: 2,
    });
    await applyPlan(dashboard(6));
    const id = xl.workbook.requireSheet("Tableau de bord").id;
    await applyPlan(dashboard(3));
    const sheet = xl.workbook.requireSheet("Tableau de bord");
    expect(sheet.id).toBe(id);
    expect(xl.workbook.values("Tableau de bord")).toEqual([["", "", ""], ["", "Mois", "Encours"], ["", "2024-01", 1000], ["", "2024-02", 2000], ["", "2024-03", 3000]]);
    expect(xl.workbook.tablesOf(sheet).map((t) => t.name)).toEqual(["Tendance"]);
    expect(xl.workbook.chartsOf(sheet).map((c) => c.name)).toEqual(["trend"]);
    expect(sheet.conditionalFormats).toHaveLength(1);
  });

  it("uses the workbook registry as marker where custom properties are missing (ExcelApi 1.11)", async () => {
    start([invoices, { name: "Balance âgée", values: [["Mes notes"]] }], { ExcelApi: "1.11" });
    const first = await applyPlan(plan(2));
    expect(first.sheets.balance).toBe("Balance âgée (2)");
    const ours = xl.workbook.requireSheet("Balance âgée (2)");
    expect(ours.customProperties.size).toBe(0);
    expect(xl.workbook.settings.get("encours.sheets")).toMatchObject({ balance: { id: ours.id } });
    ours.name = "Balance renommée";
    const second = await applyPlan(plan(3));
    expect(second.sheets.balance).toBe("Balance renommée");
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "Balance âgée", "Balance renommée"]);
    expect(xl.workbook.values("Balance âgée")).toEqual([["Mes notes"]]);
  });

  it("keeps each report's title saying it is incomplete until the last batch has run", async () => {
    start([invoices]);
    const big = { ...largeBalance(20_000), blocks: [{ at: "A1", values: [["Balance âgée au 31/03/2024"]] }, ...largeBalance(20_000).blocks.map((b) => ({ ...b, at: "A3" }))] };
    big.tables = [{ ...big.tables[0]!, range: "A3:L20003" }];
    const notice = "⚠ Actualisation interrompue";
    // Two small plans and a large one, cut into batches of 600 kB: the second batch fails.
    const snapshot = await readWorkbookSnapshot();
    xl.resetStats();
    xl.failAfter(1, "GeneralException");
    await expect(applyPlans([big, { ...emptyPlan("dashboard", "Tableau de bord"), blocks: [{ at: "B1", values: [["Tableau de bord"]] }] }],
      { structure: snapshot, incompleteNotice: notice, budgetBytes: 600_000 })).rejects.toThrow(ExcelFailure);
    expect(xl.workbook.values("Balance âgée")[0]?.[0]).toBe(notice);
    // Run again to the end: every title is back.
    const again = await readWorkbookSnapshot();
    const batches: [number, number, boolean][] = [];
    await applyPlans([big, { ...emptyPlan("dashboard", "Tableau de bord"), blocks: [{ at: "B1", values: [["Tableau de bord"]] }] }],
      { structure: again, incompleteNotice: notice, budgetBytes: 600_000, onBatch: (i, n, charts) => void batches.push([i, n, charts]) });
    expect(xl.workbook.values("Balance âgée")[0]?.[0]).toBe("Balance âgée au 31/03/2024");
    expect(xl.workbook.values("Tableau de bord")[0]?.[1]).toBe("Tableau de bord");
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.map(([i, n]) => [i, n])).toEqual(batches.map((_, k) => [k + 1, batches.length]));
  });

  it("writes the plans asked first before the others, keeps the tab order of new sheets, and shows the sheet asked for", async () => {
    start([invoices]);
    const snapshot = await readWorkbookSnapshot();
    const history = { ...emptyPlan("history", "Historique"), blocks: [{ at: "A1", values: [["Historique"]] }] };
    xl.resetStats();
    // The first write batch carries the sheets' creation and the history; the large balance comes after.
    xl.failAfter(1, "GeneralException");
    await expect(applyPlans([largeBalance(20_000), history], { structure: snapshot, writeFirst: ["history"], budgetBytes: 600_000 })).rejects.toThrow(ExcelFailure);
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Factures", "Balance âgée", "Historique"]);
    expect(xl.workbook.values("Historique")).toEqual([["Historique"]]);
    const again = await readWorkbookSnapshot();
    await applyPlans([largeBalance(20_000), history], { structure: again, writeFirst: ["history"], activate: "balance" });
    expect(xl.workbook.activeSheet?.name).toBe("Balance âgée");
  });

  it("says the outline buttons cannot be put above the details through Excel's JavaScript API", async () => {
    start([invoices]);
    const result = await applyPlan({ ...plan(3), rowGroupSummary: "above" });
    expect(result.skipped).toEqual(["rowGroupSummary"]);
    expect(xl.workbook.requireSheet("Balance âgée").outline).toEqual([{ by: "ByRows", start: 4, end: 5 }]);
  });
});
