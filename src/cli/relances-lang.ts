// Picking one language out of the core's "français / English" messages for the readable output.
import type { Language } from "../core/reminders";

/**
 * The French or English half of a "fr / en" message. The core writes `${fr} / ${en}` with both halves
 * translations of each other, so a " / " inside the text (a step label such as "relance ferme / mise en
 * demeure") appears as often in each half: the separator is the middle one. With an even count (or none) the
 * halves cannot be told apart and the whole message is kept.
 */
export function pick(message: string, language: Language): string {
  const parts = message.split(" / ");
  if (parts.length % 2 !== 0 || parts.length < 2) return message;
  const half = parts.length / 2;
  return (language === "fr" ? parts.slice(0, half) : parts.slice(half)).join(" / ");
}

/** French or English text for the CLI's own words. */
export function tr(language: Language, fr: string, en: string): string {
  return language === "fr" ? fr : en;
}

/** Plain spaces for the terminal (the core's figures use no-break and narrow no-break spaces). */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, " ");
}

/** A field label before its value: "Niveau : " in French (space before the colon), "Level: " in English. */
export function label(language: Language, fr: string, en: string): string {
  return language === "fr" ? `${fr} : ` : `${en}: `;
}
