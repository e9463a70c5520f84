import { computeDashboard } from "../../src/core/kpi/dashboard";
import type { HistoryRow } from "../../src/core/history/history";
import { checkPlan, parseCell, parseRange, valueAt, type SheetPlan } from "../../src/core/plan";
import { dashboardPlan, type DashboardPlanInput } from "../../src/core/reports";
import { NOW, OPTIONS, smallLedger } from "./fixtures";
import { findText, first, formatAt, the } from "./plan-cells";

function dashboardOf(extra: Parameters<typeof smallLedger>[0] = {}, input: Partial<DashboardPlanInput> = {}, history: HistoryRow[] = []): SheetPlan {
  const result = computeDashboard({ ledger: smallLedger(extra), agingOptions: OPTIONS, history });
  return dashboardPlan({ result, now: NOW, problems: 0, ...input });
}

/** The value `offset` columns right of the (first) cell labelled `label`: value 3, change 4 columns to the right. */
function right(plan: SheetPlan, label: string, offset = 3): unknown {
  const [r, c] = first(plan, label);
  return valueAt(plan, r, c + offset);
}

function formatRight(plan: SheetPlan, label: string, offset = 3): string | null | undefined {
  const [r, c] = first(plan, label);
  return formatAt(plan, r, c + offset);
}

describe("Tableau de bord plan", () => {
  it("is a consistent plan printed on one landscape page", () => {
    const plan = dashboardOf();
    expect(checkPlan(plan)).toEqual([]);
    expect(plan.key).toBe("dashboard");
    expect(plan.sheet).toBe("Tableau de bord");
    expect(plan.print).toMatchObject({ orientation: "landscape", fitToPage: true });
    const area = parseRange(plan.print.area ?? "");
    expect(area.top).toBe(1);
    expect(area.left).toBe(0);
    // Everything written is inside the print area.
    for (const block of plan.blocks) {
      const at = parseCell(block.at);
      expect(at.row + block.values.length - 1).toBeLessThanOrEqual(area.bottom);
      expect(at.column + (block.values[0]?.length ?? 0) - 1).toBeLessThanOrEqual(area.right);
    }
  });

  it("shows encours, non échu, échu and the taux de retard as numbers with their units", () => {
    const plan = dashboardOf();
    // 600 + 500 + 300 (ACME) − 50 (BETA's credit) + 100 (GAMMA).
    expect(right(plan, "Encours clients")).toBe(1450);
    expect(formatRight(plan, "Encours clients")).toBe('#,##0 "€"');
    // Non échu: due on or after 31/03: F2 500 + F6 100.
    expect(right(plan, "Non échu")).toBe(600);
    expect(right(plan, "Échu")).toBe(850);
    // 850 / 1 450 = 58,62 %.
    expect(right(plan, "Taux de retard (échu / encours)")).toBe(0.5862);
    expect(formatRight(plan, "Taux de retard (échu / encours)")).toBe("0.0%");
    expect(right(plan, "Clients débiteurs")).toBe(3);
    expect(right(plan, "Factures ouvertes")).toBe(4);
  });

  it("computes the DSO by the countback method", () => {
    const plan = dashboardOf();
    // Encours 1 450: March sales 800 used up (31 days), February has no sales (28 days), January's 1 000
    // absorbs the last 650: 650 / 1 000 × 31 = 20,15 → 79,15 days.
    expect(right(plan, "DSO (méthode de l'épuisement)")).toBeCloseTo(79.15, 10);
    expect(formatRight(plan, "DSO (méthode de l'épuisement)")).toBe('0.0 "j"');
    // Only F4 was settled in the period: 9 days after its date, before its due date.
    expect(right(plan, "Délai moyen de règlement")).toBe(9);
    expect(right(plan, "Retard moyen de paiement")).toBe(0);
  });

  it("shows the change since last month, recomputed from the ledger without history", () => {
    const plan = dashboardOf();
    // At 28/02/2025: F1 1 000 + F3 300 − 400 paid = 900; now 1 450: +550.
    expect(right(plan, "Encours clients", 4)).toBe(550);
    expect(formatRight(plan, "Encours clients", 4)).toBe('+#,##0 "€"_M_M;-#,##0 "€"_M_M;#,##0 "€"_M_M');
    expect(findText(plan, "(recalculé)")).toHaveLength(1);
  });

  it("takes last month's figures from the history when it has them", () => {
    const previous: HistoryRow = {
      asOf: "2025-02-28", currency: "EUR", encours: 100_000, echu: 20_000, byBucket: [80_000, 20_000, 0, 0, 0],
      dso: 60, delaiMoyen: 30, tauxRetard: 2000, nbClients: 2, nbFactures: 3,
    };
    const plan = dashboardOf({}, {}, [previous]);
    expect(right(plan, "Encours clients", 4)).toBe(450);
    expect(right(plan, "Échu", 4)).toBe(650);
    // 58,62 % − 20,00 % = +38,62 points.
    expect(right(plan, "Taux de retard (échu / encours)", 4)).toBe(38.62);
    expect(right(plan, "Clients débiteurs", 4)).toBe(1);
    expect(findText(plan, "(historique)")).toHaveLength(1);
  });

  it("lists the risks and the month's activity with counts and amounts", () => {
    const plan = dashboardOf();
    // ACME owes 300 more than 90 days late: douteux for its whole encours.
    expect(right(plan, "Clients douteux")).toBe(1);
    expect(right(plan, "Clients douteux", 4)).toBe(1400);
    expect(right(plan, "dont échu à plus de 90 jours", 4)).toBe(300);
    expect(right(plan, "Litiges ouverts")).toBe(0);
    // March: F2, F4, F6 (800); BETA and GAMMA are new (300).
    expect(right(plan, "Factures émises")).toBe(3);
    expect(right(plan, "Factures émises", 4)).toBe(800);
    expect(right(plan, "Nouveaux clients")).toBe(2);
    expect(right(plan, "Nouveaux clients", 4)).toBe(300);
    expect(findText(plan, "ACTIVITÉ — MARS 2025")).toHaveLength(1);
  });

  it("ranks the top encours and top retards", () => {
    const plan = dashboardOf();
    const [r, c] = first(plan, "1. Acme SARL");
    expect(valueAt(plan, r, c + 2)).toBe(1400);
    expect(valueAt(plan, r, c + 3)).toBe(900);
    // 1 400 of 1 450.
    expect(valueAt(plan, r, c + 4)).toBe(0.9655);
    expect(valueAt(plan, r + 1, c)).toBe("2. @x");
    expect(formatAt(plan, r + 1, c)).toBe("@");
    const overdue = findText(plan, "1. Acme SARL").find(([, col]) => col !== c) as [number, number];
    expect(valueAt(plan, overdue[0], overdue[1] + 2)).toBe(900);
    expect(valueAt(plan, overdue[0], overdue[1] + 3)).toBe(120);
  });

  it("forecasts the cash-in, apart from what is too late to count on", () => {
    const plan = dashboardOf();
    // Usual delay 0 (only BETA has history). F2 (500) expected 14/04 → week 2, F6 (100) on 19/04 → week 3;
    // F1 (600, 50 days late) and F3 (300, 120 days) are later than 2 × 15 days: incertain.
    expect(right(plan, "Attendu dans les 7 jours", 4)).toBe(0);
    expect(right(plan, "Attendu sous 4 semaines", 4)).toBe(600);
    expect(right(plan, "Incertain (retard excessif, litige)", 4)).toBe(900);
    expect(right(plan, "Total des factures ouvertes", 4)).toBe(1500);
  });

  it("places the five native charts on the page, each over data that is on the sheet", () => {
    const plan = dashboardOf();
    expect(plan.charts.map((c) => [c.name, c.type])).toEqual([
      ["encoursTrend", "line"], ["bucketsByMonth", "columnStacked"], ["bucketShare", "doughnut"],
      ["topDebtors", "barClustered"], ["cashInForecast", "columnClustered"],
    ]);
    expect(findText(plan, "DONNÉES DES GRAPHIQUES")).toHaveLength(1);
    for (const chart of plan.charts) {
      const data = parseRange(chart.data);
      expect(typeof valueAt(plan, data.top, data.left)).toBe("string");
      // Series names (first column when series are rows, header row otherwise) are texts; values are numbers.
      const firstValue = valueAt(plan, data.top + 1, data.left + 1);
      expect(typeof firstValue).toBe("number");
    }
    const trend = plan.charts.find((c) => c.name === "encoursTrend");
    const range = parseRange(trend?.data ?? "A1");
    expect(trend?.secondaryAxisSeries).toEqual(["DSO (j)"]);
    expect(valueAt(plan, range.bottom, range.left)).toBe("DSO (j)");
    // 12 month-ends, the last one being the as-of date: encours 1 450.
    expect(range.right - range.left).toBe(12);
    expect(valueAt(plan, range.top + 1, range.right)).toBe(1450);
    const share = plan.charts.find((c) => c.name === "bucketShare");
    const shareRange = parseRange(share?.data ?? "A1");
    expect(valueAt(plan, shareRange.top, shareRange.left)).toBe("Tranche");
    expect(valueAt(plan, shareRange.bottom, shareRange.left + 1)).toBe(300);
  });

  it("gives the other currencies a line of their own, never added to the euros", () => {
    const plan = dashboardOf({ usd: true });
    expect(checkPlan(plan)).toEqual([]);
    expect(right(plan, "Encours clients")).toBe(1450);
    const [r, c] = the(plan, "USD");
    expect(valueAt(plan, r, c - 1)).toBe("Autre devise");
    expect(valueAt(plan, r, c + 2)).toBe(750);
    expect(formatAt(plan, r, c + 2)).toBe('#,##0 "$"');
  });

  it("announces the data problems", () => {
    expect(findText(dashboardOf({}, { problems: 2 }), "2 problèmes de données — voir le volet Encours")).toHaveLength(1);
  });

  it("speaks English when asked", () => {
    const plan = dashboardOf({}, { language: "en" });
    expect(plan.sheet).toBe("Dashboard");
    expect(right(plan, "Receivables outstanding")).toBe(1450);
    expect(right(plan, "DSO (countback method)")).toBeCloseTo(79.15, 10);
    expect(formatRight(plan, "Receivables outstanding")).toBe('"€"#,##0');
    expect(findText(plan, "CHART DATA")).toHaveLength(1);
    expect(plan.charts.find((c) => c.name === "encoursTrend")?.secondaryAxisSeries).toEqual(["DSO (d)"]);
  });
});
