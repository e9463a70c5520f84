// The as-of date of a refresh, from the setting and today's date (given by the caller: no hidden clock).
import { endOfPreviousMonth, isIsoDay, type IsoDay } from "../days/day";
import type { AsOfMode } from "./types";

/**
 * "fin-du-mois-precedent" (default): the last day of the month before today's (14/11/2025 → 31/10/2025);
 * "aujourdhui": today; { fixed }: that day (an unreadable fixed day falls back to the default).
 */
export function resolveAsOf(mode: AsOfMode, today: IsoDay): IsoDay {
  if (mode === "aujourdhui") return today;
  if (typeof mode === "object" && isIsoDay(mode.fixed)) return mode.fixed;
  return endOfPreviousMonth(today);
}
