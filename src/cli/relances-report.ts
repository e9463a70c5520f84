// What one `encours relances` run found and did, as the text, the JSON and agenda.txt renderers read it.
import type { Agenda } from "../core/agenda";
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import type { JournalEntry } from "../core/journal";
import type { Language, ReminderPlan } from "../core/reminders";
import type { TemplateProblem } from "../core/templates";

/** What became of one e-mail draft. */
export type DraftStatus =
  | "written"      // a new .eml file
  | "replaced"     // the previous run's file for the same as-of date, rewritten
  | "unchanged"    // the previous run's file, identical
  | "not-written"  // no --out: planned and rendered only
  | "refused";     // the .eml writer refused an address (see error)

export interface DraftReport {
  client: string;
  level: string;
  subject: string;
  to: string[];
  cc: string[];
  /** Idempotency key client + level + day (also the journal's "Clé brouillon"). */
  key: string;
  status: DraftStatus;
  /** File name inside the run folder (null when not written). */
  file: string | null;
  /** The name it would have had when a file that is not ours already held it. */
  wanted?: string;
  sha256?: string;
  error?: string;
}

export interface RelancesReport {
  asOf: IsoDay;
  sourceLabel: string;
  /** Language of this report; also the drafts' language for clients without one. */
  language: Language;
  scope: { kind: "all" } | { kind: "selection"; ranges: string[] };
  plan: ReminderPlan;
  /** Next actions (calls, letters, promises) of the plan's clients, within a week of the as-of date. */
  agenda: Agenda;
  /** Data problems on a client's own row (e.g. an invalid e-mail address in the Clients sheet), by client id. */
  clientIssues: Map<string, Issue[]>;
  /** Every data problem of the workbook (shown as a count; `encours age` lists them). */
  dataProblems: Issue[];
  /** Problems of the journal sheet (shown: they can hide a dispute or a promise). */
  journalIssues: Issue[];
  /** Template warnings (errors stop the run before this report exists). */
  templateWarnings: TemplateProblem[];
  /** One per e-mail draft, in the plan's order. */
  drafts: DraftReport[];
  /** Drafts the journal already records for this client, level and day: not made again. */
  alreadyDrafted: { client: string; key: string }[];
  /** The run folder, when --out was given and something was written. */
  output: { directory: string; removed: string[]; foreign: string[] } | null;
  /** Journal rows to add to "Suivi des relances" once the drafts are sent. */
  journalRows: JournalEntry[];
  /** The journal sheet read, if any. */
  journalSheet: string | null;
}
