// `npm run demo`: the aged balance of the sample workbook (examples/cabinet-exemple.xlsx) as of the end of
// last month, through the same code path as `encours age --workbook`; then the reminders at the same date, as
// `encours relances --out examples/relances` makes them (.eml drafts, plan.json, agenda.txt), with a short
// summary. The clock is read here, once. With --serve: the taskpane in a browser instead (scripts/serve-demo.ts).
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { runAge } from "../src/cli/age-command";
import { localDay } from "../src/core/days/local";
import { runRelances } from "../src/cli/relances-command";
import { nodeOutputFs } from "../src/cli/relances-output";
import { summaryLines } from "../src/cli/render-plan";
import { endOfPreviousMonth } from "../src/core/days/day";

const ROOT = join(__dirname, "..");
const WORKBOOK = join(ROOT, "examples", "cabinet-exemple.xlsx");
/** Where the drafts go (gitignored), shown relative to the folder the demo runs from. */
const DRAFTS = relative(process.cwd(), join(ROOT, "examples", "relances")) || ".";

/** The fictitious firm's details, as the user will give them in the add-in's settings. */
const DEMO_FIRM = {
  company: "Cabinet Exemple Expertise Comptable",
  iban: "FR76 3000 6000 0112 3456 7890 189",
  bic: "AGRIFRPP882",
  signature: "Service relation clients\nCabinet Exemple Expertise Comptable\n01 23 45 67 89",
};

async function demo(): Promise<number> {
  const now = new Date();
  const today = localDay(now);
  const readBytes = async (path: string) => new Uint8Array(await readFile(path));
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
    { today, readFile: readBytes },
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

  const asOf = endOfPreviousMonth(today);
  const reminders = await runRelances(
    { workbook: WORKBOOK, asOf, selections: [], out: DRAFTS, format: "text", language: "fr" },
    { today, now, readFile: readBytes, output: nodeOutputFs(), settings: DEMO_FIRM },
  );
  if (!reminders.ok) {
    process.stderr.write(`${reminders.message}\n`);
    return 2;
  }
  process.stdout.write(`\nRelances au ${asOf.split("-").reverse().join("/")} / Reminders as of ${asOf}\n`);
  for (const line of summaryLines(reminders.report)) process.stdout.write(`  ${line}\n`);
  process.stdout.write(
    "\nLe plan détaillé / The full plan:\n" +
      `  npm run --silent encours -- relances --workbook examples/cabinet-exemple.xlsx --as-of ${asOf} [--select "Factures!A5:A20"] [--json] [--out DOSSIER]\n`,
  );
  if ((await (await import("./demo-report")).writeDemoReport()) !== 0) return 2;
  return 0;
}

// `npm run demo -- --serve`: the taskpane in a browser beside the sample workbook (scripts/serve-demo.ts).
const run = process.argv.includes("--serve") ? () => import("./serve-demo").then((m) => m.serveDemo()) : demo;

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
