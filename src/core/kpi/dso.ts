// DSO by the countback method, and the best possible DSO.
import type { Cents } from "../money/cents";
import type { MonthWindow } from "./period";

export interface Dso {
  /** Days of sales outstanding; null when nothing was invoiced over the period (shown "—"). */
  days: number | null;
  /** True when the encours exceeds all the period's sales: days is then the length of the period. */
  capped: boolean;
  /** Whole months used up by the encours, and their days. */
  wholeMonths: number;
  wholeDays: number;
  /** The partly used month: the encours left for it and its sales (days += remaining / sales × the month's days). */
  fraction: { window: MonthWindow; remaining: Cents; sales: Cents } | null;
  outstanding: Cents;
  periodSales: Cents;
}

/**
 * Countback: start from the encours and walk back month by month from the as-of date (windows newest first),
 * removing each month's sales. Every month whose sales are used up entirely adds its days; the month where the
 * encours runs out adds remaining / sales × its days. A month without sales adds its whole days (what is still
 * owed is older). Encours ≤ 0 gives 0 day; no sales over the period gives null.
 */
export function countbackDso(outstanding: Cents, windows: readonly MonthWindow[], sales: readonly Cents[]): Dso {
  let periodSales = 0;
  for (const s of sales) periodSales += s;
  const base = { outstanding, periodSales, wholeMonths: 0, wholeDays: 0, fraction: null, capped: false };
  if (periodSales <= 0) return { ...base, days: null };
  if (outstanding <= 0) return { ...base, days: 0 };
  let remaining = outstanding;
  let wholeMonths = 0;
  let wholeDays = 0;
  for (let k = 0; k < windows.length; k++) {
    const month = windows[k] as MonthWindow;
    const s = sales[k] ?? 0;
    if (s > 0 && remaining <= s) {
      return {
        ...base, wholeMonths, wholeDays,
        days: wholeDays + (remaining * month.days) / s,
        fraction: { window: month, remaining, sales: s },
      };
    }
    remaining -= Math.max(s, 0);
    wholeMonths++;
    wholeDays += month.days;
  }
  return { ...base, wholeMonths, wholeDays, days: wholeDays, capped: true };
}

/** Best possible DSO = non-échu encours / period sales × days in the period (0 when nothing is non échu). */
export function bestPossibleDso(nonEchu: Cents, periodSales: Cents, periodDays: number): number | null {
  if (periodSales <= 0) return null;
  return (Math.max(nonEchu, 0) * periodDays) / periodSales;
}
