// `encours age`: read the input (CSV/xlsx files, a workbook, or a FEC), build the ledger, letter and age it,
// render it. The as-of date defaults to the end of the month before `today`, which the caller passes in
// (the clock is read once, at the edge: src/cli/main.ts or scripts/demo.ts).
import { endOfPreviousMonth, type IsoDay } from "../core/days/day";
import { sheetIssue, uniqueIssues, type Issue } from "../core/issues";
import type { RawSheet, WorkbookInfo } from "../core/sheet";
import type { Ledger } from "../core/ledger/types";
import { ageLedger, makeBuckets } from "../core/aging";
import { findInputSheets } from "../core/columns/sheets";
import { buildLedger } from "../core/ledger/build";
import { fecToLedger } from "../core/fec";
import type { AgeArgs } from "./args";
import { emptyCurrencyAging, type AgeReport } from "./age-report";
import {
  InputError, baseName, hasAnyValue, loadSheetFile, loadTextFile, loadWorkbook, readInputBytes, fileKind,
  type ReadFile,
} from "./input-files";
import { oneLine } from "./text-format";
import { renderCsv } from "./render-csv";
import { renderJson } from "./render-json";
import { renderText } from "./render-text";

export interface AgeEnv {
  /** Today's date from the caller's clock; only used for the default as-of date. */
  today: IsoDay;
  readFile: ReadFile;
}

export type AgeOutcome =
  | { ok: true; stdout: string; /** A short note for stderr (e.g. issue count under --csv), or "". */ note: string }
  | { ok: false; message: string };

interface LedgerInput {
  ledger: Ledger;
  readingIssues: Issue[];
  sourceLabel: string;
}

type LedgerBuild = { ok: true; ledger: Ledger } | { ok: false; fatal: Issue };

/** A fatal issue of the core (e.g. a required column absent) ends the command with its message. */
function ledgerOrFail(build: LedgerBuild): Ledger {
  if (build.ok) return build.ledger;
  const { sheet } = build.fatal;
  const message = oneLine(build.fatal.message); // already "French / English"
  throw new InputError(sheet === "" || message.includes(sheet) ? message : `${sheet} : ${message}`);
}

async function fromFiles(
  source: Extract<AgeArgs["source"], { kind: "files" }>, args: AgeArgs, env: AgeEnv,
): Promise<LedgerInput> {
  const pick = (role: "invoices" | "payments" | "clients") => (names: string[]) => findInputSheets(names)[role];
  const invoices = await loadSheetFile(source.invoices, "invoices", env.readFile, pick("invoices"));
  const payments = source.payments === undefined ? undefined : await loadSheetFile(source.payments, "payments", env.readFile, pick("payments"));
  const clients = source.clients === undefined ? undefined : await loadSheetFile(source.clients, "clients", env.readFile, pick("clients"));
  const readingIssues = [...invoices.issues, ...(payments?.issues ?? []), ...(clients?.issues ?? [])];
  for (const other of [payments, clients]) {
    if (other !== undefined && other.info.date1904 !== invoices.info.date1904) {
      readingIssues.push(
        sheetIssue(
          "warning",
          "input.date-system-mismatch",
          `Les classeurs n'utilisent pas le même calendrier (1900 / 1904) : les dates numériques de « ${other.sheet.name} » peuvent être décalées de 4 ans. / ` +
            `The workbooks use different date systems (1900 / 1904): numeric dates of "${other.sheet.name}" may be 4 years off.`,
          other.sheet.name,
        ),
      );
    }
  }
  const input: { invoices: RawSheet; payments?: RawSheet; clients?: RawSheet; info: WorkbookInfo; defaultTermsDays?: number } = {
    invoices: invoices.sheet,
    info: invoices.info,
  };
  if (payments !== undefined) input.payments = payments.sheet;
  if (clients !== undefined) input.clients = clients.sheet;
  if (args.termsDays !== undefined) input.defaultTermsDays = args.termsDays;
  const ledger = ledgerOrFail(buildLedger(input));
  const label = [source.invoices, source.payments, source.clients].filter((s) => s !== undefined).map(baseName).join(", ");
  return { ledger, readingIssues, sourceLabel: label };
}

async function fromWorkbook(path: string, args: AgeArgs, env: AgeEnv): Promise<LedgerInput> {
  const bytes = await readInputBytes(path, env.readFile);
  const kind = fileKind(bytes);
  if (kind !== "xlsx") {
    throw new InputError(
      `${path} n'est pas un classeur .xlsx : pour un CSV, utilisez --invoices (et --payments, --clients)`,
      `${path} is not an .xlsx workbook: for CSV files use --invoices (and --payments, --clients)`,
    );
  }
  let found: ReturnType<typeof findInputSheets> | undefined;
  const book = await loadWorkbook(path, bytes, (names) => {
    found = findInputSheets(names);
    return [found.invoices, found.payments, found.clients].filter((n): n is string => n !== null);
  });
  const sheets = found ?? findInputSheets(book.sheetNames);
  if (sheets.invoices === null) {
    const tried = sheets.tried.invoices.join(", ");
    const present = book.sheetNames.join(", ");
    throw new InputError(
      `Aucune feuille de factures dans ${baseName(path)} (noms essayés : ${tried} ; feuilles présentes : ${present})`,
      `No invoice sheet in ${baseName(path)} (names tried: ${tried}; sheets present: ${present})`,
    );
  }
  const byName = (name: string | null): RawSheet | undefined =>
    name === null ? undefined : book.sheets.find((s) => s.name === name);
  const invoices = byName(sheets.invoices);
  if (invoices === undefined || !hasAnyValue(invoices)) {
    throw new InputError(`Feuille « ${sheets.invoices} » vide dans ${path}`, `Sheet "${sheets.invoices}" of ${path} is empty`);
  }
  const readingIssues = [...book.issues];
  const input: { invoices: RawSheet; payments?: RawSheet; clients?: RawSheet; info: WorkbookInfo; defaultTermsDays?: number } = {
    invoices,
    info: book.info,
  };
  const payments = byName(sheets.payments);
  if (payments !== undefined) input.payments = payments;
  else {
    const tried = sheets.tried.payments.join(", ");
    readingIssues.push(
      sheetIssue(
        "warning",
        "input.no-payment-sheet",
        `Aucune feuille de règlements trouvée (noms essayés : ${tried}) : toutes les factures sont comptées comme impayées. / ` +
          `No payment sheet found (names tried: ${tried}): every invoice is counted as unpaid.`,
        baseName(path),
      ),
    );
  }
  const clients = byName(sheets.clients);
  if (clients !== undefined) input.clients = clients;
  if (args.termsDays !== undefined) input.defaultTermsDays = args.termsDays;
  const ledger = ledgerOrFail(buildLedger(input));
  const used = [sheets.invoices, sheets.payments, sheets.clients].filter((n): n is string => n !== null);
  return { ledger, readingIssues, sourceLabel: `${baseName(path)} — ${used.join(", ")}` };
}

async function fromFec(path: string, args: AgeArgs, env: AgeEnv): Promise<LedgerInput> {
  const { text } = await loadTextFile(path, env.readFile);
  const options: { defaultTermsDays?: number } = {};
  if (args.termsDays !== undefined) options.defaultTermsDays = args.termsDays;
  const ledger = ledgerOrFail(fecToLedger(text, options));
  return { ledger, readingIssues: [], sourceLabel: `${baseName(path)} (FEC)` };
}


/** Reads, letters and ages; throws InputError for unusable input. */
export async function buildAgeReport(args: AgeArgs, env: AgeEnv): Promise<AgeReport> {
  const asOf = args.asOf ?? endOfPreviousMonth(env.today);
  const source = args.source;
  const input =
    source.kind === "files" ? await fromFiles(source, args, env)
    : source.kind === "workbook" ? await fromWorkbook(source.path, args, env)
    : await fromFec(source.path, args, env);
  const result = ageLedger(input.ledger, {
    asOf, bucketBounds: args.bucketBounds, autoLettrage: args.autoLettrage, basis: args.basis,
  });
  const buckets = makeBuckets(args.bucketBounds);
  const currencies = result.currencies.length > 0 ? result.currencies : [emptyCurrencyAging("EUR", asOf, buckets)];
  const report: AgeReport = {
    asOf,
    currencies,
    buckets,
    issues: uniqueIssues(input.readingIssues, input.ledger.issues, result.issues),
    clients: input.ledger.clients,
    rejectedRows: input.ledger.rejectedRows,
    sourceLabel: input.sourceLabel,
  };
  if (input.ledger.rejectedBySheet !== undefined) report.rejectedBySheet = input.ledger.rejectedBySheet;
  return report;
}

export async function runAge(args: AgeArgs, env: AgeEnv): Promise<AgeOutcome> {
  let report: AgeReport;
  try {
    report = await buildAgeReport(args, env);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: oneLine(error.message) };
    throw error;
  }
  if (args.format === "json") return { ok: true, stdout: renderJson(report), note: "" };
  if (args.format === "csv") {
    const n = report.issues.length;
    const note = n === 0 ? "" :
      `${n} problème(s) de données : relancez sans --csv pour le détail. / ${n} data problem(s): run without --csv for details.`;
    return { ok: true, stdout: renderCsv(report), note };
  }
  return { ok: true, stdout: renderText(report), note: "" };
}
