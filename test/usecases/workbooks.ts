// Workbooks for the refresh tests: the sample workbook (examples/cabinet-exemple.xlsx, read by src/xlsx as the
// CLI reads it) and generated ones, as seeds of the emulated Excel host.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import type { RawSheet } from "../../src/core/sheet";
import { generateWorkbook } from "../../bench/engine/generate";
import type { ExcelHarness, SheetSeed } from "../excel-host";

export const SAMPLE = path.join(__dirname, "..", "..", "examples", "cabinet-exemple.xlsx");

export function seedOf(sheet: RawSheet): SheetSeed {
  const values = sheet.values.map((row) => row.map((v) => (v === null ? "" : v)));
  return { name: sheet.name, values, ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats } : {}) };
}

/** The sample workbook's sheets (Factures, Règlements, Clients) as host seeds. */
export async function sampleSeeds(): Promise<SheetSeed[]> {
  const book = await readWorkbook(readFileSync(SAMPLE));
  return book.sheets.map(seedOf);
}

/** A generated workbook of `invoices` invoices, its payments and clients (bench/engine/generate.ts). */
export function generatedSeeds(invoices: number): { seeds: SheetSeed[]; asOf: string } {
  const book = generateWorkbook({ invoices, clients: Math.max(20, Math.round(invoices / 50)) });
  const named = (sheet: RawSheet, name: string): SheetSeed => seedOf({ ...sheet, name });
  return { seeds: [named(book.invoices, "Factures"), named(book.payments, "Règlements"), named(book.clients, "Clients")], asOf: book.asOf };
}

/** Everything a user could see of a sheet, for comparing two states of a workbook. */
export function sheetState(xl: ExcelHarness, name: string): string {
  const s = xl.workbook.requireSheet(name);
  const charts = xl.workbook.chartsOf(s).map((c) => ({ name: c.name, type: c.chartType, source: c.source, props: c.props, series: c.series, position: c.position }));
  const tables = xl.workbook.tablesOf(s).map((t) => ({ name: t.name, rect: t.rect, style: t.style, totals: t.showTotals }));
  return JSON.stringify({
    values: xl.workbook.values(name), formats: s.numberFormats, styles: s.styles.layers, cf: s.conditionalFormats.map((c) => ({ ...c, id: "" })),
    freeze: s.freeze, outline: s.outline, hidden: [...s.hiddenRows].sort((a, b) => a - b), widths: [...s.columnWidths.entries()],
    tab: s.tabColor, orientation: s.pageOrientation, layout: s.pageLayoutProps, visibility: s.visibility, charts, tables,
  });
}

/** Every sheet's state, in tab order, by name. */
export function workbookState(xl: ExcelHarness): Record<string, string> {
  return Object.fromEntries(xl.workbook.sheets.map((s) => [s.name, sheetState(xl, s.name)]));
}

/** Largest request or response of the batches recorded (cleanup batches included). */
export function largestBatch(xl: ExcelHarness): number {
  return Math.max(0, ...xl.batches.map((b) => Math.max(b.requestBytes, b.responseBytes)));
}
