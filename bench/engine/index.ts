// Engine bench: parse + lettrage + aging of a 100k-invoice workbook, against DuckDB in the same run; the whole
// dashboard (aged balance, indicators, 12 month-end reconstructions, forecast) against one parse + lettrage +
// aging; then the heap of a sheet-sized (1,048,575-invoice) workbook in a child process capped at 1 GB.
//   npm run bench engine [-- --runs=7 --invoices=100000 --clients=2000 --skip-memory]
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";
import { ageLedger, agingOptions } from "../../src/core/aging/age";
import type { AgingResult } from "../../src/core/aging/types";
import { computeDashboard } from "../../src/core/kpi/dashboard";
import { directLedger } from "./direct-ledger";
import { DuckAging, type DuckCell } from "./duckdb";
import { generateWorkbook } from "./generate";
import { readLedger } from "./pipeline";
import { int, mb, median, ms, table, timed } from "./stats";

interface Options {
  runs: number;
  invoices: number;
  clients: number;
  memory: boolean;
  memoryInvoices: number;
}

function parseArgs(args: string[]): Options {
  const value = (name: string, fallback: number) => {
    const arg = args.find((a) => a.startsWith(`--${name}=`));
    return arg === undefined ? fallback : Number(arg.slice(name.length + 3));
  };
  return {
    runs: value("runs", 7), invoices: value("invoices", 100_000), clients: value("clients", 2_000),
    memory: !args.includes("--skip-memory"), memoryInvoices: value("memory-invoices", 1_048_575),
  };
}

/** Per currency × client × bucket, the non-zero cells of our aged balance. */
function ourCells(result: AgingResult): Map<string, number> {
  const cells = new Map<string, number>();
  for (const c of result.currencies) {
    for (const client of c.clients) client.byBucket.forEach((v, b) => v !== 0 && cells.set(`${c.currency}|${client.client}|${b}`, v));
  }
  return cells;
}

function sameCells(ours: Map<string, number>, duck: DuckCell[]): { equal: boolean; detail: string } {
  const theirs = new Map(duck.map((c) => [`${c.currency}|${c.client}|${c.bucket}`, c.amount]));
  const wrong = [...ours].filter(([k, v]) => theirs.get(k) !== v).map(([k]) => k);
  const extra = [...theirs.keys()].filter((k) => !ours.has(k));
  const equal = wrong.length === 0 && extra.length === 0;
  return { equal, detail: equal ? `${int(ours.size)} cells equal` : `${wrong.length} differ, ${extra.length} only in DuckDB (e.g. ${[...wrong, ...extra].slice(0, 3).join(", ")})` };
}

export async function run(args: string[] = []): Promise<void> {
  const o = parseArgs(args);
  const workbook = generateWorkbook({ invoices: o.invoices, clients: o.clients });
  const { counts, asOf } = workbook;
  const options = agingOptions(asOf);
  console.log(`\nEngine: ${int(counts.invoices)} invoices, ${int(counts.payments)} payments, ${int(counts.clients)} clients, as of ${asOf}`);
  console.log(`(median of ${o.runs} runs after a warm-up; load average at start ${loadavg().map((l) => l.toFixed(1)).join(" ")}, ${process.version})`);

  // Warm-up of both sides, then runs that alternate ours and DuckDB's, so a change of machine load
  // (other processes) weighs on both alike.
  const duck = await DuckAging.open();
  let result = ageLedger(readLedger(workbook), options);
  ageLedger(readLedger(workbook), options);
  await duck.load(workbook);
  let cells = await duck.age(asOf);
  const parse: number[] = [];
  const age: number[] = [];
  const total: number[] = [];
  const load: number[] = [];
  const query: number[] = [];
  const loadQuery: number[] = [];
  const queryAlone: number[] = [];
  const paired: number[] = [];
  const dashboard: number[] = [];
  const dashboardPaired: number[] = [];
  computeDashboard({ ledger: readLedger(workbook), agingOptions: options });
  for (let r = 0; r < o.runs; r++) {
    // Ours: buildLedger (parse) then ageLedger (lettrage + aging).
    const built = await timed(() => readLedger(workbook));
    const aged = await timed(() => ageLedger(built.value, options));
    parse.push(built.ms);
    age.push(aged.ms);
    total.push(built.ms + aged.ms);
    result = aged.value;
    // The dashboard of the same ledger: what the refresh computes beyond the aged balance.
    const dashed = await timed(() => computeDashboard({ ledger: built.value, agingOptions: options }));
    dashboard.push(dashed.ms);
    dashboardPaired.push(dashed.ms / (built.ms + aged.ms));
    // DuckDB: appender load of the same arrays, then the aging query; then the query again on loaded tables.
    const loaded = await timed(() => duck.load(workbook));
    const queried = await timed(() => duck.age(asOf));
    load.push(loaded.ms);
    query.push(queried.ms);
    loadQuery.push(loaded.ms + queried.ms);
    cells = queried.value;
    queryAlone.push((await timed(() => duck.age(asOf))).ms);
    paired.push((built.ms + aged.ms) / (loaded.ms + queried.ms));
  }
  const namedTwice = await duck.namedTwice(asOf);
  duck.close();

  const ours = ourCells(result);
  const vsDuck = sameCells(ours, cells);
  const direct = JSON.stringify(ageLedger(directLedger(workbook), options).currencies.map((c) => c.clients)) ===
    JSON.stringify(result.currencies.map((c) => c.clients));
  const controlOk = result.currencies.every((c) => c.control.difference === 0);

  const oursTotal = median(total);
  const duckTotal = median(loadQuery);
  const rows = [
    ["step", "median", "min"],
    ["ours: buildLedger (parse, validate)", ms(median(parse)), ms(Math.min(...parse))],
    ["ours: ageLedger (lettrage + aging)", ms(median(age)), ms(Math.min(...age))],
    ["ours: total", ms(oursTotal), ms(Math.min(...total))],
    ["duckdb: load (appender, same arrays)", ms(median(load)), ms(Math.min(...load))],
    ["duckdb: aging query", ms(median(query)), ms(Math.min(...query))],
    ["duckdb: load + query", ms(duckTotal), ms(Math.min(...loadQuery))],
    ["duckdb: query alone (loaded tables)", ms(median(queryAlone)), ms(Math.min(...queryAlone))],
  ];
  console.log(table(rows));
  console.log(table([
    ["ratio ours / duckdb (load + query)", `${(oursTotal / duckTotal).toFixed(2)}`, "goal ≤ 1.0"],
    ["  same, median of the paired runs", `${median(paired).toFixed(2)}`, ""],
    ["ratio ours / duckdb (query alone)", `${(oursTotal / median(queryAlone)).toFixed(2)}`, ""],
    ["ratio ageLedger / duckdb query alone", `${(median(age) / median(queryAlone)).toFixed(2)}`, ""],
  ]));
  console.log(table([
    ["ours: computeDashboard (aging, indicators, 12 month-ends, forecast)", ms(median(dashboard)), ms(Math.min(...dashboard))],
    ["ratio dashboard / one parse + lettrage + aging", `${(median(dashboard) / oursTotal).toFixed(2)}`, "goal ≤ 3.0"],
    ["  same, median of the paired runs", `${median(dashboardPaired).toFixed(2)}`, ""],
  ]));
  console.log(`check: per client × bucket vs DuckDB: ${vsDuck.equal ? "OK" : "MISMATCH"} (${vsDuck.detail}); invoices named twice: ${namedTwice}` +
    `${namedTwice > 0 ? " (SQL not exact for this data)" : ""}; control difference 0: ${controlOk ? "OK" : "NO"}; ` +
    `buildLedger = direct read: ${direct ? "OK" : "NO"}`);
  if (!vsDuck.equal || !controlOk || !direct) process.exitCode = 1;

  if (o.memory) memory(o.memoryInvoices, Math.max(o.clients, Math.round(o.memoryInvoices / 50)));
}

/** Runs memory.ts in a child capped at 1 GB of heap and prints what it measured. */
function memory(invoices: number, clients: number): void {
  const script = path.join(__dirname, "memory.ts");
  const child = spawnSync(process.execPath, ["--max-old-space-size=1024", "--expose-gc", "--import", "tsx", script, String(invoices), String(clients)], {
    encoding: "utf8", maxBuffer: 16 * 1024 * 1024, cwd: path.join(__dirname, "..", ".."),
  });
  console.log(`\nMemory: ${int(invoices)} invoices in a child process with --max-old-space-size=1024`);
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line.startsWith("{")) {
    console.log(`FAILED (exit ${child.status ?? child.signal}): the heap went beyond 1 GB or the run crashed.`);
    console.log(child.stderr.split("\n").slice(-8).join("\n"));
    process.exitCode = 1;
    return;
  }
  const m = JSON.parse(line) as {
    invoices: number; payments: number; clients: number; maxRssKb: number; buildMs: number; ageMs: number; control: boolean;
    heap: { withData: number; withLedger: number; ledgerOnly: number; withResult: number; retained: number; peak: number };
  };
  console.log(table([
    ["heap used (* = right after a full GC)", ""],
    ["sheet values (2-D arrays) *", mb(m.heap.withData)],
    ["sheet values + ledger", mb(m.heap.withLedger)],
    ["ledger alone (values released) *", mb(m.heap.ledgerOnly)],
    ["ledger + aging result", mb(m.heap.withResult)],
    ["ledger + aging result *", mb(m.heap.retained)],
    ["peak of these samples", mb(m.heap.peak)],
    ["max RSS of the process", mb(m.maxRssKb * 1024)],
  ]));
  console.log(`${int(m.invoices)} invoices, ${int(m.payments)} payments, ${int(m.clients)} clients: buildLedger ${ms(m.buildMs)}, ` +
    `ageLedger ${ms(m.ageMs)}, control ${m.control ? "OK" : "NO"}; peak ${m.heap.peak <= 1024 ** 3 ? "within" : "ABOVE"} the 1 GB goal.`);
}
