import { mergeHistory, type HistoryRow, type ParsedHistoryRow } from "../../src/core/history/history";
import { checkPlan, type SheetPlan } from "../../src/core/plan";
import { HISTORY_HEADER_ROW, historyPlan, parseHistorySheet } from "../../src/core/reports";
import type { CellValue } from "../../src/core/sheet";
import { formatAt, rowValues } from "./plan-cells";

function row(asOf: string, encours: number, extra: Partial<HistoryRow> = {}): HistoryRow {
  return {
    asOf, currency: "EUR", encours, echu: Math.round(encours / 4), byBucket: [encours - Math.round(encours / 4), Math.round(encours / 4), 0, 0, 0],
    dso: 45.3, delaiMoyen: 38.5, tauxRetard: 2500, nbClients: 12, nbFactures: 40, ...extra,
  };
}

/** The sheet as Excel would hand it back: the single block's values from A1 (empty cells as ""). */
function sheetValues(plan: SheetPlan): CellValue[][] {
  const block = plan.blocks[0];
  if (block === undefined || block.at !== "A1") throw new Error("history plan is one block at A1");
  return block.values.map((line) => line.map((v) => (v === null ? "" : v)));
}

describe("Historique sheet", () => {
  it("writes one row per month-end with numbers, dates and percentages formatted", () => {
    const plan = historyPlan([{ kind: "row", row: row("2025-01-31", 123_456) }]);
    expect(checkPlan(plan)).toEqual([]);
    expect(plan.key).toBe("history");
    expect(plan.freezeRows).toBe(HISTORY_HEADER_ROW);
    expect(rowValues(plan, HISTORY_HEADER_ROW, 14)).toEqual([
      "Date d'arrêté", "Devise", "Encours", "Échu", "Non échu", "1–30 j", "31–60 j", "61–90 j", "> 90 j",
      "DSO (j)", "Délai moyen (j)", "Taux de retard", "Nb clients", "Nb factures",
    ]);
    // 31/01/2025 = 45658 + 30.
    expect(rowValues(plan, HISTORY_HEADER_ROW + 1, 14)).toEqual([45688, "EUR", 1234.56, 308.64, 925.92, 308.64, 0, 0, 0, 45.3, 38.5, 0.25, 12, 40]);
    expect(formatAt(plan, HISTORY_HEADER_ROW + 1, 0)).toBe("dd/mm/yyyy");
    expect(formatAt(plan, HISTORY_HEADER_ROW + 1, 2)).toBe('#,##0.00 "€"');
    expect(formatAt(plan, HISTORY_HEADER_ROW + 1, 11)).toBe("0.0%");
  });

  it("reads back exactly the rows it wrote", () => {
    const rows: ParsedHistoryRow[] = [
      { kind: "row", row: row("2025-01-31", 100_000) },
      { kind: "row", row: row("2025-01-31", 55_555, { currency: "USD", dso: null, delaiMoyen: null, tauxRetard: null }) },
      { kind: "row", row: row("2025-02-28", -12_345) },
    ];
    const plan = historyPlan(rows);
    const back = parseHistorySheet(sheetValues(plan), { sheet: "Historique" });
    expect(back.issues).toEqual([]);
    expect(back.rows).toEqual(rows);
    expect(back.bucketLabels).toEqual(["Non échu", "1–30 j", "31–60 j", "61–90 j", "> 90 j"]);
  });

  it("keeps a hand-edited row verbatim, in place, with a note that names the cell", () => {
    const plan = historyPlan([{ kind: "row", row: row("2025-01-31", 100_000) }, { kind: "row", row: row("2025-02-28", 200_000) }]);
    const values = sheetValues(plan);
    const edited = values[HISTORY_HEADER_ROW] as CellValue[];
    edited[2] = "à vérifier";
    values.push(["Changement de logiciel comptable en mars", "", ""]);
    const back = parseHistorySheet(values, { sheet: "Historique" });
    expect(back.rows.map((r) => r.kind)).toEqual(["raw", "row", "raw"]);
    expect(back.rows[0]).toMatchObject({ kind: "raw", asOf: "2025-01-31", currency: "EUR" });
    expect(back.rows[2]).toEqual({ kind: "raw", cells: ["Changement de logiciel comptable en mars"] });
    expect(back.issues[0]).toMatchObject({ severity: "info", code: "history.row-kept", cell: `C${HISTORY_HEADER_ROW + 1}` });
    expect(back.issues[0]?.message).toContain("« à vérifier »");
    // Written again: the kept rows come back exactly as they were, where they were.
    const again = historyPlan(back.rows);
    expect(rowValues(again, HISTORY_HEADER_ROW + 1, 3)).toEqual([45688, "EUR", "à vérifier"]);
    expect(rowValues(again, HISTORY_HEADER_ROW + 3, 1)).toEqual(["Changement de logiciel comptable en mars"]);
  });

  it("updates the month in place when it is refreshed again, never deleting a row", () => {
    const stored: ParsedHistoryRow[] = [
      { kind: "row", row: row("2025-01-31", 100_000) },
      { kind: "raw", cells: ["note"] },
      { kind: "row", row: row("2025-02-28", 200_000) },
    ];
    const merged = mergeHistory(stored, row("2025-01-31", 111_111));
    const plan = historyPlan(merged);
    const back = parseHistorySheet(sheetValues(plan), { sheet: "Historique" });
    expect(back.rows).toHaveLength(3);
    expect(back.rows[0]).toEqual({ kind: "row", row: row("2025-01-31", 111_111) });
    expect(back.rows[1]).toEqual({ kind: "raw", cells: ["note"] });
  });

  it("finds the headers wherever the user moved the table, in French or English", () => {
    const values: CellValue[][] = [
      ["Mon suivi"],
      [],
      ["", "As of", "Currency", "Outstanding", "Overdue", "Not due", "Overdue", "DSO (d)", "Mean delay (d)", "Overdue rate", "Customers", "Open invoices"],
      ["", "31/01/2025", "eur", 1000, 250, 750, 250, 40, 35, 0.25, 3, 7],
    ];
    const back = parseHistorySheet(values, { sheet: "History" });
    expect(back.issues).toEqual([]);
    expect(back.rows).toEqual([{
      kind: "row",
      row: { asOf: "2025-01-31", currency: "EUR", encours: 100_000, echu: 25_000, byBucket: [75_000, 25_000], dso: 40, delaiMoyen: 35, tauxRetard: 2500, nbClients: 3, nbFactures: 7 },
    }]);
  });

  it("keeps every row of a sheet whose headers were removed, and says why", () => {
    const back = parseHistorySheet([["31/01/2025", "EUR", 1000], [], ["bonjour"]], { sheet: "Historique" });
    expect(back.rows).toEqual([{ kind: "raw", cells: ["31/01/2025", "EUR", 1000] }, { kind: "raw", cells: ["bonjour"] }]);
    expect(back.issues).toHaveLength(1);
    expect(back.issues[0]).toMatchObject({ severity: "warning", code: "history.no-header", sheet: "Historique" });
  });

  it("reads nothing from an empty sheet, without a problem", () => {
    expect(parseHistorySheet([], { sheet: "Historique" })).toEqual({ rows: [], issues: [], bucketLabels: null });
  });

  it("writes a row of other buckets (settings changed since) in its own column order", () => {
    const old: HistoryRow = { ...row("2024-12-31", 100_000), byBucket: [75_000, 25_000] };
    const plan = historyPlan([{ kind: "row", row: old }, { kind: "row", row: row("2025-01-31", 100_000) }]);
    expect(checkPlan(plan)).toEqual([]);
    expect(rowValues(plan, HISTORY_HEADER_ROW + 1, 11)).toEqual([45657, "EUR", 1000, 250, 750, 250, 45.3, 38.5, 0.25, 12, 40]);
  });
});
