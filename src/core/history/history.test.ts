import { changesSince, historyRowOf, mergeHistory, previousMonthRow, type HistoryRow, type ParsedHistoryRow } from "./history";
import { computeIndicators } from "../kpi/indicators";
import { agingOf, invoice, ledgerOf } from "../kpi/fixtures";

function row(asOf: string, encours: number, currency = "EUR"): HistoryRow {
  return { asOf, currency, encours, echu: 0, byBucket: [encours, 0, 0, 0, 0], dso: 30, delaiMoyen: 40, tauxRetard: 0, nbClients: 1, nbFactures: 1 };
}
const asRow = (r: HistoryRow): ParsedHistoryRow => ({ kind: "row", row: r });

describe("the Historique rows", () => {
  it("appends the row of a new month", () => {
    const merged = mergeHistory([asRow(row("2024-04-30", 1)), asRow(row("2024-05-31", 2))], row("2024-06-30", 3));
    expect(merged.map((e) => (e.kind === "row" ? e.row.asOf : "?"))).toEqual(["2024-04-30", "2024-05-31", "2024-06-30"]);
  });

  it("updates the month in place when it is refreshed again", () => {
    const merged = mergeHistory([asRow(row("2024-05-31", 2)), asRow(row("2024-06-30", 3))], row("2024-05-31", 20));
    expect(merged).toEqual([asRow(row("2024-05-31", 20)), asRow(row("2024-06-30", 3))]);
  });

  it("replaces a mid-month refresh by the month-end of the same month", () => {
    const merged = mergeHistory([asRow(row("2024-06-14", 1))], row("2024-06-30", 3));
    expect(merged).toEqual([asRow(row("2024-06-30", 3))]);
  });

  it("keeps one row per currency for the same month", () => {
    const merged = mergeHistory([asRow(row("2024-06-30", 1, "EUR"))], row("2024-06-30", 5, "USD"));
    expect(merged).toHaveLength(2);
  });

  it("inserts a backfilled month before the later months and never deletes a row", () => {
    const merged = mergeHistory([asRow(row("2024-03-31", 1)), asRow(row("2024-06-30", 3))], row("2024-04-30", 2));
    expect(merged.map((e) => (e.kind === "row" ? e.row.asOf : "?"))).toEqual(["2024-03-31", "2024-04-30", "2024-06-30"]);
  });

  it("keeps rows it cannot read verbatim and in place", () => {
    const note: ParsedHistoryRow = { kind: "raw", cells: ["Commentaire : changement de logiciel en avril", null, 12] };
    const edited: ParsedHistoryRow = { kind: "raw", cells: ["2024-05-31", "EUR", "beaucoup", "n/a"], asOf: "2024-05-31", currency: "EUR" };
    const merged = mergeHistory([asRow(row("2024-04-30", 1)), note, edited], row("2024-06-30", 3));
    expect(merged).toEqual([asRow(row("2024-04-30", 1)), note, edited, asRow(row("2024-06-30", 3))]);
    // Refreshing May again rewrites the hand-edited May row where it stands; the note is untouched.
    const again = mergeHistory(merged, row("2024-05-31", 2));
    expect(again).toEqual([asRow(row("2024-04-30", 1)), note, asRow(row("2024-05-31", 2)), asRow(row("2024-06-30", 3))]);
  });

  it("finds last month's row and the change since", () => {
    const history = [row("2024-04-30", 100), row("2024-05-31", 400_000), row("2024-05-31", 1, "USD")];
    const previous = previousMonthRow(history, "2024-06-30", "EUR");
    expect(previous?.encours).toBe(400_000);
    expect(previousMonthRow(history, "2024-06-15", "EUR")?.asOf).toBe("2024-05-31");
    expect(previousMonthRow(history, "2024-08-31", "EUR")).toBeUndefined();
    const current = { ...row("2024-06-30", 450_000), dso: 32.4, tauxRetard: null };
    const changes = changesSince(current, previous as HistoryRow, "historique");
    // Encours +500 €; DSO 32.4 − 30 = +2.4 days; taux de retard unknown this month → no change.
    expect(changes.encours).toEqual({ previous: 400_000, change: 50_000 });
    expect(changes.dso).toEqual({ previous: 30, change: 2.4 });
    expect(changes.tauxRetard).toEqual({ previous: 0, change: null });
  });

  it("builds the row of a refresh from the indicators", () => {
    // One invoice of 1 000 € dated 01/06, due 01/07: encours 1 000 non échu; DSO = 1 000 / 1 000 × 30 = 30 days.
    const ledger = ledgerOf({ invoices: [invoice({ date: "2024-06-01", amount: 1000 })] });
    const k = computeIndicators({ ledger, aging: agingOf(ledger, "2024-06-30"), asOf: "2024-06-30", currency: "EUR" });
    expect(historyRowOf(k)).toEqual({
      asOf: "2024-06-30", currency: "EUR", encours: 100_000, echu: 0, byBucket: [100_000, 0, 0, 0, 0], dso: 30,
      delaiMoyen: null, tauxRetard: 0, nbClients: 1, nbFactures: 1,
    });
  });
});
