// `npm run bench [name] [-- options]`: runs bench/<name>/index.ts, or every bench/*/index.ts in turn.
// Each bench exports `run(args: string[]): Promise<void>` and prints its own table; a failed check sets
// process.exitCode. Benches are not tests: they are never run by jest.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

type Bench = { run?: (args: string[]) => Promise<void> };

async function main(): Promise<void> {
  const [first, ...rest] = process.argv.slice(2);
  const named = first !== undefined && !first.startsWith("--") ? first : undefined;
  const args = named === undefined ? process.argv.slice(2) : rest;
  const all = readdirSync(__dirname, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(__dirname, d.name, "index.ts")))
    .map((d) => d.name)
    .sort();
  const chosen = named === undefined ? all : all.filter((name) => name === named);
  if (chosen.length === 0) throw new Error(`No bench named "${named}". Available: ${all.join(", ")}`);
  for (const name of chosen) {
    const bench = (await import(path.join(__dirname, name, "index.ts"))) as Bench;
    if (typeof bench.run !== "function") throw new Error(`bench/${name}/index.ts does not export run()`);
    console.log(`\n=== bench ${name} ===`);
    await bench.run(args);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.message.startsWith("No bench") ? error.message : error);
  process.exitCode = 1;
});
