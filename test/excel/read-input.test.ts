import { createExcelHarness, type ExcelHarness, type SheetSeed } from "../excel-host";
import { readInputChunks, readWorkbookSnapshot } from "../../src/excel/read-input";
import { MAX_BATCH_BYTES } from "../../src/excel/budget";

const DATE = "dd/mm/yyyy";
const EUR = '#,##0.00 "€"';

function invoiceRows(n: number, start = 0): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = start; i < start + n; i++) rows.push([`F-${String(i).padStart(7, "0")}`, `C${i % 997}`, 45000 + (i % 400), (i % 5000) + 0.25]);
  return rows;
}

function invoicesSheet(n: number, at = 0): SheetSeed {
  const blank = Array.from({ length: at }, () => ["", "", "", ""]);
  const values = [...blank, ["N° facture", "Client", "Date", "Montant TTC"], ...invoiceRows(n)];
  const numberFormats = values.map((_, r) => (r <= at ? ["General", "General", "General", "General"] : ["General", "General", DATE, EUR]));
  return { name: "Factures", values, numberFormats };
}

function install(xl: ExcelHarness): () => void {
  return xl.installGlobals();
}

describe("reading the input sheets", () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("reads a small workbook — structure, markers, settings and data — in two batches", async () => {
    const xl = createExcelHarness({
      sheets: [
        invoicesSheet(30),
        { name: "Règlements", values: [["Référence", "Client", "Date règlement", "Montant"], ["R1", "C1", 45100, 100]] },
        { name: "Notes", values: [["rien"]] },
      ],
      settings: { "encours.settings": { version: 1 } },
    });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(xl.syncCount()).toBe(2);
    expect(snap.found.invoices).toBe("Factures");
    expect(snap.found.payments).toBe("Règlements");
    expect(snap.settings).toEqual({ status: "ok", document: { version: 1 } });
    const invoices = snap.inputs.invoices;
    expect(invoices?.firstRow).toBe(1);
    expect(invoices?.values).toHaveLength(31);
    expect(invoices?.values[1]).toEqual(invoiceRows(1)[0]);
    // Formats are read for the identifier columns only (N° facture, client): the others' meaning does not depend on them.
    expect(invoices?.numberFormats?.[1]?.slice(0, 2)).toEqual(["General", "General"]);
    expect(invoices?.numberFormats?.[1]?.[2]).toBeUndefined();
    expect(snap.inputs.payments?.values[1]).toEqual(["R1", "C1", 45100, 100]);
  });

  it("finds a header on row 3 and reports where the data starts", async () => {
    const xl = createExcelHarness({ sheets: [invoicesSheet(5, 2)] });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.inputs.invoices?.firstRow).toBe(3);
    expect(snap.inputs.invoices?.values[0]).toEqual(["N° facture", "Client", "Date", "Montant TTC"]);
  });

  it("reads an Excel table, header included, without the cells around it", async () => {
    const seed = invoicesSheet(10);
    const values = seed.values.map((row) => [...row, ""]);
    values[0]?.splice(5, 1, "note à côté");
    const xl = createExcelHarness({
      sheets: [{ name: "Factures", values: values.map((r) => ["", ...r]), tables: [{ name: "TFactures", address: "B1:E11" }] }],
    });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.areas.invoices?.table).toBe("TFactures");
    expect(snap.inputs.invoices?.firstColumn).toBe(1);
    expect(snap.inputs.invoices?.values[0]).toEqual(["N° facture", "Client", "Date", "Montant TTC"]);
    expect(snap.inputs.invoices?.values).toHaveLength(11);
  });

  it("reads hidden rows like the others", async () => {
    const xl = createExcelHarness({ sheets: [invoicesSheet(6)] });
    restore = install(xl);
    await xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Factures").getRange("3:4").rowHidden = true;
      await context.sync();
    });
    xl.resetStats();
    const snap = await readWorkbookSnapshot();
    expect(snap.inputs.invoices?.values).toHaveLength(7);
  });

  it("reads 20,000 invoices in two batches, each within 4 MB", async () => {
    const xl = createExcelHarness({ sheets: [invoicesSheet(20_000)] });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.inputs.invoices?.values).toHaveLength(20_001);
    expect(snap.inputs.invoices?.values[20_000]).toEqual(invoiceRows(1, 19_999)[0]);
    for (const b of xl.batches) expect(Math.max(b.requestBytes, b.responseBytes)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(xl.syncCount()).toBe(2);
  });

  it("reads the format of identifier columns, so an invoice number shown as 000123 keeps its zeros", async () => {
    const values = [["N° facture", "Client", "Date", "Montant TTC"], ...Array.from({ length: 2_000 }, (_, i) => [i + 1, "C1", 45000, 10])];
    const numberFormats = values.map((_, r) => (r === 0 ? ["General", "General", "General", "General"] : ["000000", "General", DATE, EUR]));
    const xl = createExcelHarness({ sheets: [{ name: "Factures", values, numberFormats }] });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.inputs.invoices?.numberFormats?.[2_000]?.[0]).toBe("000000");
    expect(xl.syncCount()).toBe(2);
  });

  it("reads a long invoice sheet with an unusual name in one more batch (a short one fits in its first rows)", async () => {
    const sheet = { ...invoicesSheet(2_000), name: "Ventes à crédit" };
    const xl = createExcelHarness({ sheets: [sheet], settings: { "encours.settings": { version: 1, inputSheets: { invoices: "Ventes à crédit" } } } });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.found.invoices).toBe("Ventes à crédit");
    expect(snap.inputs.invoices?.values).toHaveLength(2_001);
    expect(xl.syncCount()).toBe(3);
    const short = createExcelHarness({ sheets: [{ ...invoicesSheet(10), name: "Ventes à crédit" }], settings: { "encours.settings": { version: 1, inputSheets: { invoices: "Ventes à crédit" } } } });
    restore();
    restore = install(short);
    expect((await readWorkbookSnapshot()).inputs.invoices?.values).toHaveLength(11);
    expect(short.syncCount()).toBe(2);
  });

  it("reads the journal and the history back with the inputs, in the same two batches", async () => {
    const journal = [["Date", "Client", "Canal", "Niveau"], [45900, "C1", "appel", "J+5"]];
    const history = [["Historique du poste clients"], [], [], ["Date d'arrêté", "Devise", "Encours", "Échu", "Non échu", "DSO (j)"], [45900, "EUR", 1000, 200, 800, 41]];
    const xl = createExcelHarness({
      sheets: [
        invoicesSheet(30),
        { name: "Suivi des relances", values: journal, customProperties: { EncoursSheet: "journal" } },
        { name: "Historique", values: history, customProperties: { EncoursSheet: "history" } },
        { name: "Balance âgée", values: [["ancienne balance"]], customProperties: { EncoursSheet: "balance" } },
      ],
    });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(xl.syncCount()).toBe(2);
    expect(snap.ownedSheets.journal?.values).toEqual(journal);
    expect(snap.ownedSheets.history?.values[4]).toEqual([45900, "EUR", 1000, 200, 800, 41]);
    expect(snap.ownedSheets.history?.firstRow).toBe(1);
    expect(snap.ownedSheets.balance).toBeUndefined();
  });

  it("reads a renamed history sheet, found by its marker, in one more batch", async () => {
    const history = [["Date d'arrêté", "Devise", "Encours", "Échu", "Non échu", "DSO (j)"], ...Array.from({ length: 100 }, (_, i) => [45000 + i, "EUR", i, 0, i, 30])];
    const xl = createExcelHarness({ sheets: [invoicesSheet(30), { name: "Mon suivi mensuel", values: history, customProperties: { EncoursSheet: "history" } }] });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.ownedSheets.history?.values).toHaveLength(101);
    expect(xl.syncCount()).toBe(3);
  });

  it("finds the report sheets of a workbook written by the encours command line through its defined names", async () => {
    const xl = createExcelHarness({
      sheets: [invoicesSheet(5), { name: "Balance âgée", values: [["x"]] }, { name: "Histo 2025", values: [["Date d'arrêté", "Devise", "Encours", "Échu", "DSO (j)"]] }],
      names: [{ name: "_EncoursSheet_balance", refersTo: "='Balance âgée'!$A$1" }, { name: "_EncoursSheet_history", refersTo: "='Histo 2025'!$A$1" }],
    });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.owned.get("balance")?.name).toBe("Balance âgée");
    expect(snap.owned.get("history")?.name).toBe("Histo 2025");
    expect(snap.ownedSheets.history?.values[0]?.[0]).toBe("Date d'arrêté");
  });

  it("reads a formula that returns an error as Excel's error text, never as a number", async () => {
    const xl = createExcelHarness({
      sheets: [{
        name: "Factures",
        values: [["N° facture", "Montant TTC"], ["F-1", ""]],
        formulas: [["", ""], ["", "=1/0"]],
      }],
    });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.inputs.invoices?.values[1]).toEqual(["F-1", "#DIV/0!"]);
  });

  it("reads a sheet wider than the sample window in full", async () => {
    const header = Array.from({ length: 30 }, (_, c) => (c === 0 ? "N° facture" : c === 1 ? "Montant TTC" : `Col ${c}`));
    const rows = Array.from({ length: 1_300 }, (_, r) => Array.from({ length: 30 }, (_, c) => (c === 0 ? `F${r}` : r * 30 + c)));
    const xl = createExcelHarness({ sheets: [{ name: "Factures", values: [header, ...rows] }] });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.inputs.invoices?.values).toHaveLength(1_301);
    expect(snap.inputs.invoices?.values[1_300]?.[29]).toBe(1_299 * 30 + 29);
    expect(snap.inputs.invoices?.values[0]?.[29]).toBe("Col 29");
  });

  it("names the sheets it looked for when there is no invoice sheet", async () => {
    const xl = createExcelHarness({ sheets: [{ name: "Feuil1", values: [["x"]] }] });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.found.invoices).toBeNull();
    expect(snap.found.tried.invoices).toContain("Factures");
    expect(snap.inputs).toEqual({});
  });

  it("stops reading when the consumer stops taking chunks", async () => {
    const xl = createExcelHarness({ sheets: [invoicesSheet(60_000)] });
    restore = install(xl);
    const area = { sheet: "Factures", rowIndex: 0, columnIndex: 0, rowCount: 60_001, columnCount: 4 };
    let chunks = 0;
    for await (const chunk of readInputChunks(area, { budgetBytes: 200_000 })) {
      chunks++;
      expect(chunk.firstRow).toBe(1);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunks).toBe(1);
    expect(xl.syncCount()).toBe(1);
  });

  it("reads 1,048,575 invoice rows in chunks with every batch within 4 MB", async () => {
    const rows = 1_048_575;
    const values: (string | number)[][] = [["N° facture", "Date", "Montant TTC"]];
    for (let i = 1; i < rows; i++) values.push([`F${i}`, 45000 + (i % 365), (i % 9973) + 0.5]);
    const xl = createExcelHarness({ sheets: [{ name: "Factures", values }] });
    restore = install(xl);
    const snap = await readWorkbookSnapshot();
    expect(snap.deferred).toHaveLength(1);
    const area = snap.deferred[0];
    if (!area) return;
    xl.resetStats();
    let seen = 0;
    let last: unknown;
    let stats = { batches: 0, largestBatchBytes: 0 };
    for await (const chunk of readInputChunks(area, { onDone: (s) => { stats = s; } })) {
      expect(chunk.firstRow).toBe(seen + 1);
      seen += chunk.values.length;
      last = chunk.values[chunk.values.length - 1];
    }
    expect(seen).toBe(rows);
    expect(last).toEqual([`F${rows - 1}`, 45000 + ((rows - 1) % 365), ((rows - 1) % 9973) + 0.5]);
    const largest = Math.max(...xl.batches.map((b) => Math.max(b.requestBytes, b.responseBytes)));
    expect(largest).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(stats.batches).toBe(xl.syncCount());
    console.log(`1,048,575 rows read in ${xl.syncCount()} batches; largest batch ${largest} bytes`);
  });
});
