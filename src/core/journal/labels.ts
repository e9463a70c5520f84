// How the journal's coded values read in the sheet, in French and English, and back.
import { foldText } from "../cells/text";
import type { Channel, ClientStatus, DisputeReason } from "./types";

type Labels<T extends string> = Record<T, { fr: string; en: string; also?: string[] }>;

export const CHANNELS: readonly Channel[] = ["e-mail", "appel", "courrier", "mise-en-demeure"];
export const DISPUTE_REASONS: readonly DisputeReason[] = [
  "litige-prix", "litige-prestation", "facture-non-recue", "difficultes-financieres", "autre",
];
export const CLIENT_STATUSES: readonly ClientStatus[] = ["douteux", "contentieux"];

export const CHANNEL_LABELS: Labels<Channel> = {
  "e-mail": { fr: "E-mail", en: "E-mail", also: ["mail", "courriel", "email", "mel"] },
  appel: { fr: "Appel", en: "Call", also: ["telephone", "tel", "phone", "phone call", "appel telephonique"] },
  courrier: { fr: "Courrier", en: "Letter", also: ["lettre", "post", "lettre recommandee", "recommande", "lrar"] },
  "mise-en-demeure": { fr: "Mise en demeure", en: "Formal notice", also: ["med", "final demand", "letter before action"] },
};

export const DISPUTE_REASON_LABELS: Labels<DisputeReason> = {
  "litige-prix": { fr: "Litige prix", en: "Price dispute", also: ["prix", "price"] },
  "litige-prestation": { fr: "Litige prestation", en: "Service dispute", also: ["prestation", "service", "litige livraison", "delivery dispute"] },
  "facture-non-recue": { fr: "Facture non reçue", en: "Invoice not received", also: ["non recue", "not received"] },
  "difficultes-financieres": { fr: "Difficultés financières", en: "Financial difficulties", also: ["difficultes", "tresorerie", "financial"] },
  autre: { fr: "Autre", en: "Other", also: [] },
};

export const CLIENT_STATUS_LABELS: Labels<ClientStatus> = {
  douteux: { fr: "Douteux", en: "Doubtful", also: ["client douteux", "doubtful debt"] },
  contentieux: { fr: "Contentieux", en: "Litigation", also: ["en contentieux", "legal", "collections"] },
};

/** Dispute column: "open" reads Oui / Yes, "resolved" reads Résolu / Resolved. */
export const DISPUTE_LABELS = {
  open: { fr: "Oui", en: "Yes", also: ["litige", "en litige", "ouvert", "open", "disputed", "x", "true", "vrai", "1"] },
  resolved: { fr: "Résolu", en: "Resolved", also: ["resolu", "clos", "ferme", "closed", "regle", "settled"] },
  none: { fr: "Non", en: "No", also: ["false", "faux", "0", "-"] },
} as const;

/** Compares labels as people type them: no case, accents, punctuation or extra blanks. */
export function labelKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, " ").trim();
}

function lookup<T extends string>(labels: Labels<T>, text: string): T | null {
  const key = labelKey(text);
  if (key === "") return null;
  for (const code of Object.keys(labels) as T[]) {
    const entry = labels[code];
    const forms = [code, entry.fr, entry.en, ...(entry.also ?? [])];
    if (forms.some((form) => labelKey(form) === key)) return code;
  }
  return null;
}

export function channelOfLabel(text: string): Channel | null {
  return lookup(CHANNEL_LABELS, text);
}

export function disputeReasonOfLabel(text: string): DisputeReason | null {
  return lookup(DISPUTE_REASON_LABELS, text);
}

export function clientStatusOfLabel(text: string): ClientStatus | null {
  return lookup(CLIENT_STATUS_LABELS, text);
}

/** "open", "resolved", "none" (the cell says no dispute) or null (unreadable). Blank is "none". */
export function disputeOfLabel(text: string): "open" | "resolved" | "none" | null {
  if (labelKey(text) === "") return "none";
  for (const state of ["open", "resolved", "none"] as const) {
    const entry = DISPUTE_LABELS[state];
    if ([entry.fr, entry.en, ...entry.also].some((form) => labelKey(form) === labelKey(text))) return state;
  }
  return null;
}
