// A clock reading, given by the caller, as the user's own calendar day and wall-clock time (an accountant's
// "today" is local, not UTC). No clock is read here: the moment is a parameter.
import { dayNumberOf, fromDayNumber, type IsoDay } from "./day";

const pad = (n: number) => String(n).padStart(2, "0");

/** The moment's day in its local time zone: "2026-11-22". */
export function localDay(moment: Date): IsoDay {
  return fromDayNumber(dayNumberOf(moment.getFullYear(), moment.getMonth() + 1, moment.getDate()));
}

/** The moment's local date and time, as the reports print it: "2026-11-22T10:32:05". */
export function localDateTime(moment: Date): string {
  return `${localDay(moment)}T${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}`;
}
