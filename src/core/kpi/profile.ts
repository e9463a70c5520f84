// Profil payeur A–D per client (design.md §6).
import type { Cents } from "../money/cents";
import type { ClientPosition } from "./positions";
import type { ClientHistory } from "./settlement";
import { meanValue, share, type Share } from "./share";

export type PayerGrade = "A" | "B" | "C" | "D";

export interface PayerProfile {
  client: string;
  /** null ("—"): no invoice settled over the period and nothing overdue to judge by. */
  grade: PayerGrade | null;
  /** What the grade was read from: invoices settled over the period, or (without any) the open overdue invoices. */
  basis: "historique" | "en-cours" | null;
  /** Amount-weighted mean days after due (settled invoices; or open overdue invoices for basis "en-cours"). */
  meanDaysLate: number | null;
  /** Invoices paid late / invoices settled (count); for "en-cours": overdue open invoices / open invoices. */
  lateShare: Share;
  /** Open amount more than 90 days overdue (forces D). */
  over90: Cents;
}

/**
 * Grade from the amount-weighted mean delay after due (m) and the share of invoices late (s), compared exactly
 * on integers: A when m ≤ 5 days and s ≤ 20 %; else B when m ≤ 15; else C when m ≤ 45; else D. Any open amount
 * more than 90 days overdue makes it D.
 * Without an invoice settled over the period, the same scale is applied to the open overdue invoices (their
 * days overdue so far: a floor of their final delay); a client with neither gets no grade ("—").
 */
export function payerProfile(client: string, history: ClientHistory | undefined, position: ClientPosition | undefined): PayerProfile {
  const over90 = position?.over90 ?? 0;
  if (history !== undefined && history.late.count > 0) {
    const { sum, weight, count } = history.late;
    return {
      client, basis: "historique", over90,
      grade: gradeOf(sum, weight, history.paidLate, count, over90),
      meanDaysLate: meanValue(history.late),
      lateShare: share(history.paidLate, count),
    };
  }
  if (position !== undefined && (position.overdueInvoices > 0 || over90 > 0)) {
    return {
      client, basis: "en-cours", over90,
      grade: gradeOf(position.overdueDaysWeighted, position.overdueAmount, position.overdueInvoices, position.openInvoices, over90),
      meanDaysLate: position.overdueAmount === 0 ? null : position.overdueDaysWeighted / position.overdueAmount,
      lateShare: share(position.overdueInvoices, position.openInvoices),
    };
  }
  return { client, basis: null, grade: null, meanDaysLate: null, lateShare: share(0, 0), over90 };
}

function gradeOf(daysWeighted: number, weight: number, late: number, count: number, over90: Cents): PayerGrade {
  if (over90 > 0) return "D";
  // m ≤ k  ⇔  Σ amount × days ≤ k × Σ amount (weight > 0 here).
  const atMost = (k: number) => daysWeighted <= k * weight;
  if (atMost(5) && late * 5 <= count) return "A";
  if (atMost(15)) return "B";
  if (atMost(45)) return "C";
  return "D";
}
