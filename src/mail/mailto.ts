// A mailto: link (RFC 6068) for a single short reminder, when neither Graph nor a download suits.
// Only the plain text travels (mailto cannot carry HTML). Returns null when the link would be longer
// than `maxLength` (default 2000, what browsers and mail clients reliably accept): offer the .eml then.
import { parseMailbox } from "./eml";
import { wellFormed } from "./mime-encoding";
import type { DraftMessage } from "./types";

export const MAILTO_MAX_LENGTH = 2000;

/** Percent-encoding of RFC 6068: UTF-8, everything outside unreserved and a few delimiters escaped. */
function pct(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** The addresses of a header field, validated (an address with a line break throws EmlError). */
const addressesOf = (entries: string[]): string[] =>
  entries.filter((e) => e.trim() !== "").map((e) => parseMailbox(e).address);

export function mailtoUrl(draft: DraftMessage, maxLength: number = MAILTO_MAX_LENGTH): string | null {
  // "@" may stay as is in the address part (RFC 6068 §2); everything else is escaped.
  const to = addressesOf(draft.to).map((a) => pct(a).replace(/%40/g, "@")).join(",");
  const fields: string[] = [];
  const cc = addressesOf(draft.cc);
  if (cc.length > 0) fields.push(`cc=${cc.map(pct).join(",")}`);
  // eslint-disable-next-line no-control-regex
  const subject = draft.subject.replace(/[\u0000-\u001f\u007f]+/g, " ");
  if (subject !== "") fields.push(`subject=${pct(subject)}`);
  // Line breaks in a body must be written %0D%0A (RFC 6068 §5).
  const body = draft.text.replace(/\r\n|\r|\n/g, "\r\n");
  if (body !== "") fields.push(`body=${pct(body)}`);
  const url = `mailto:${to}${fields.length > 0 ? "?" + fields.join("&") : ""}`;
  return url.length > maxLength ? null : url;
}
