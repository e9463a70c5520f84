// The two languages Encours writes in (French first, design.md §1) and text given in both.

export type Language = "fr" | "en";

/** A text in French and in English. */
export interface Localized {
  fr: string;
  en: string;
}

/** "fr text / en text", the form of every message shown to the user. */
export function bilingual(text: Localized): string {
  return `${text.fr} / ${text.en}`;
}

/** "français / English" → both parts, split at the first " / " (the whole text in both when there is none). */
export function splitBilingual(message: string): Localized {
  const at = message.indexOf(" / ");
  return at < 0 ? { fr: message, en: message } : { fr: message.slice(0, at), en: message.slice(at + 3) };
}
