// Reminder level ids as people type them: "J+10", "j + 10", "J−5" (with a true minus) are the same level.

const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

/** The canonical form of a level id: no blanks, every dash a hyphen-minus, upper case ("j − 5" → "J-5"). */
export function levelKey(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, "").replace(DASHES, "-").toUpperCase();
}

export function sameLevel(a: string, b: string): boolean {
  return levelKey(a) === levelKey(b);
}
