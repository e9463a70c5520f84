// Template + data → subject, HTML and text of a draft. Every value is escaped; the subject is one line.
import { tokenize, type Token } from "./tokens";
import type { DraftData, InvoiceRowText, RenderedText, ReminderTemplate } from "./types";

/** Control characters other than tab and line feed, DEL and C1 controls, and the BOM: never wanted in mail. */
function isUnwanted(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || code === 0xfeff;
}
// Everything a mail reader may break a line on: CR, LF, tab, vertical tab, form feed, NEL, U+2028, U+2029.
const ANY_BREAK = /[\s\u0085\u2028\u2029]+/g;

function clean(value: string): string {
  const unified = value.replace(/\r\n?/g, "\n").replace(/[\u2028\u2029\u0085]/g, "\n");
  let out = "";
  for (const ch of unified) if (!isUnwanted(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

function oneLine(value: string): string {
  return clean(value).replace(ANY_BREAK, " ").trim();
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const HEADERS = {
  fr: ["N° facture", "Date", "Échéance", "Montant TTC", "Reste dû", "Jours de retard"],
  en: ["Invoice", "Date", "Due date", "Amount", "Balance due", "Days overdue"],
} as const;

const RIGHT = [false, false, false, true, true, true];

function rowCells(row: InvoiceRowText): string[] {
  return [row.number, row.date, row.due, row.amount, row.outstanding, row.daysLate].map(oneLine);
}

const CELL = "border:1px solid #c8c8c8;padding:4px 8px;";

function tableHtml(data: DraftData): string {
  const head = HEADERS[data.language]
    .map((h, i) => `<th style="${CELL}background:#f2f2f2;text-align:${RIGHT[i] ? "right" : "left"};">${escapeHtml(h)}</th>`)
    .join("");
  const body = data.invoices
    .map((row) => `<tr>${rowCells(row).map((c, i) => `<td style="${CELL}${RIGHT[i] ? "text-align:right;white-space:nowrap;" : ""}">${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("\n");
  const foot = data.totals
    .map((t) => `<tr><td colspan="3" style="${CELL}font-weight:bold;">${escapeHtml(oneLine(t.label))}</td>` +
      `<td style="${CELL}text-align:right;white-space:nowrap;font-weight:bold;">${escapeHtml(oneLine(t.amount))}</td>` +
      `<td style="${CELL}text-align:right;white-space:nowrap;font-weight:bold;">${escapeHtml(oneLine(t.outstanding))}</td><td style="${CELL}"></td></tr>`)
    .join("\n");
  return `<table style="border-collapse:collapse;margin:8px 0;font-size:10pt;">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>` +
    (foot === "" ? "" : `\n<tfoot>\n${foot}\n</tfoot>`) + "\n</table>";
}

const width = (s: string) => [...s].length;

function tableText(data: DraftData): string {
  const header = [...HEADERS[data.language]];
  const rows = data.invoices.map(rowCells);
  const totals = data.totals.map((t) => [oneLine(t.label), "", "", oneLine(t.amount), oneLine(t.outstanding), ""]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? "")), ...totals.map((r) => (i === 0 ? 0 : width(r[i] ?? "")))));
  const line = (cells: string[]) => cells
    .map((c, i) => {
      const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(c)));
      return RIGHT[i] ? pad + c : c + pad;
    })
    .join("  ")
    .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  // A total's label spans the three first columns (number, date, due date).
  const span = (widths[0] ?? 0) + (widths[1] ?? 0) + (widths[2] ?? 0) + 4;
  const totalLines = totals.map((cells) => {
    const label = cells[0] ?? "";
    const figures = line(["", "", "", ...cells.slice(3)]).slice(span);
    return label + " ".repeat(Math.max(1, span - width(label))) + figures;
  });
  return [line(header), rule, ...rows.map(line), ...(totalLines.length > 0 ? [rule, ...totalLines] : [])].join("\n");
}

type Segment = { kind: "inline"; html: string; text: string } | { kind: "block" };

function fieldValue(token: Extract<Token, { kind: "field" }>, data: DraftData): { html: string; text: string } {
  const raw = clean(data.values[token.info.name] ?? "");
  if (token.info.multiline) {
    const lines = raw.split("\n").map((l) => l.replace(/[\t ]+/g, " ").trim());
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    while (lines.length > 0 && lines[0] === "") lines.shift();
    return { html: lines.map(escapeHtml).join("<br>"), text: lines.join("\n") };
  }
  const one = oneLine(raw);
  return { html: escapeHtml(one), text: one };
}

/** The body: paragraphs split on blank lines; line breaks kept; {factures} as a table between paragraphs. */
function renderBody(body: string, data: DraftData): { html: string; text: string } {
  const paragraphs = clean(body).split(/\n(?:[\t ]*\n)+/);
  const htmlParts: string[] = [];
  const textParts: string[] = [];
  for (const paragraph of paragraphs) {
    const segments: Segment[] = [];
    let html = "";
    let text = "";
    const flushInline = () => {
      if (text.trim() !== "") segments.push({ kind: "inline", html: html.replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, ""), text: text.trim() });
      html = "";
      text = "";
    };
    for (const token of tokenize(paragraph).tokens) {
      if (token.kind === "text") {
        html += token.text.split("\n").map(escapeHtml).join("<br>\n");
        text += token.text;
      } else if (token.info.block) {
        flushInline();
        segments.push({ kind: "block" });
      } else {
        const v = fieldValue(token, data);
        html += v.html;
        text += v.text;
      }
    }
    flushInline();
    for (const s of segments) {
      if (s.kind === "block") {
        htmlParts.push(tableHtml(data));
        textParts.push(tableText(data));
      } else {
        htmlParts.push(`<p style="margin:0 0 10px 0;">${s.html}</p>`);
        textParts.push(s.text.split("\n").map((l) => l.trimEnd()).join("\n"));
      }
    }
  }
  return { html: htmlParts.join("\n"), text: textParts.join("\n\n") };
}

/**
 * Renders a draft. The template should have passed validateTemplate: unknown placeholders and stray braces
 * are then left as written (never an exception). Values are plain text: `<script>`, quotes, `&` are escaped
 * in the HTML; names are put on one line; the signature keeps its lines. The subject is one line, blanks
 * collapsed. The text part is the same content with the invoice table as aligned columns.
 */
export function renderDraft(template: ReminderTemplate, data: DraftData): RenderedText {
  const subject = oneLine(tokenize(template.subject).tokens
    .map((t) => (t.kind === "text" ? t.text : t.info.block ? "" : fieldValue(t, data).text))
    .join(""));
  const body = renderBody(template.body, data);
  const html = `<!DOCTYPE html>\n<html lang="${data.language}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(subject)}</title>\n</head>\n` +
    `<body style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:11pt;color:#1f1f1f;line-height:1.4;">\n${body.html}\n</body>\n</html>\n`;
  return { subject, html, text: `${body.text}\n` };
}
