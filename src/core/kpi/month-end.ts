// The totals of the aged balance at a past date (a month-end of the trend), with its split by due date.
// The lettrage and aging are the aged balance's own (src/core/aging: letterAt through agingTotals), from a ledger
// prepared once for every date (prepareLettrage).
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { AgingOptions } from "../aging/types";
import { agingTotals } from "../aging/totals";
import type { PreparedLettrage } from "../aging/prepare";

/** The totals of one currency's aged balance at a date, with its split by due date. */
export interface MonthEndTotals {
  currency: string;
  asOf: IsoDay;
  outstanding: Cents;
  byBucket: Cents[];
  /** Open invoices due on or after the date + unapplied credits dated on it (as positionsOf counts them). */
  nonEchu: Cents;
  echu: Cents;
}

/**
 * The aged balance's totals at `asOf` for every currency with an invoice or a credit dated up to it (EUR first,
 * then alphabetical, as ageLedger lists them), with the aging options of the refresh.
 */
export function monthEndTotals(prepared: PreparedLettrage, asOf: IsoDay, options: Omit<AgingOptions, "asOf">): MonthEndTotals[] {
  return agingTotals(prepared, { ...options, asOf }).map((t) => ({
    currency: t.currency, asOf, outstanding: t.outstanding, byBucket: t.byBucket, nonEchu: t.notDue, echu: t.outstanding - t.notDue,
  }));
}
