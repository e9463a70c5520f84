// User-facing text for unreadable cells: French first, then " / " and English (design.md, helper brief).

/** An A1 reference with its sheet, quoted when the name needs it: Factures!E12, 'Mes factures'!E12. */
export function cellRef(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*$/.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Shortens what the user typed so a message stays readable. */
export function quoteValue(text: string): { fr: string; en: string } {
  const t = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return { fr: `« ${t} »`, en: `“${t}”` };
}

type Template = (value: { fr: string; en: string }, atFr: string, atEn: string) => [string, string];

const TEMPLATES: Record<string, Template> = {
  "amount.empty": (_v, a, e) => [`Montant vide${a} : saisissez le montant (ex. 1 234,56).`, `Empty amount${e}: enter the amount (e.g. 1,234.56).`],
  "amount.error-value": (v, a, e) => [`Montant en erreur ${v.fr}${a} : corrigez la formule de la cellule.`, `Amount is an error ${v.en}${e}: fix the cell's formula.`],
  "amount.boolean": (v, a, e) => [`Montant attendu, valeur logique ${v.fr}${a} : saisissez un montant.`, `Amount expected, found a logical value ${v.en}${e}: enter an amount.`],
  "amount.unreadable": (v, a, e) => [`Montant illisible ${v.fr}${a} : corrigez la cellule (ex. 1 234,56).`, `Unreadable amount ${v.en}${e}: fix the cell (e.g. 1,234.56).`],
  "amount.out-of-range": (v, a, e) => [`Montant hors limites ${v.fr}${a} : vérifiez la cellule.`, `Amount out of range ${v.en}${e}: check the cell.`],
  "date.empty": (_v, a, e) => [`Date vide${a} : saisissez la date (ex. 31/01/2024).`, `Empty date${e}: enter the date (e.g. 2024-01-31).`],
  "date.error-value": (v, a, e) => [`Date en erreur ${v.fr}${a} : corrigez la formule de la cellule.`, `Date is an error ${v.en}${e}: fix the cell's formula.`],
  "date.boolean": (v, a, e) => [`Date attendue, valeur logique ${v.fr}${a} : saisissez une date.`, `Date expected, found a logical value ${v.en}${e}: enter a date.`],
  "date.unreadable": (v, a, e) => [`Date illisible ${v.fr}${a} : saisissez une date jj/mm/aaaa.`, `Unreadable date ${v.en}${e}: enter a date such as 31/01/2024.`],
  "date.impossible": (v, a, e) => [`Date impossible ${v.fr}${a} : ce jour n'existe pas dans le calendrier.`, `Impossible date ${v.en}${e}: that day does not exist.`],
  "date.fictitious-1900-02-29": (v, a, e) => [`Date ${v.fr}${a} : le 29/02/1900 n'existe pas (jour fictif d'Excel) ; saisissez la vraie date.`, `Date ${v.en}${e}: 1900-02-29 does not exist (Excel's fictitious day); enter the real date.`],
  "date.out-of-range": (v, a, e) => [`Date hors limites ${v.fr}${a} : Excel ne connaît que les dates du 01/01/1900 au 31/12/9999.`, `Date out of range ${v.en}${e}: Excel dates run from 1900-01-01 to 9999-12-31.`],
};

/**
 * The message for a cell that could not be read. `at` is an A1 reference with its sheet (see cellRef), or
 * absent when the caller does not know where the value comes from; `hint` adds a French and an English remark.
 */
export function cellProblem(code: string, text: string, at?: string, hint?: readonly [string, string]): string {
  const template = TEMPLATES[code];
  const atFr = at === undefined ? "" : ` en ${at}`;
  const atEn = at === undefined ? "" : ` in ${at}`;
  const v = quoteValue(text);
  if (template === undefined) return `Valeur illisible ${v.fr}${atFr} (${code}). / Unreadable value ${v.en}${atEn} (${code}).`;
  const [fr, en] = template(v, atFr, atEn);
  if (hint === undefined) return `${fr} / ${en}`;
  return `${fr.replace(/\.$/, "")}${hint[0]}. / ${en.replace(/\.$/, "")}${hint[1]}.`;
}
