// The fields read from each input sheet, and the headers that name them (design.md §3).

export type SheetKind = "invoices" | "payments" | "clients";

export type InvoiceField = "number" | "client" | "name" | "date" | "due" | "amount" | "currency" | "email" | "contact";
export type PaymentField = "reference" | "client" | "name" | "date" | "amount" | "invoiceRefs" | "type" | "currency";
export type ClientField =
  | "client" | "name" | "emailTo" | "emailCc" | "contact" | "language" | "terms" | "creditLimit" | "blocked"
  | "category" | "notes";
export type Field = InvoiceField | PaymentField | ClientField;

/** Field → header text or column letters ("E", "AB") chosen by the user. */
export type ColumnOverride = Partial<Record<string, string>>;

export interface FieldSpec {
  field: Field;
  /** Label in messages: French, English. */
  label: readonly [string, string];
  /** Headers that name the field, most specific first (matched after normalisation). */
  headers: readonly string[];
  /** Headers that name it only when nothing better does (e.g. "Client" as the client's name). */
  weak?: readonly string[];
  /** Words that stop a header from matching by containment ("Montant HT" is not the amount incl. tax). */
  avoid?: readonly string[];
}

const CLIENT_ID = [
  "Code client", "N° client", "Numéro client", "Id client", "Identifiant client", "Réf client", "Référence client",
  "Compte client", "Code tiers", "N° tiers", "Compte tiers", "Customer ID", "Customer code", "Customer number",
  "Client ID", "Client code", "Account number", "Account code", "Client", "Customer", "Tiers", "Compte", "Account",
];
const CLIENT_NAME = [
  "Nom client", "Nom du client", "Raison sociale", "Nom", "Client name", "Customer name", "Name", "Société",
  "Company", "Company name", "Dénomination", "Intitulé", "Libellé client",
];
const CLIENT_ID_AVOID = [
  "nom", "name", "raison", "email", "mail", "contact", "adresse", "address", "ville", "city", "pays", "country", "tel",
  "telephone", "phone", "siret", "siren", "tva", "vat", "categorie", "category", "type", "groupe", "group", "commercial",
  "langue", "language", "note", "bloque", "blocked", "date", "montant", "amount",
];
const CURRENCY = ["Devise", "Currency", "Monnaie", "Code devise", "Currency code", "Ccy"];
const AMOUNT_AVOID = ["ht", "tva", "vat", "regle", "paye", "paid", "solde", "reste", "restant", "balance", "outstanding", "remaining", "open", "encaisse", "recu", "received", "net"];

const INVOICES: readonly FieldSpec[] = [
  {
    field: "number", label: ["N° facture", "invoice number"],
    headers: [
      "N° facture", "Numéro de facture", "Facture", "Pièce", "N° pièce", "Invoice", "Invoice number", "Invoice No",
      "Réf facture", "Référence facture", "N° document", "Invoice ID", "Invoice ref", "Document number", "Doc No",
    ],
    weak: ["N°", "Référence", "Réf", "Reference", "Document"],
    avoid: ["client", "customer", "date", "montant", "amount", "echeance", "due", "commande", "order", "avoir"],
  },
  { field: "client", label: ["client", "customer"], headers: CLIENT_ID, avoid: CLIENT_ID_AVOID },
  { field: "name", label: ["nom du client", "customer name"], headers: CLIENT_NAME, weak: ["Client", "Customer", "Tiers"], avoid: ["contact", "email", "fichier", "file"] },
  {
    field: "date", label: ["date de facture", "invoice date"],
    headers: ["Date", "Date facture", "Date de facture", "Date pièce", "Date d'émission", "Invoice date", "Document date", "Issue date", "Date document"],
    avoid: ["echeance", "due", "reglement", "paiement", "payment", "livraison", "delivery", "relance", "limite", "encaissement", "valeur", "creation", "modification"],
  },
  {
    field: "due", label: ["échéance", "due date"],
    headers: ["Échéance", "Date d'échéance", "Date échéance", "Due date", "Due", "Date due", "Payment due", "Due on", "Date limite de paiement", "Date limite"],
    avoid: ["jour", "day", "nb", "nombre", "retard", "late", "overdue"],
  },
  {
    field: "amount", label: ["montant TTC", "amount incl. tax"],
    headers: [
      "Montant TTC", "Montant", "TTC", "Total TTC", "Amount", "Invoice amount", "Total", "Montant facture",
      "Net à payer", "Montant total", "Total amount", "Amount incl tax", "Amount incl VAT", "Total incl VAT", "Gross amount", "Montant TTC facture",
    ],
    avoid: AMOUNT_AVOID,
  },
  { field: "currency", label: ["devise", "currency"], headers: CURRENCY },
  {
    field: "email", label: ["e-mail", "e-mail"],
    headers: ["E-mail", "Courriel", "Email client", "Adresse e-mail", "Adresse mail", "Mail", "Email address", "E-mail facturation", "Billing email"],
    avoid: ["cc", "copie"],
  },
  { field: "contact", label: ["contact", "contact"], headers: ["Contact", "Interlocuteur", "Nom contact", "Nom du contact", "Contact name", "Correspondant"], avoid: ["email", "mail", "telephone", "phone", "tel"] },
];

const PAYMENTS: readonly FieldSpec[] = [
  {
    field: "reference", label: ["référence du règlement", "payment reference"],
    headers: [
      "Référence", "N° règlement", "Référence règlement", "N° paiement", "Référence paiement", "Pièce", "N° pièce",
      "Payment", "Reference", "Payment reference", "Payment ref", "Payment ID", "Payment number", "Receipt number",
      "N° transaction", "N° opération", "Réf", "Ref",
    ],
    weak: ["N°", "Règlement", "Paiement", "Encaissement"],
    avoid: ["facture", "invoice", "client", "customer", "date", "montant", "amount", "type", "mode"],
  },
  { field: "client", label: ["client", "customer"], headers: CLIENT_ID, avoid: CLIENT_ID_AVOID },
  { field: "name", label: ["nom du client", "customer name"], headers: CLIENT_NAME, weak: ["Client", "Customer", "Tiers"], avoid: ["contact", "email"] },
  {
    field: "date", label: ["date de règlement", "payment date"],
    headers: [
      "Date règlement", "Date de règlement", "Date de paiement", "Date paiement", "Date d'encaissement", "Date encaissement",
      "Payment date", "Date paid", "Date received", "Receipt date", "Value date", "Date valeur", "Date opération", "Date",
    ],
    avoid: ["facture", "invoice", "echeance", "due", "creation", "modification"],
  },
  {
    field: "amount", label: ["montant", "amount"],
    headers: [
      "Montant", "Montant réglé", "Montant règlement", "Montant payé", "Montant encaissé", "Montant paiement",
      "Amount", "Payment amount", "Amount paid", "Amount received", "Paid", "Crédit", "Total", "Montant TTC",
    ],
    avoid: ["facture", "invoice", "ht", "tva", "vat", "solde", "reste", "restant", "balance", "outstanding"],
  },
  {
    field: "invoiceRefs", label: ["factures réglées", "invoices paid"],
    headers: [
      "N° facture", "Facture", "Factures", "Numéro de facture", "Réf facture", "Référence facture", "Factures réglées",
      "Lettrage", "Invoice", "Invoices", "Invoice number", "Invoice No", "Invoice ref", "Invoice reference", "Applied to",
    ],
    avoid: ["date", "montant", "amount", "echeance", "due"],
  },
  {
    field: "type", label: ["type", "type"],
    headers: ["Type", "Type de règlement", "Type règlement", "Nature", "Type de pièce", "Type d'opération", "Payment type", "Kind", "Transaction type"],
    avoid: ["client", "customer"],
  },
  { field: "currency", label: ["devise", "currency"], headers: CURRENCY },
];

const CLIENTS: readonly FieldSpec[] = [
  { field: "client", label: ["client", "customer"], headers: CLIENT_ID, weak: ["Code"], avoid: ["nom", "name", "raison", "email", "mail", "contact", "categorie", "category", "type", "note", "bloque", "blocked", "langue", "language"] },
  { field: "name", label: ["nom", "name"], headers: CLIENT_NAME, avoid: ["contact", "email", "mail"] },
  {
    field: "emailTo", label: ["e-mail (à)", "e-mail (to)"],
    headers: [
      "E-mail", "Courriel", "Email to", "E-mail destinataire", "Destinataire", "Destinataires", "Emails", "Adresse e-mail",
      "Adresse mail", "Mail", "E-mail relance", "E-mail facturation", "E-mail comptabilité", "Billing email", "Email address", "To",
    ],
    avoid: ["cc", "copie", "copy", "bcc", "cci"],
  },
  { field: "emailCc", label: ["e-mail (copie)", "e-mail (cc)"], headers: ["Cc", "E-mail cc", "Email cc", "Copie", "En copie", "E-mail copie", "Mail cc", "Courriel cc", "Copy"] },
  { field: "contact", label: ["contact", "contact"], headers: ["Contact", "Interlocuteur", "Nom contact", "Nom du contact", "Contact name", "Correspondant", "Personne à contacter"], avoid: ["email", "mail", "telephone", "phone", "tel"] },
  { field: "language", label: ["langue", "language"], headers: ["Langue", "Language", "Lang", "Langue relance", "Langue des relances"] },
  {
    field: "terms", label: ["délai de paiement (jours)", "payment terms (days)"],
    headers: [
      "Délai de paiement", "Délai paiement", "Conditions de paiement", "Condition de paiement", "Conditions de règlement",
      "Délai de règlement", "Délai", "Terms", "Payment terms", "Terms days", "Échéance (jours)", "Jours",
    ],
  },
  {
    field: "creditLimit", label: ["encours autorisé", "credit limit"],
    headers: ["Encours autorisé", "Plafond", "Plafond d'encours", "Encours maximum", "Encours max", "Limite de crédit", "Limite crédit", "Credit limit", "Limit"],
  },
  { field: "blocked", label: ["bloqué", "blocked"], headers: ["Bloqué", "Compte bloqué", "Blocage", "Blocked", "On hold", "Suspendu", "Stop"] },
  { field: "category", label: ["catégorie", "category"], headers: ["Catégorie", "Category", "Segment", "Type client", "Typologie", "Type", "Classe"] },
  { field: "notes", label: ["notes", "notes"], headers: ["Notes", "Note", "Commentaire", "Commentaires", "Remarques", "Remarque", "Observations", "Comments", "Comment", "Memo", "Mémo"] },
];

export const FIELD_SPECS: Readonly<Record<SheetKind, readonly FieldSpec[]>> = { invoices: INVOICES, payments: PAYMENTS, clients: CLIENTS };

/** Fields a sheet cannot do without. Payments need a client or invoice references (checked apart). */
export const REQUIRED: Readonly<Record<SheetKind, readonly Field[]>> = {
  invoices: ["number", "client", "date", "amount"],
  payments: ["date", "amount"],
  clients: ["client"],
};

/** Sheet kind in messages: French, English. */
export const KIND_LABEL: Readonly<Record<SheetKind, readonly [string, string]>> = {
  invoices: ["factures", "invoices"],
  payments: ["règlements", "payments"],
  clients: ["clients", "clients"],
};
