// Day numbers of ISO days read straight from the characters: the aging engine converts hundreds of
// thousands of dates, and this avoids a regular expression or a hash lookup per date.
import { dayNumberOf, daysInMonth, toDayNumber, type IsoDay } from "../days/day";

/** The digit at `at`, or a large value for any other character (so range checks fail). */
const digit = (text: string, at: number) => (text.charCodeAt(at) - 48) >>> 0;

/** Same result as toDayNumber (and the same RangeError on anything that is not a real ISO day). */
export function isoDayNumber(iso: IsoDay): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y0 = digit(iso, 0), y1 = digit(iso, 1), y2 = digit(iso, 2), y3 = digit(iso, 3);
    const m0 = digit(iso, 5), m1 = digit(iso, 6), d0 = digit(iso, 8), d1 = digit(iso, 9);
    if (Math.max(y0, y1, y2, y3, m0, m1, d0, d1) <= 9) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return dayNumberOf(year, month, day);
    }
  }
  return toDayNumber(iso);
}

/**
 * isoDayNumber remembering the days already read: a ledger holds a few hundred distinct days for a hundred
 * thousand rows (and consecutive rows often share one), so most reads are a comparison or a hash lookup.
 */
export function isoDayReader(): (iso: IsoDay) => number {
  const known = new Map<string, number>();
  let lastIso: string | undefined;
  let lastDay = 0;
  return (iso) => {
    if (iso === lastIso) return lastDay;
    let day = known.get(iso);
    if (day === undefined) {
      day = isoDayNumber(iso);
      known.set(iso, day);
    }
    lastIso = iso;
    lastDay = day;
    return day;
  };
}
