// Excel layer bench: batches (round trips) and the largest batch in bytes, on the emulated host behind
// Microsoft's own client, for reading invoice sheets of 1k, 20k, 100k and 1,048,575 rows and writing a
// 20,000-row aged balance. Bytes are the JSON text of each request and response, as Excel on the web
// receives them (limit 5 MB; we hold every batch to 4 MB).
//   npm run bench excel [-- --skip-huge]
import { createExcelHarness, type ExcelHarness, type SheetSeed } from "../../test/excel-host";
import { readInputChunks, readWorkbookSnapshot } from "../../src/excel/read-input";
import { applyPlan } from "../../src/excel/apply-plan";
import { MAX_BATCH_BYTES } from "../../src/excel/budget";
import { emptyPlan, type SheetPlan } from "../../src/core/plan";
import type { CellValue } from "../../src/core/sheet";
import { generateWorkbook } from "../engine/generate";

interface Row {
  what: string;
  batches: number;
  largest: number;
  ms: number;
}

function invoiceSeed(rows: number): SheetSeed {
  const book = generateWorkbook({ invoices: rows, clients: Math.max(20, Math.round(rows / 50)) });
  const values = book.invoices.values.map((r) => r.map((v) => (v === null ? "" : v)));
  return { name: "Factures", values, numberFormats: book.invoices.numberFormats ?? [] };
}

function largest(xl: ExcelHarness): number {
  return Math.max(0, ...xl.batches.filter((b) => !b.cleanup).map((b) => Math.max(b.requestBytes, b.responseBytes)));
}

async function measureRead(rows: number): Promise<Row> {
  const xl = createExcelHarness({ sheets: [invoiceSeed(rows)] });
  const restore = xl.installGlobals();
  try {
    const started = performance.now();
    const snapshot = await readWorkbookSnapshot({ inlineRowLimit: 200_000 });
    let read = snapshot.inputs.invoices?.values.length ?? 0;
    for (const area of snapshot.deferred) {
      for await (const chunk of readInputChunks(area)) read += chunk.values.length;
    }
    const ms = performance.now() - started;
    if (read !== rows + 1) throw new Error(`read ${read} rows of ${rows + 1}`);
    return { what: `read ${rows.toLocaleString("en")} invoice rows (+ header)`, batches: xl.syncCount(), largest: largest(xl), ms };
  } finally {
    restore();
  }
}

function balancePlan(rows: number): SheetPlan {
  const EUR = '#,##0.00 "€"';
  const data: CellValue[][] = [["Client", "Nom", "Facture", "Date", "Échéance", "Montant", "Reste dû", "Non échu", "1–30 j", "31–60 j", "61–90 j", "> 90 j", "Jours"]];
  for (let i = 0; i < rows; i++) {
    const rest = Math.round((500 + (i % 89) * 7.5) * 100) / 100;
    const bucket = i % 5;
    data.push([
      `CL${String(i % 800).padStart(5, "0")}`, `Client ${i % 800} SARL`, `FA2024-${String(i).padStart(6, "0")}`,
      45000 + (i % 300), 45030 + (i % 300), 1000 + (i % 97) * 13.37, rest,
      bucket === 0 ? rest : 0, bucket === 1 ? rest : 0, bucket === 2 ? rest : 0, bucket === 3 ? rest : 0, bucket === 4 ? rest : 0,
      bucket * 30,
    ]);
  }
  return {
    ...emptyPlan("balance", "Balance âgée"),
    blocks: [
      { at: "A1", values: [["Balance âgée au 31/03/2024"]], style: { bold: true, fontSize: 14 } },
      {
        at: "A3", values: data, columnFormats: [null, null, null, "dd/mm/yyyy", "dd/mm/yyyy", EUR, EUR, EUR, EUR, EUR, EUR, EUR, "0"],
        styles: [{ rows: [0, 0], style: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" } }],
      },
    ],
    tables: [{ name: "BalanceAgee", range: `A3:M${rows + 3}`, showTotals: true, totals: [{ label: "Total" }, null, null, null, null, "sum", "sum", "sum", "sum", "sum", "sum", "sum", null] }],
    conditionalFormats: [{ range: `M4:M${rows + 3}`, rule: { kind: "cellValue", operator: "greaterThan", values: [90], fill: "#FFC7CE" } }],
    freezeRows: 3,
    columnWidths: [10, 28, 16, 11, 11, 14, 14, 14, 14, 14, 14, 14, 8],
    print: { orientation: "landscape" },
  };
}

async function measureWrite(rows: number): Promise<Row> {
  const xl = createExcelHarness({ sheets: [invoiceSeed(100)] });
  const restore = xl.installGlobals();
  try {
    const snapshot = await readWorkbookSnapshot();
    const plan = balancePlan(rows);
    xl.resetStats();
    const started = performance.now();
    await applyPlan(plan, { structure: snapshot });
    const ms = performance.now() - started;
    return { what: `write a ${rows.toLocaleString("en")}-row aged balance (13 columns)`, batches: xl.syncCount(), largest: largest(xl), ms };
  } finally {
    restore();
  }
}

export async function run(args: string[]): Promise<void> {
  const sizes = [1_000, 20_000, 100_000, ...(args.includes("--skip-huge") ? [] : [1_048_574])];
  const rows: Row[] = [];
  for (const n of sizes) rows.push(await measureRead(n));
  rows.push(await measureWrite(20_000));
  const width = Math.max(...rows.map((r) => r.what.length));
  console.log(`${"operation".padEnd(width)}  batches  largest batch (bytes)  time (ms, emulated host)`);
  for (const r of rows) {
    console.log(`${r.what.padEnd(width)}  ${String(r.batches).padStart(7)}  ${r.largest.toLocaleString("en").padStart(21)}  ${Math.round(r.ms).toLocaleString("en").padStart(8)}`);
  }
  const over = rows.filter((r) => r.largest > MAX_BATCH_BYTES);
  if (over.length > 0) {
    console.log(`FAILED: batches over ${MAX_BATCH_BYTES} bytes: ${over.map((r) => r.what).join("; ")}`);
    process.exitCode = 1;
  }
}
