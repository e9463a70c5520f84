// `encours` entry point: argv → command → exit code. Runs when started as a program (npm run encours,
// bin/encours.js, node --import tsx src/cli/main.ts); tests import `main` and inject the I/O.
import { readFile } from "node:fs/promises";
import type { IsoDay } from "../core/days/day";
import { parseArgs } from "./args";
import { runAge } from "./age-command";
import { localDateTime, localDay } from "../core/days/local";
import { AGE_HELP, MAIN_HELP, RELANCES_HELP } from "./help";
import type { ReminderTemplate } from "../core/templates";
import { runRelances } from "./relances-command";
import { reportMain } from "./report-command";
import { nodeOutputFs, type OutputFs } from "./relances-output";
import { oneLine } from "./text-format";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Today's calendar day (for the default as-of date). */
  today(): IsoDay;
  readFile(path: string): Promise<Uint8Array>;
  /** The clock reading that dates the .eml drafts (default: `today` at 09:00 UTC). */
  now?(): Date;
  /** Where `relances --out` writes; without it, `relances --out` cannot run. */
  output?: OutputFs;
}

/** Test-only replacements (the reminder templates will come from the workbook settings). */
export interface CliSeams {
  templates?: readonly ReminderTemplate[];
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_UNUSABLE = 2;

export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    today: () => localDay(new Date()),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    now: () => new Date(),
    output: nodeOutputFs(),
  };
}

/** Runs one command line; never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: CliIo, seams: CliSeams = {}): Promise<number> {
  try {
    if (argv[0] === "report") {
      const output = io.output;
      if (output === undefined) throw new Error("report needs a file system to write to");
      return await reportMain(argv.slice(1), {
        stdout: io.stdout, stderr: io.stderr, today: io.today, readFile: io.readFile,
        now: () => localDateTime(io.now?.() ?? new Date(`${io.today()}T09:00:00`)),
        writeFile: (path, bytes) => output.writeFile(path, bytes),
      });
    }
    const parsed = parseArgs(argv);
    if (!parsed.ok) {
      io.stderr(`${oneLine(parsed.message)}\n`);
      return EXIT_UNUSABLE;
    }
    const { command } = parsed;
    if (command.kind === "help") {
      io.stdout(command.topic === "age" ? AGE_HELP : command.topic === "relances" ? RELANCES_HELP : MAIN_HELP);
      return EXIT_OK;
    }
    if (command.kind === "relances") {
      const today = io.today();
      const env: Parameters<typeof runRelances>[1] = {
        today, now: io.now?.() ?? new Date(`${today}T09:00:00Z`), readFile: io.readFile,
      };
      if (io.output !== undefined) env.output = io.output;
      if (seams.templates !== undefined) env.templates = seams.templates;
      const outcome = await runRelances(command.args, env);
      if (!outcome.ok) {
        io.stderr(`${outcome.message}\n`);
        return EXIT_UNUSABLE;
      }
      io.stdout(outcome.stdout);
      return EXIT_OK;
    }
    const outcome = await runAge(command.args, { today: io.today(), readFile: io.readFile });
    if (!outcome.ok) {
      io.stderr(`${outcome.message}\n`);
      return EXIT_UNUSABLE;
    }
    io.stdout(outcome.stdout);
    if (outcome.note !== "") io.stderr(`${outcome.note}\n`);
    return EXIT_OK;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`${oneLine(`Erreur interne d'encours : ${detail} / Encours internal error: ${detail}`)}\n`);
    return EXIT_INTERNAL;
  }
}

/** True when this file is the program being run (directly, through tsx, or through bin/encours.js). */
function startedAsProgram(): boolean {
  const entry = require.main;
  if (entry === undefined) return false;
  return entry === module || /[\\/]bin[\\/]encours(\.js)?$/.test(entry.filename);
}

if (startedAsProgram()) {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // The reader went away (`encours … | head`): stop quietly.
    if (error.code === "EPIPE") process.exit(EXIT_OK);
  });
  void main(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
