// The whole dashboard of a refresh: per currency, the aged balance, every indicator, the 12-month trend, the
// cash-in forecast, the history row of the month and the changes since last month.
import type { IsoDay } from "../days/day";
import type { Ledger } from "../ledger/types";
import { agePrepared } from "../aging/age";
import { prepareLettrage } from "../aging/prepare";
import type { AgingOptions, AgingResult, CurrencyAging } from "../aging/types";
import type { JournalEntry } from "../journal/types";
import { forecastCashIn, type Forecast } from "../forecast/forecast";
import { changesSince, historyRowOf, previousMonthRow, roundTenth, type HistoryRow, type MonthChanges } from "../history/history";
import { firstInvoiceDays } from "./clients";
import { flowsByCurrency } from "./flows";
import { computeIndicatorsWithParts, type Indicators } from "./indicators";
import { isDisputed, readJournal } from "./journal";
import { dayCache } from "./positions";
import { computeTrend, type TrendPoint } from "./trend";

export interface CurrencyDashboard {
  currency: string;
  aging: CurrencyAging;
  indicators: Indicators;
  /** This currency's points, oldest first; the last one is the as-of date. */
  trend: TrendPoint[];
  forecast: Forecast;
  /** The Historique row of this refresh (to merge with mergeHistory). */
  historyRow: HistoryRow;
  /** Changes since the previous month-end: from the stored history when it has that month, else from the trend. */
  changes: MonthChanges | null;
}

export interface DashboardInput {
  ledger: Ledger;
  agingOptions: AgingOptions;
  journal?: readonly JournalEntry[];
  /** Rows already stored in the Historique sheet (the readable ones). */
  history?: readonly HistoryRow[];
  /** Length of the period of the indicators and of the DSO (default 12 months). */
  periodMonths?: number;
  /** Number of trend points (default 12). */
  trendMonths?: number;
}

export interface DashboardResult {
  asOf: IsoDay;
  /** The aged balance of every currency, with the lettrage issues. */
  aging: AgingResult;
  /** One per currency, EUR (the main currency) first, then alphabetical: never added together. */
  currencies: CurrencyDashboard[];
}

export function computeDashboard(input: DashboardInput): DashboardResult {
  const { ledger, agingOptions } = input;
  const asOf = agingOptions.asOf;
  const periodMonths = input.periodMonths ?? 12;
  const day = dayCache();
  // One preparation of the ledger for the aged balance and the 12 month-ends of the trend.
  const prepared = prepareLettrage(ledger);
  const aging = agePrepared(prepared, agingOptions);
  const flows = flowsByCurrency(ledger, day);
  const journalView = readJournal(input.journal ?? [], asOf);
  const firstInvoice = firstInvoiceDays(ledger, asOf);
  const { asOf: _ignored, ...trendAging } = agingOptions;
  const trend = computeTrend(ledger, {
    asOf, months: input.trendMonths ?? 12, aging: trendAging, periodMonths, prepared, flows,
  });

  const currencies = aging.currencies.map((currencyAging): CurrencyDashboard => {
    const { currency } = currencyAging;
    const { indicators, settlement } = computeIndicatorsWithParts({
      ledger, aging: currencyAging, asOf, currency, periodMonths, prepared: { flows, journalView, firstInvoice, day },
    });
    const points = trend.filter((p) => p.currency === currency);
    const forecast = forecastCashIn(currencyAging, {
      delays: { byClient: new Map([...settlement.clients].map(([c, h]) => [c, h.late])), global: settlement.retardMean },
      isDisputed: (client, invoice) => isDisputed(journalView, client, invoice),
    });
    const historyRow = historyRowOf(indicators);
    return { currency, aging: currencyAging, indicators, trend: points, forecast, historyRow, changes: changesOf(historyRow, input.history ?? [], points) };
  });
  return { asOf, aging, currencies };
}

function changesOf(row: HistoryRow, history: readonly HistoryRow[], points: TrendPoint[]): MonthChanges | null {
  const stored = previousMonthRow(history, row.asOf, row.currency);
  if (stored !== undefined) return changesSince(row, stored, "historique");
  const previous = points.length >= 2 ? points[points.length - 2] : undefined;
  if (previous === undefined) return null;
  return changesSince(row, { asOf: previous.asOf, encours: previous.encours, echu: previous.echu, dso: roundTenth(previous.dso) }, "tendance");
}
