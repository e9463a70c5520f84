// `encours age` without --json/--csv: a readable aged balance for a terminal, French first.
// Per currency: header, clients × buckets with right-aligned French amounts, totals, the control line (rule 10)
// and the unapplied credits; then one line per data problem and a summary count.
import type { CurrencyAging } from "../core/aging/types";
import type { Issue } from "../core/issues";
import type { AgeReport } from "./age-report";
import { frenchDay, frenchNumber, issueLocation, oneLine, padEnd, padStart, truncate } from "./text-format";

const CLIENT_WIDTH = 40;
const GAP = "  ";

function clientLabel(id: string, report: AgeReport): string {
  const name = report.clients.get(id)?.name;
  return oneLine(name !== undefined && name !== "" && name !== id ? `${id}  ${name}` : id);
}

function renderCurrency(aging: CurrencyAging, report: AgeReport): string[] {
  const out: string[] = [];
  out.push(`Balance âgée au ${frenchDay(report.asOf)} — ${aging.currency}   (aged balance as of ${report.asOf})`);
  out.push("");

  const headers = [...aging.buckets.map((b) => b.label), "Total"];
  const rows = aging.clients.map((c) => ({
    label: truncate(clientLabel(c.client, report), CLIENT_WIDTH),
    cells: [...c.byBucket, c.outstanding].map((v) => frenchNumber(v)),
  }));
  const totalCells = [...aging.total.byBucket, aging.total.outstanding].map((v) => frenchNumber(v));
  const widths = headers.map((h, i) =>
    Math.max(h.length, totalCells[i]?.length ?? 0, ...rows.map((r) => r.cells[i]?.length ?? 0)),
  );
  const labelWidth = Math.max("Client".length, "TOTAL".length, ...rows.map((r) => [...r.label].length));
  const line = (label: string, cells: string[]) =>
    [padEnd(label, labelWidth), ...cells.map((c, i) => padStart(c, widths[i] ?? 0))].join(GAP).trimEnd();

  out.push(line("Client", headers));
  const rule = "─".repeat(labelWidth + widths.reduce((n, w) => n + w + GAP.length, 0));
  out.push(rule);
  if (rows.length === 0) out.push("(aucun encours / nothing outstanding)");
  for (const row of rows) out.push(line(row.label, row.cells));
  out.push(rule);
  out.push(line("TOTAL", totalCells));
  out.push("");

  const { invoiced, credited, expected, difference } = aging.control;
  out.push(
    `Contrôle : factures ${frenchNumber(invoiced)} − règlements et avoirs ${frenchNumber(credited)} = ${frenchNumber(expected)} ; ` +
      `balance ${frenchNumber(aging.total.outstanding)} ; écart ${frenchNumber(difference)}` +
      (difference === 0 ? "" : "  ← ANOMALIE : signalez-la / BUG: please report it"),
  );
  out.push(`Control: invoices − payments and credit notes up to the as-of date = balance total; difference ${frenchNumber(difference)}`);

  if (aging.unapplied.length > 0) {
    out.push("");
    out.push(`Crédits non affectés / Unapplied credits (${aging.unapplied.length}) :`);
    const labels = aging.unapplied.map((u) => truncate(clientLabel(u.client, report), CLIENT_WIDTH));
    const labelWidthU = Math.max(...labels.map((l) => [...l].length));
    const refWidth = Math.max(...aging.unapplied.map((u) => [...oneLine(u.reference)].length));
    const amounts = aging.unapplied.map((u) => frenchNumber(u.amount));
    const amountWidth = Math.max(...amounts.map((a) => a.length));
    aging.unapplied.forEach((u, i) => {
      out.push(
        `  ${padEnd(labels[i] ?? "", labelWidthU)}${GAP}${padEnd(oneLine(u.reference), refWidth)}` +
          `${GAP}${frenchDay(u.date)}${GAP}${padStart(amounts[i] ?? "", amountWidth)}`,
      );
    });
  }
  return out;
}

function severityCounts(issues: Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const infos = issues.length - errors - warnings;
  const parts = [`${errors} erreur${errors > 1 ? "s" : ""}`, `${warnings} avertissement${warnings > 1 ? "s" : ""}`];
  if (infos > 0) parts.push(`${infos} info${infos > 1 ? "s" : ""}`);
  return parts.join(", ");
}

export function renderText(report: AgeReport): string {
  const out: string[] = [];
  out.push(`Source : ${report.sourceLabel}`);
  out.push("");
  report.currencies.forEach((aging, i) => {
    if (i > 0) out.push("", "");
    out.push(...renderCurrency(aging, report));
  });

  out.push("");
  if (report.issues.length === 0) {
    out.push("Aucun problème de données / No data problems.");
  } else {
    out.push(`Problèmes de données / Data problems (${report.issues.length}) :`);
    for (const issue of report.issues) out.push(`  ${issueLocation(issue)} — ${oneLine(issue.message)}`);
  }

  const clients = report.currencies.reduce((n, c) => n + c.clients.length, 0);
  const open = report.currencies.reduce((n, c) => n + c.clients.reduce((m, k) => m + k.openInvoices, 0), 0);
  const rejected = report.rejectedRows;
  const perSheet = Object.entries(report.rejectedBySheet ?? {}).filter(([, n]) => n > 0);
  const where = perSheet.length > 0 ? ` (${perSheet.map(([sheet, n]) => `${sheet} : ${n}`).join(", ")})` : "";
  out.push("");
  out.push(
    `Résumé : ${clients} client${clients > 1 ? "s" : ""} avec encours, ${open} facture${open > 1 ? "s" : ""} ouverte${open > 1 ? "s" : ""}, ` +
      `${report.issues.length} problème${report.issues.length > 1 ? "s" : ""} (${severityCounts(report.issues)}), ` +
      `${rejected} ligne${rejected > 1 ? "s" : ""} écartée${rejected > 1 ? "s" : ""} des totaux${where}.`,
  );
  out.push(
    `Summary: ${clients} client(s) with a balance, ${open} open invoice(s), ${report.issues.length} problem(s), ` +
      `${rejected} row(s) left out of the totals.`,
  );
  return `${out.join("\n")}\n`;
}
