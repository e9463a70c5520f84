// The Paramètres form: the settings document plus the figures the user types as text (bounds, rates, days),
// checked field by field with French (or English) messages before anything is saved.
import { validateSchedule } from "../core/reminders/schedule-check";
import type { EncoursSettings } from "./settings-model";
import type { I18n } from "./i18n";

/** What the user types as text, kept as typed until it is saved. */
export interface SettingsTexts {
  buckets: string;
  defaultTerms: string;
  deadline: string;
  ecbRate: string;
  margin: string;
  clientId: string;
}

export type TextField = keyof SettingsTexts | "iban" | "bic" | "asOfDate";
export type SettingsErrors = Partial<Record<TextField | "schedule", string>>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Basis points as a decimal text: 215 → "2,15" (fr) / "2.15" (en); 1000 → "10". */
export function basisPointsText(bp: number, language: "fr" | "en"): string {
  const sign = bp < 0 ? "-" : "";
  const abs = Math.abs(bp);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  const digits = String(fraction).padStart(2, "0").replace(/0$/, "");
  return `${sign}${whole}${language === "fr" ? "," : "."}${digits}`;
}

/** "2,15" / "2.15" / "12" → basis points; null when not a rate with at most two decimals. */
export function parseBasisPoints(text: string): number | null {
  const m = /^\s*(-?)(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  const value = Number(m[2]) * 100 + Number((m[3] ?? "").padEnd(2, "0"));
  return m[1] === "-" ? -value : value;
}

/** "30, 60, 90" (or ; or spaces) → [30, 60, 90]; null unless whole, strictly increasing, 1 to 3650, at most 8. */
export function parseBounds(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((p) => p !== "");
  if (parts.length === 0 || parts.length > 8) return null;
  const bounds: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return null;
    const n = Number(part);
    if (n < 1 || n > 3650 || (bounds.length > 0 && n <= (bounds[bounds.length - 1] ?? 0))) return null;
    bounds.push(n);
  }
  return bounds;
}

/** The buckets the bounds make: ["non échu", "1–30", "31–60", "> 60"]. */
export function bucketLabels(bounds: readonly number[], language: "fr" | "en"): string[] {
  const labels = [language === "fr" ? "non échu" : "not due"];
  let from = 1;
  for (const bound of bounds) {
    labels.push(`${from}–${bound}`);
    from = bound + 1;
  }
  const last = bounds[bounds.length - 1];
  if (last !== undefined) labels.push(`> ${last}`);
  return labels;
}

function wholeIn(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** IBAN: country, check digits, 11 to 30 letters or digits, and the ISO 13616 mod-97 check. Blanks allowed. */
export function isValidIban(text: string): boolean {
  const iban = text.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1;
}

export function isValidBic(text: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(text.replace(/\s+/g, "").toUpperCase());
}

export function textsOf(settings: EncoursSettings, language: "fr" | "en"): SettingsTexts {
  return {
    buckets: settings.bucketBounds.join(", "),
    defaultTerms: String(settings.defaultTermsDays),
    deadline: String(settings.reminders.paymentDeadlineDays),
    ecbRate: basisPointsText(settings.reminders.penaltyRate.ecbBasisPoints, language),
    margin: basisPointsText(settings.reminders.penaltyRate.marginBasisPoints, language),
    clientId: settings.graph.clientId ?? "",
  };
}

/**
 * The settings to save from the form, or the errors to show beside the fields. The schedule is checked by the
 * core (validateSchedule); its errors block saving, its warnings do not.
 */
export function settingsFromForm(
  settings: EncoursSettings, texts: SettingsTexts, i18n: Pick<I18n, "t" | "local">,
): { settings: EncoursSettings } | { errors: SettingsErrors } {
  const { t, local } = i18n;
  const errors: SettingsErrors = {};
  const bounds = parseBounds(texts.buckets);
  if (bounds === null) errors.buckets = t("settings.buckets.invalid");
  const terms = wholeIn(texts.defaultTerms, 0, 365);
  if (terms === null) errors.defaultTerms = t("settings.defaultTerms.invalid");
  const deadline = wholeIn(texts.deadline, 1, 90);
  if (deadline === null) errors.deadline = t("settings.payment.deadlineInvalid");
  const ecb = parseBasisPoints(texts.ecbRate);
  if (ecb === null || ecb < 0 || ecb > 10000) errors.ecbRate = t("settings.penalty.rateInvalid");
  const margin = parseBasisPoints(texts.margin);
  if (margin === null || margin < 0 || margin > 10000) errors.margin = t("settings.penalty.rateInvalid");
  const iban = settings.reminders.iban.trim();
  if (iban !== "" && !isValidIban(iban)) errors.iban = t("settings.payment.ibanInvalid");
  const bic = settings.reminders.bic.trim();
  if (bic !== "" && !isValidBic(bic)) errors.bic = t("settings.payment.bicInvalid");
  const clientId = texts.clientId.trim();
  if (clientId !== "" && !GUID.test(clientId)) errors.clientId = t("settings.graph.invalid");
  const scheduleErrors = validateSchedule(settings.schedule).filter((p) => p.severity === "error");
  if (scheduleErrors[0]) errors.schedule = local(scheduleErrors[0].message);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    settings: {
      ...settings,
      bucketBounds: bounds ?? settings.bucketBounds,
      defaultTermsDays: terms ?? settings.defaultTermsDays,
      reminders: {
        ...settings.reminders,
        iban: iban.replace(/\s+/g, "").toUpperCase().replace(/(.{4})(?=.)/g, "$1 "),
        bic: bic.replace(/\s+/g, "").toUpperCase(),
        paymentDeadlineDays: deadline ?? settings.reminders.paymentDeadlineDays,
        penaltyRate: {
          ...settings.reminders.penaltyRate,
          ecbBasisPoints: ecb ?? settings.reminders.penaltyRate.ecbBasisPoints,
          marginBasisPoints: margin ?? settings.reminders.penaltyRate.marginBasisPoints,
        },
      },
      graph: clientId === "" ? {} : { clientId },
    },
  };
}
