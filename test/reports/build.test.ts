import type { ParsedHistoryRow } from "../../src/core/history/history";
import { cellIssue, rowIssue, sheetIssue } from "../../src/core/issues";
import { ledgerOf } from "../../src/core/kpi/fixtures";
import { checkPlan } from "../../src/core/plan";
import { buildReportPlans, summaryLine } from "../../src/core/reports";
import { AS_OF, NOW, OPTIONS, smallLedger } from "./fixtures";
import { findText } from "./plan-cells";

describe("buildReportPlans (the refresh use case)", () => {
  it("builds the balance, the dashboard and the history, all consistent plans", () => {
    const report = buildReportPlans({ ledger: smallLedger({ usd: true }), agingOptions: OPTIONS, now: NOW });
    expect(report.plans.map((p) => p.key)).toEqual(["balance", "dashboard", "history"]);
    for (const plan of report.plans) expect(checkPlan(plan)).toEqual([]);
    expect(report.balanceRows.size).toBeGreaterThan(0);
  });

  it("sums up the month in figures and in one line", () => {
    const report = buildReportPlans({ ledger: smallLedger({ usd: true }), agingOptions: OPTIONS, now: NOW });
    // See fixtures.ts: encours 1 450 €, échu 850 € (58,62 %), DSO 79,15 days; only ACME has an overdue amount
    // (BETA's 50 € credit is not a debt).
    expect(report.summary).toEqual({
      asOf: AS_OF, currency: "EUR", encours: 145_000, echu: 85_000, tauxRetard: 5862, dso: 79.15, clientsEnRetard: 1,
      problemes: 0, autresDevises: ["USD"],
    });
    expect(summaryLine(report.summary)).toBe(
      "Tableau de bord actualisé au 31/03/2025 : encours 1\u202f450,00\u00a0€, échu 58,6 %, DSO 79,2 j, 1 client en retard, " +
        "aucun problème de données (autres devises : USD).",
    );
    expect(summaryLine(report.summary, "en")).toBe(
      "Dashboard refreshed as of 2025-03-31: outstanding €1,450.00, overdue 58.6 %, DSO 79.2 d, 1 customer overdue, " +
        "no data problems (other currencies: USD).",
    );
  });

  it("counts reading and ledger problems once each, notes apart", () => {
    const ledger = smallLedger();
    const amount = cellIssue("error", "amount.unreadable", "Montant illisible", "Factures", 12, 4);
    ledger.issues = [amount, rowIssue("warning", "invoice.duplicate", "Doublon", "Factures", 13)];
    const readingIssues = [amount, sheetIssue("info", "input.sheet-chosen", "Feuille choisie", "Factures"), sheetIssue("warning", "x", "y", "Règlements")];
    const report = buildReportPlans({ ledger, agingOptions: OPTIONS, now: NOW, readingIssues });
    expect(report.issues).toHaveLength(4);
    expect(report.summary.problemes).toBe(3);
    expect(findText(report.plans[0] ?? report.plans[1]!, "3 problèmes de données — voir le volet Encours")).toHaveLength(1);
  });

  it("adds the month to the history, or replaces it where it stands", () => {
    const first = buildReportPlans({ ledger: smallLedger(), agingOptions: OPTIONS, now: NOW });
    expect(first.history).toEqual([{ kind: "row", row: expect.objectContaining({ asOf: AS_OF, currency: "EUR", encours: 145_000 }) }]);
    const stored: ParsedHistoryRow[] = [
      { kind: "raw", cells: ["Historique repris de l'ancien tableur"] },
      { kind: "row", row: { asOf: "2025-03-31", currency: "EUR", encours: 1, echu: 0, byBucket: [1, 0, 0, 0, 0], dso: 1, delaiMoyen: 1, tauxRetard: 0, nbClients: 1, nbFactures: 1 } },
      { kind: "row", row: { asOf: "2025-04-30", currency: "EUR", encours: 2, echu: 0, byBucket: [2, 0, 0, 0, 0], dso: 1, delaiMoyen: 1, tauxRetard: 0, nbClients: 1, nbFactures: 1 } },
    ];
    const again = buildReportPlans({ ledger: smallLedger(), agingOptions: OPTIONS, now: NOW, history: stored });
    expect(again.history).toHaveLength(3);
    expect(again.history[0]).toEqual(stored[0]);
    expect(again.history[1]).toEqual(first.history[0]);
    expect(again.history[2]).toEqual(stored[2]);
  });

  it("still writes the three sheets for a workbook with nothing at the as-of date", () => {
    const report = buildReportPlans({ ledger: ledgerOf({}), agingOptions: OPTIONS, now: NOW });
    for (const plan of report.plans) expect(checkPlan(plan)).toEqual([]);
    expect(report.summary).toMatchObject({ encours: 0, echu: 0, tauxRetard: null, dso: null, clientsEnRetard: 0, currency: "EUR" });
    expect(report.history).toEqual([]);
    expect(findText(report.plans[0]!, "Aucune facture ouverte à la date d'arrêté.")).toHaveLength(1);
  });

  it("writes English sheets when asked", () => {
    const report = buildReportPlans({ ledger: smallLedger(), agingOptions: OPTIONS, now: NOW, language: "en" });
    // "History" is a name Excel reserves for its own use: an English report must not ask for it.
    for (const plan of report.plans) expect(checkPlan(plan)).toEqual([]);
    expect(report.plans.map((p) => p.sheet)).toEqual(["Aged balance", "Dashboard", "Receivables history"]);
  });
});
