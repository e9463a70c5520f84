// `encours age --csv`: the clients × buckets table for French Excel: `;` separator, decimal comma without
// thousands separator (1234,56), UTF-8 with a byte-order mark so Excel shows accents, CRLF line ends.
// Text that Excel would take for a formula (= + - @ at the start) is prefixed with an apostrophe.
import type { AgeReport } from "./age-report";
import { frenchNumber } from "./text-format";

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell: neutralised if it could run as a formula, quoted when it holds `;`, quotes or line breaks. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(report: AgeReport): string {
  const bucketLabels = report.buckets.map((b) => b.label);
  const lines: string[] = [];
  lines.push(["Devise", "Client", "Nom", ...bucketLabels, "Total", "Factures ouvertes"].map(csvText).join(";"));
  for (const aging of report.currencies) {
    for (const c of aging.clients) {
      const known = report.clients.get(c.client)?.name ?? "";
      const name = known === c.client ? "" : known;
      lines.push([
        csvText(aging.currency), csvText(c.client), csvText(name),
        ...c.byBucket.map((v) => frenchNumber(v, false)), frenchNumber(c.outstanding, false), String(c.openInvoices),
      ].join(";"));
    }
    const openInvoices = aging.clients.reduce((n, c) => n + c.openInvoices, 0);
    lines.push([
      csvText(aging.currency), "TOTAL", "",
      ...aging.total.byBucket.map((v) => frenchNumber(v, false)), frenchNumber(aging.total.outstanding, false), String(openInvoices),
    ].join(";"));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
