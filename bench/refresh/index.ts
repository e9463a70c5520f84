// Refresh bench (issue 5): the one-click refresh on the emulated Excel host behind Microsoft's own client —
// round trips (context.sync calls), the largest request and response (Excel on the web refuses more than 5 MB;
// we hold every one to 4 MB) — for workbooks of 1k, 20k, 100k and 1,048,574 invoices (+ header = 1,048,575
// rows); and the engine time of the whole dashboard (aged balance, indicators, 12 month-end reconstructions,
// forecast) as a ratio of one aging run (lettrage + aging) on the same ledger, goal ≤ 3×.
//   npm run bench refresh [-- --skip-huge --runs=5]
import { loadavg } from "node:os";
import { ageLedger, agingOptions } from "../../src/core/aging/age";
import { computeDashboard } from "../../src/core/kpi/dashboard";
import { MAX_BATCH_BYTES } from "../../src/excel/budget";
import { refreshDashboard } from "../../src/usecases/refresh";
import { createExcelHarness } from "../../test/excel-host";
import { generatedSeeds } from "../../test/usecases/workbooks";
import { generateWorkbook } from "../engine/generate";
import { readLedger } from "../engine/pipeline";
import { int, median, table } from "../engine/stats";

interface ExcelRow {
  invoices: number;
  syncs: number;
  largestRequest: number;
  largestResponse: number;
  ms: number;
  ok: boolean;
}

interface EngineRow {
  invoices: number;
  aging: number;
  dashboard: number;
}

const GOAL_RATIO = 3;

async function measureRefresh(invoices: number): Promise<ExcelRow> {
  const { seeds, asOf } = generatedSeeds(invoices);
  const xl = createExcelHarness({ sheets: seeds });
  const restore = xl.installGlobals();
  try {
    const started = performance.now();
    const result = await refreshDashboard({ today: asOf, now: `${asOf}T09:00:00` });
    const ms = performance.now() - started;
    if (!result.ok) console.log(`refresh of ${int(invoices)} invoices failed: ${result.message.en}`);
    return {
      invoices,
      syncs: xl.syncCount(),
      largestRequest: Math.max(0, ...xl.batches.map((b) => b.requestBytes)),
      largestResponse: Math.max(0, ...xl.batches.map((b) => b.responseBytes)),
      ms,
      ok: result.ok,
    };
  } finally {
    restore();
  }
}

function measureEngine(invoices: number, runs: number): EngineRow {
  const workbook = generateWorkbook({ invoices, clients: Math.max(20, Math.round(invoices / 50)) });
  const ledger = readLedger(workbook);
  const options = agingOptions(workbook.asOf);
  // Warm-up (three rounds on small ledgers, where JIT compilation weighs most), then alternate the two so
  // that machine load weighs on both alike.
  for (let i = 0; i < (invoices > 200_000 ? 1 : 3); i++) {
    ageLedger(ledger, options);
    computeDashboard({ ledger, agingOptions: options });
  }
  const aging: number[] = [];
  const dashboard: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    ageLedger(ledger, options);
    aging.push(performance.now() - t);
    t = performance.now();
    computeDashboard({ ledger, agingOptions: options });
    dashboard.push(performance.now() - t);
  }
  return { invoices, aging: median(aging), dashboard: median(dashboard) };
}

function parseRuns(args: string[]): number {
  const arg = args.find((a) => a.startsWith("--runs="));
  const n = arg === undefined ? 5 : Number(arg.slice("--runs=".length));
  return Number.isInteger(n) && n > 0 ? n : 5;
}

export async function run(args: string[] = []): Promise<void> {
  const sizes = [1_000, 20_000, 100_000, ...(args.includes("--skip-huge") ? [] : [1_048_574])];
  const runs = parseRuns(args);
  console.log(`\nRefresh: load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}, ${process.version}; engine times: median of ${runs} runs (1 at 1,048,574) after a warm-up`);
  const rows: string[][] = [[
    "invoices", "syncs", "largest request", "largest response", "refresh (ms, emulated host)", "aging (ms)", "dashboard (ms)", "dashboard / aging",
  ]];
  let failed = false;
  for (const n of sizes) {
    const excel = await measureRefresh(n);
    const engine = measureEngine(n, n > 200_000 ? 1 : runs);
    const ratio = engine.dashboard / engine.aging;
    if (!excel.ok || Math.max(excel.largestRequest, excel.largestResponse) > MAX_BATCH_BYTES || (n <= 20_000 && excel.syncs > 3)) failed = true;
    rows.push([
      int(n), String(excel.syncs), int(excel.largestRequest), int(excel.largestResponse), int(Math.round(excel.ms)),
      engine.aging.toFixed(1), engine.dashboard.toFixed(1), `${ratio.toFixed(2)}×${ratio > GOAL_RATIO ? " (over goal)" : ""}`,
    ]);
  }
  console.log(table(rows));
  console.log(`Goals: ≤ 3 syncs up to 20,000 invoices; every request and response ≤ ${int(MAX_BATCH_BYTES)} bytes; dashboard ≤ ${GOAL_RATIO}× one aging run.`);
  if (failed) {
    console.log("FAILED: a refresh failed, took more than 3 syncs up to 20,000 invoices, or sent a batch over 4 MB.");
    process.exitCode = 1;
  }
}
