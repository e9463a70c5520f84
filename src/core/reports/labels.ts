// Words of the report sheets, French first, English when the caller asks for it.
import type { Bucket } from "../aging/types";
import type { ReportLanguage } from "./formats";

/** Bucket labels: the aging's own (French) labels, or English ones built from the bounds. */
export function bucketLabel(bucket: Bucket, language: ReportLanguage): string {
  if (language === "fr") return bucket.label;
  if (bucket.minDays === null) return "Not due";
  if (bucket.maxDays === null) return bucket.minDays === 1 ? "Overdue" : `> ${bucket.minDays - 1} d`;
  return bucket.minDays === bucket.maxDays ? `${bucket.maxDays} d` : `${bucket.minDays}–${bucket.maxDays} d`;
}

const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "octobre 2025" / "October 2025" for an ISO day. */
export function monthName(day: string, language: ReportLanguage): string {
  const month = Number(day.slice(5, 7));
  const names = language === "fr" ? FR_MONTHS : EN_MONTHS;
  return `${names[month - 1] ?? ""} ${day.slice(0, 4)}`;
}

/** "31/10/2025" / "2025-10-31" inside a sentence (cells that hold a date use a serial instead). */
export function dayText(day: string, language: ReportLanguage): string {
  return language === "fr" ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : day;
}

/** "3 problèmes de données — voir le volet Encours", or that there is none. */
export function problemsText(count: number, language: ReportLanguage): string {
  if (language === "fr") {
    if (count === 0) return "Aucun problème de données";
    return `${count} problème${count > 1 ? "s" : ""} de données — voir le volet Encours`;
  }
  if (count === 0) return "No data problem";
  return `${count} data problem${count > 1 ? "s" : ""} — see the Encours pane`;
}

/** Text cut to `max` characters with an ellipsis (dashboard lists; the balance keeps full names). */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}
