// The typed, validated ledger built from the input sheets (design.md §3–§5).
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Issue } from "../issues";

/** Where a ledger line came from, so any figure can be traced back to its cell. */
export interface SourceRef {
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
}

export interface Invoice {
  number: string;
  client: string;
  date: IsoDay;
  /** Due date: from the sheet, or invoice date + the client's terms (or the default terms). */
  due: IsoDay;
  /** True when `due` was computed from terms rather than read. */
  dueComputed: boolean;
  /** Amount incl. tax, in cents, > 0 (a negative invoice row becomes a Credit of kind "credit-note"). */
  amount: Cents;
  currency: string;
  email?: string;
  contact?: string;
  source: SourceRef;
}

export type CreditKind = "payment" | "credit-note" | "write-off";

export interface Credit {
  reference: string;
  client: string;
  date: IsoDay;
  /** Positive amount in cents (what the credit can settle). */
  amount: Cents;
  currency: string;
  kind: CreditKind;
  /** Invoice numbers it names, in the order named (may be empty). */
  invoiceRefs: string[];
  /** FEC lettrage code, when the input is a FEC export. */
  lettrage?: string;
  source: SourceRef;
}

export interface ClientInfo {
  id: string;
  name: string;
  emailsTo: string[];
  emailsCc: string[];
  contact?: string;
  language?: "fr" | "en";
  termsDays?: number;
  /** "45 jours fin de mois": the due date is the end of the month reached by invoice date + termsDays. */
  termsEndOfMonth?: boolean;
  creditLimit?: Cents;
  blocked: boolean;
  category?: string;
  notes?: string;
  source?: SourceRef;
}

export interface Ledger {
  invoices: Invoice[];
  credits: Credit[];
  /** Keyed by client id (the value of the invoice sheet's client column). */
  clients: Map<string, ClientInfo>;
  issues: Issue[];
  /** Rows left out because of an error, per sheet (counted in the summary). */
  rejectedRows: number;
  /** The same count by sheet name (optional: builders that know their sheets fill it). */
  rejectedBySheet?: Record<string, number>;
}
