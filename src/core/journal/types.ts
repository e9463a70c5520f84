// The follow-up journal "Suivi des relances" (design.md §8; issue "Reminders"): appended by Encours, edited by
// the user (outcomes, promises, disputes). The dashboard and the reminder plan read it back.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { SourceRef } from "../ledger/types";

export type Channel = "e-mail" | "appel" | "courrier" | "mise-en-demeure";

export type DisputeReason =
  | "litige-prix"
  | "litige-prestation"
  | "facture-non-recue"
  | "difficultes-financieres"
  | "autre";

/** A client's collection status set by the user in the journal. */
export type ClientStatus = "douteux" | "contentieux";

export interface JournalEntry {
  date: IsoDay;
  client: string;
  /** Invoice numbers the entry is about (empty: the whole account). */
  invoices: string[];
  /** Reminder level id from the schedule (e.g. "J-5", "J+10"), or "" for a manual note. */
  level: string;
  channel: Channel;
  draftId?: string;
  draftLink?: string;
  /** Idempotency key of the draft (client|level|day), so a retry never creates a second draft. */
  draftKey?: string;
  outcome?: string;
  promiseDate?: IsoDay;
  promiseAmount?: Cents;
  /** "open" marks the invoices as disputed from this entry on; "resolved" lifts it. */
  dispute?: "open" | "resolved";
  disputeReason?: DisputeReason;
  /** Amount under dispute, when the user gives it (else the invoices' open amounts). */
  disputeAmount?: Cents;
  clientStatus?: ClientStatus;
  nextActionDate?: IsoDay;
  author?: string;
  /** Where the entry was read from (absent for entries not yet written). */
  source?: SourceRef;
}
