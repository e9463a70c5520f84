import ExcelJS from "exceljs";
import { readWorkbook } from "./read-workbook";

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

describe("readWorkbook", () => {
  it("gives date cells back as the Excel serial they hold, with their number format", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Factures");
    ws.getCell("A1").value = utcDate("2024-03-01");
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("B1").value = 1234.5;
    ws.getCell("B1").numFmt = '#,##0.00 "€"';
    const read = await readWorkbook(await toBytes(wb));
    const sheet = read.sheets[0];
    // 2024-03-01 is serial 45352 in the 1900 system.
    expect(sheet?.values[0]).toEqual([45352, 1234.5]);
    expect(sheet?.numberFormats?.[0]).toEqual(["dd/mm/yyyy", '#,##0.00 "€"']);
    expect(read.info.date1904).toBe(false);
  });

  it("reads serials in the 1904 date system when the workbook says so", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("Factures");
    ws.getCell("A1").value = utcDate("2024-03-01");
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    const read = await readWorkbook(await toBytes(wb));
    expect(read.info.date1904).toBe(true);
    // 1904 system: 1462 days fewer than the 1900 system.
    expect(read.sheets[0]?.values[0]?.[0]).toBe(45352 - 1462);
  });

  it("keeps serials before 1900-03-01 as stored (the core decides about the fictitious 1900-02-29)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 60;
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("A2").value = 0.5;
    ws.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
    const read = await readWorkbook(await toBytes(wb));
    expect(read.sheets[0]?.values.map((r) => r[0])).toEqual([60, 0.5]);
  });

  it("reads formulas as their cached result, rich text and hyperlinks as text, errors as #N/A strings", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Factures");
    ws.getCell("A1").value = { formula: "B1*2", result: 246.9 };
    ws.getCell("B1").value = { richText: [{ text: "Dupont " }, { text: "SARL", font: { bold: true } }] };
    ws.getCell("C1").value = { text: "compta@dupont.fr", hyperlink: "mailto:compta@dupont.fr" };
    ws.getCell("D1").value = { error: "#N/A" };
    ws.getCell("E1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
    ws.getCell("F1").value = true;
    ws.getCell("G1").value = { formula: "TODAY()", result: utcDate("2024-03-01") };
    ws.getCell("G1").numFmt = "dd/mm/yyyy";
    const read = await readWorkbook(await toBytes(wb));
    expect(read.sheets[0]?.values[0]).toEqual([246.9, "Dupont SARL", "compta@dupont.fr", "#N/A", "#DIV/0!", true, 45352]);
    expect(read.issues).toEqual([]);
  });

  it("reports a formula saved without a computed value instead of reading it as empty silently", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Factures");
    ws.getCell("C4").value = { formula: "A4*1.2" };
    const read = await readWorkbook(await toBytes(wb));
    expect(read.sheets[0]?.values[3]?.[2]).toBe("");
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ code: "formula.no-cached-value", sheet: "Factures", row: 4, column: "C", cell: "C4" });
  });

  it("keeps the title of a merged title row once and leaves blank cells as empty strings", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Factures");
    ws.getCell("A1").value = "Export des factures";
    ws.mergeCells("A1:C1");
    ws.getCell("A3").value = "N° facture";
    ws.getCell("C3").value = "Montant";
    const read = await readWorkbook(await toBytes(wb));
    const values = read.sheets[0]?.values ?? [];
    expect(values[0]?.[0]).toBe("Export des factures");
    expect(values[0]?.slice(1).every((v) => v === "")).toBe(true);
    expect(values[1]).toEqual([]);
    expect(values[2]).toEqual(["N° facture", "", "Montant"]);
  });

  it("lists sheet names in tab order and reads only the sheets asked for", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "x";
    wb.addWorksheet("Factures").getCell("A1").value = "y";
    wb.addWorksheet("Règlements").getCell("A1").value = "z";
    const read = await readWorkbook(await toBytes(wb), { only: ["Règlements"] });
    expect(read.sheetNames).toEqual(["Notes", "Factures", "Règlements"]);
    expect(read.sheets.map((s) => s.name)).toEqual(["Règlements"]);
  });

  it("refuses bytes that are not a workbook by throwing (the CLI turns it into a clean message)", async () => {
    await expect(readWorkbook(new TextEncoder().encode("N° facture;Montant\n"))).rejects.toThrow();
  });
});
