// `tsx scripts/demo-report.ts`: the report of the sample workbook (examples/cabinet-exemple.xlsx) as of the end of
// last month, written to examples/cabinet-exemple-rapport.xlsx through the same code path as `encours report`.
// The clock is read here, once. scripts/demo.ts calls writeDemoReport after the aged balance.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { localDateTime, localDay } from "../src/core/days/local";
import { runReport } from "../src/cli/report-command";

const EXAMPLES = join(__dirname, "..", "examples");
export const DEMO_WORKBOOK = join(EXAMPLES, "cabinet-exemple.xlsx");
export const DEMO_REPORT = join(EXAMPLES, "cabinet-exemple-rapport.xlsx");

/** Writes the demo report; returns the exit code (0, or 2 with the message on stderr). */
export async function writeDemoReport(moment: Date = new Date()): Promise<number> {
  const outcome = await runReport(
    { workbook: DEMO_WORKBOOK, out: DEMO_REPORT, language: "fr", bucketBounds: [30, 60, 90], autoLettrage: true, basis: "due" },
    {
      today: localDay(moment),
      now: localDateTime(moment),
      readFile: async (path) => new Uint8Array(await readFile(path)),
      writeFile: (path, bytes) => writeFile(path, bytes),
    },
  );
  if (!outcome.ok) {
    process.stderr.write(`${outcome.message}\n`);
    return 2;
  }
  process.stdout.write(
    `\n${outcome.stdout}` +
      "Les graphiques du tableau de bord sont dessinés par le complément dans Excel ; le .xlsx contient leurs données.\n" +
      "The dashboard's charts are drawn by the add-in in Excel; the .xlsx holds their data.\n" +
      "Même calcul / Same from the command line:\n" +
      "  npm run --silent encours -- report --workbook examples/cabinet-exemple.xlsx [--as-of AAAA-MM-JJ]\n",
  );
  return 0;
}

if (require.main === module) {
  writeDemoReport().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
