// Calendar days as ISO strings (YYYY-MM-DD) and as day numbers (days since 1970-01-01).
// Pure arithmetic on the proleptic Gregorian calendar: no time of day, no time zone, no clock.

/** An ISO calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day names a real calendar day (31/02 is not one). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 for a calendar day (Howard Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar parts of a day number. */
export function partsOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isIsoDay(text: string): boolean {
  const m = ISO.exec(text);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Day number of an ISO day; throws on a malformed day (callers validate input first). */
export function toDayNumber(iso: IsoDay): number {
  const m = ISO.exec(iso);
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) throw new RangeError(`Not an ISO day: ${iso}`);
  return dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function fromDayNumber(dayNumber: number): IsoDay {
  const { year, month, day } = partsOf(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addDays(iso: IsoDay, days: number): IsoDay {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** b − a in calendar days. */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function endOfMonth(iso: IsoDay): IsoDay {
  const { year, month } = partsOf(toDayNumber(iso));
  return fromDayNumber(dayNumberOf(year, month, daysInMonth(year, month)));
}

/** The last day of the month before the one holding `iso` (the default as-of date). */
export function endOfPreviousMonth(iso: IsoDay): IsoDay {
  const { year, month } = partsOf(toDayNumber(iso));
  return fromDayNumber(dayNumberOf(year, month, 1) - 1);
}

/** Adds whole months, clamping the day to the target month's length (31/01 + 1 month = 28 or 29/02). */
export function addMonths(iso: IsoDay, months: number): IsoDay {
  const { year, month, day } = partsOf(toDayNumber(iso));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromDayNumber(dayNumberOf(y, m, Math.min(day, daysInMonth(y, m))));
}
