// What the delivery layer receives (one reminder per client, ready to write) and what it answers.
import type { IsoDay } from "../core/days/day";

/** One reminder e-mail to turn into an Outlook draft (Graph) or a .eml file (offline). */
export interface DraftMessage {
  clientId: string;
  /** Level of the reminder schedule, e.g. "J+10" (design.md §8). */
  level: string;
  /** The day the reminder is planned for (the as-of date of the plan). */
  day: IsoDay;
  to: string[];
  cc: string[];
  /** One line: CR and LF are refused by the .eml writer and stripped by the Graph client. */
  subject: string;
  html: string;
  text: string;
  language: "fr" | "en";
  /**
   * Identifies the draft "client + level + day" so that a retry never creates a second one.
   * Build it with `reminderKey(clientId, level, day)` (src/mail/reminder-key.ts).
   *
   * Rule: two keys must never differ only by case. Graph's `$filter` on an extended property value is
   * documented as case-insensitive in English and case-sensitive in another locale, so "C1|…" and "c1|…"
   * could find each other's draft. `reminderKey` only produces lowercase ASCII, and `createDrafts`
   * refuses a key that contains an upper-case letter or a control character.
   */
  idempotencyKey: string;
}

export type DraftStatus = "created" | "existing" | "failed";

export interface DraftError {
  /** Graph's error code (e.g. "ErrorAccessDenied") or ours (e.g. "RetriesExhausted", "InvalidKey"). */
  code: string;
  /** French first, then " / " and English. */
  message: string;
  /**
   * True when the last request's outcome is unknown (timeout, dropped connection, 5xx): the draft may
   * exist. Run the batch again with `resume: true` and it will be found instead of created twice.
   */
  outcomeUnknown?: boolean;
}

/** The answer for one draft, in the order of the input. */
export interface DraftOutcome {
  /** The draft's idempotency key. */
  key: string;
  status: DraftStatus;
  /** Graph message id (may change later if the message is moved or sent). */
  id?: string;
  /** Opens the draft in Outlook on the web. */
  webLink?: string;
  error?: DraftError;
  /** HTTP requests made for this draft (creations and look-ups). */
  attempts: number;
}
