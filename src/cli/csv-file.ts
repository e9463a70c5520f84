// Text files for the CLI: bytes → text (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 when the bytes
// are not valid UTF-8), then CSV → a RawSheet of strings (separator `,` `;` or tab detected from the header line,
// quotes as RFC 4180: embedded separators, line breaks and doubled quotes).
import { rowIssue, type Issue } from "../core/issues";
import type { RawSheet } from "../core/sheet";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: French Excel on Windows saves "CSV (séparateur : point-virgule)" in Windows-1252.
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** Code points of Windows-1252 bytes 0x80–0x9F (the rest of the code page is Latin-1); 0 = unassigned. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 → text. Node 20's TextDecoder("windows-1252") decodes 0x80–0x9F as Latin-1 control characters
 * (turning "€", "œ" and curly quotes into invisible characters), so those 32 code points are mapped here;
 * where the decoder is already right, nothing is left to map. Unassigned bytes keep their Latin-1 value,
 * as the WHATWG Encoding Standard does.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => String.fromCharCode(CP1252_HIGH[ch.charCodeAt(0) - 0x80] || ch.charCodeAt(0)));
}

export type Separator = "," | ";" | "\t";
const SEPARATORS: readonly Separator[] = ["\t", ";", ","];

/** Counts each candidate separator outside quotes on one line. */
function countSeparators(line: string): Map<Separator, number> {
  const counts = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

/**
 * The separator of the header line: the first of the first 20 non-blank lines that holds any candidate
 * (a title line above the header may hold none). Ties go to tab, then `;` (French Excel), then `,`.
 */
export function detectSeparator(text: string): Separator {
  const lines = text.split(/\r\n|\n|\r/, 200);
  let seen = 0;
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (++seen > 20) break;
    const counts = countSeparators(line);
    let best: Separator | null = null;
    let bestCount = 0;
    for (const sep of SEPARATORS) {
      const c = counts.get(sep) ?? 0;
      if (c > bestCount) {
        best = sep;
        bestCount = c;
      }
    }
    if (best !== null) return best;
  }
  return ",";
}

export interface SplitCsv {
  rows: string[][];
  /** 1-based record number where a quoted field was still open at the end of the text, or null. */
  unclosedQuoteRow: number | null;
}

/**
 * Splits CSV text into records of fields. One record = one worksheet row, even when a quoted field holds
 * line breaks (as Excel reads it). Lenient where RFC 4180 is strict: a quote inside an unquoted field is kept
 * as a character, text after a closing quote is appended to the field. A final line break adds no record.
 */
export function splitCsv(text: string, separator: Separator): SplitCsv {
  const rows: string[][] = [];
  const sep = separator.charCodeAt(0);
  const QUOTE = 34;
  const CR = 13;
  const LF = 10;
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  let unclosedQuoteRow: number | null = null;

  while (i < n) {
    // One field starts at i.
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      let parts = "";
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          parts += text.slice(j);
          unclosedQuoteRow = rows.length + 1;
          j = n;
          break;
        }
        parts += text.slice(j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything after the closing quote up to the separator or line end stays in the field.
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === sep || c === CR || c === LF) break;
        k++;
      }
      field = parts + text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === sep || c === CR || c === LF) break;
        k++;
      }
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) row.push("");
      continue;
    }
    // Line end: CRLF, LF or CR.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return { rows, unclosedQuoteRow };
}

export interface CsvSheet {
  sheet: RawSheet;
  encoding: TextEncodingName;
  separator: Separator;
  issues: Issue[];
}

/** A CSV file as a RawSheet named after the file (issues then read "factures.csv!E12"). All cells are text. */
export function csvToRawSheet(bytes: Uint8Array, sheetName: string): CsvSheet {
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  const { rows, unclosedQuoteRow } = splitCsv(text, separator);
  const issues: Issue[] = [];
  if (unclosedQuoteRow !== null) {
    issues.push(
      rowIssue(
        "warning",
        "csv.unclosed-quote",
        `Guillemet non fermé à partir de la ligne ${unclosedQuoteRow} de ${sheetName} : la fin du fichier a été lue comme une seule cellule ; vérifiez les guillemets. / ` +
          `Unclosed quote from line ${unclosedQuoteRow} of ${sheetName}: the rest of the file was read as one cell; check the quotes.`,
        sheetName,
        unclosedQuoteRow,
      ),
    );
  }
  return { sheet: { name: sheetName, values: rows, firstRow: 1, firstColumn: 0 }, encoding, separator, issues };
}
