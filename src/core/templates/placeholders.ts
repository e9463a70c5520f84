// The placeholders a template may use, exported for the template editor (list, help, insertion).
import { foldText } from "../cells/text";
import type { Localized } from "../reminders/language";

export interface PlaceholderInfo {
  /** Written {name} in a template. */
  name: string;
  description: Localized;
  /** Other spellings accepted (e.g. English names). */
  aliases: string[];
  /** {factures}: a block (table), not allowed in the subject. */
  block: boolean;
  /** Keeps its line breaks (signature); other values are put on one line. */
  multiline: boolean;
}

const p = (name: string, fr: string, en: string, aliases: string[] = [], extra: Partial<PlaceholderInfo> = {}): PlaceholderInfo =>
  ({ name, description: { fr, en }, aliases, block: false, multiline: false, ...extra });

export const PLACEHOLDERS: readonly PlaceholderInfo[] = Object.freeze([
  p("client", "Nom du client", "Customer name", ["customer", "nom_client"]),
  p("contact", "Nom du contact (à défaut « Madame, Monsieur »)", "Contact name (else “Sir or Madam”)"),
  p("factures", "Tableau des factures : n°, date, échéance, montant, reste dû, jours de retard", "Invoice table: number, date, due date, amount, balance due, days overdue", ["invoices", "tableau_factures"], { block: true }),
  p("total", "Total restant dû (par devise)", "Total balance due (per currency)", ["total_du", "balance_due"]),
  p("nombre_factures", "Nombre de factures concernées", "Number of invoices", ["invoice_count"]),
  p("plus_ancien_retard", "Retard de la facture la plus ancienne (ex. 45 jours)", "Delay of the oldest invoice (e.g. 45 days)", ["oldest_delay"]),
  p("echeance_la_plus_ancienne", "Échéance la plus ancienne", "Oldest due date", ["oldest_due_date"]),
  p("indemnite", "Indemnité forfaitaire de recouvrement : 40 € par facture en retard", "Fixed recovery indemnity: €40 per late invoice", ["indemnity"]),
  p("penalites", "Pénalités de retard à la date d'arrêté", "Late-payment penalties at the statement date", ["penalties"]),
  p("taux_penalites", "Taux annuel des pénalités de retard", "Annual late-payment penalty rate", ["penalty_rate"]),
  p("iban", "IBAN de la société", "Company IBAN"),
  p("bic", "BIC de la société", "Company BIC"),
  p("societe", "Nom de la société", "Company name", ["company", "entreprise"]),
  p("signature", "Signature (plusieurs lignes possibles)", "Signature (several lines allowed)", [], { multiline: true }),
  p("date_arrete", "Date d'arrêté de la relance", "Statement date of the reminder", ["date", "statement_date"]),
  p("date_limite", "Date limite de paiement demandée (date d'arrêté + délai des Paramètres)", "Payment deadline (statement date + the delay in the settings)", ["deadline"]),
  p("niveau", "Niveau de relance (ex. J+10 : relance écrite 1)", "Reminder level (e.g. D+10: first written reminder)", ["level"]),
].map((x) => Object.freeze(x)));

/** The names of every placeholder, for the editor. */
export const PLACEHOLDER_NAMES: readonly string[] = PLACEHOLDERS.map((x) => x.name);

/** Compares placeholder names without case, accents, blanks or dashes: {Échéance-la plus ancienne} works. */
export function placeholderKey(text: string): string {
  return foldText(text).trim().replace(/[\s-]+/g, "_");
}

const BY_KEY = new Map<string, PlaceholderInfo>();
for (const info of PLACEHOLDERS) for (const form of [info.name, ...info.aliases]) BY_KEY.set(placeholderKey(form), info);

export function placeholderOf(text: string): PlaceholderInfo | null {
  return BY_KEY.get(placeholderKey(text)) ?? null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The known placeholder closest to an unknown name (at most 3 edits away), or null. */
export function closestPlaceholder(text: string): string | null {
  const key = placeholderKey(text);
  let best: { name: string; d: number } | null = null;
  for (const [form, info] of BY_KEY) {
    const d = distance(key, form);
    if (d <= 3 && (best === null || d < best.d)) best = { name: info.name, d };
  }
  return best?.name ?? null;
}
