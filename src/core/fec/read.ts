// Reading a FEC file (Fichier des Écritures Comptables, article A47 A-1 of the Livre des procédures fiscales):
// one header line, then one line per accounting entry line, fields separated by a tab or "|".

/** The FEC columns this reader uses (the header names of the norm). */
export const FEC_FIELDS = [
  "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib",
  "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise",
  "Idevise", "Montant", "Sens",
] as const;
export type FecField = (typeof FEC_FIELDS)[number];

export interface FecHeader {
  separator: "\t" | "|";
  /** Field → 0-based position in a line (absent fields are missing). */
  index: Partial<Record<FecField, number>>;
}

/** Splits the text into lines (LF or CRLF), without a byte-order mark. */
export function fecLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split(/\r?\n|\r/);
}

function unquote(field: string): string {
  const t = field.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"').trim() : t;
}

/** Fields of one line, trimmed and unquoted. */
export function fecFields(line: string, separator: string): string[] {
  return line.split(separator).map(unquote);
}

/** Reads the header line: the separator is whichever of tab and "|" splits it into more fields. */
export function readFecHeader(line: string): FecHeader {
  const tabs = line.split("\t").length;
  const pipes = line.split("|").length;
  const separator = pipes > tabs ? "|" : "\t";
  const index: Partial<Record<FecField, number>> = {};
  const wanted = new Map<string, FecField>(FEC_FIELDS.map((f) => [f.toLowerCase(), f]));
  fecFields(line, separator).forEach((name, i) => {
    const field = wanted.get(name.toLowerCase());
    if (field !== undefined && index[field] === undefined) index[field] = i;
  });
  return { separator, index };
}

/**
 * A FEC amount: digits with a comma or point as decimal separator and an optional sign ("1234,56", "-12.5",
 * "0,00"); no thousands separators in the norm. Returns cents, or null when unreadable.
 */
export function fecAmount(text: string): number | null {
  const m = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (m === null) return null;
  const whole = m[2] ?? "0";
  const fraction = m[3] ?? "";
  if (whole.length > 15) return null;
  let cents = Number(whole) * 100 + Number((fraction + "00").slice(0, 2));
  if ((fraction.charCodeAt(2) || 48) >= 53) cents += 1;
  if (!Number.isSafeInteger(cents)) return null;
  return m[1] === "-" && cents !== 0 ? -cents : cents;
}
