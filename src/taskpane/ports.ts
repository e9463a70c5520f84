// Everything the taskpane asks of the outside world, in one typed interface (the UI asks, the use cases
// answer). Components receive it through PortsProvider; they never call Excel.run, fetch or MSAL.
// ports-office.ts implements it over the use cases in Excel; tests use a fake object; the in-browser demo can
// implement it over an in-memory workbook.
import type { Agenda, AgendaItem, AgendaOutcome } from "../core/agenda";
import type { Field, SheetKind } from "../core/columns/fields";
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import type { Cents } from "../core/money/cents";
import type { Localized } from "../core/reminders/language";
import type { ReminderPlan } from "../core/reminders/plan-types";
import type { RenderedDraft } from "../core/reminders/drafts";
import type { TemplateProblem } from "../core/templates/types";
import type { EncoursSettings, SettingsProblem } from "./settings-model";

export type { EncoursSettings, SettingsProblem };

/** A failure the user can read: French and English, the screen shows its language. */
export interface Failure {
  ok: false;
  message: Localized;
}

export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

export type RefreshStep = "lecture" | "calcul" | "ecriture" | "graphiques";
export const REFRESH_STEPS: readonly RefreshStep[] = ["lecture", "calcul", "ecriture", "graphiques"];

export interface RefreshProgress {
  step: RefreshStep;
  /** Work done and to do within the step (rows read, sheets written), when known. */
  done?: number;
  total?: number;
}

export interface MoneyAmount {
  currency: string;
  cents: Cents;
}

/** The figures shown after a refresh (design.md §6). Amounts stay per currency. */
export interface RefreshSummary {
  encours: MoneyAmount[];
  echu: MoneyAmount[];
  /** échu / encours in basis points (1 % = 100), null when there is no encours (or several currencies). */
  overdueRateBasisPoints: number | null;
  /** Days, countback method; null when it cannot be computed. */
  dso: number | null;
  clientsOverdue: number;
  problems: number;
  /** Currencies other than the one shown (each has its own section of the aged balance). */
  otherCurrencies: string[];
}

/** A sheet the refresh wrote, which the user can open. */
export interface SheetLink {
  /** The sheet's current name (owned sheets may carry a suffix). */
  name: string;
  /** What it is: "balance", "dashboard", "history"… (for tests and icons). */
  role: string;
}

export type RefreshResult =
  | { ok: true; asOf: IsoDay; summary: RefreshSummary; issues: Issue[]; sheets: SheetLink[]; elapsedMs: number }
  /** Nothing looks done: the sheets are left as they were or marked incomplete by the use case. */
  | { ok: false; message: Localized; issues: Issue[]; action?: "settings" | "problems" };

/** Per-client delivery status of a draft. */
export type DraftState = "pending" | "created" | "existing" | "failed";

export interface DraftStatus {
  client: string;
  state: DraftState;
  /** Opens the draft in Outlook (Graph's webLink). */
  webLink?: string;
  /** French / English, for failures. */
  message?: string;
}

export interface ReminderPreview {
  plan: ReminderPlan;
  /** The drafts exactly as they will be created (same HTML), in the plan's order. */
  drafts: RenderedDraft[];
  /** Template problems: an error blocks every draft. */
  problems: TemplateProblem[];
  /** Clients whose draft for this level and day is already in the journal. */
  alreadyDrafted: string[];
}

export type DeliveryMode = "graph" | "eml";

export interface EmlDownload {
  fileName: string;
  blob: Blob;
  count: number;
}

export type AuthState = "signed-out" | "signed-in" | "unsupported";

/** One field of an input sheet and where it was found. */
export interface DetectedField {
  field: Field;
  label: Localized;
  required: boolean;
  /** Column letters, or null when not found. */
  column: string | null;
  /** The header text of that column. */
  header: string | null;
}

export interface DetectedSheet {
  kind: SheetKind;
  /** The sheet used, or null when none was found. */
  sheet: string | null;
  /** 1-based row of the header, when found. */
  headerRow: number | null;
  fields: DetectedField[];
  /** The columns of the header row, to choose from when overriding. */
  headers: { column: string; text: string }[];
  /** Why the sheet cannot be read as it is (French / English). */
  problem?: string;
}

export interface DetectedColumns {
  sheetNames: string[];
  sheets: DetectedSheet[];
}

export type SettingsLoad =
  | {
      ok: true;
      /** Always usable: defaults stand in for what could not be read. */
      settings: EncoursSettings;
      /** What had to be replaced by a default, French / English. */
      problems: SettingsProblem[];
      /** Written by a newer Encours: shown, not saved over. */
      readOnly: boolean;
    }
  | Failure;

export interface TaskpanePorts {
  /** The local day, for the as-of choices (the adapter owns the clock). */
  today(): IsoDay;

  // Accueil
  refresh(asOf: IsoDay, onProgress: (progress: RefreshProgress) => void): Promise<RefreshResult>;
  /** Activates a sheet the refresh wrote. */
  showSheet(name: string): Promise<void>;

  // Problèmes de données
  /** The issues of the last refresh of this session, or null when none ran yet. */
  listIssues(): Promise<Issue[] | null>;
  /** Selects the issue's cell (or row, or sheet) in Excel. */
  showIssue(issue: Issue): Promise<void>;

  // Relances
  /** Reads the selection and plans the reminders, with the drafts as they will be. */
  planReminders(): Promise<Result<{ preview: ReminderPreview }>>;
  /** Creates the drafts (Graph) for the plan, or only for `only` clients (a retry). Statuses arrive as they are known. */
  createDrafts(
    preview: ReminderPreview, options: { only?: string[]; onStatus(status: DraftStatus): void },
  ): Promise<Result<{ statuses: DraftStatus[] }>>;
  /** The drafts as .eml files (one .eml, or a .zip for several), and the journal rows written. */
  downloadEml(preview: ReminderPreview): Promise<Result<{ download: EmlDownload }>>;

  // Agenda
  agenda(): Promise<Result<{ asOf: IsoDay; agenda: Agenda }>>;
  recordOutcome(item: AgendaItem, outcome: AgendaOutcome): Promise<Result>;

  // Paramètres
  loadSettings(): Promise<SettingsLoad>;
  saveSettings(settings: EncoursSettings): Promise<Result<{ settings: EncoursSettings }>>;
  /** Input sheets and the column each field was found in, with the given (unsaved) choices applied. */
  detectedColumns(settings: EncoursSettings): Promise<Result<{ columns: DetectedColumns }>>;

  // Connexion à Outlook
  authState(): AuthState;
  signIn(): Promise<Result<{ account: string }>>;
  signOut(): Promise<void>;
}
