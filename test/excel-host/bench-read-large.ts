// Bench (not a test): reading a full-height sheet (1,048,575 data rows × 8 columns) through Microsoft's
// client and the emulated host in chunks of about 4 MB, as the add-in's reader does.
//   npx tsx test/excel-host/bench-read-large.ts [rowsPerChunk]
// Exported run() follows bench/run.ts's convention so bench/<name>/index.ts can re-export it.
import { createExcelHarness } from "./index";

export async function run(args: string[] = []): Promise<void> {
  const rowsPerChunk = Number(args[0] ?? 40_000);
  const totalRows = 1_048_575;
  let t = performance.now();
  const values: (string | number)[][] = [["N°", "Client", "Montant", "Échéance", "Émission", "Réf", "Statut", "Note"]];
  for (let i = 1; i <= totalRows; i++) {
    values.push([`F-${i}`, `Client ${i % 997}`, ((i * 37) % 100000) / 100, 45000 + (i % 400), 44900 + (i % 300), `R${i}`, "ouvert", ""]);
  }
  const build = performance.now() - t;
  t = performance.now();
  const xl = createExcelHarness({ sheets: [{ name: "Factures", values }] });
  const seed = performance.now() - t;
  t = performance.now();
  let rows = 0;
  await xl.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Factures");
    for (let start = 0; start <= totalRows; start += rowsPerChunk) {
      const range = sheet.getRangeByIndexes(start, 0, Math.min(rowsPerChunk, totalRows + 1 - start), 8);
      range.load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point
      await context.sync();
      rows += range.values.length;
      range.untrack();
    }
  });
  const read = performance.now() - t;
  const largest = Math.max(...xl.batches.map((b) => b.responseBytes));
  console.log(
    [
      `rows read            ${rows}`,
      `batches              ${xl.syncCount()}`,
      `largest response     ${(largest / 1024 / 1024).toFixed(2)} MB`,
      `build seed (ms)      ${build.toFixed(0)}`,
      `seed workbook (ms)   ${seed.toFixed(0)}`,
      `read through Excel.run (ms) ${read.toFixed(0)}`,
    ].join("\n"),
  );
  if (rows !== totalRows + 1) process.exitCode = 1;
}

if (require.main === module) {
  run(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
