// A tiny typed i18n: the words of fr.ts / en.ts, picked by the Office display language, with `{name}` values.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { splitBilingual, type Localized } from "../../core/reminders/language";
import { en } from "./en";
import { fr, type MessageKey, type Messages } from "./fr";

export type { MessageKey, Messages };
export type UiLanguage = "fr" | "en";

const CATALOGUES: Record<UiLanguage, Messages> = { fr, en };

/** French unless Office says another language ("fr-FR", "fr-CA" → fr; "en-US", "de-DE" → en). */
export function languageOf(displayLanguage: string | undefined | null): UiLanguage {
  if (!displayLanguage) return "fr";
  return displayLanguage.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export type Values = Record<string, string | number>;

export function translate(language: UiLanguage, key: MessageKey, values?: Values): string {
  const text = CATALOGUES[language][key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The part of a "français / English" message for the UI language. Core messages put French first, then
 * " / " and English; a text without the separator is shown whole.
 */
export function localText(text: string | Localized, language: UiLanguage): string {
  return (typeof text === "string" ? splitBilingual(text) : text)[language];
}

export interface I18n {
  language: UiLanguage;
  t(key: MessageKey, values?: Values): string;
  /** A core message ("fr / en" or { fr, en }) in the UI language. */
  local(text: string | Localized): string;
}

const I18nContext = createContext<I18n | null>(null);

export function makeI18n(language: UiLanguage): I18n {
  return {
    language,
    t: (key, values) => translate(language, key, values),
    local: (text) => localText(text, language),
  };
}

export function I18nProvider({ language, children }: { language: UiLanguage; children: ReactNode }) {
  const value = useMemo(() => makeI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  return value ?? FALLBACK;
}

const FALLBACK = makeI18n("fr");
