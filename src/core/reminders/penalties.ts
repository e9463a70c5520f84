// Late-payment penalties (pénalités de retard, Code de commerce L441-10) and the fixed recovery indemnity
// (indemnité forfaitaire pour frais de recouvrement, D441-5), in integer cents.
import type { Cents } from "../money/cents";

const BASIS_POINTS_PER_UNIT = 10000n;
const DAYS_PER_YEAR = 365n;

/**
 * Penalty on one invoice: amount × annual rate × days late / 365, rounded to the cent half away from zero.
 * `amount` is what remains due on the invoice; the rate is in basis points (12,15 % = 1215). Computed on
 * exact integers (BigInt), so no float rounding creeps in. Nothing is due before the due date has passed.
 */
export function latePaymentPenalty(amount: Cents, annualRateBasisPoints: number, daysLate: number): Cents {
  if (amount <= 0 || daysLate <= 0 || annualRateBasisPoints <= 0) return 0;
  const numerator = BigInt(Math.trunc(amount)) * BigInt(Math.trunc(annualRateBasisPoints)) * BigInt(Math.trunc(daysLate));
  const denominator = BASIS_POINTS_PER_UNIT * DAYS_PER_YEAR;
  // Half away from zero for a positive quotient: floor((2n + d) / 2d).
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** The recovery indemnity owed for `invoices` late invoices (40 € each by default). */
export function recoveryIndemnity(invoices: number, perInvoice: Cents): Cents {
  return invoices > 0 ? invoices * perInvoice : 0;
}
