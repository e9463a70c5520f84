// Results of lettrage (allocation) and aging (design.md §5).
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { Issue } from "../issues";
import type { CreditKind } from "../ledger/types";

export interface Bucket {
  label: string;
  /** Inclusive lower bound in days overdue; null for the open-ended first bucket (non échu). */
  minDays: number | null;
  /** Inclusive upper bound; null for the last, open-ended bucket. The first bucket has maxDays 0. */
  maxDays: number | null;
}

export interface AgingOptions {
  asOf: IsoDay;
  /** Upper bounds of the overdue buckets, e.g. [30, 60, 90] → non échu, 1–30, 31–60, 61–90, > 90. */
  bucketBounds: number[];
  /** Rule 3: apply credits without a usable reference to the oldest open invoices (default true). */
  autoLettrage: boolean;
  /** Rule 11: age by due date (default) or by invoice date. */
  basis: "due" | "invoice";
}

export const DEFAULT_BUCKET_BOUNDS: readonly number[] = [30, 60, 90];

/** One application of a credit to an invoice (a lettrage line). */
export interface Allocation {
  creditReference: string;
  creditKind: CreditKind;
  creditDate: IsoDay;
  invoice: string;
  amount: Cents;
}

export interface AgedInvoice {
  invoice: string;
  client: string;
  date: IsoDay;
  due: IsoDay;
  amount: Cents;
  /** Applied credits dated up to the as-of date (payments, credit notes, write-offs). */
  paid: Cents;
  outstanding: Cents;
  daysOverdue: number;
  /** Index into the buckets. */
  bucket: number;
  currency: string;
  /** Day the invoice became fully settled (last allocation), when outstanding is 0. */
  settledOn?: IsoDay;
  /** Write-offs applied to it (losses). */
  writtenOff: Cents;
}

export interface UnappliedCredit {
  client: string;
  reference: string;
  date: IsoDay;
  /** Negative amount in cents (a credit the client holds). */
  amount: Cents;
  kind: CreditKind;
  currency: string;
  daysOld: number;
  bucket: number;
  /**
   * Part of it held for invoices the credit names that are dated after the as-of date (an acompte, rule 5):
   * those invoice numbers and the amount (positive cents) reserved for them. Absent when there is none.
   */
  advance?: { invoices: string[]; amount: Cents };
}

export interface ClientAging {
  client: string;
  outstanding: Cents;
  byBucket: Cents[];
  openInvoices: number;
  oldestDaysOverdue: number | null;
  lastPaymentDate: IsoDay | null;
}

/** The aged balance of one currency. */
export interface CurrencyAging {
  currency: string;
  asOf: IsoDay;
  buckets: Bucket[];
  total: { outstanding: Cents; byBucket: Cents[] };
  clients: ClientAging[];
  /** Every invoice dated ≤ asOf, settled or not (the aged balance shows the open ones). */
  invoices: AgedInvoice[];
  unapplied: UnappliedCredit[];
  allocations: Allocation[];
  /** Rule 10 control: Σ invoices − Σ credits dated up to the as-of date (must equal total.outstanding). */
  control: { invoiced: Cents; credited: Cents; expected: Cents; difference: Cents };
}

export interface AgingResult {
  asOf: IsoDay;
  /** One per currency, EUR first then alphabetical. */
  currencies: CurrencyAging[];
  issues: Issue[];
}
