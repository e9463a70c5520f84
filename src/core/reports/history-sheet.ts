// "Historique": one row per month-end and currency, written by every refresh and read back by the next one
// (design.md §7). The sheet is the user's too: a row we cannot read (edited by hand, a comment) is kept exactly as
// it is, where it is (mergeHistory), and a note says so — never an exception, never a silent zero.
import { DEFAULT_BUCKET_BOUNDS } from "../aging/types";
import { makeBuckets } from "../aging/buckets";
import { parseAmount } from "../cells/amount";
import { parseDateValue } from "../cells/date";
import { cellRef, quoteValue } from "../cells/messages";
import { cellText, foldText, isBlank } from "../cells/text";
import type { IsoDay } from "../days/day";
import type { HistoryCell, HistoryRow, ParsedHistoryRow } from "../history/history";
import { cellIssue, columnLetters, sheetIssue, type Issue } from "../issues";
import { normalizeCurrency } from "../money/currency";
import { cellAddress } from "../plan/address";
import { emptyPlan, type SheetPlan } from "../plan/types";
import type { CellValue } from "../sheet";
import { Canvas } from "./canvas";
import { COUNT_FORMAT, PERCENT_FORMAT, dateFormat, daySerial, fraction, moneyFormat, units, type ReportLanguage } from "./formats";
import { bucketLabel } from "./labels";
import { GREY_TEXT, HEADER, NAVY, NOTE, TITLE } from "./palette";

/** The row of the column headers of the Historique sheet as we write it. */
export const HISTORY_HEADER_ROW = 4;

export interface HistoryPlanOptions {
  /** Labels of the bucket columns (non échu first); default: the default buckets. */
  bucketLabels?: readonly string[];
  language?: ReportLanguage;
  date1904?: boolean;
}

interface Words {
  sheet: string;
  title: string;
  note: string;
  headers: (buckets: readonly string[]) => string[];
}

const FR: Words = {
  sheet: "Historique",
  title: "Historique du poste clients",
  note: "Une ligne par fin de mois et par devise. Actualiser un mois remplace sa ligne ; les autres lignes, même modifiées à la main, sont conservées.",
  headers: (b) => ["Date d'arrêté", "Devise", "Encours", "Échu", ...b, "DSO (j)", "Délai moyen (j)", "Taux de retard", "Nb clients", "Nb factures"],
};

const EN: Words = {
  // Not "History": Excel reserves that sheet name.
  sheet: "Receivables history",
  title: "Receivables history",
  note: "One row per month-end and currency. Refreshing a month replaces its row; other rows, even edited by hand, are kept.",
  headers: (b) => ["As of", "Currency", "Outstanding", "Overdue", ...b, "DSO (d)", "Mean delay (d)", "Overdue rate", "Customers", "Open invoices"],
};

function defaultBucketLabels(language: ReportLanguage): string[] {
  return makeBuckets(DEFAULT_BUCKET_BOUNDS).map((b) => bucketLabel(b, language));
}

/**
 * The Historique sheet: title, note, headers (frozen), then the rows in the order given (mergeHistory's order):
 * readable rows as numbers with formats, kept rows verbatim. A readable row whose bucket count differs from the
 * headers' (the buckets were changed in the settings) is written like a kept row: its cells in their own order.
 */
export function historyPlan(rows: readonly ParsedHistoryRow[], options: HistoryPlanOptions = {}): SheetPlan {
  const language = options.language ?? "fr";
  const w = language === "fr" ? FR : EN;
  const date1904 = options.date1904 ?? false;
  const buckets = options.bucketLabels ?? defaultBucketLabels(language);
  const headers = w.headers(buckets);
  const width = headers.length;
  const canvas = new Canvas();
  canvas.put(1, 0, w.title).style(1, 0, 1, 0, TITLE);
  canvas.put(2, 0, w.note).style(2, 0, 2, 0, NOTE);
  canvas.putRow(HISTORY_HEADER_ROW, 0, headers).style(HISTORY_HEADER_ROW, 0, HISTORY_HEADER_ROW, width - 1, HEADER);
  const col = historyColumns(buckets.length);
  let r = HISTORY_HEADER_ROW + 1;
  let widest = width;
  for (const entry of rows) {
    if (entry.kind === "row" && entry.row.byBucket.length === buckets.length) {
      writeRow(canvas, r, entry.row, col, language, date1904);
    } else {
      const cells = entry.kind === "row" ? rowCells(entry.row, date1904) : entry.cells;
      const currency = entry.kind === "row" ? entry.row.currency : entry.currency;
      cells.forEach((value, c) => {
        if (value === null || value === "") return;
        canvas.put(r, c, value, typeof value === "number" ? rawFormat(c, col, currency, language) : null);
      });
      widest = Math.max(widest, cells.length);
      canvas.style(r, 0, r, Math.max(cells.length, 1) - 1, { fontColor: GREY_TEXT, italic: entry.kind === "raw" });
    }
    r++;
  }
  const last = Math.max(r - 1, HISTORY_HEADER_ROW);
  return {
    ...emptyPlan("history", w.sheet),
    blocks: [canvas.toBlock()],
    freezeRows: HISTORY_HEADER_ROW,
    freezeColumns: 2,
    columnWidths: [14, 8, 15, 15, ...buckets.map(() => 14), 9, 16, 15, 11, 12, ...new Array<number>(Math.max(0, widest - width)).fill(12)],
    print: { orientation: "landscape", fitToPage: true, area: `A1:${cellAddress(last, Math.max(widest, width) - 1)}` },
    tabColor: NAVY,
  };
}

interface HistoryColumns {
  asOf: number;
  currency: number;
  encours: number;
  echu: number;
  firstBucket: number;
  dso: number;
  delai: number;
  taux: number;
  nbClients: number;
  nbFactures: number;
}

function historyColumns(bucketCount: number): HistoryColumns {
  const after = 4 + bucketCount;
  return { asOf: 0, currency: 1, encours: 2, echu: 3, firstBucket: 4, dso: after, delai: after + 1, taux: after + 2, nbClients: after + 3, nbFactures: after + 4 };
}

function writeRow(canvas: Canvas, r: number, row: HistoryRow, col: HistoryColumns, language: ReportLanguage, date1904: boolean): void {
  const money = moneyFormat(row.currency, language);
  canvas.put(r, col.asOf, daySerial(row.asOf, date1904), dateFormat(language));
  canvas.put(r, col.currency, row.currency);
  canvas.put(r, col.encours, units(row.encours), money);
  canvas.put(r, col.echu, units(row.echu), money);
  row.byBucket.forEach((amount, b) => canvas.put(r, col.firstBucket + b, units(amount), money));
  canvas.put(r, col.dso, row.dso, "0.0");
  canvas.put(r, col.delai, row.delaiMoyen, "0.0");
  canvas.put(r, col.taux, row.tauxRetard === null ? null : fraction(row.tauxRetard), PERCENT_FORMAT);
  canvas.put(r, col.nbClients, row.nbClients, COUNT_FORMAT);
  canvas.put(r, col.nbFactures, row.nbFactures, COUNT_FORMAT);
}

/** A readable row's cells in its own column order (used when its bucket count differs from the headers'). */
function rowCells(row: HistoryRow, date1904: boolean): HistoryCell[] {
  return [
    daySerial(row.asOf, date1904), row.currency, units(row.encours), units(row.echu), ...row.byBucket.map(units),
    row.dso, row.delaiMoyen, row.tauxRetard === null ? null : fraction(row.tauxRetard), row.nbClients, row.nbFactures,
  ];
}

function rawFormat(c: number, col: HistoryColumns, currency: string | undefined, language: ReportLanguage): string | null {
  if (c === col.asOf) return dateFormat(language);
  if (c >= col.encours && c < col.dso) return currency === undefined ? "#,##0.00" : moneyFormat(currency, language);
  if (c === col.taux) return PERCENT_FORMAT;
  return null;
}

// ——— Reading the sheet back ———

type Field = "asOf" | "currency" | "encours" | "echu" | "dso" | "delai" | "taux" | "nbClients" | "nbFactures";

const HEADER_WORDS: Record<Field, readonly string[]> = {
  asOf: ["date d arrete", "date", "arrete", "as of", "as of date", "date d arret"],
  currency: ["devise", "currency"],
  encours: ["encours", "outstanding", "encours total"],
  echu: ["echu", "overdue", "total echu"],
  dso: ["dso", "dso j", "dso d", "dso jours", "dso days"],
  delai: ["delai moyen j", "delai moyen", "delai moyen de reglement", "mean delay d", "mean delay", "average days to pay"],
  taux: ["taux de retard", "overdue rate", "taux retard"],
  nbClients: ["nb clients", "clients", "customers", "nombre de clients"],
  nbFactures: ["nb factures", "factures", "open invoices", "invoices", "nombre de factures", "factures ouvertes"],
};

function headerKey(value: CellValue | undefined): string {
  return foldText(cellText(value)).replace(/[^a-z0-9]+/g, " ").trim();
}

const FIELD_OF = new Map<string, Field>();
for (const field of Object.keys(HEADER_WORDS) as Field[]) for (const word of HEADER_WORDS[field]) FIELD_OF.set(word, field);

export interface HistoryParseOptions {
  /** Sheet name, for the issues' addresses. */
  sheet: string;
  /** Worksheet row of values[0] (default 1). */
  firstRow?: number;
  /** 0-based worksheet column of values[r][0] (default 0). */
  firstColumn?: number;
  date1904?: boolean;
}

export interface HistoryParse {
  /** Every non-blank row under the headers, in sheet order: read, or kept verbatim. */
  rows: ParsedHistoryRow[];
  issues: Issue[];
  /** The bucket headers found (between Échu and DSO), or null without a header row. */
  bucketLabels: string[] | null;
}

interface HeaderMap {
  index: number;
  columns: Partial<Record<Field, number>>;
  buckets: number[];
  labels: string[];
  first: number;
}

const HEADER_SEARCH_ROWS = 30;

function findHeader(values: readonly CellValue[][]): HeaderMap | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const line = values[r] ?? [];
    const columns: Partial<Record<Field, number>> = {};
    line.forEach((cell, c) => {
      const field = FIELD_OF.get(headerKey(cell));
      if (field !== undefined && columns[field] === undefined) columns[field] = c;
    });
    const { asOf, currency, encours, echu, dso } = columns;
    if (asOf === undefined || currency === undefined || encours === undefined || echu === undefined || dso === undefined || dso <= echu) continue;
    const buckets: number[] = [];
    const labels: string[] = [];
    for (let c = echu + 1; c < dso; c++) {
      buckets.push(c);
      labels.push(cellText(line[c]));
    }
    return { index: r, columns, buckets, labels, first: Math.min(...Object.values(columns)) };
  }
  return null;
}

/**
 * Reads the Historique sheet back: the header row is found by its titles (French or English, anywhere in the first
 * 30 rows, any column order); every non-blank row below it is either a readable month-end row, or kept verbatim
 * with its month and currency when those at least can be read, and an "info" issue with the cell that stopped it.
 * Without a header row every non-blank row is kept verbatim (one warning).
 */
export function parseHistorySheet(values: readonly CellValue[][], options: HistoryParseOptions): HistoryParse {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const date1904 = options.date1904 ?? false;
  const issues: Issue[] = [];
  const rows: ParsedHistoryRow[] = [];
  const header = findHeader(values);
  const cellsOf = (line: readonly CellValue[], from: number): HistoryCell[] => {
    const cells = line.slice(from).map((v) => (v === undefined ? null : v));
    while (cells.length > 0 && isBlank(cells[cells.length - 1])) cells.pop();
    return cells;
  };
  if (header === null) {
    for (const line of values) if (line.some((v) => !isBlank(v))) rows.push({ kind: "raw", cells: cellsOf(line, 0) });
    if (rows.length > 0) {
      issues.push(sheetIssue("warning", "history.no-header",
        `Feuille ${options.sheet} : ligne d'en-tête introuvable (Date d'arrêté, Devise, Encours, Échu, DSO) ; ses lignes sont conservées telles quelles mais ne servent pas aux variations. / ` +
        `Sheet ${options.sheet}: header row not found (As of, Currency, Outstanding, Overdue, DSO); its rows are kept as they are but not used for changes.`,
        options.sheet));
    }
    return { rows, issues, bucketLabels: null };
  }
  const ctx = { date1904, order: "dmy" as const };
  for (let r = header.index + 1; r < values.length; r++) {
    const line = values[r] ?? [];
    if (line.every((v) => isBlank(v))) continue;
    const sheetRow = firstRow + r;
    const at = (c: number): string => cellRef(options.sheet, `${columnLetters(firstColumn + c)}${sheetRow}`);
    const problem: { column: number; fr: string; en: string }[] = [];
    const fail = (c: number, fr: string, en: string): null => {
      if (problem.length === 0) problem.push({ column: c, fr, en });
      return null;
    };
    const get = (field: Field): CellValue | undefined => {
      const c = header.columns[field];
      return c === undefined ? undefined : line[c];
    };
    const col = (field: Field): number => header.columns[field] ?? header.first;

    const dateParse = parseDateValue(get("asOf"), ctx);
    const asOf: IsoDay | null = dateParse.ok ? dateParse.day : fail(col("asOf"), "date d'arrêté illisible", "unreadable as-of date");
    const currencyText = cellText(get("currency"));
    const currency = currencyText === "" ? null : normalizeCurrency(currencyText);
    if (currency === null) fail(col("currency"), "devise illisible", "unreadable currency");

    const money = (field: Field | number): number | null => {
      const c = typeof field === "number" ? field : col(field);
      const parsed = parseAmount(line[c]);
      if (parsed.ok) return parsed.cents;
      const q = quoteValue(cellText(line[c]));
      return fail(c, `montant illisible ${q.fr}`, `unreadable amount ${q.en}`);
    };
    const optionalNumber = (field: Field, round: (n: number) => number | null): number | null | undefined => {
      if (header.columns[field] === undefined) return null;
      const v = get(field);
      const text = cellText(v);
      if (isBlank(v) || text === "—" || text === "-") return null;
      if (typeof v === "number") return round(v);
      const q = quoteValue(text);
      fail(col(field), `nombre illisible ${q.fr}`, `unreadable number ${q.en}`);
      return undefined;
    };
    const count = (field: Field): number | null => {
      if (header.columns[field] === undefined) return 0;
      const v = get(field);
      if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
      const q = quoteValue(cellText(v));
      return fail(col(field), `nombre entier attendu ${q.fr}`, `whole number expected ${q.en}`);
    };

    const encours = money("encours");
    const echu = money("echu");
    const byBucket = header.buckets.map((c) => money(c));
    const dso = optionalNumber("dso", (n) => Math.round(n * 10) / 10);
    const delai = optionalNumber("delai", (n) => Math.round(n * 10) / 10);
    const taux = optionalNumber("taux", (n) => Math.round(n * 10_000));
    const nbClients = count("nbClients");
    const nbFactures = count("nbFactures");

    const first = problem[0];
    if (first === undefined && asOf !== null && currency !== null && encours !== null && echu !== null &&
        dso !== undefined && delai !== undefined && taux !== undefined && nbClients !== null && nbFactures !== null &&
        byBucket.every((b): b is number => b !== null)) {
      rows.push({ kind: "row", row: { asOf, currency, encours, echu, byBucket, dso, delaiMoyen: delai, tauxRetard: taux, nbClients, nbFactures } });
      continue;
    }
    const kept: ParsedHistoryRow = { kind: "raw", cells: cellsOf(line, 0) };
    if (asOf !== null) kept.asOf = asOf;
    if (currency !== null) kept.currency = currency;
    rows.push(kept);
    const where = first ?? { column: header.first, fr: "ligne incomplète", en: "incomplete row" };
    issues.push(cellIssue("info", "history.row-kept",
      `${at(where.column)} : ${where.fr} ; la ligne ${sheetRow} de l'historique est conservée telle quelle (elle ne sert pas aux variations). / ` +
      `${at(where.column)}: ${where.en}; history row ${sheetRow} is kept as it is (not used for changes).`,
      options.sheet, sheetRow, firstColumn + where.column));
  }
  return { rows, issues, bucketLabels: header.labels };
}
