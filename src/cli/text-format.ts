// Small text helpers for the CLI's output: French amounts and dates, column padding, issue locations.
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import type { Cents } from "../core/money/cents";

/**
 * Cents as a French number without currency sign: 123456 → "1 234,56" (ordinary spaces between thousands so
 * terminal columns line up), or "1234,56" without grouping (what French Excel reads back from a CSV).
 * Integer arithmetic only: no float ever rounds a figure here.
 */
export function frenchNumber(cents: Cents, grouping = true): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = abs - units * 100;
  let whole = String(units);
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${negative ? "-" : ""}${whole},${String(rest).padStart(2, "0")}`;
}

/** 2026-03-31 → 31/03/2026. */
export function frenchDay(iso: IsoDay): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Width of text as a terminal shows it (code points, accents composed). */
export function displayWidth(text: string): number {
  return [...text.normalize("NFC")].length;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts text to `width` columns, ending with "…" when cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text.normalize("NFC")];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

/** Where an issue points: "Factures!E12", "Factures, ligne 12", or the sheet alone. */
export function issueLocation(issue: Issue): string {
  if (issue.cell !== null) return `${issue.sheet}!${issue.cell}`;
  if (issue.row !== null) return `${issue.sheet}, ligne ${issue.row}`;
  return issue.sheet;
}

/** One line per value: line breaks and tabs inside a message become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, " ").trim();
}
