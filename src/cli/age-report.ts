// What the `age` command hands to its renderers (text, JSON, CSV): the aging result and what surrounds it.
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import type { Bucket, CurrencyAging } from "../core/aging/types";
import type { ClientInfo } from "../core/ledger/types";

export interface AgeReport {
  asOf: IsoDay;
  /** One per currency, EUR first (never empty: an empty ledger gives one empty EUR balance). */
  currencies: CurrencyAging[];
  buckets: Bucket[];
  /** Every problem found: reading the files, building the ledger, lettrage. */
  issues: Issue[];
  /** Clients sheet (or FEC account names), keyed by client id, for display names. */
  clients: Map<string, ClientInfo>;
  /** Input rows left out of the totals because of an error. */
  rejectedRows: number;
  /** The same, per sheet, when known. */
  rejectedBySheet?: Record<string, number>;
  /** What was read, for the header: "cabinet-exemple.xlsx — Factures, Règlements, Clients". */
  sourceLabel: string;
}

/** An aged balance with nothing in it, for a currency. */
export function emptyCurrencyAging(currency: string, asOf: IsoDay, buckets: Bucket[]): CurrencyAging {
  return {
    currency, asOf, buckets,
    total: { outstanding: 0, byBucket: buckets.map(() => 0) },
    clients: [], invoices: [], unapplied: [], allocations: [],
    control: { invoiced: 0, credited: 0, expected: 0, difference: 0 },
  };
}
