// The reminder schedule (design.md §8): steps relative to an invoice's due date, editable in the settings.
import type { Channel } from "../journal/types";
import type { Localized } from "./language";

export interface ReminderStep {
  /** Stable id written in the journal's level column, e.g. "J-5", "J+10". Unique in a schedule. */
  id: string;
  /** Days relative to the due date of the client's most overdue invoice (−5 = five days before it). */
  offsetDays: number;
  /**
   * How the step is carried out: "e-mail" (a draft), "appel" (an agenda line), "courrier" (a letter on the
   * agenda), "mise-en-demeure" (a draft AND a registered letter on the agenda).
   */
  channel: Channel;
  label: Localized;
  /** The same step is not done again for a client before this many days have passed (≥ 1). */
  intervalDays: number;
  /** For calls: what the call must obtain (shown on the agenda). */
  callGoal?: Localized;
}

/** True when the step produces an e-mail draft. */
export function sendsEmail(step: ReminderStep): boolean {
  return step.channel === "e-mail" || step.channel === "mise-en-demeure";
}

/** True when the step asks for a letter by post. */
export function needsLetter(step: ReminderStep): boolean {
  return step.channel === "courrier" || step.channel === "mise-en-demeure";
}

export function isCall(step: ReminderStep): boolean {
  return step.channel === "appel";
}

const FIRST_CALL_GOAL: Localized = {
  fr:
    "1) Connaître la raison du retard (facture reçue ? litige ? validation en attente ? trésorerie ?). " +
    "2) Obtenir une promesse de paiement : une date précise et un montant, puis la noter dans le Suivi des relances.",
  en:
    "1) Find out why payment is late (invoice received? dispute? approval pending? cash?). " +
    "2) Obtain a payment promise: a precise date and amount, then record it in the follow-up journal.",
};

const SECOND_CALL_GOAL: Localized = {
  fr:
    "1) Faire le point sur la raison du retard et sur la promesse éventuelle : pourquoi n'est-elle pas tenue ? " +
    "2) Obtenir une date et un montant fermes ; prévenir qu'une mise en demeure suivra à défaut de paiement.",
  en:
    "1) Review the reason for the delay and any earlier promise: why was it not kept? " +
    "2) Obtain a firm date and amount; explain that a formal notice will follow if payment does not arrive.",
};

/** Default call goal for a call step that has none of its own. */
export const DEFAULT_CALL_GOAL: Localized = FIRST_CALL_GOAL;

const STEPS: ReminderStep[] = [
  {
    id: "J-5", offsetDays: -5, channel: "e-mail", intervalDays: 25,
    label: { fr: "J−5 : rappel préventif (e-mail)", en: "D−5: courtesy reminder (e-mail)" },
  },
  {
    id: "J+5", offsetDays: 5, channel: "appel", intervalDays: 5, callGoal: FIRST_CALL_GOAL,
    label: { fr: "J+5 : appel", en: "D+5: phone call" },
  },
  {
    id: "J+10", offsetDays: 10, channel: "e-mail", intervalDays: 10,
    label: { fr: "J+10 : relance écrite 1 (e-mail)", en: "D+10: first written reminder (e-mail)" },
  },
  {
    id: "J+15", offsetDays: 15, channel: "e-mail", intervalDays: 10,
    label: { fr: "J+15 : relance écrite 2 (e-mail)", en: "D+15: second written reminder (e-mail)" },
  },
  {
    id: "J+20", offsetDays: 20, channel: "appel", intervalDays: 7, callGoal: SECOND_CALL_GOAL,
    label: { fr: "J+20 : second appel", en: "D+20: second phone call" },
  },
  {
    id: "J+30", offsetDays: 30, channel: "mise-en-demeure", intervalDays: 30,
    label: {
      fr: "J+30 : relance ferme / mise en demeure (e-mail + courrier recommandé)",
      en: "D+30: final demand / formal notice (e-mail + registered letter)",
    },
  },
];

/** The seed method's schedule: J−5, J+5, J+10, J+15, J+20, J+30 (a frozen copy; edit a copy of it). */
export const DEFAULT_SCHEDULE: readonly ReminderStep[] = Object.freeze(STEPS.map((step) => Object.freeze(step)));
