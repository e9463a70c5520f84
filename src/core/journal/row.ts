// A journal entry as a row of the sheet "Suivi des relances", in the order of journalColumns.
import { dayToSerial } from "../cells/date";
import type { IsoDay } from "../days/day";
import { centsToUnits } from "../money/cents";
import type { Language } from "../reminders/language";
import type { CellValue } from "../sheet";
import { journalColumns, type JournalField } from "./columns";
import { CHANNEL_LABELS, CLIENT_STATUS_LABELS, DISPUTE_LABELS, DISPUTE_REASON_LABELS } from "./labels";
import type { JournalEntry } from "./types";

export interface JournalRowOptions {
  language?: Language;
  /** The workbook uses the 1904 date system. */
  date1904?: boolean;
}

/**
 * The cells of one journal row: dates as Excel serials (the column is formatted dd/mm/yyyy), amounts as
 * numbers in currency units, coded values as their French (or English) labels, text as it is.
 * No formula is ever built: a text such as "=cmd|…" is returned as that text, and the sheet writer keeps it
 * text (src/core/plan text guard).
 */
export function journalRowFromEntry(entry: JournalEntry, options: JournalRowOptions = {}): CellValue[] {
  const language = options.language ?? "fr";
  const date1904 = options.date1904 ?? false;
  // A day Excel cannot hold as a date (before 1900, or malformed) is written as its text rather than lost.
  const day = (d: IsoDay | undefined): CellValue => {
    if (d === undefined) return "";
    try {
      return dayToSerial(d, date1904);
    } catch {
      return d;
    }
  };
  const money = (c: number | undefined): CellValue => (c === undefined ? "" : centsToUnits(c));
  const cell: Record<JournalField, CellValue> = {
    date: day(entry.date),
    client: entry.client,
    invoices: entry.invoices.join("; "),
    level: entry.level,
    channel: CHANNEL_LABELS[entry.channel][language],
    draftId: entry.draftId ?? "",
    draftLink: entry.draftLink ?? "",
    outcome: entry.outcome ?? "",
    promiseDate: day(entry.promiseDate),
    promiseAmount: money(entry.promiseAmount),
    dispute: entry.dispute === undefined ? "" : DISPUTE_LABELS[entry.dispute][language],
    disputeReason: entry.disputeReason === undefined ? "" : DISPUTE_REASON_LABELS[entry.disputeReason][language],
    disputeAmount: money(entry.disputeAmount),
    clientStatus: entry.clientStatus === undefined ? "" : CLIENT_STATUS_LABELS[entry.clientStatus][language],
    nextActionDate: day(entry.nextActionDate),
    author: entry.author ?? "",
    draftKey: entry.draftKey ?? "",
  };
  return journalColumns.map((column) => cell[column.field]);
}
