// The Excel layer and the .xlsx reader must hand the engine the same cells: the sample workbook read through
// Microsoft's office.js client (on the emulated host) gives the same aged balance, to the cent, as `encours age`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createExcelHarness, type SheetSeed } from "../excel-host";
import { readWorkbookSnapshot } from "../../src/excel/read-input";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { buildLedger } from "../../src/core/ledger/build";
import { ageLedger, agingOptions } from "../../src/core/aging";
import type { CellValue, RawSheet } from "../../src/core/sheet";

const SAMPLE = path.resolve(__dirname, "../../examples/cabinet-exemple.xlsx");
const AS_OF = "2026-10-31";

/** A RawSheet as a host seed: values from A1, blanks as "" the way Excel gives them. */
function seedOf(sheet: RawSheet): SheetSeed {
  const top = (sheet.firstRow ?? 1) - 1;
  const left = sheet.firstColumn ?? 0;
  const width = left + Math.max(0, ...sheet.values.map((r) => r.length));
  const pad = (row: CellValue[], fill: string): (string | number | boolean)[] =>
    Array.from({ length: width }, (_, c) => {
      const v = c < left ? fill : row[c - left];
      return v === null || v === undefined ? fill : v;
    });
  const blankRows = Array.from({ length: top }, () => pad([], ""));
  const values = [...blankRows, ...sheet.values.map((r) => pad(r, ""))];
  const formats = sheet.numberFormats;
  const numberFormats = formats
    ? [...blankRows.map(() => pad([], "General")), ...formats.map((r) => pad(r, "General"))].map((r) => r.map(String))
    : undefined;
  return { name: sheet.name, values, ...(numberFormats ? { numberFormats } : {}) };
}

function totals(sheets: { invoices?: RawSheet; payments?: RawSheet; clients?: RawSheet }) {
  if (!sheets.invoices) throw new Error("no invoice sheet");
  const built = buildLedger({ invoices: sheets.invoices, payments: sheets.payments, clients: sheets.clients, info: { date1904: false, locale: "fr" } });
  if (!built.ok) throw new Error(built.fatal.message);
  const aging = ageLedger(built.ledger, agingOptions(AS_OF));
  return aging.currencies.map((c) => ({
    currency: c.currency,
    total: c.total,
    clients: c.clients.map((k) => [k.client, k.outstanding, k.byBucket.join("/")]),
    control: c.control.difference,
    issues: built.ledger.issues.length,
  }));
}

describe("the sample workbook through the Excel layer", () => {
  it("gives the same aged balance, to the cent, as the .xlsx reader", async () => {
    const book = await readWorkbook(new Uint8Array(readFileSync(SAMPLE)));
    const byName = new Map(book.sheets.map((s) => [s.name, s]));
    const xl = createExcelHarness({ sheets: book.sheets.map(seedOf) });
    const restore = xl.installGlobals();
    try {
      const snap = await readWorkbookSnapshot();
      expect(snap.deferred).toEqual([]);
      const fromExcel = totals(snap.inputs);
      const pick = (name: string | null) => (name ? byName.get(name) : undefined);
      const fromXlsx = totals({ invoices: pick(snap.found.invoices), payments: pick(snap.found.payments), clients: pick(snap.found.clients) });
      expect(fromExcel).toEqual(fromXlsx);
      expect(fromExcel[0]?.currency).toBe("EUR");
      expect(fromExcel[0]?.total.outstanding).toBeGreaterThan(0);
      expect(fromExcel.every((c) => c.control === 0)).toBe(true);
    } finally {
      restore();
    }
  });

  it("reads a header whose merged cells leave blanks beside the label", async () => {
    // A merged header keeps its text in the top-left cell only; the cells it covers read as "".
    const xl = createExcelHarness({
      sheets: [{
        name: "Factures",
        values: [
          ["Relevé des factures", "", "", "", ""],
          ["N° facture", "Client", "Date", "Montant TTC", ""],
          ["F1", "C1", 45000, 120.5, ""],
        ],
      }],
    });
    const restore = xl.installGlobals();
    try {
      const snap = await readWorkbookSnapshot();
      const built = buildLedger({ invoices: snap.inputs.invoices as RawSheet, info: { date1904: false, locale: "fr" } });
      expect(built.ok && built.ledger.invoices.map((i) => [i.number, i.amount])).toEqual([["F1", 12050]]);
    } finally {
      restore();
    }
  });
});
