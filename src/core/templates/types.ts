// Reminder templates: one per level and language, with named placeholders ({client}, {factures}…).
import type { Severity } from "../issues";
import type { Language } from "../reminders/language";

/**
 * A template as the user edits it in the settings. Subject and body are plain text (not HTML): every
 * character the user types is shown as typed. In the body a blank line separates paragraphs and a single
 * line break stays a line break. `{name}` is a placeholder; `{{` and `}}` stand for literal braces.
 */
export interface ReminderTemplate {
  /** Level id of the schedule step, e.g. "J+10". */
  level: string;
  language: Language;
  subject: string;
  body: string;
}

export interface TemplateProblem {
  severity: Severity;
  /** "template.unknown-placeholder", "template.unclosed-brace", "template.stray-brace", "template.block-in-subject",
   *  "template.empty-subject", "template.empty-body", "template.no-invoice-table", "template.missing", "template.duplicate". */
  code: string;
  /** French first, then " / " and English. */
  message: string;
  level: string;
  language: Language;
  field: "subject" | "body" | null;
  /** Position of the problem in the field (0-based UTF-16 offset) and its length, for the editor. */
  offset: number | null;
  length: number | null;
  /** The placeholder as written, for unknown ones. */
  placeholder?: string;
  /** The closest known placeholder, when one is close. */
  suggestion?: string;
}

/** One row of the {factures} table, already formatted for the draft's language. */
export interface InvoiceRowText {
  number: string;
  date: string;
  due: string;
  amount: string;
  outstanding: string;
  /** Days overdue, or "—" when not yet due. */
  daysLate: string;
}

/** What a draft is made of: placeholder values as text (never HTML) and the invoice table. */
export interface DraftData {
  language: Language;
  /** Value of every placeholder except {factures}; missing ones render empty. */
  values: Partial<Record<string, string>>;
  invoices: InvoiceRowText[];
  /** Total rows under the table, one per currency. */
  totals: { label: string; amount: string; outstanding: string }[];
}

export interface RenderedText {
  /** One line: no CR, LF or other line separator. */
  subject: string;
  /** A complete UTF-8 HTML document; every value escaped. */
  html: string;
  /** The plain-text alternative: same words, the table as aligned lines. */
  text: string;
}
