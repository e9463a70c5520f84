// What `encours relances` reads from the workbook: the input sheets (ledger, aging at the as-of date), the
// follow-up journal "Suivi des relances" when there is one, and the sheets named by --select.
//
// The journal is found by its marker (the defined name `_EncoursSheet_journal` that Encours writes in an .xlsx,
// read straight from xl/workbook.xml so the workbook is parsed once), else by its usual name with a header row
// the journal reader recognises. Input sheets are found by name as for `encours age`.
import JSZip from "jszip";
import type { CurrencyAging } from "../core/aging/types";
import { ageLedger } from "../core/aging";
import { findInputSheets } from "../core/columns/sheets";
import type { IsoDay } from "../core/days/day";
import { sheetIssue, uniqueIssues, type Issue } from "../core/issues";
import { journalFieldOfHeader, parseJournalRows, type JournalEntry } from "../core/journal";
import { buildLedger } from "../core/ledger/build";
import type { Ledger } from "../core/ledger/types";
import { keyOfMarkerName, resolveOwnedSheets, splitSheetAddress } from "../core/plan";
import type { CellValue, RawSheet, WorkbookInfo } from "../core/sheet";
import { InputError, baseName, fileKind, hasAnyValue, loadWorkbook, readInputBytes, type ReadFile } from "./input-files";
import { oneLine } from "./text-format";

export interface RelancesWorkbook {
  /** "cabinet-exemple.xlsx — Factures, Règlements, Clients". */
  sourceLabel: string;
  sheetNames: string[];
  info: WorkbookInfo;
  ledger: Ledger;
  aging: CurrencyAging[];
  journal: JournalEntry[];
  /** The journal sheet read, with its client column (0-based) when its header row was found. */
  journalSheet?: { sheet: string; clientColumn?: number };
  /** Input sheets (invoices, payments, clients), by name. */
  inputSheets: string[];
  /** Owned sheets by marker key ("balance", "journal", …) → sheet name. */
  owned: Map<string, string>;
  /** Sheets read, by exact name. */
  sheets: Map<string, RawSheet>;
  /** Reading, ledger, lettrage and journal problems, each once. */
  issues: Issue[];
}

const sameSheet = (a: string, b: string) => a.normalize("NFC").toLocaleLowerCase("fr") === b.normalize("NFC").toLocaleLowerCase("fr");

/** The workbook's own name for a sheet the user typed (Excel ignores case), or null. */
export function findSheetName(names: readonly string[], wanted: string): string | null {
  return names.find((n) => n === wanted) ?? names.find((n) => sameSheet(n, wanted.trim())) ?? null;
}

/** Journal sheet names, French and English, with the " (2)" suffix an owned sheet takes beside a user's sheet. */
const JOURNAL_NAME = /^(suivi des relances|reminder log|reminders log|follow-up journal)( \(\d+\))?$/i;

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (all, code: string) => {
    const c = code.toLowerCase();
    if (c === "amp") return "&";
    if (c === "lt") return "<";
    if (c === "gt") return ">";
    if (c === "quot") return '"';
    if (c === "apos") return "'";
    const n = c.startsWith("#x") ? parseInt(c.slice(2), 16) : parseInt(c.slice(1), 10);
    return Number.isFinite(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
  });
}

/** key → sheet name from the workbook-level markers (defined names), read from xl/workbook.xml. */
async function markerNames(bytes: Uint8Array): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/workbook.xml")?.async("string");
    if (xml === undefined) return out;
    const defined = /<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g;
    for (const m of xml.matchAll(defined)) {
      const name = /\bname="([^"]*)"/.exec(m[1] ?? "")?.[1];
      const key = name === undefined ? null : keyOfMarkerName(decodeXml(name));
      if (key === null) continue;
      const { sheet } = splitSheetAddress(decodeXml(m[2] ?? "").trim());
      if (sheet !== null && !out.has(key)) out.set(key, sheet);
    }
  } catch {
    // Unreadable markers: the workbook reader reports a damaged file; here, no owned sheet.
  }
  return out;
}

/** The 0-based column of the journal's Client header, found the way the journal reader finds its header row. */
function journalClientColumn(values: readonly CellValue[][]): number | undefined {
  for (const row of values.slice(0, 30)) {
    let date = false;
    let client: number | undefined;
    row.forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const field = journalFieldOfHeader(cell);
      if (field === "date") date = true;
      if (field === "client" && client === undefined) client = c;
    });
    if (date && client !== undefined) return client;
  }
  return undefined;
}


/**
 * Reads the workbook at `path` for reminders at `asOf`. `selectSheets` are the sheet names given to --select
 * (matched without case); a name the workbook does not have is unusable input (InputError, exit 2).
 */
export async function loadRelancesWorkbook(
  path: string, asOf: IsoDay, selectSheets: readonly string[], readFile: ReadFile,
): Promise<RelancesWorkbook> {
  const bytes = await readInputBytes(path, readFile);
  if (fileKind(bytes) !== "xlsx") {
    throw new InputError(`${path} n'est pas un classeur .xlsx`, `${path} is not an .xlsx workbook`);
  }
  const markers = await markerNames(bytes);
  let owned = new Map<string, string>();
  let found: ReturnType<typeof findInputSheets> | undefined;
  let journalName: string | null = null;
  const book = await loadWorkbook(path, bytes, (names) => {
    owned = resolveOwnedSheets(names.map((name) => ({ name, marker: null })), markers);
    const inputs = findInputSheets(names.filter((n) => ![...owned.values()].some((o) => sameSheet(o, n))));
    found = inputs;
    journalName = owned.get("journal") ?? names.find((n) => JOURNAL_NAME.test(n.trim()) && ![...owned.values()].some((o) => sameSheet(o, n))) ?? null;
    const wanted = [inputs.invoices, inputs.payments, inputs.clients, journalName, ...selectSheets.map((s) => findSheetName(names, s))];
    return names.filter((n) => wanted.includes(n));
  });
  for (const wanted of selectSheets) {
    if (findSheetName(book.sheetNames, wanted) === null) {
      throw new InputError(
        `Sélection : feuille « ${wanted} » absente du classeur (feuilles présentes : ${book.sheetNames.join(", ")})`,
        `Selection: no sheet "${wanted}" in the workbook (sheets present: ${book.sheetNames.join(", ")})`,
      );
    }
  }
  const sheets = new Map(book.sheets.map((s) => [s.name, s]));
  const inputs = found ?? findInputSheets(book.sheetNames);
  if (inputs.invoices === null) {
    throw new InputError(
      `Aucune feuille de factures dans ${baseName(path)} (noms essayés : ${inputs.tried.invoices.join(", ")} ; feuilles présentes : ${book.sheetNames.join(", ")})`,
      `No invoice sheet in ${baseName(path)} (names tried: ${inputs.tried.invoices.join(", ")}; sheets present: ${book.sheetNames.join(", ")})`,
    );
  }
  const invoices = sheets.get(inputs.invoices);
  if (invoices === undefined || !hasAnyValue(invoices)) {
    throw new InputError(`Feuille « ${inputs.invoices} » vide dans ${path}`, `Sheet "${inputs.invoices}" of ${path} is empty`);
  }
  const readingIssues = [...book.issues];
  const input: Parameters<typeof buildLedger>[0] = { invoices, info: book.info };
  const payments = inputs.payments === null ? undefined : sheets.get(inputs.payments);
  if (payments !== undefined) input.payments = payments;
  else {
    readingIssues.push(sheetIssue("warning", "input.no-payment-sheet",
      `Aucune feuille de règlements trouvée (noms essayés : ${inputs.tried.payments.join(", ")}) : toutes les factures sont comptées comme impayées. / ` +
      `No payment sheet found (names tried: ${inputs.tried.payments.join(", ")}): every invoice is counted as unpaid.`, baseName(path)));
  }
  const clients = inputs.clients === null ? undefined : sheets.get(inputs.clients);
  if (clients !== undefined) input.clients = clients;
  const build = buildLedger(input);
  if (!build.ok) {
    const message = oneLine(build.fatal.message);
    const sheet = build.fatal.sheet;
    throw new InputError(sheet === "" || message.includes(sheet) ? message : `${sheet} : ${message}`);
  }
  const ledger = build.ledger;
  const aged = ageLedger(ledger, { asOf, bucketBounds: [30, 60, 90], autoLettrage: true, basis: "due" });

  let journal: JournalEntry[] = [];
  const journalIssues: Issue[] = [];
  let journalSheet: RelancesWorkbook["journalSheet"];
  const journalRaw = journalName === null ? undefined : sheets.get(journalName);
  if (journalRaw !== undefined) {
    const parsed = parseJournalRows(journalRaw.values, journalRaw.firstRow ?? 1, journalRaw.name, {
      firstColumn: journalRaw.firstColumn ?? 0, date1904: book.info.date1904, locale: book.info.locale,
    });
    journal = parsed.entries;
    journalIssues.push(...parsed.issues);
    const column = journalClientColumn(journalRaw.values);
    journalSheet = column === undefined ? { sheet: journalRaw.name } : { sheet: journalRaw.name, clientColumn: (journalRaw.firstColumn ?? 0) + column };
  }

  const used = [inputs.invoices, inputs.payments, inputs.clients].filter((n): n is string => n !== null && sheets.has(n));
  const result: RelancesWorkbook = {
    sourceLabel: `${baseName(path)} — ${[...used, ...(journalRaw !== undefined ? [journalRaw.name] : [])].join(", ")}`,
    sheetNames: book.sheetNames,
    info: book.info,
    ledger,
    aging: aged.currencies,
    journal,
    inputSheets: used,
    owned,
    sheets,
    issues: uniqueIssues(readingIssues, ledger.issues, aged.issues, journalIssues),
  };
  if (journalSheet !== undefined) result.journalSheet = journalSheet;
  return result;
}
