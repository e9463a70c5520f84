import ExcelJS from "exceljs";
import { emptyPlan } from "../../src/core/plan";
import { balancePlan, EUR } from "./plan-fixtures";
import { INJECTION_CATALOGUE } from "../../src/core/plan/injection-catalogue";
import { applyPlanXlsx, applyPlansXlsx } from "../../src/xlsx/write-plan";
import { findOwnedSheet, readMarkerNames } from "../../src/xlsx/markers";


async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(buffer as ArrayBuffer);
  return again;
}

function withInputs(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const invoices = wb.addWorksheet("Factures");
  invoices.addRow(["N° facture", "Client", "Date", "Montant TTC"]);
  invoices.addRow(["F-001", "Dupont", new Date(Date.UTC(2024, 0, 15)), 1200.5]);
  invoices.addRow(["F-002", "=cmd|' /C calc'!A0", new Date(Date.UTC(2024, 1, 1)), -300]);
  return wb;
}

/** ExcelJS keeps a sheet's conditional formats in a field its typings omit. */
function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** Everything a user could see of a workbook, in a comparable form. */
function dump(wb: ExcelJS.Workbook): unknown {
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          cells.push([r, c, cell.value, cell.numFmt, cell.font, cell.fill, cell.alignment, cell.border]);
        });
      });
      const rows: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) => rows.push([r, row.outlineLevel, row.hidden]));
      const tables: unknown[] = ws.getTables();
      return {
        name: ws.name, state: ws.state, cells, rows, views: ws.views, tab: ws.properties.tabColor,
        widths: (ws.columns ?? []).map((c) => c.width),
        tables: tables.map((t) => (t as { model?: unknown }).model),
        // ExcelJS gives each data bar a fresh random x14 id on save; that id is not content.
        cf: conditionalFormats(ws).map((cf) => ({ ...cf, rules: cf.rules.map((r) => ({ ...r, x14Id: undefined })) })),
        page: { o: ws.pageSetup.orientation, f: ws.pageSetup.fitToPage, a: ws.pageSetup.printArea },
      };
    }),
    names: wb.definedNames.model,
  };
}

describe("writing a sheet plan to .xlsx", () => {
  it("writes values, number formats, styles, table, rules, panes, widths, groups and page setup", async () => {
    const wb = withInputs();
    applyPlanXlsx(wb, balancePlan());
    const back = await roundTrip(wb);
    const ws = findOwnedSheet(back, "balance");
    expect(ws?.name).toBe("Balance âgée");
    if (!ws) return;
    expect(ws.getCell("A1").value).toBe("Balance âgée au 31/03/2024");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    expect(ws.getCell("C4").value).toBe(100.25);
    expect(ws.getCell("C4").numFmt).toBe(EUR);
    expect(ws.getCell("D5").numFmt).toBe("0");
    expect(ws.getCell("B4").value).toBe("F-1000");
    expect(ws.getCell("B4").numFmt).toBe("@");
    expect(ws.getCell("A7").value).toBe("Total");
    expect(ws.getCell("C7").value).toMatchObject({ formula: "SUBTOTAL(109,BalanceAgee[Montant])" });
    expect(ws.getTables()).toHaveLength(1);
    expect(conditionalFormats(ws).map((cf) => cf.rules[0]?.type)).toEqual(["cellIs", "dataBar"]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(ws.getColumn(1).width).toBe(28);
    expect(ws.getRow(5).outlineLevel).toBe(1);
    expect(ws.getRow(5).hidden).toBe(true);
    expect(ws.getRow(4).outlineLevel).toBe(0);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(ws.pageSetup.printArea).toBe("A1:D6");
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
  });

  it("stores every formula-injection payload as text, and negative amounts as numbers", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlanXlsx(wb, {
      ...emptyPlan("journal", "Suivi des relances"),
      blocks: [{ at: "B2", values: INJECTION_CATALOGUE.map((p, i) => [p, -(i + 1) * 10.5]) }],
    });
    const ws = findOwnedSheet(await roundTrip(wb), "journal");
    INJECTION_CATALOGUE.forEach((payload, i) => {
      const cell = ws?.getCell(2 + i, 2);
      expect(cell?.type).toBe(ExcelJS.ValueType.String);
      // XML parsers turn a raw CR into LF (ExcelJS does not escape it): the text is otherwise intact.
      expect(cell?.value).toBe(payload.replace(/\r/g, "\n"));
      expect(cell?.formula).toBeUndefined();
      expect(cell?.numFmt).toBe("@");
      const amount = ws?.getCell(2 + i, 3);
      expect(amount?.type).toBe(ExcelJS.ValueType.Number);
      expect(amount?.value).toBe(-(i + 1) * 10.5);
    });
  });

  it("gives the same workbook when the same plans are applied twice", async () => {
    const plans = [balancePlan(5), { ...emptyPlan("dashboard", "Tableau de bord"), blocks: [{ at: "A1", values: [["Encours", 1234.5]] }] }];
    const once = withInputs();
    applyPlansXlsx(once, plans);
    const onceBack = await roundTrip(once);
    const twice = await roundTrip(once);
    applyPlansXlsx(twice, plans);
    expect(dump(await roundTrip(twice))).toEqual(dump(onceBack));
  });

  it("replaces the previous report entirely when the data shrinks", async () => {
    const wb = withInputs();
    applyPlanXlsx(wb, balancePlan(10));
    const back = await roundTrip(wb);
    applyPlanXlsx(back, balancePlan(2));
    const ws = findOwnedSheet(await roundTrip(back), "balance");
    expect(ws?.getCell("A10").value).toBeNull();
    expect(ws?.getCell("A6").value).toBe("Total");
    expect(back.worksheets.map((w) => w.name)).toEqual(["Factures", "Balance âgée"]);
  });

  it("never touches a user's sheet named like ours: ours gets a suffix and keeps it", async () => {
    const wb = withInputs();
    const mine = wb.addWorksheet("Balance âgée");
    mine.getCell("A1").value = "Mes notes";
    mine.getCell("B2").value = 42;
    applyPlanXlsx(wb, balancePlan());
    const back = await roundTrip(wb);
    applyPlanXlsx(back, balancePlan());
    const again = await roundTrip(back);
    expect(again.worksheets.map((w) => w.name)).toEqual(["Factures", "Balance âgée", "Balance âgée (2)"]);
    const user = again.getWorksheet("Balance âgée");
    expect(user?.getCell("A1").value).toBe("Mes notes");
    expect(user?.getCell("B2").value).toBe(42);
    expect(user?.getTables()).toHaveLength(0);
    expect(findOwnedSheet(again, "balance")?.name).toBe("Balance âgée (2)");
  });

  it("finds its sheet after the user renamed it in Excel and keeps the user's name", async () => {
    const wb = withInputs();
    applyPlanXlsx(wb, balancePlan());
    // Excel renames the sheet and rewrites the defined name's reference with it.
    const ws = findOwnedSheet(wb, "balance");
    if (ws) ws.name = "BA mars";
    wb.definedNames.model = wb.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace("'Balance âgée'", "'BA mars'")) }));
    const back = await roundTrip(wb);
    applyPlanXlsx(back, balancePlan());
    expect(back.worksheets.map((w) => w.name)).toEqual(["Factures", "BA mars"]);
    expect(readMarkerNames(back).get("balance")).toBe("BA mars");
  });

  it("creates a new report sheet when the user deleted ours", async () => {
    const wb = withInputs();
    applyPlanXlsx(wb, balancePlan());
    const ws = findOwnedSheet(wb, "balance");
    if (ws) wb.removeWorksheet(ws.id);
    const back = await roundTrip(wb);
    applyPlanXlsx(back, balancePlan());
    expect(back.worksheets.map((w) => w.name)).toEqual(["Factures", "Balance âgée"]);
  });

  it("never writes to the input sheets", async () => {
    const wb = withInputs();
    const before = await roundTrip(wb);
    applyPlansXlsx(wb, [balancePlan(), { ...emptyPlan("history", "Historique"), blocks: [{ at: "A1", values: [["Mois"]] }] }]);
    const after = await roundTrip(wb);
    const sheetOf = (book: ExcelJS.Workbook) => (dump(book) as { sheets: { name: string }[] }).sheets.find((s) => s.name === "Factures");
    expect(sheetOf(after)).toEqual(sheetOf(before));
  });

  it("names its table apart when a user table already has the name", async () => {
    const wb = withInputs();
    wb.getWorksheet("Factures")?.addTable({
      name: "BalanceAgee", ref: "F1", columns: [{ name: "X" }], rows: [[1]],
    });
    applyPlanXlsx(wb, balancePlan());
    const ws = findOwnedSheet(await roundTrip(wb), "balance");
    const tables: unknown[] = ws?.getTables() ?? [];
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(["BalanceAgee_2"]);
  });
});

describe("outline and fonts in the .xlsx report", () => {
  function groupedPlan(summary?: "above" | "below") {
    return {
      ...emptyPlan("balance", "Balance âgée"),
      blocks: [{ at: "A1", values: [["Client A", 300], ["F1", 100], ["F2", 200]], style: { bold: true } }],
      rowGroups: [{ startRow: 2, endRow: 3, collapsed: true }],
      ...(summary ? { rowGroupSummary: summary } : {}),
    };
  }

  it("puts the outline's +/− button on the client row above its invoices when the plan says so", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlanXlsx(wb, groupedPlan("above"));
    const ws = findOwnedSheet(await roundTrip(wb), "balance");
    expect(ws?.properties.outlineProperties?.summaryBelow).toBe(false);
  });

  it("keeps Excel's default summary row below the group otherwise", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlanXlsx(wb, groupedPlan());
    const ws = findOwnedSheet(await roundTrip(wb), "balance");
    expect(ws?.properties.outlineProperties?.summaryBelow).not.toBe(false);
  });

  it("writes a bold cell in the workbook's font, not in a reader's default serif", async () => {
    const wb = new ExcelJS.Workbook();
    applyPlanXlsx(wb, groupedPlan());
    const cell = findOwnedSheet(await roundTrip(wb), "balance")?.getCell("A1");
    expect(cell?.font).toMatchObject({ name: "Calibri", bold: true });
  });
});
