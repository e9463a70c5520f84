// The agenda: what the collector has to do, when (design.md §8, issue "Reminders" item 4).
import type { IsoDay } from "../days/day";
import type { SourceRef } from "../ledger/types";
import type { Cents } from "../money/cents";
import type { Localized } from "../reminders/language";
import type { PlanMessage } from "../reminders/plan-types";

export type AgendaKind =
  | "call"            // a phone step of the schedule is due (or the journal planned the call for this day)
  | "letter"          // a letter (mise en demeure by registered post) to send
  | "promise-due"     // a promised payment falls due: check it arrived
  | "promise-broken"  // the promised date has passed and the invoices are still open
  | "follow-up";      // the journal planned an action for this day

export interface AgendaItem {
  kind: AgendaKind;
  /** When to act. */
  date: IsoDay;
  /** True when the date is before the as-of date (overdue action). */
  late: boolean;
  client: string;
  name: string;
  contact?: string;
  /** Level of the schedule concerned, when there is one (e.g. "J+5"). */
  level?: string;
  invoices: string[];
  /** What is at stake, per currency (never summed across currencies). */
  amounts: { currency: string; cents: Cents }[];
  /** Short line: "Appeler Dupont SA (J+5 : appel)". */
  title: Localized;
  /** What the action must obtain, e.g. the call's goal: the reason for the delay, then a promise (date, amount). */
  goal: Localized;
  /** The journal's comment on the entry behind this item. */
  note?: string;
  /** The journal row behind the item (promise, planned action, e-mail of the formal notice). */
  source?: SourceRef;
}

export interface Agenda {
  /** Sorted by date, then the largest amount first, then the client's name. */
  items: AgendaItem[];
  /** Why the agenda may be incomplete (unusable schedule…). */
  messages: PlanMessage[];
}
