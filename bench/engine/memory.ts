// Child process of the engine bench: ages a sheet-sized workbook (1,048,575 invoices by default) under
// `node --max-old-space-size=1024 --expose-gc`, so a heap beyond 1 GB fails visibly (the process dies) instead
// of passing unnoticed. Prints one JSON line for the parent.
//   node --max-old-space-size=1024 --expose-gc --import tsx bench/engine/memory.ts [invoices] [clients]
import { ageLedger, agingOptions } from "../../src/core/aging/age";
import { generateWorkbook, type Workbook } from "./generate";
import { readLedger } from "./pipeline";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function main(): Promise<void> {
  const invoices = Number(process.argv[2] ?? 1_048_575);
  const clients = Number(process.argv[3] ?? 20_000);
  let peak = 0;
  const sample = () => {
    const used = process.memoryUsage().heapUsed;
    peak = Math.max(peak, used);
    return used;
  };
  gc();
  const start = sample();
  let workbook: Workbook | null = generateWorkbook({ invoices, clients });
  const { asOf, counts } = workbook;
  gc();
  const withData = sample();
  let t = performance.now();
  const ledger = readLedger(workbook);
  const buildMs = performance.now() - t;
  const withLedger = sample();
  // The refresh keeps the ledger, not the sheet values it was read from.
  workbook = null;
  gc();
  const ledgerOnly = sample();
  t = performance.now();
  const result = ageLedger(ledger, agingOptions(asOf));
  const ageMs = performance.now() - t;
  const withResult = sample();
  gc();
  const retained = sample();
  const control = result.currencies.every((c) => c.control.difference === 0);
  process.stdout.write(`${JSON.stringify({
    invoices: counts.invoices, payments: counts.payments, clients,
    heap: { start, withData, withLedger, ledgerOnly, withResult, retained, peak }, maxRssKb: process.resourceUsage().maxRSS,
    buildMs, ageMs, control, openLines: result.currencies.reduce((s, c) => s + c.clients.length, 0),
  })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
