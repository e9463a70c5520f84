// Small MIME encoders for the .eml writer: UTF-8 bytes, base64, quoted-printable (RFC 2045 §6.7) and
// RFC 2047 encoded-words. Browser-safe (no Buffer), so the taskpane and the CLI share them.

const utf8 = new TextEncoder();

/** Replaces lone UTF-16 surrogates (unencodable) by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

export function utf8Bytes(text: string): Uint8Array {
  return utf8.encode(wellFormed(text));
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function base64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64.charAt((n >> 18) & 63) + B64.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? B64.charAt((n >> 6) & 63) : "=";
    out += i + 2 < bytes.length ? B64.charAt(n & 63) : "=";
  }
  return out;
}

const hex = (byte: number): string => "=" + byte.toString(16).toUpperCase().padStart(2, "0");

/**
 * Quoted-printable body: line breaks (CR, LF or CRLF) become CRLF, every line is at most 76 characters
 * (soft breaks "=" never split an "=XX"), "=" and non-ASCII bytes are escaped, and so are a space or tab
 * at the end of a line, and a "." or "From " at its start (harmless everywhere, safer for old relays).
 */
export function quotedPrintable(text: string): string {
  const lines = wellFormed(text).split(/\r\n|\r|\n/);
  return lines.map(encodeQpLine).join("\r\n");
}

function encodeQpLine(line: string): string {
  const bytes = utf8.encode(line);
  const tokens: string[] = [];
  bytes.forEach((byte, i) => {
    const last = i === bytes.length - 1;
    const printable = byte >= 33 && byte <= 126 && byte !== 61;
    const blank = byte === 32 || byte === 9;
    const first = i === 0;
    const risky = first && (byte === 46 || (byte === 70 && line.startsWith("From ")));
    if ((printable && !risky) || (blank && !last)) tokens.push(String.fromCharCode(byte));
    else tokens.push(hex(byte));
  });
  const out: string[] = [];
  let current = "";
  for (const token of tokens) {
    // 75 leaves room for the soft-break "=".
    if (current.length + token.length > 75) {
      out.push(current + "=");
      current = "";
    }
    current += token;
  }
  out.push(current);
  return out.join("\r\n");
}

/** True when the text needs no encoding in a header: printable ASCII and spaces only. */
export function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** At most 42 UTF-8 bytes per word: "=?UTF-8?B?" + 56 base64 characters + "?=" = 68 characters. */
const WORD_BYTES = 42;

/**
 * RFC 2047 "B" encoded-words for a header text, split between characters (never inside a UTF-8 sequence
 * or a surrogate pair), each word at most 68 characters (RFC 2047 allows 75).
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of wellFormed(text)) {
    const bytes = utf8.encode(ch);
    if (chunk.length + bytes.length > WORD_BYTES && chunk.length > 0) {
      words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0 || words.length === 0) words.push(`=?UTF-8?B?${base64(Uint8Array.from(chunk))}?=`);
  return words;
}

/**
 * A header line "Name: value" folded so that no line exceeds `max` (78) characters where the value
 * has spaces to fold at; `pieces` are joined by single spaces (encoded-words, or words of plain text).
 */
export function foldHeader(name: string, pieces: string[], max = 78): string {
  let line = `${name}:`;
  const lines: string[] = [];
  for (const piece of pieces) {
    if (line.length + 1 + piece.length > max && line.trim() !== `${name}:`) {
      lines.push(line);
      line = "";
    }
    line += " " + piece;
  }
  lines.push(line);
  return lines.join("\r\n");
}
