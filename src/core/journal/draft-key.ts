// The idempotency key of a reminder draft: client + level + day (design.md §8: "a retry never creates a
// second draft for the same client, level and day"). Written into the journal and onto the Outlook draft.
//
// The key holds no upper-case letter, so two keys can never differ only by case (Graph compares extended
// property values case-insensitively in some locales). src/mail's `reminderKey` joins the same encoded parts
// without making the client and level canonical (a test keeps the two equal on canonical input):
// a–z, 0–9, space, ".", "_", "-" are kept; A–Z becomes "^" + the letter; any other character becomes
// "~" + its code point in hex + "~"; the three parts are joined with "|". Distinct inputs give distinct keys.
import type { IsoDay } from "../days/day";
import { levelKey } from "../reminders/level";
import type { JournalEntry } from "./types";

const KEPT = /^[a-z0-9 ._-]$/;

/** One part of a key, encoded as above: lowercase, readable, reversible (distinct parts, distinct encodings). */
export function encodeKeyPart(part: string): string {
  let out = "";
  for (const ch of part) {
    if (KEPT.test(ch)) out += ch;
    else if (ch >= "A" && ch <= "Z") out += `^${ch.toLowerCase()}`;
    else out += `~${(ch.codePointAt(0) ?? 0).toString(16)}~`;
  }
  return out;
}

/** A client id as a key part: Unicode NFC, trimmed, inner blanks collapsed (the same client, the same key). */
export function clientKeyPart(client: string): string {
  return client.normalize("NFC").trim().replace(/\s+/g, " ");
}

/**
 * The key of the draft of `level` for `client` on `day`, e.g. ("C0042", "j + 10", "2026-11-22") →
 * "^c0042|^j~2b~10|2026-11-22". The level is canonical ("j + 10" and "J+10" give the same key).
 */
export function draftKey(client: string, level: string, day: IsoDay): string {
  return [clientKeyPart(client), levelKey(level), day.trim()].map(encodeKeyPart).join("|");
}

/** True when the journal already records a draft with this key (keys compared without case). */
export function alreadyDrafted(journal: readonly JournalEntry[], key: string): boolean {
  const wanted = key.trim().toLowerCase();
  return journal.some((entry) => entry.draftKey !== undefined && entry.draftKey.trim().toLowerCase() === wanted);
}

/** The set of draft keys in the journal (lower case), for checking many drafts at once. */
export function draftedKeys(journal: readonly JournalEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of journal) if (entry.draftKey !== undefined && entry.draftKey.trim() !== "") keys.add(entry.draftKey.trim().toLowerCase());
  return keys;
}
