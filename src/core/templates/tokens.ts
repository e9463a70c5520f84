// Splits a template field into text and placeholders, finding every brace problem with its position.
import { placeholderOf, type PlaceholderInfo } from "./placeholders";

export type Token =
  | { kind: "text"; text: string }
  | { kind: "field"; info: PlaceholderInfo; offset: number; raw: string };

export interface BraceProblem {
  code: "template.unknown-placeholder" | "template.unclosed-brace" | "template.stray-brace";
  offset: number;
  length: number;
  raw: string;
}

/** Names may hold letters (accents too), digits, "_", "-" and blanks; anything else means a stray brace. */
const NAME = /^[\p{L}\p{N}_\- ]{1,60}$/u;

export function tokenize(source: string): { tokens: Token[]; problems: BraceProblem[] } {
  const tokens: Token[] = [];
  const problems: BraceProblem[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") tokens.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === "{" && source[i + 1] === "{") {
      text += "{";
      i += 2;
    } else if (ch === "}" && source[i + 1] === "}") {
      text += "}";
      i += 2;
    } else if (ch === "{") {
      const close = source.indexOf("}", i + 1);
      const inner = close === -1 ? null : source.slice(i + 1, close);
      if (inner === null || inner.includes("{") || !NAME.test(inner)) {
        problems.push({ code: "template.unclosed-brace", offset: i, length: 1, raw: "{" });
        text += "{";
        i += 1;
        continue;
      }
      const info = placeholderOf(inner);
      const raw = source.slice(i, close + 1);
      if (info === null) {
        problems.push({ code: "template.unknown-placeholder", offset: i, length: raw.length, raw });
        text += raw;
      } else {
        flush();
        tokens.push({ kind: "field", info, offset: i, raw });
      }
      i = close + 1;
    } else if (ch === "}") {
      problems.push({ code: "template.stray-brace", offset: i, length: 1, raw: "}" });
      text += "}";
      i += 1;
    } else {
      text += ch;
      i += 1;
    }
  }
  flush();
  return { tokens, problems };
}
