// Header and name normalisation: case, accents, punctuation, "n°/no/num/numéro" variants, filler words.
import { cellText, foldText } from "../cells/text";
import type { CellValue } from "../sheet";

const NUMBER_WORDS = new Set(["n", "no", "nr", "num", "numero", "number", "nro"]);
const FILLER = new Set(["de", "du", "des", "d", "la", "le", "les", "l", "a", "au", "aux", "en", "par", "of", "the", "in", "by"]);
const UNITS = new Set(["eur", "euro", "euros", "usd"]);

/** Singular of a folded token: drops a final "s" from words longer than three letters ("factures" → "facture"). */
function singular(token: string): string {
  return token.length > 3 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token;
}

/**
 * A header reduced to its words: lower case, no accents, no punctuation, "N°", "No", "Num", "Numéro", "#"
 * all become "num", filler words (de, du, of…) and currency units dropped, plurals made singular.
 * "N° de la facture" → "num facture"; "Montant TTC (€)" → "montant ttc"; "E-mail" → "email".
 */
export function normalizeHeader(value: CellValue | undefined | string): string {
  const text = foldText(cellText(value ?? null))
    .replace(/\bn\s*[°º]/g, " num ")
    .replace(/[°º#]/g, " num ")
    .replace(/\be[\s-]?mails?\b/g, " email ")
    .replace(/[^a-z0-9]+/g, " ");
  const out: string[] = [];
  for (const raw of text.split(" ")) {
    if (raw.length === 0 || FILLER.has(raw) || UNITS.has(raw)) continue;
    const token = NUMBER_WORDS.has(raw) ? "num" : singular(raw);
    if (token === "num" && out[out.length - 1] === "num") continue;
    out.push(token);
  }
  return out.join(" ");
}

/** A name compared loosely: folded, letters and digits only ("ACME S.A." ≈ "Acme SA", "Dupont-Fils" ≈ "dupont fils"). */
export function normalizeName(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, "");
}
