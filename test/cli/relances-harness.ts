// Runs `encours relances` in-process with a real temporary folder for --out, a fixed clock, and small workbooks
// built with ExcelJS for the cases the sample workbook does not hold.
import ExcelJS from "exceljs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main, type CliSeams } from "../../src/cli/main";
import { nodeOutputFs } from "../../src/cli/relances-output";
import type { ReminderTemplate } from "../../src/core/templates";

export const SAMPLE = join(__dirname, "..", "..", "examples", "cabinet-exemple.xlsx");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fixed clock reading: Monday 16 November 2026, 10:30 local time. */
export const NOW = new Date(2026, 10, 16, 10, 30, 0);

export async function relances(argv: string[], options: { templates?: readonly ReminderTemplate[]; today?: string } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const seams: CliSeams = {};
  if (options.templates !== undefined) seams.templates = options.templates;
  const code = await main(["relances", ...argv], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    today: () => options.today ?? "2026-11-16",
    now: () => NOW,
    readFile: async (path) => nodeOutputFs().readFile(path),
    output: nodeOutputFs(),
  }, seams);
  return { code, stdout, stderr };
}

export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "encours-relances-"));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Names in a folder, [] when it does not exist. */
export async function filesIn(path: string): Promise<string[]> {
  try {
    return (await readdir(path)).sort();
  } catch {
    return [];
  }
}

export type Row = (string | number | Date | null)[];

/** An .xlsx with the given sheets (first row of each = header), written into `dir`. */
export async function writeWorkbook(dir: string, name: string, sheets: Record<string, Row[]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r, i) => {
      ws.getRow(i + 1).values = r.map((v) => (v === null ? "" : v));
    });
  }
  const path = join(dir, name);
  await writeFile(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

/** A day as an Excel date cell (UTC midnight, as ExcelJS writes dates). */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const INVOICES_HEADER: Row = ["N° facture", "Client", "Date facture", "Échéance", "Montant TTC"];
export const CLIENTS_HEADER: Row = ["Code client", "Raison sociale", "E-mail", "Contact", "Langue", "Bloqué"];
