// Reading the non-money, non-date cells of the input sheets: keys, invoice references, credit types,
// e-mail lists, languages, payment terms, yes/no flags.
import { cellText, foldText } from "../cells/text";
import type { CreditKind } from "./types";
import type { CellValue } from "../sheet";

const padFormats = new Map<string, { prefix: string; width: number } | null>();

/** A number format that pads with zeros, with an optional literal prefix: 000000, "F"0000, \F-0000. */
function padFormat(format: string): { prefix: string; width: number } | null {
  let cached = padFormats.get(format);
  if (cached !== undefined) return cached;
  cached = null;
  const m = /^((?:"[^"]*"|\\.)*)(0+)$/.exec(format);
  if (m !== null) {
    const prefix = (m[1] ?? "").replace(/"([^"]*)"|\\(.)/g, (_all, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? "");
    cached = { prefix, width: (m[2] ?? "").length };
  }
  padFormats.set(format, cached);
  return cached;
}

/**
 * The text of an identifier cell (invoice number, client code, reference). Numbers keep the zeros and prefix
 * their number format shows (123 formatted 000000 is "000123"), so they match the same number typed as text.
 */
export function keyText(value: CellValue | undefined, format?: string): string {
  if (typeof value === "string") return cellText(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    if (format !== undefined && format.length > 0 && format !== "General" && Number.isInteger(value) && value >= 0) {
      const pad = padFormat(format);
      if (pad !== null) return pad.prefix + String(value).padStart(pad.width, "0");
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/** Invoice numbers named by a payment: separated by ";" or "," (spaces around them ignored), duplicates dropped. */
export function splitRefs(value: CellValue | undefined, format?: string): string[] {
  if (typeof value !== "string") {
    const one = keyText(value, format);
    return one.length === 0 ? [] : [one];
  }
  const text = cellText(value);
  if (text.length === 0) return [];
  if (text.indexOf(";") < 0 && text.indexOf(",") < 0) return [text];
  const out: string[] = [];
  for (const part of text.split(/[;,]/)) {
    const ref = part.trim();
    if (ref.length > 0 && !out.includes(ref)) out.push(ref);
  }
  return out;
}

const KIND_WORDS = new Map<string, CreditKind>();
for (const w of [
  "reglement", "reglements", "rglt", "regl", "paiement", "payment", "encaissement", "virement", "vir", "cheque", "chq",
  "cb", "carte", "carte bancaire", "prelevement", "lcr", "effet", "especes", "cash", "transfer", "wire", "wire transfer",
  "receipt", "card", "direct debit", "check", "acompte", "deposit", "versement",
]) KIND_WORDS.set(w, "payment");
for (const w of ["avoir", "avoirs", "av", "credit note", "credit notes", "note de credit", "credit", "escompte", "rabais", "remise", "ristourne"]) {
  KIND_WORDS.set(w, "credit-note");
}
for (const w of [
  "perte", "pertes", "passage en perte", "passage en pertes", "write off", "writeoff", "write offs", "irrecouvrable",
  "creance irrecouvrable", "loss", "bad debt", "abandon de creance", "perte sur creance", "perte sur creances",
]) KIND_WORDS.set(w, "write-off");

/**
 * Credit kind of a payment type cell: Règlement/Payment (and means such as Virement, Chèque) → payment,
 * Avoir/Credit note → credit-note, Perte/Write-off/Passage en perte → write-off. Blank → payment.
 * Null when the text names none of these.
 */
export function creditKindOf(text: string): CreditKind | null {
  if (text.length === 0) return "payment";
  const words = foldText(text).replace(/[^a-z0-9]+/g, " ").trim();
  const whole = KIND_WORDS.get(words);
  if (whole !== undefined) return whole;
  const first = words.split(" ")[0] ?? "";
  return KIND_WORDS.get(first) ?? null;
}

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\].]{2,}$/;

/** Addresses in a cell, split on ";", "," and spaces ("Nom <a@b.fr>" gives a@b.fr); invalid ones apart. */
export function splitEmails(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  const take = (piece: string): void => {
    const address = piece.trim().replace(/^mailto:/i, "");
    if (address.length === 0) return;
    if (EMAIL.test(address)) {
      if (!valid.includes(address)) valid.push(address);
    } else invalid.push(address);
  };
  for (const part of text.split(/[;,]/)) {
    // "Display Name <address>": the words of the name are not addresses, unless they hold an "@".
    let rest = part;
    for (const m of part.matchAll(/([^<>]*)<([^<>]*)>/g)) {
      for (const word of (m[1] ?? "").split(/\s+/)) if (word.includes("@")) take(word);
      take(m[2] ?? "");
      rest = rest.replace(m[0], " ");
    }
    for (const word of rest.split(/\s+/)) take(word);
  }
  return { valid, invalid };
}

const FRENCH = new Set(["fr", "fra", "fre", "francais", "french", "fr fr", "fr be", "fr ch", "fr ca", "f"]);
const ENGLISH = new Set(["en", "eng", "anglais", "english", "gb", "uk", "us", "en gb", "en us", "e", "ang"]);

/** fr / en from a language cell (Français, FR, English, en-GB…); undefined when blank, null when unknown. */
export function languageOf(text: string): "fr" | "en" | null | undefined {
  if (text.length === 0) return undefined;
  const t = foldText(text).replace(/[^a-z]+/g, " ").trim();
  if (FRENCH.has(t)) return "fr";
  if (ENGLISH.has(t)) return "en";
  return null;
}

const YES = new Set(["oui", "o", "yes", "y", "x", "1", "vrai", "true", "bloque", "bloquee", "blocked", "stop", "suspendu", "on hold"]);
const NO = new Set(["non", "n", "no", "0", "faux", "false", "-", "actif", "active", "ok"]);

/** A yes/no cell: oui/non, yes/no, x, 1/0, TRUE/FALSE; blank is no; null when unreadable. */
export function flagOf(value: CellValue | undefined): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  const t = foldText(cellText(value ?? null)).trim();
  if (t.length === 0) return false;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return null;
}

/**
 * Payment terms in days: a number, "30", "30 jours", "45 j", "60 days", "Net 30", "comptant" (0).
 * endOfMonth is true for "30 jours fin de mois" (the due date is then the end of the month of date + days).
 */
export function termsOf(value: CellValue | undefined): { days: number; endOfMonth: boolean } | null | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0 || value > 3650) return null;
    return { days: Math.round(value), endOfMonth: false };
  }
  const text = foldText(cellText(value ?? null)).trim();
  if (text.length === 0) return undefined;
  if (/^(comptant|a reception|reception|immediat|immediate|cash|due on receipt|on receipt)$/.test(text)) return { days: 0, endOfMonth: false };
  const endOfMonth = /\b(fin de mois|fdm|eom|end of month)\b/.test(text);
  const m = /^(?:net\s*)?(\d{1,4})\s*(?:j|jr|jrs|jour|jours|d|day|days)?\.?(?:\s*(?:net|fin de mois|fdm|eom|end of month|le \d{1,2}))*$/.exec(text);
  if (m === null) return null;
  const days = Number(m[1]);
  return days > 3650 ? null : { days, endOfMonth };
}
