// The reminder plan: per client, what will be done and why, shown to the user before anything is created.
import type { IsoDay } from "../days/day";
import type { Issue, Severity } from "../issues";
import type { SourceRef } from "../ledger/types";
import type { Cents } from "../money/cents";
import type { Language } from "./language";
import type { ReminderStep } from "./schedule";

/** Why a client gets nothing this time. */
export type SkipReason =
  | "blocked"          // the Clients sheet marks the account blocked
  | "litigation"       // the journal puts the client in contentieux
  | "nothing-overdue"  // no open invoice overdue nor due within the préventive window
  | "disputed"         // every invoice that would be reminded is disputed
  | "promise"          // a payment promise not yet due covers them
  | "no-step-yet"      // overdue, but not long enough for the next step (e.g. 3 days, first step J+5)
  | "already-sent"     // the level was done within its interval
  | "no-email";        // an e-mail step and no valid address

/** What the plan does for a client: an e-mail draft, a call on the agenda, a letter on the agenda. */
export type ReminderAction = "email" | "call" | "letter";

export interface PlannedInvoice {
  invoice: string;
  date: IsoDay;
  due: IsoDay;
  currency: string;
  amount: Cents;
  outstanding: Cents;
  /** asOf − due (≤ 0: not yet due). */
  daysOverdue: number;
  /** Late-payment penalty at the as-of date on what remains due (0 when not overdue). */
  penalty: Cents;
  source?: SourceRef;
}

export interface ExcludedInvoice {
  invoice: string;
  currency: string;
  outstanding: Cents;
  daysOverdue: number;
  reason: "disputed" | "promised";
  /** French / English, e.g. "litige ouvert le 02/11/2026 (Litige prix)". */
  detail: string;
}

export interface CurrencyTotal {
  currency: string;
  /** Σ invoice amounts incl. tax. */
  amount: Cents;
  /** Σ what remains due. */
  outstanding: Cents;
  /** Σ late-payment penalties. */
  penalties: Cents;
  invoices: number;
}

export interface PromiseCheck {
  client: string;
  promiseDate: IsoDay;
  promiseAmount?: Cents;
  /** Invoices the promise named (empty: the account). */
  invoices: string[];
  /** Day the promise was recorded. */
  recordedOn: IsoDay;
  status: "pending" | "kept" | "broken";
  source?: SourceRef;
}

export interface ClientPlan {
  client: string;
  /** Display name (Clients sheet), else the id. */
  name: string;
  language: Language;
  /** The level reached, or null when none applies. */
  step: ReminderStep | null;
  /** Empty when the client is skipped. */
  actions: ReminderAction[];
  skip?: { reason: SkipReason; message: string };
  /** Invoices the reminder is about (overdue ones; not-yet-due ones for a step before the due date). */
  invoices: PlannedInvoice[];
  /** Open invoices left out, with the reason. */
  excluded: ExcludedInvoice[];
  /** Per currency (never summed across currencies), in the order EUR first then alphabetical. */
  totals: CurrencyTotal[];
  /** Recovery indemnity in EUR: 40 € × the overdue invoices included. */
  indemnity: Cents;
  /** Due date and days overdue of the most overdue invoice included. */
  oldestDue: IsoDay | null;
  oldestDaysOverdue: number | null;
  to: string[];
  cc: string[];
  contact?: string;
  /** French / English notes shown with the client: unapplied credit, broken promise, invalid address… */
  warnings: string[];
  promise?: PromiseCheck;
  /** The following step of the schedule and the day it falls due (for the agenda and the journal). */
  nextStep?: { step: ReminderStep; date: IsoDay };
  /** The next action the journal plans for this client, when later than the as-of date. */
  plannedAction?: IsoDay;
}

export interface PlanMessage {
  severity: Severity;
  code: string;
  /** French / English. */
  message: string;
  client?: string;
}

export interface ReminderPlan {
  asOf: IsoDay;
  /** Clients with an action first (largest amount first), then the skipped ones. */
  clients: ClientPlan[];
  /** Plan-wide messages: empty selection, unusable schedule, penalty rate not confirmed, missing IBAN… */
  messages: PlanMessage[];
  /** Problems tied to a sheet: ignored parts of the selection, invalid e-mail addresses. */
  issues: Issue[];
  /** Promises past their date and not kept (also flagged on their client). */
  brokenPromises: PromiseCheck[];
}
