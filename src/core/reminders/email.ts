// E-mail addresses as people type them in a cell: several per cell, separated by ";" "," or line breaks,
// sometimes as "Name <address>". Each is checked; invalid ones are reported, never silently dropped.

export interface AddressList {
  valid: string[];
  invalid: string[];
}

// Pragmatic check: one "@", a local part and a dotted domain without blanks or separators, a TLD of 2+ letters.
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00C0-\uFFFF-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00C0-\uFFFF-]+)*@([A-Za-z0-9\u00C0-\uFFFF]([A-Za-z0-9\u00C0-\uFFFF-]*[A-Za-z0-9\u00C0-\uFFFF])?\.)+[A-Za-z\u00C0-\uFFFF]{2,}$/;

export function isValidEmail(address: string): boolean {
  return address.length <= 254 && ADDRESS.test(address);
}

/** Splits and checks the addresses of one or more cells; duplicates (ignoring case) are kept once. */
export function parseAddresses(cells: readonly string[]): AddressList {
  const valid: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    for (const raw of cell.split(/[;,\n\r]+/)) {
      const part = raw.trim();
      if (part === "") continue;
      const bracketed = /<([^<>]*)>/.exec(part);
      const candidates = bracketed !== null ? [bracketed[1]?.trim() ?? ""] : part.split(/\s+/);
      for (const candidate of candidates) {
        const address = candidate.replace(/^mailto:/i, "").trim();
        if (address === "") continue;
        const key = address.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        (isValidEmail(address) ? valid : invalid).push(address);
      }
    }
  }
  return { valid, invalid };
}
