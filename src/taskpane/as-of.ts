// The as-of date the user picks on Accueil: end of last month (the monthly closing), today, or a date.
import { endOfPreviousMonth, isIsoDay, type IsoDay } from "../core/days/day";

export type AsOfChoice = "month-end" | "today" | "date";

/** The as-of day of a choice, or null when the typed date is not a real day. */
export function asOfDay(choice: AsOfChoice, today: IsoDay, typed: string): IsoDay | null {
  if (choice === "today") return today;
  if (choice === "month-end") return endOfPreviousMonth(today);
  return isIsoDay(typed) ? typed : null;
}
