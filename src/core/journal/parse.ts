// Reads the journal sheet back (design.md §7: "the user edits it too"): columns are found by their headers,
// wherever they are; blank rows and extra columns are ignored; a cell that cannot be read becomes an issue
// with its address, never an exception.
import { parseAmount } from "../cells/amount";
import { decideDateOrder, parseDateValue, type DateOrder } from "../cells/date";
import { cellRef, quoteValue } from "../cells/messages";
import { cellText, isBlank, isErrorValue } from "../cells/text";
import type { IsoDay } from "../days/day";
import { cellIssue, columnLetters as colLetters, sheetIssue, type Issue } from "../issues";
import type { Cents } from "../money/cents";
import type { CellValue } from "../sheet";
import { journalFieldOfHeader, type JournalField } from "./columns";
import { channelOfLabel, clientStatusOfLabel, disputeOfLabel, disputeReasonOfLabel } from "./labels";
import type { Channel, JournalEntry } from "./types";

export interface JournalParseOptions {
  /** 0-based worksheet column of values[r][0] (default 0, column A). */
  firstColumn?: number;
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
  /** Decides text dates such as 03/04/2026 when the column gives no evidence (fr: day first). */
  locale?: "fr" | "en";
}

export interface JournalParse {
  entries: JournalEntry[];
  issues: Issue[];
}

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 30;
/** A header row names at least this many journal columns. */
const MIN_HEADERS = 3;

type ColumnMap = Partial<Record<JournalField, number>>;

function findHeader(values: CellValue[][]): { index: number; columns: ColumnMap; duplicates: [JournalField, number][] } | null {
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r += 1) {
    const row = values[r] ?? [];
    const columns: ColumnMap = {};
    const duplicates: [JournalField, number][] = [];
    let found = 0;
    row.forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const field = journalFieldOfHeader(cell);
      if (field === null) return;
      if (columns[field] === undefined) {
        columns[field] = c;
        found += 1;
      } else {
        duplicates.push([field, c]);
      }
    });
    if (found >= MIN_HEADERS && columns.date !== undefined && columns.client !== undefined) return { index: r, columns, duplicates };
  }
  return null;
}

/** Splits an invoices cell: "F1; F2, F3" or one per line. A number cell is one invoice number. */
export function splitInvoiceList(value: CellValue | undefined): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [String(value)] : [];
  if (typeof value !== "string") return [];
  return value.split(/[;,\n\r]+/).map((part) => cellText(part)).filter((part) => part.length > 0);
}

function rawText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  return cellText(value);
}

/**
 * Parses the journal's rows. `values[0]` is worksheet row `firstRow`; the header row is searched near the top
 * (it need not be the first row). Columns are found by header (French, English or a known synonym), in any
 * order; unknown columns are ignored. The Date and Client columns are required.
 *
 * Per row: a blank row is skipped; a row without a readable date or without a client is left out with an
 * error on its cell (if it said "litige", the message warns that the dispute is not taken into account);
 * any other unreadable cell gives a warning and leaves that field empty, the rest of the row is kept.
 * A dispute cell that cannot be read counts as an open dispute (never remind a client who may be disputing);
 * a dispute reason without a dispute cell also means an open dispute.
 * The channel, when blank or unknown, is "e-mail" for rows that carry a draft id or key, else "appel".
 */
export function parseJournalRows(
  values: CellValue[][], firstRow: number, sheetName: string, options: JournalParseOptions = {},
): JournalParse {
  const firstColumn = options.firstColumn ?? 0;
  const issues: Issue[] = [];
  const entries: JournalEntry[] = [];
  const header = findHeader(values);
  if (header === null) {
    const nonBlank = values.some((row) => row.some((cell) => !isBlank(cell)));
    if (nonBlank) {
      issues.push(sheetIssue("error", "journal.no-header",
        `Feuille ${sheetName} : ligne d'en-tête introuvable (il faut au moins les colonnes Date et Client) ; le suivi des relances n'a pas pu être lu. / ` +
        `Sheet ${sheetName}: header row not found (at least the Date and Client columns are needed); the follow-up journal could not be read.`,
        sheetName));
    }
    return { entries, issues };
  }
  const { columns } = header;
  for (const [field, c] of header.duplicates) {
    const kept = columns[field] ?? 0;
    issues.push(cellIssue("warning", "journal.duplicate-column",
      `Colonne en double en ${cellRef(sheetName, `${colLetters(firstColumn + c)}${firstRow + header.index}`)} : seule la première (colonne ${colLetters(firstColumn + kept)}) est lue. / ` +
      `Duplicate column at ${cellRef(sheetName, `${colLetters(firstColumn + c)}${firstRow + header.index}`)}: only the first one (column ${colLetters(firstColumn + kept)}) is read.`,
      sheetName, firstRow + header.index, firstColumn + c));
  }

  const dataRows = values.slice(header.index + 1);
  const orderOf = (field: JournalField): DateOrder => {
    const c = columns[field];
    if (c === undefined) return "dmy";
    return decideDateOrder(dataRows.map((row) => row[c] ?? null), options.locale ?? "fr");
  };
  const orders: Partial<Record<JournalField, DateOrder>> = {
    date: orderOf("date"), promiseDate: orderOf("promiseDate"), nextActionDate: orderOf("nextActionDate"),
  };
  const date1904 = options.date1904 ?? false;

  dataRows.forEach((row, offset) => {
    const sheetRow = firstRow + header.index + 1 + offset;
    if (row.every((cell) => isBlank(cell))) return;
    const cellOf = (field: JournalField): CellValue | undefined => {
      const c = columns[field];
      return c === undefined ? undefined : row[c];
    };
    const at = (field: JournalField) => firstColumn + (columns[field] ?? 0);
    const where = (field: JournalField) => cellRef(sheetName, `${colLetters(at(field))}${sheetRow}`);
    const warn = (field: JournalField, code: string, fr: string, en: string) =>
      issues.push(cellIssue("warning", code, `${fr} / ${en}`, sheetName, sheetRow, at(field)));

    const readDate = (field: JournalField): IsoDay | null | undefined => {
      const value = cellOf(field);
      if (isBlank(value)) return undefined;
      const parsed = parseDateValue(value, { date1904, order: orders[field] ?? "dmy" });
      return parsed.ok ? parsed.day : null;
    };
    const readAmount = (field: JournalField, label: { fr: string; en: string }): Cents | undefined => {
      const value = cellOf(field);
      if (isBlank(value)) return undefined;
      const parsed = parseAmount(value);
      if (parsed.ok) return parsed.cents;
      const v = quoteValue(rawText(value));
      warn(field, "journal.amount-unreadable",
        `${label.fr} illisible ${v.fr} en ${where(field)} : saisissez un montant (ex. 1 234,56) ; la valeur est ignorée.`,
        `Unreadable ${label.en} ${v.en} in ${where(field)}: enter an amount (e.g. 1,234.56); the value is ignored.`);
      return undefined;
    };

    // Dispute first: the messages of a left-out row say whether a dispute is lost with it.
    const disputeCell = cellOf("dispute");
    const reasonCell = cellOf("disputeReason");
    let dispute = isErrorValue(disputeCell) ? null : disputeOfLabel(rawText(disputeCell));
    const mentionsDispute = dispute === "open" || dispute === null || !isBlank(reasonCell);

    const date = readDate("date");
    const client = rawText(cellOf("client")).replace(/\s+/g, " ");
    const lost = mentionsDispute
      ? { fr: " Attention : le litige noté sur cette ligne n'est pas pris en compte tant qu'elle n'est pas corrigée.", en: " Note: the dispute recorded on this row is ignored until it is fixed." }
      : { fr: "", en: "" };
    if (date === undefined || date === null) {
      const v = quoteValue(rawText(cellOf("date")));
      issues.push(cellIssue("error", date === undefined ? "journal.date-missing" : "journal.date-unreadable",
        (date === undefined
          ? `Date manquante en ${where("date")} : la ligne est ignorée ; saisissez la date (ex. 31/10/2026).${lost.fr} / Missing date in ${where("date")}: the row is ignored; enter the date (e.g. 31/10/2026).${lost.en}`
          : `Date illisible ${v.fr} en ${where("date")} : la ligne est ignorée ; saisissez une date jj/mm/aaaa.${lost.fr} / Unreadable date ${v.en} in ${where("date")}: the row is ignored; enter a date such as 31/10/2026.${lost.en}`),
        sheetName, sheetRow, at("date")));
      return;
    }
    if (client === "" || isErrorValue(cellOf("client"))) {
      issues.push(cellIssue("error", "journal.client-missing",
        `Client manquant en ${where("client")} : la ligne est ignorée ; saisissez le code ou le nom du client.${lost.fr} / ` +
        `Missing customer in ${where("client")}: the row is ignored; enter the customer's code or name.${lost.en}`,
        sheetName, sheetRow, at("client")));
      return;
    }

    const entry: JournalEntry = {
      date, client, invoices: splitInvoiceList(cellOf("invoices")), level: rawText(cellOf("level")),
      channel: "appel", source: { sheet: sheetName, row: sheetRow },
    };
    const draftId = rawText(cellOf("draftId"));
    if (draftId !== "") entry.draftId = draftId;
    const draftLink = rawText(cellOf("draftLink"));
    if (draftLink !== "") entry.draftLink = draftLink;
    const key = rawText(cellOf("draftKey"));
    if (key !== "") entry.draftKey = key;

    const channelText = rawText(cellOf("channel"));
    const channel: Channel | null = channelText === "" ? null : channelOfLabel(channelText);
    const inferred: Channel = entry.draftId !== undefined || entry.draftKey !== undefined ? "e-mail" : "appel";
    if (channelText !== "" && channel === null) {
      const v = quoteValue(channelText);
      warn("channel", "journal.channel-unknown",
        `Canal inconnu ${v.fr} en ${where("channel")} : choisissez E-mail, Appel, Courrier ou Mise en demeure ; lu comme « ${inferred} ».`,
        `Unknown channel ${v.en} in ${where("channel")}: choose E-mail, Call, Letter or Formal notice; read as “${inferred}”.`);
    }
    entry.channel = channel ?? inferred;

    const outcome = rawText(cellOf("outcome"));
    if (outcome !== "") entry.outcome = outcome;

    const promiseDate = readDate("promiseDate");
    if (promiseDate === null) {
      const v = quoteValue(rawText(cellOf("promiseDate")));
      warn("promiseDate", "journal.promise-date-unreadable",
        `Date de promesse illisible ${v.fr} en ${where("promiseDate")} : saisissez une date jj/mm/aaaa ; la promesse est ignorée.`,
        `Unreadable promise date ${v.en} in ${where("promiseDate")}: enter a date such as 31/10/2026; the promise is ignored.`);
    } else if (promiseDate !== undefined) {
      entry.promiseDate = promiseDate;
    }
    const promiseAmount = readAmount("promiseAmount", { fr: "Montant promis", en: "promised amount" });
    if (promiseAmount !== undefined) entry.promiseAmount = promiseAmount;

    if (dispute === null) {
      const v = quoteValue(rawText(disputeCell));
      warn("dispute", "journal.dispute-unreadable",
        `Valeur de litige illisible ${v.fr} en ${where("dispute")} : saisissez Oui, Non ou Résolu ; elle est lue comme un litige ouvert.`,
        `Unreadable dispute value ${v.en} in ${where("dispute")}: enter Yes, No or Resolved; it is read as an open dispute.`);
      dispute = "open";
    }
    const reasonText = rawText(reasonCell);
    if (reasonText !== "") {
      const reason = disputeReasonOfLabel(reasonText);
      if (reason === null) {
        const v = quoteValue(reasonText);
        warn("disputeReason", "journal.dispute-reason-unknown",
          `Motif de litige inconnu ${v.fr} en ${where("disputeReason")} : choisissez Litige prix, Litige prestation, Facture non reçue, Difficultés financières ou Autre ; lu comme « Autre ».`,
          `Unknown dispute reason ${v.en} in ${where("disputeReason")}: choose Price dispute, Service dispute, Invoice not received, Financial difficulties or Other; read as “Other”.`);
      }
      entry.disputeReason = reason ?? "autre";
      if (dispute === "none") dispute = "open";
    }
    if (dispute !== "none") entry.dispute = dispute;
    const disputeAmount = readAmount("disputeAmount", { fr: "Montant en litige", en: "disputed amount" });
    if (disputeAmount !== undefined) entry.disputeAmount = disputeAmount;

    const statusText = rawText(cellOf("clientStatus"));
    if (statusText !== "") {
      const status = clientStatusOfLabel(statusText);
      if (status === null) {
        const v = quoteValue(statusText);
        warn("clientStatus", "journal.client-status-unknown",
          `Statut client inconnu ${v.fr} en ${where("clientStatus")} : choisissez Douteux ou Contentieux ; la valeur est ignorée.`,
          `Unknown client status ${v.en} in ${where("clientStatus")}: choose Doubtful or Litigation; the value is ignored.`);
      } else {
        entry.clientStatus = status;
      }
    }

    const next = readDate("nextActionDate");
    if (next === null) {
      const v = quoteValue(rawText(cellOf("nextActionDate")));
      warn("nextActionDate", "journal.next-action-unreadable",
        `Date de prochaine action illisible ${v.fr} en ${where("nextActionDate")} : saisissez une date jj/mm/aaaa ; elle est ignorée.`,
        `Unreadable next action date ${v.en} in ${where("nextActionDate")}: enter a date such as 31/10/2026; it is ignored.`);
    } else if (next !== undefined) {
      entry.nextActionDate = next;
    }
    const author = rawText(cellOf("author"));
    if (author !== "") entry.author = author;
    entries.push(entry);
  });
  return { entries, issues };
}


