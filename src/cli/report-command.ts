// `encours report --workbook W.xlsx [--as-of D] [--out OUT.xlsx] [--lang fr|en]`: the refresh of the add-in over
// an .xlsx file. Reads the workbook, builds the ledger, and writes the Balance âgée, Tableau de bord and
// Historique sheets (src/core/reports) into a COPY of the workbook (default: <name>-rapport.xlsx beside it):
// the input file is never written, the input sheets are copied as they are, our sheets are found by their
// marker and replaced (so running it again on the copy gives the same sheets, the month's history row updated in
// place). ExcelJS cannot write charts: the dashboard holds the charts' data, the add-in draws the charts in Excel.
// The clock is read by the caller (src/cli/main.ts, scripts/demo-report.ts) and passed in as `today` and `now`.
import ExcelJS from "exceljs";
import { dirname, join, resolve } from "node:path";
import { findInputSheets } from "../core/columns/sheets";
import { endOfPreviousMonth, isIsoDay, type IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import { parseJournalRows } from "../core/journal/parse";
import type { JournalEntry } from "../core/journal/types";
import { buildLedger } from "../core/ledger/build";
import type { ParsedHistoryRow } from "../core/history/history";
import { buildReportPlans, parseHistorySheet, summaryLine, type ReportPlans, type ReportLanguage } from "../core/reports";
import type { RawSheet, WorkbookInfo } from "../core/sheet";
import { findOwnedSheets } from "../xlsx/markers";
import { applyPlansXlsx } from "../xlsx/write-plan";
import { parseBucketBounds } from "./args";
import { InputError, baseName, fileKind, hasAnyValue, loadWorkbook, readInputBytes, type ReadFile } from "./input-files";
import { oneLine } from "./text-format";

export interface ReportArgs {
  workbook: string;
  /** Absent: the end of the month before today. */
  asOf?: IsoDay;
  /** Absent: <workbook name>-rapport.xlsx in the workbook's folder. */
  out?: string;
  language: ReportLanguage;
  bucketBounds: number[];
  autoLettrage: boolean;
  basis: "due" | "invoice";
  termsDays?: number;
}

export const REPORT_HELP =
  "encours report --workbook CLASSEUR.xlsx [--as-of AAAA-MM-JJ] [--out RAPPORT.xlsx] [--lang fr|en]\n" +
  "               [--buckets 30,60,90] [--terms JOURS] [--no-auto-lettrage] [--by-invoice-date]\n" +
  "  Écrit la balance âgée, le tableau de bord et l'historique dans une copie du classeur\n" +
  "  (par défaut CLASSEUR-rapport.xlsx à côté) ; le classeur d'origine n'est jamais modifié.\n" +
  "  Writes the aged balance, the dashboard and the history into a copy of the workbook\n" +
  "  (default WORKBOOK-rapport.xlsx beside it); the original workbook is never written.\n" +
  "  Les graphiques ne sont pas écrits dans le .xlsx (ExcelJS) : leurs données sont sur le tableau de bord.\n" +
  "  Charts are not written in the .xlsx (ExcelJS): their data is on the dashboard sheet.\n";

const HINT = "(encours report --help)";

type Parsed = { ok: true; args: ReportArgs } | { ok: true; help: true } | { ok: false; message: string };

function fail(fr: string, en: string): Parsed {
  return { ok: false, message: `${fr} ${HINT} / ${en}` };
}

/** The arguments after `report`. */
export function parseReportArgs(argv: readonly string[]): Parsed {
  const args: Partial<ReportArgs> & { bucketBounds: number[]; autoLettrage: boolean; basis: "due" | "invoice"; language: ReportLanguage } = {
    bucketBounds: [30, 60, 90], autoLettrage: true, basis: "due", language: "fr",
  };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i] as string;
    if (name === "--help" || name === "-h") return { ok: true, help: true };
    if (name === "--no-auto-lettrage") {
      args.autoLettrage = false;
      continue;
    }
    if (name === "--by-invoice-date") {
      args.basis = "invoice";
      continue;
    }
    if (!["--workbook", "--as-of", "--out", "--lang", "--buckets", "--terms"].includes(name)) {
      return fail(`Option inconnue : ${name}`, `Unknown option: ${name}`);
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) return fail(`Valeur manquante après ${name}`, `Missing value after ${name}`);
    i++;
    if (name === "--workbook") args.workbook = value;
    else if (name === "--out") args.out = value;
    else if (name === "--as-of") {
      if (!isIsoDay(value)) return fail(`Date d'arrêté invalide : ${value} (attendu AAAA-MM-JJ)`, `Invalid as-of date: ${value} (expected YYYY-MM-DD)`);
      args.asOf = value;
    } else if (name === "--lang") {
      if (value !== "fr" && value !== "en") return fail(`Langue inconnue : ${value} (fr ou en)`, `Unknown language: ${value} (fr or en)`);
      args.language = value;
    } else if (name === "--buckets") {
      const bounds = parseBucketBounds(value);
      if (bounds === null) return fail(`Tranches invalides : ${value} (ex. 30,60,90)`, `Invalid buckets: ${value} (e.g. 30,60,90)`);
      args.bucketBounds = bounds;
    } else {
      if (!/^\d{1,4}$/.test(value)) return fail(`Délai invalide : ${value} (jours)`, `Invalid terms: ${value} (days)`);
      args.termsDays = Number(value);
    }
  }
  if (args.workbook === undefined) return fail("Classeur manquant : --workbook CLASSEUR.xlsx", "Missing workbook: --workbook WORKBOOK.xlsx");
  return { ok: true, args: { ...args, workbook: args.workbook } };
}

export interface ReportEnv {
  /** Today's calendar day (default as-of date: the end of the previous month). */
  today: IsoDay;
  /** Local date-time of the run, ISO ("2025-11-14T10:32:00"): the "generated on" of the sheets. */
  now: string;
  readFile: ReadFile;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

export type ReportOutcome =
  | { ok: true; out: string; report: ReportPlans; stdout: string }
  | { ok: false; message: string };

/** <folder>/<name>-rapport.xlsx beside the workbook. */
export function defaultReportPath(workbook: string): string {
  const name = baseName(workbook).replace(/\.xls[xm]$/i, "");
  return join(dirname(workbook), `${name}-rapport.xlsx`);
}

function sheetOf(sheets: readonly RawSheet[], name: string | null | undefined): RawSheet | undefined {
  return name === null || name === undefined ? undefined : sheets.find((s) => s.name === name);
}

/** Reads, builds and writes the report; never throws for bad input (InputError → { ok: false }). */
export async function runReport(args: ReportArgs, env: ReportEnv): Promise<ReportOutcome> {
  try {
    return await report(args, env);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: oneLine(error.message) };
    throw error;
  }
}

async function report(args: ReportArgs, env: ReportEnv): Promise<ReportOutcome> {
  const path = args.workbook;
  const out = args.out ?? defaultReportPath(path);
  if (resolve(out) === resolve(path)) {
    throw new InputError(
      `Le rapport ne peut pas remplacer le classeur lu (${baseName(path)}) : choisissez un autre --out`,
      `The report cannot overwrite the workbook it reads (${baseName(path)}): choose another --out`,
    );
  }
  const bytes = await readInputBytes(path, env.readFile);
  if (fileKind(bytes) !== "xlsx") {
    throw new InputError(`${path} n'est pas un classeur .xlsx`, `${path} is not an .xlsx workbook`);
  }
  const book = await loadWorkbook(path, bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  const owned = findOwnedSheets(workbook);
  const ownedNames = new Set([...owned.values()].map((ws) => ws.name));
  const candidates = book.sheetNames.filter((n) => !ownedNames.has(n));
  const found = findInputSheets(candidates);
  if (found.invoices === null) {
    throw new InputError(
      `Aucune feuille de factures dans ${baseName(path)} (noms essayés : ${found.tried.invoices.join(", ")} ; feuilles présentes : ${book.sheetNames.join(", ")})`,
      `No invoice sheet in ${baseName(path)} (names tried: ${found.tried.invoices.join(", ")}; sheets present: ${book.sheetNames.join(", ")})`,
    );
  }
  const invoices = sheetOf(book.sheets, found.invoices);
  if (invoices === undefined || !hasAnyValue(invoices)) {
    throw new InputError(`Feuille « ${found.invoices} » vide dans ${path}`, `Sheet "${found.invoices}" of ${path} is empty`);
  }
  const info: WorkbookInfo = book.info;
  const input: Parameters<typeof buildLedger>[0] = { invoices, info };
  const payments = sheetOf(book.sheets, found.payments);
  if (payments !== undefined) input.payments = payments;
  const clients = sheetOf(book.sheets, found.clients);
  if (clients !== undefined) input.clients = clients;
  if (args.termsDays !== undefined) input.defaultTermsDays = args.termsDays;
  const built = buildLedger(input);
  if (!built.ok) {
    const message = oneLine(built.fatal.message);
    throw new InputError(built.fatal.sheet === "" || message.includes(built.fatal.sheet) ? message : `${built.fatal.sheet} : ${message}`);
  }

  const readingIssues: Issue[] = [...book.issues];
  let history: ParsedHistoryRow[] = [];
  const historySheet = sheetOf(book.sheets, owned.get("history")?.name);
  if (historySheet !== undefined) {
    const parsed = parseHistorySheet(historySheet.values, { sheet: historySheet.name, firstRow: historySheet.firstRow ?? 1, date1904: info.date1904 });
    history = parsed.rows;
    readingIssues.push(...parsed.issues);
  }
  let journal: JournalEntry[] = [];
  const journalSheet = sheetOf(book.sheets, owned.get("journal")?.name);
  if (journalSheet !== undefined) {
    const parsed = parseJournalRows(journalSheet.values, journalSheet.firstRow ?? 1, journalSheet.name, { date1904: info.date1904 });
    journal = parsed.entries;
    readingIssues.push(...parsed.issues);
  }

  const asOf = args.asOf ?? endOfPreviousMonth(env.today);
  const plans = buildReportPlans({
    ledger: built.ledger,
    agingOptions: { asOf, bucketBounds: args.bucketBounds, autoLettrage: args.autoLettrage, basis: args.basis },
    journal, history, now: env.now, language: args.language, date1904: info.date1904, readingIssues,
  });
  applyPlansXlsx(workbook, plans.plans);
  const buffer = await workbook.xlsx.writeBuffer();
  await env.writeFile(out, new Uint8Array(buffer as ArrayBuffer));

  const n = plans.issues.filter((i) => i.severity !== "info").length;
  const lines = [
    summaryLine(plans.summary, args.language),
    args.language === "fr" ? `Rapport écrit : ${out}` : `Report written: ${out}`,
  ];
  if (n > 0) {
    lines.push(args.language === "fr"
      ? `${n} problème(s) de données : « encours age --workbook ${baseName(path)} » les détaille.`
      : `${n} data problem(s): "encours age --workbook ${baseName(path)}" lists them.`);
  }
  return { ok: true, out, report: plans, stdout: `${lines.join("\n")}\n` };
}

export interface ReportIo {
  stdout(text: string): void;
  stderr(text: string): void;
  today(): IsoDay;
  now(): string;
  readFile: ReadFile;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

/** `encours report …` (argv without "report"): exit code 0, 2 for unusable input. */
export async function reportMain(argv: readonly string[], io: ReportIo): Promise<number> {
  const parsed = parseReportArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${oneLine(parsed.message)}\n`);
    return 2;
  }
  if ("help" in parsed) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const outcome = await runReport(parsed.args, { today: io.today(), now: io.now(), readFile: io.readFile, writeFile: io.writeFile });
  if (!outcome.ok) {
    io.stderr(`${outcome.message}\n`);
    return 2;
  }
  io.stdout(outcome.stdout);
  return 0;
}

/** Local wall-clock date-time of a clock reading, ISO without zone ("2025-11-14T10:32:05"). */
