// The reminder settings a user confirms once (Paramètres): company, payment details, signature, the
// late-payment penalty rate, the default language.
import type { Cents } from "../money/cents";
import type { Language } from "./language";

/**
 * The annual late-payment penalty rate (Code de commerce L441-10): by default the ECB's main refinancing
 * rate + 10 percentage points. Stored in basis points (1 % = 100) so that no float is involved.
 * `confirmed` stays false until the user checks the rate in the settings; the plan warns until then.
 */
export interface PenaltyRate {
  /** ECB main refinancing operations rate, in basis points (2,15 % = 215). */
  ecbBasisPoints: number;
  /** Points added to it, in basis points (10 points = 1000). */
  marginBasisPoints: number;
  confirmed: boolean;
}

export interface ReminderSettings {
  /** Language of the drafts for clients whose own language is not set. */
  defaultLanguage: Language;
  /** Our company name ({societe}). */
  company: string;
  iban: string;
  bic: string;
  /** Signature block ({signature}); line breaks are kept. */
  signature: string;
  penaltyRate: PenaltyRate;
  /** Indemnité forfaitaire pour frais de recouvrement per invoice (Code de commerce D441-5): 40 €. */
  recoveryIndemnity: Cents;
  /** Days given to pay in the firm reminders ({date_limite} = day of the draft + this). */
  paymentDeadlineDays: number;
}

/** The ECB main refinancing rate used until the user confirms the current one: 2,15 % (in force since June 2025). */
export const DEFAULT_ECB_RATE_BASIS_POINTS = 215;

export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = Object.freeze({
  defaultLanguage: "fr",
  company: "",
  iban: "",
  bic: "",
  signature: "",
  penaltyRate: Object.freeze({ ecbBasisPoints: DEFAULT_ECB_RATE_BASIS_POINTS, marginBasisPoints: 1000, confirmed: false }),
  recoveryIndemnity: 4000,
  paymentDeadlineDays: 8,
});

/** The annual penalty rate in basis points (ECB rate + margin): 215 + 1000 = 1215, i.e. 12,15 %. */
export function annualRateBasisPoints(rate: PenaltyRate): number {
  return rate.ecbBasisPoints + rate.marginBasisPoints;
}
