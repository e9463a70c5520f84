// The columns of the journal sheet "Suivi des relances": headers in French (English when the workbook is
// in English), the synonyms a user may have typed instead, and how each column's cells are written.
import type { Language } from "../reminders/language";
import { labelKey } from "./labels";

export type JournalField =
  | "date" | "client" | "invoices" | "level" | "channel" | "draftId" | "draftLink" | "outcome"
  | "promiseDate" | "promiseAmount" | "dispute" | "disputeReason" | "disputeAmount" | "clientStatus"
  | "nextActionDate" | "author" | "draftKey";

export interface JournalColumn {
  field: JournalField;
  fr: string;
  en: string;
  /** Other headers recognised when reading the sheet back (compared without case, accents or punctuation). */
  synonyms: string[];
  kind: "date" | "amount" | "text";
  /** Excel number format for the column (dates and amounts); text columns are guarded by the sheet writer. */
  numberFormat: string | null;
  /** Column width in characters. */
  width: number;
}

const DATE_FORMAT = "dd/mm/yyyy";
const AMOUNT_FORMAT = "#,##0.00";

/** The journal's columns in the order Encours writes them. */
export const journalColumns: readonly JournalColumn[] = Object.freeze([
  { field: "date", fr: "Date", en: "Date", synonyms: ["date relance", "date action", "date de relance"], kind: "date", numberFormat: DATE_FORMAT, width: 11 },
  { field: "client", fr: "Client", en: "Customer", synonyms: ["code client", "nom client", "tiers", "customer id", "client id", "account", "raison sociale"], kind: "text", numberFormat: null, width: 22 },
  { field: "invoices", fr: "Factures", en: "Invoices", synonyms: ["facture", "n facture", "no facture", "numero facture", "factures concernees", "invoice", "invoice numbers"], kind: "text", numberFormat: null, width: 22 },
  { field: "level", fr: "Niveau", en: "Level", synonyms: ["niveau de relance", "etape", "step", "reminder level"], kind: "text", numberFormat: null, width: 8 },
  { field: "channel", fr: "Canal", en: "Channel", synonyms: ["moyen", "type", "type d action", "action"], kind: "text", numberFormat: null, width: 14 },
  { field: "draftId", fr: "Id brouillon", en: "Draft id", synonyms: ["id", "brouillon", "id message", "message id"], kind: "text", numberFormat: null, width: 14 },
  { field: "draftLink", fr: "Lien", en: "Link", synonyms: ["lien brouillon", "lien outlook", "draft link", "weblink", "web link"], kind: "text", numberFormat: null, width: 14 },
  { field: "outcome", fr: "Résultat", en: "Outcome", synonyms: ["resultat appel", "commentaire", "commentaires", "notes", "note", "comment", "result"], kind: "text", numberFormat: null, width: 36 },
  { field: "promiseDate", fr: "Date promesse", en: "Promise date", synonyms: ["date promise", "date de promesse", "promesse le", "date de paiement promise", "promised date", "promised on"], kind: "date", numberFormat: DATE_FORMAT, width: 13 },
  { field: "promiseAmount", fr: "Montant promis", en: "Promised amount", synonyms: ["montant promesse", "montant de la promesse", "promise amount"], kind: "amount", numberFormat: AMOUNT_FORMAT, width: 14 },
  { field: "dispute", fr: "Litige", en: "Dispute", synonyms: ["en litige", "disputed", "litige oui non"], kind: "text", numberFormat: null, width: 8 },
  { field: "disputeReason", fr: "Motif litige", en: "Dispute reason", synonyms: ["motif", "motif du litige", "raison litige", "reason"], kind: "text", numberFormat: null, width: 20 },
  { field: "disputeAmount", fr: "Montant en litige", en: "Disputed amount", synonyms: ["montant litige", "montant litigieux", "dispute amount"], kind: "amount", numberFormat: AMOUNT_FORMAT, width: 14 },
  { field: "clientStatus", fr: "Statut client", en: "Client status", synonyms: ["statut", "status", "customer status"], kind: "text", numberFormat: null, width: 12 },
  { field: "nextActionDate", fr: "Prochaine action", en: "Next action", synonyms: ["date prochaine action", "prochaine relance", "relance suivante", "a relancer le", "next action date", "follow up"], kind: "date", numberFormat: DATE_FORMAT, width: 13 },
  { field: "author", fr: "Auteur", en: "Author", synonyms: ["par", "utilisateur", "saisi par", "by", "user"], kind: "text", numberFormat: null, width: 14 },
  { field: "draftKey", fr: "Clé brouillon", en: "Draft key", synonyms: ["cle", "key", "idempotency key", "cle d idempotence"], kind: "text", numberFormat: null, width: 24 },
].map((column) => Object.freeze(column as JournalColumn)));

/** The header row Encours writes, in the workbook's language. */
export function journalHeaders(language: Language = "fr"): string[] {
  return journalColumns.map((column) => column[language]);
}

const BY_HEADER = new Map<string, JournalField>();
for (const column of journalColumns) {
  for (const header of [column.fr, column.en, ...column.synonyms]) {
    const key = labelKey(header);
    if (!BY_HEADER.has(key)) BY_HEADER.set(key, column.field);
  }
}

/** The field a header cell names, or null. */
export function journalFieldOfHeader(text: string): JournalField | null {
  return BY_HEADER.get(labelKey(text)) ?? null;
}
