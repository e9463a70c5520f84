// The collector's agenda (calls to make with their goal, letters owed, promises due or broken, actions the
// journal planned) and recording what a call or a letter obtained, as a new journal row.
import { agendaEntry, buildAgenda, type AgendaItem, type AgendaOutcome } from "../core/agenda";
import { isIsoDay, type IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import type { DisputeReason, JournalEntry } from "../core/journal";
import { DISPUTE_REASON_LABELS } from "../core/journal";
import type { Localized, PlanMessage } from "../core/reminders";
import type { EncoursSettings } from "../core/settings";
import type { Cents } from "../core/money/cents";
import { ExcelFailure } from "../excel";
import { appendJournal, type AppendResult, type JournalLocation } from "../excel/journal";
import { loadReminderWorkbook, type LoadOptions } from "./reminders-load";
import { reminderAsOf } from "./reminders";

export interface AgendaDeps {
  today: IsoDay;
  settings: EncoursSettings;
  /** Day the invoices are aged at (default: reminderAsOf). */
  asOf?: IsoDay;
  /** Days ahead listed (default 7). */
  horizonDays?: number;
  excel?: LoadOptions;
}

export type AgendaResult =
  | {
      ok: true; items: AgendaItem[]; messages: PlanMessage[]; issues: Issue[]; asOf: IsoDay; journal: JournalLocation | null;
      /** The workbook's date system, as read: pass it back (RecordDeps.excel.date1904) to write the journal. */
      date1904: boolean;
    }
  | { ok: false; message: Localized };

/** The agenda at the as-of date: what to do today and in the days ahead, late actions first. */
export async function agendaToday(deps: AgendaDeps): Promise<AgendaResult> {
  const asOf = reminderAsOf(deps.settings, deps.today, deps.asOf);
  try {
    const load = await loadReminderWorkbook(deps.settings, asOf, deps.excel ?? {});
    if (!load.ok) return load;
    const { workbook } = load;
    const agenda = buildAgenda({
      aging: workbook.aging, ledger: workbook.ledger, journal: workbook.journal.entries, schedule: deps.settings.schedule,
      asOf, settings: deps.settings.reminders, ...(deps.horizonDays !== undefined ? { horizonDays: deps.horizonDays } : {}),
    });
    return { ok: true, items: agenda.items, messages: agenda.messages, issues: workbook.issues, asOf, journal: workbook.journal.location, date1904: workbook.info.date1904 };
  } catch (error) {
    if (error instanceof ExcelFailure) return { ok: false, message: { fr: error.fr, en: error.en } };
    throw error;
  }
}

/** What a call (or a letter) obtained. */
export type OutcomeKind =
  | "promise"     // a payment promise: date (and amount)
  | "dispute"     // the client disputes the invoices
  | "no-answer"   // nobody reached; message left or not
  | "paid"        // the client says it has paid
  | "letter-sent" // the letter (mise en demeure) was posted
  | "other";

export interface OutcomeInput {
  kind: OutcomeKind;
  promiseDate?: IsoDay;
  promiseAmount?: Cents;
  /** Open a dispute on the item's invoices (implied by kind "dispute"). */
  dispute?: boolean;
  reason?: DisputeReason;
  /** Free comment, written after the outcome's label. */
  note?: string;
  /** When to act next (default none: the schedule and the promise decide what comes on the agenda). */
  nextActionDate?: IsoDay;
}

export interface RecordDeps {
  today: IsoDay;
  author?: string;
  /** The journal as located by agendaToday (saves reading it again). */
  journal?: JournalLocation | null;
  excel?: LoadOptions;
}

export type RecordResult = { ok: true; entry: JournalEntry; appended: AppendResult } | { ok: false; message: Localized };

const OUTCOME_LABELS: Record<OutcomeKind, Localized> = {
  promise: { fr: "Promesse de paiement", en: "Payment promise" },
  dispute: { fr: "Litige signalé", en: "Dispute raised" },
  "no-answer": { fr: "Pas de réponse", en: "No answer" },
  paid: { fr: "Paiement annoncé comme effectué", en: "Payment said to be made" },
  "letter-sent": { fr: "Courrier envoyé", en: "Letter sent" },
  other: { fr: "Échange", en: "Contact" },
};

function refuse(fr: string, en: string): RecordResult {
  return { ok: false, message: { fr, en } };
}

/**
 * Appends the journal row of an agenda item done today: the call (or letter) with what it obtained — a promise
 * (date and amount), a dispute (reason), no answer… The next plan and agenda read it back.
 */
export async function recordOutcome(item: AgendaItem, outcome: OutcomeInput, deps: RecordDeps): Promise<RecordResult> {
  const { today } = deps;
  if (outcome.kind === "promise" && outcome.promiseDate === undefined) {
    return refuse("Indiquez la date promise pour enregistrer une promesse de paiement.", "Give the promised date to record a payment promise.");
  }
  for (const day of [outcome.promiseDate, outcome.nextActionDate]) {
    if (day !== undefined && !isIsoDay(day)) return refuse(`Date illisible « ${day} » : saisissez une date jj/mm/aaaa.`, `Unreadable date "${day}": enter a valid date.`);
  }
  if (outcome.promiseDate !== undefined && outcome.promiseDate < today) {
    return refuse("La date promise est déjà passée : indiquez une date à venir.", "The promised date has already passed: give a future date.");
  }
  if (outcome.promiseAmount !== undefined && (!Number.isSafeInteger(outcome.promiseAmount) || outcome.promiseAmount <= 0)) {
    return refuse("Montant promis invalide : saisissez un montant positif.", "Invalid promised amount: enter a positive amount.");
  }
  const language = deps.journal?.language ?? "fr";
  const label = OUTCOME_LABELS[outcome.kind][language];
  const note = outcome.note?.trim() ?? "";
  const disputed = outcome.kind === "dispute" || outcome.dispute === true;
  const fields: AgendaOutcome = {
    outcome: note === "" ? label : `${label} — ${note}`,
  };
  if (outcome.promiseDate !== undefined) fields.promiseDate = outcome.promiseDate;
  if (outcome.promiseAmount !== undefined) fields.promiseAmount = outcome.promiseAmount;
  if (disputed) {
    fields.dispute = "open";
    fields.disputeReason = outcome.reason ?? "autre";
    if (note === "") fields.outcome = `${label} (${DISPUTE_REASON_LABELS[fields.disputeReason][language]})`;
  }
  if (outcome.nextActionDate !== undefined) fields.nextActionDate = outcome.nextActionDate;
  if (outcome.kind === "letter-sent" && item.kind !== "letter") {
    return refuse("« Courrier envoyé » ne s'enregistre que pour un courrier de l'agenda.", "“Letter sent” is only recorded for a letter of the agenda.");
  }
  return recordAgendaOutcome(item, fields, deps);
}

/**
 * Appends the journal row of an agenda item done today with what it obtained, given as the journal's own fields
 * (outcome text, promise date and amount, dispute and reason, next action…): a call ("Appel") or, for a letter
 * of the agenda, a letter ("Courrier"). The journal is read first unless `deps.journal` locates it.
 */
export async function recordAgendaOutcome(item: AgendaItem, outcome: AgendaOutcome, deps: RecordDeps): Promise<RecordResult> {
  const fields: AgendaOutcome = { ...outcome };
  if (fields.author === undefined && deps.author !== undefined && deps.author.trim() !== "") fields.author = deps.author.trim();
  const entry = agendaEntry(item, deps.today, fields);
  try {
    const appended = await appendJournal([entry], {
      ...(deps.excel ?? {}), ...(deps.journal !== undefined ? { location: deps.journal } : {}),
    });
    return { ok: true, entry, appended };
  } catch (error) {
    if (error instanceof ExcelFailure) return { ok: false, message: { fr: error.fr, en: error.en } };
    throw error;
  }
}
