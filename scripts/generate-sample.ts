// Generates examples/cabinet-exemple.xlsx: the receivables of a French accounting firm (~80 clients,
// ~1,500 invoices over 18 months). Deterministic: a seeded generator and fixed dates, so running it again
// gives the same file. Usage: npx tsx scripts/generate-sample.ts [output.xlsx]
import { writeFile } from "node:fs/promises";
import { makeActivity } from "./sample/activity";
import { makeClients } from "./sample/clients";
import { seededRandom } from "./sample/prng";
import { sampleWorkbookBytes } from "./sample/workbook";

export const SAMPLE_SEED = 20_260_131;
export const SAMPLE_PATH = "examples/cabinet-exemple.xlsx";

export async function generateSample(): Promise<{ bytes: Uint8Array; clients: number; invoices: number; payments: number }> {
  const rng = seededRandom(SAMPLE_SEED);
  const clients = makeClients(rng);
  const activity = makeActivity(clients, rng);
  const bytes = await sampleWorkbookBytes(clients, activity);
  return { bytes, clients: clients.length, invoices: activity.invoices.length, payments: activity.payments.length };
}

async function run(): Promise<void> {
  const output = process.argv[2] ?? SAMPLE_PATH;
  const sample = await generateSample();
  await writeFile(output, sample.bytes);
  process.stdout.write(
    `${output} : ${sample.clients} clients, ${sample.invoices} factures, ${sample.payments} règlements (${sample.bytes.length} octets)\n`,
  );
}

if (require.main === module) {
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
