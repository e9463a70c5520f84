// `npm run demo`: the aged balance of the sample workbook (examples/cabinet-exemple.xlsx) as of the end of
// last month, through the same code path as `encours age --workbook`. The clock is read here, once.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { runAge } from "../src/cli/age-command";
import { localIsoDay } from "../src/cli/clock";

const WORKBOOK = join(__dirname, "..", "examples", "cabinet-exemple.xlsx");

async function demo(): Promise<number> {
  const today = localIsoDay(new Date());
  process.stdout.write(
    "Encours — démonstration sur examples/cabinet-exemple.xlsx (cabinet d'expertise comptable fictif)\n" +
      "Encours — demo on examples/cabinet-exemple.xlsx (a fictitious French accounting firm)\n\n",
  );
  const outcome = await runAge(
    {
      source: { kind: "workbook", path: WORKBOOK },
      bucketBounds: [30, 60, 90],
      autoLettrage: true,
      basis: "due",
      format: "text",
    },
    { today, readFile: async (path) => new Uint8Array(await readFile(path)) },
  );
  if (!outcome.ok) {
    process.stderr.write(`${outcome.message}\n`);
    return 2;
  }
  process.stdout.write(outcome.stdout);
  process.stdout.write(
    "\nMême calcul en ligne de commande / Same from the command line:\n" +
      "  npm run --silent encours -- age --workbook examples/cabinet-exemple.xlsx [--as-of AAAA-MM-JJ] [--json | --csv]\n",
  );
  return 0;
}

demo().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
