import { agingOptions } from "../aging/age";
import type { HistoryRow } from "../history/history";
import { computeDashboard } from "./dashboard";
import { credit, invoice, ledgerOf, note, paid } from "./fixtures";

const AS_OF = "2024-06-30";

function ledger() {
  const a = invoice({ number: "A", date: "2024-04-15", due: "2024-05-15", amount: 1000 });
  const b = invoice({ number: "B", date: "2024-05-10", due: "2024-06-09", amount: 600 });
  const c = invoice({ number: "C", client: "ZED", date: "2024-06-05", due: "2024-07-05", amount: 400 });
  const u = invoice({ number: "U1", client: "YANK", date: "2024-06-01", due: "2024-07-01", amount: 250, currency: "USD" });
  return ledgerOf({ invoices: [u, a, b, c], credits: [paid(a, "2024-06-20"), credit({ client: "YANK", date: "2024-06-02", amount: 50, currency: "USD" })] });
}

describe("the dashboard of a refresh", () => {
  it("gives each currency its own aging, indicators, trend, forecast and history row, EUR first", () => {
    const d = computeDashboard({ ledger: ledger(), agingOptions: agingOptions(AS_OF) });
    expect(d.currencies.map((c) => c.currency)).toEqual(["EUR", "USD"]);
    const [eur, usd] = d.currencies;
    // EUR: B 600 (21 days overdue) + C 400 (non échu) = 1 000 €. USD: 250 − 50 = 200 $.
    expect(eur?.indicators.encours).toBe(100_000);
    expect(usd?.indicators.encours).toBe(20_000);
    expect(eur?.trend).toHaveLength(12);
    expect(usd?.trend).toHaveLength(12);
    expect(eur?.trend.at(-1)).toMatchObject({ asOf: AS_OF, encours: 100_000, echu: 60_000 });
    expect(eur?.forecast.total).toBe(100_000);
    expect(eur?.historyRow).toMatchObject({ asOf: AS_OF, currency: "EUR", encours: 100_000, echu: 60_000, nbFactures: 2, nbClients: 2 });
  });

  it("compares with last month's stored history row when there is one", () => {
    const stored: HistoryRow = {
      asOf: "2024-05-31", currency: "EUR", encours: 150_000, echu: 90_000, byBucket: [60_000, 90_000, 0, 0, 0], dso: 58.4,
      delaiMoyen: 41, tauxRetard: 6000, nbClients: 1, nbFactures: 2,
    };
    const d = computeDashboard({ ledger: ledger(), agingOptions: agingOptions(AS_OF), history: [stored] });
    const changes = d.currencies[0]?.changes;
    // 1 000 € now against 1 500 € stored: −500 €. USD has no stored row: it falls back on the trend.
    expect(changes).toMatchObject({ source: "historique", previousAsOf: "2024-05-31", encours: { previous: 150_000, change: -50_000 } });
    expect(d.currencies[1]?.changes?.source).toBe("tendance");
  });

  it("compares with the trend's previous month-end without history", () => {
    // 31/05 recomputed: A 1 000 (due 15/05, overdue) + B 600 = 1 600 €; now 1 000 € → −600 €.
    const changes = computeDashboard({ ledger: ledger(), agingOptions: agingOptions(AS_OF) }).currencies[0]?.changes;
    expect(changes).toMatchObject({ source: "tendance", previousAsOf: "2024-05-31", encours: { previous: 160_000, change: -60_000 } });
    expect(changes?.delaiMoyen.change).toBeNull();
  });

  it("puts disputed invoices of the journal apart in the forecast", () => {
    const journal = [note({ client: "ACME", date: "2024-06-25", invoices: ["B"], dispute: "open" })];
    const eur = computeDashboard({ ledger: ledger(), agingOptions: agingOptions(AS_OF), journal }).currencies[0];
    expect(eur?.forecast.uncertain).toEqual({ amount: 60_000, invoices: 1 });
    expect(eur?.indicators.litiges).toMatchObject({ count: 1, amount: 60_000 });
  });
});
