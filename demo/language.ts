// The demo's language: French unless the address asks for English (?lang=en), like Office's display language.
export type DemoLanguage = "fr" | "en";

export function demoLanguage(search: string): DemoLanguage {
  const asked = new URLSearchParams(search).get("lang") ?? "";
  return asked.toLowerCase().startsWith("en") ? "en" : "fr";
}

/** Office.context.displayLanguage for that language. */
export function displayLanguageOf(language: DemoLanguage): string {
  return language === "en" ? "en-US" : "fr-FR";
}

/** ?theme=dark plays Office's dark theme (Office.context.officeTheme). */
export function demoDark(search: string): boolean {
  return new URLSearchParams(search).get("theme") === "dark";
}
