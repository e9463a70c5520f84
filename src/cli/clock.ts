// The calendar day of a clock reading, in the user's own time zone (an accountant's "today").
// Only the CLI's entry points (src/cli/main.ts, scripts/demo.ts) read the clock; they pass the day down.
import type { IsoDay } from "../core/days/day";

export function localIsoDay(moment: Date): IsoDay {
  const y = String(moment.getFullYear()).padStart(4, "0");
  const m = String(moment.getMonth() + 1).padStart(2, "0");
  const d = String(moment.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
