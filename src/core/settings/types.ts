// The add-in's settings as the code uses them (design.md §3, §5, §8): one versioned document stored in the
// workbook (src/excel/settings.ts keeps it under "encours.settings"). Pure data: no token, no e-mail body, no
// client data — only choices a user makes once in Paramètres.
import type { ColumnOverride, SheetKind } from "../columns/fields";
import type { IsoDay } from "../days/day";
import type { ReminderStep } from "../reminders/schedule";
import type { ReminderSettings } from "../reminders/settings";
import type { ReminderTemplate } from "../templates/types";

/** The version this code writes. */
export const SETTINGS_DOCUMENT_VERSION = 1;

/**
 * Which day the reports are computed at: the last day of the previous month (the month-end close, the
 * default), today, or a fixed day the user typed.
 */
export type AsOfMode = "fin-du-mois-precedent" | "aujourdhui" | { fixed: IsoDay };

/** Interface language: Office's display language ("auto"), or forced. */
export type UiLanguage = "auto" | "fr" | "en";

/** The user's choice of input sheets, by sheet name (when the names are not the usual ones). */
export type InputSheetChoice = Partial<Record<SheetKind, string>>;

export interface GraphSettings {
  /** Application (client) id of the firm's Entra app registration, when it has its own. */
  clientId?: string;
}

export interface EncoursSettings {
  version: typeof SETTINGS_DOCUMENT_VERSION;
  asOfMode: AsOfMode;
  /** Upper bounds of the overdue buckets in days, strictly increasing ([30, 60, 90]). */
  bucketBounds: number[];
  /** Apply payments without a usable reference to the oldest open invoices. */
  autoLettrage: boolean;
  /** Age by due date (default) or by invoice date. */
  agingBasis: "due" | "invoice";
  /** Terms applied when neither the sheet nor the Clients sheet gives a due date. */
  defaultTermsDays: number;
  inputSheets: InputSheetChoice;
  /** Per sheet kind: field → header text or column letter, when detection needs help. */
  columnOverrides: Partial<Record<SheetKind, ColumnOverride>>;
  language: UiLanguage;
  reminders: ReminderSettings;
  schedule: ReminderStep[];
  templates: ReminderTemplate[];
  graph: GraphSettings;
}

/** A stored value that could not be used: the default took its place. */
export interface SettingsProblem {
  severity: "warning" | "info";
  /** "settings.unreadable", "settings.newer", "settings.invalid", "settings.forbidden". */
  code: string;
  /** French first, then " / " and English. */
  message: string;
  /** Path of the field in the document ("bucketBounds", "reminders.iban"), or "" for the whole settings document (JSON). */
  field: string;
}

/** What reading the stored document gives: usable settings, always, and what had to be replaced. */
export interface SettingsRead {
  settings: EncoursSettings;
  problems: SettingsProblem[];
}
