// Month names and abbreviations, French and English, folded (lower case, no accents, no final dot).

const NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["janvier", "janv", "jan", "january"]],
  [2, ["fevrier", "fevr", "fev", "feb", "february", "febr"]],
  [3, ["mars", "mar", "march"]],
  [4, ["avril", "avr", "apr", "april"]],
  [5, ["mai", "may"]],
  [6, ["juin", "jun", "june"]],
  [7, ["juillet", "juil", "jul", "july"]],
  [8, ["aout", "aou", "aug", "august"]],
  [9, ["septembre", "sept", "sep", "september"]],
  [10, ["octobre", "oct", "october"]],
  [11, ["novembre", "nov", "november"]],
  [12, ["decembre", "dec", "december"]],
];

const BY_NAME = new Map<string, number>();
for (const [month, names] of NAMES) for (const name of names) BY_NAME.set(name, month);

/** Month number (1–12) of a folded month name or abbreviation ("fevr", "august"); null when unknown. */
export function monthOfName(folded: string): number | null {
  return BY_NAME.get(folded) ?? null;
}

/** Folded weekday names that may open a long date ("lundi 12 janvier 2024", "Mon, 12 Jan 2024"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
  "thur", "thurs", "fri", "sat", "sun",
]);
