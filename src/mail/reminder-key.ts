// The idempotency key of a reminder draft: client + level + day, written so that two different
// reminders can never have keys that differ only by case (see DraftMessage.idempotencyKey).
import type { IsoDay } from "../core/days/day";
import { encodeKeyPart } from "../core/journal/draft-key";

/**
 * Lowercase, readable, reversible encoding of one part (src/core/journal/draft-key.ts): a–z, 0–9, space, ".",
 * "_", "-" kept; A–Z as "^" + the letter; any other character as "~" + its code point in hex + "~".
 */
export { encodeKeyPart };

/** The key for the draft of `level` to `clientId` planned on `day`, e.g. "^c0042|^j~2b~10|2026-11-22". */
export function reminderKey(clientId: string, level: string, day: IsoDay): string {
  return [clientId, level, day].map(encodeKeyPart).join("|");
}

/** Why a key cannot be used, or null when it is fine (lowercase, no control character, not empty). */
export function keyProblem(key: string): string | null {
  if (key.length === 0) return "empty";
  if (key.length > 255) return "longer than 255 characters";
  if ([...key].some((ch) => ch.charCodeAt(0) < 0x20 || ch === "\u007f")) return "control character";
  if (key !== key.toLowerCase()) return "upper-case letter";
  return null;
}
