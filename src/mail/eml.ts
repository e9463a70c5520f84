// Offline drafts: one reminder as a .eml file (RFC 5322 + MIME) that Outlook opens as an unsent message.
//
// - CRLF line ends, UTF-8, `MIME-Version: 1.0`, `X-Unsent: 1` (Outlook opens the file as a draft ready to send);
// - Subject and non-ASCII display names as RFC 2047 "B" encoded-words (at most 68 characters each, folded);
// - multipart/alternative: text/plain first, then text/html (the last part is the preferred one), both
//   quoted-printable UTF-8;
// - no header injection: CR/LF in the subject or in a display name become spaces; an address holding one,
//   or not shaped like local@domain, is refused (EmlError);
// - no clock: the Date header is given by the caller; Message-ID and boundary derive from the draft.
// Without `from`, the From header is left out: Outlook fills in the account that opens the draft.
import { encodedWords, foldHeader, isPlainAscii, quotedPrintable, wellFormed } from "./mime-encoding";
import type { DraftMessage } from "./types";

export class EmlError extends Error {
  constructor(
    readonly code: "InvalidAddress" | "InvalidDate" | "InvalidBoundary" | "InvalidDomain",
    message: string,
  ) {
    super(message);
    this.name = "EmlError";
  }
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The moment as an RFC 5322 date in its local time zone, for EmlOptions.date: "Sun, 22 Nov 2026 20:12:00 +0100". */
export function mailDate(moment: Date): string {
  const offset = -moment.getTimezoneOffset();
  const abs = Math.abs(offset);
  const zone = `${offset >= 0 ? "+" : "-"}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
  return `${DAYS[moment.getDay()] ?? "Sun"}, ${moment.getDate()} ${MONTHS[moment.getMonth()] ?? "Jan"} ${moment.getFullYear()} ` +
    `${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())} ${zone}`;
}

export interface EmlOptions {
  /** RFC 5322 date, e.g. "Sun, 22 Nov 2026 09:00:00 +0100" (the caller owns the clock). */
  date: string;
  /** Right-hand side of the Message-ID (default "encours.invalid"). */
  messageIdDomain?: string;
  /** MIME boundary (default derived from the draft; checked not to occur in the parts). */
  boundary?: string;
}

export interface Mailbox {
  name: string;
  address: string;
}

const CONTROL = /[\u0000-\u001f\u007f]/; // eslint-disable-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]+/g; // eslint-disable-line no-control-regex
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const RFC5322_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(:\d{2})? ([+-]\d{4}|GMT|UT)$/;

const badAddress = (entry: string, why: string, whyEn: string): EmlError =>
  new EmlError(
    "InvalidAddress",
    `Adresse e-mail refusée « ${entry.replace(CONTROLS, "␤")} » : ${why}. / Address refused "${entry.replace(CONTROLS, "␤")}": ${whyEn}.`,
  );

/** Punycode for an internationalised domain ("société.fr" → "xn--socit-esab.fr"), through the URL parser. */
function asciiDomain(domain: string): string | null {
  if (isPlainAscii(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

/** "Name <addr@x.fr>" or "addr@x.fr" → name and address, or EmlError. */
export function parseMailbox(entry: string): Mailbox {
  const angle = /^([\s\S]*)<([^<>]*)>\s*$/.exec(entry);
  const rawAddress = (angle ? angle[2] ?? "" : entry).trim();
  const name = (angle ? angle[1] ?? "" : "")
    .replace(CONTROLS, " ")
    .trim()
    .replace(/^"([\s\S]*)"$/, "$1")
    .trim();
  if (CONTROL.test(rawAddress)) throw badAddress(entry, "elle contient un retour à la ligne", "it contains a line break");
  const at = rawAddress.lastIndexOf("@");
  const local = rawAddress.slice(0, at);
  const domain = at > 0 ? asciiDomain(rawAddress.slice(at + 1)) : null;
  if (at <= 0 || !LOCAL_PART.test(local) || local.length > 64 || domain === null || !DOMAIN.test(domain)) {
    throw badAddress(entry, "elle n'a pas la forme nom@domaine.fr", "it is not shaped like name@domain.com");
  }
  return { name, address: `${local}@${domain.toLowerCase()}` };
}

/** Header pieces of a mailbox: display name (quoted or encoded-words) then <address>. */
function mailboxPieces(mailbox: Mailbox): string[] {
  if (mailbox.name === "") return [`<${mailbox.address}>`];
  const name =
    isPlainAscii(mailbox.name) && mailbox.name.length <= 60 && !mailbox.name.includes("=?")
      ? [`"${mailbox.name.replace(/(["\\])/g, "\\$1")}"`]
      : encodedWords(mailbox.name);
  return [...name, `<${mailbox.address}>`];
}

function addressHeader(name: string, entries: string[]): string | null {
  const mailboxes = entries.filter((e) => e.trim() !== "").map(parseMailbox);
  if (mailboxes.length === 0) return null;
  const pieces: string[] = [];
  mailboxes.forEach((m, i) => {
    const own = mailboxPieces(m);
    if (i < mailboxes.length - 1) own[own.length - 1] += ",";
    pieces.push(...own);
  });
  return foldHeader(name, pieces);
}

function subjectHeader(subject: string): string {
  const oneLine = wellFormed(subject).replace(CONTROLS, " ");
  const words = oneLine.split(" ");
  const plain = isPlainAscii(oneLine) && !oneLine.includes("=?") && words.every((w) => w.length <= 70) && oneLine.trim() === oneLine;
  return foldHeader("Subject", plain ? words : encodedWords(oneLine));
}

/** A short stable hash (two FNV-1a 32-bit passes) for the Message-ID and the default boundary. */
function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x2f) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/** The reminder as the text of a .eml file. */
export function toEml(draft: DraftMessage, from: string | undefined, opts: EmlOptions): string {
  if (!RFC5322_DATE.test(opts.date)) {
    throw new EmlError(
      "InvalidDate",
      `Date d'e-mail illisible « ${opts.date.replace(CONTROLS, "␤")} » (attendu : Sun, 22 Nov 2026 09:00:00 +0100). / ` +
        `Unreadable e-mail date (expected: Sun, 22 Nov 2026 09:00:00 +0100).`,
    );
  }
  const domain = opts.messageIdDomain ?? "encours.invalid";
  if (!DOMAIN.test(domain)) {
    throw new EmlError("InvalidDomain", `Domaine de Message-ID invalide « ${domain} ». / Invalid Message-ID domain.`);
  }
  const hash = stableHash(`${draft.idempotencyKey}\u0000${draft.subject}\u0000${draft.text}\u0000${draft.html}`);
  const text = quotedPrintable(draft.text);
  const html = quotedPrintable(draft.html);
  const boundary = opts.boundary ?? `=_encours_${hash}`;
  if (
    !/^[0-9A-Za-z'()+_,\-./:=? ]{1,69}[0-9A-Za-z'()+_,\-./:=?]$/.test(boundary) ||
    text.includes(`--${boundary}`) ||
    html.includes(`--${boundary}`)
  ) {
    throw new EmlError("InvalidBoundary", `Séparateur MIME inutilisable « ${boundary} ». / Unusable MIME boundary.`);
  }

  const headers: string[] = [];
  const fromHeader = from === undefined ? null : addressHeader("From", [from]);
  if (fromHeader) headers.push(fromHeader);
  const to = addressHeader("To", draft.to);
  if (to) headers.push(to);
  const cc = addressHeader("Cc", draft.cc);
  if (cc) headers.push(cc);
  headers.push(
    subjectHeader(draft.subject),
    `Date: ${opts.date}`,
    `Message-ID: <encours.${hash}@${domain}>`,
    "MIME-Version: 1.0",
    "X-Unsent: 1",
    `Content-Language: ${draft.language}`,
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  );

  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, "Content-Transfer-Encoding: quoted-printable", "", body].join("\r\n");

  return [
    headers.join("\r\n"),
    "",
    "This is a multi-part message in MIME format.",
    part("text/plain", text),
    part("text/html", html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
