// Month windows ending at the as-of date: the calendar of every "per month" and "over the period" indicator.
import { addDays, addMonths, endOfMonth, toDayNumber, type IsoDay } from "../days/day";

/** One month of the countback, both ends inclusive. */
export interface MonthWindow {
  start: IsoDay;
  end: IsoDay;
  /** Number of calendar days in the window (28 to 31). */
  days: number;
}

/**
 * The `count` month windows ending at `asOf`, newest first. Window k covers (boundary(k+1), boundary(k)], where
 * boundary(k) is `asOf` minus k months:
 * - when `asOf` is the last day of its month, boundaries are month-ends, so the windows are calendar months
 *   (as-of 31/03 → March, February, January…; as-of 29/02 → February, January…);
 * - otherwise boundary(k) = addMonths(asOf, −k), the same day of the month, clamped to short months
 *   (as-of 15/03 → 16/02–15/03, 16/01–15/02…).
 * Windows are contiguous and never overlap; together they make the period.
 */
export function monthWindows(asOf: IsoDay, count: number): MonthWindow[] {
  const atMonthEnd = endOfMonth(asOf) === asOf;
  const boundary = (k: number): IsoDay => (atMonthEnd ? endOfMonth(addMonths(asOf, -k)) : addMonths(asOf, -k));
  const windows: MonthWindow[] = [];
  let end = asOf;
  for (let k = 1; k <= count; k++) {
    const previous = boundary(k);
    windows.push({ start: addDays(previous, 1), end, days: toDayNumber(end) - toDayNumber(previous) });
    end = previous;
  }
  return windows;
}

/** The period made of `months` windows ending at `asOf`: first and last day, and its length in days. */
export interface Period {
  start: IsoDay;
  end: IsoDay;
  days: number;
  months: MonthWindow[];
}

export function periodEndingAt(asOf: IsoDay, months: number): Period {
  if (!Number.isSafeInteger(months) || months < 1) throw new RangeError(`Period must be at least one month: ${months}`);
  const windows = monthWindows(asOf, months);
  const oldest = windows[windows.length - 1] as MonthWindow;
  return { start: oldest.start, end: asOf, days: toDayNumber(asOf) - toDayNumber(oldest.start) + 1, months: windows };
}

/** True when `day` lies in [start, end] (ISO days compare as text). */
export function within(day: IsoDay, span: { start: IsoDay; end: IsoDay }): boolean {
  return day >= span.start && day <= span.end;
}
