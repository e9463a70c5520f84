// The refresh use case in the core: ledger → aged balance, dashboard and history → the three sheet plans, a
// summary for the one-line result, and every data problem. The ribbon command, the taskpane and the CLI all call
// buildReportPlans; only writing the plans differs (src/excel, src/xlsx).
import { makeBuckets } from "../aging/buckets";
import type { AgingOptions, CurrencyAging } from "../aging/types";
import { forecastCashIn } from "../forecast/forecast";
import { historyRowOf, historyRows, mergeHistory, type ParsedHistoryRow } from "../history/history";
import { uniqueIssues, type Issue } from "../issues";
import type { JournalEntry } from "../journal/types";
import { computeDashboard, type CurrencyDashboard, type DashboardResult } from "../kpi/dashboard";
import { computeIndicators } from "../kpi/indicators";
import { positionsOf } from "../kpi/positions";
import type { Ledger } from "../ledger/types";
import type { Cents } from "../money/cents";
import { formatAmount } from "../money/format";
import type { SheetPlan } from "../plan/types";
import { buildBalance, type BalanceRowInfo } from "./balance";
import { dashboardPlan } from "./dashboard";
import type { ReportLanguage } from "./formats";
import { historyPlan } from "./history-sheet";
import { bucketLabel, dayText } from "./labels";

export interface ReportInput {
  ledger: Ledger;
  agingOptions: AgingOptions;
  journal?: readonly JournalEntry[];
  /** The Historique sheet as read back (parseHistorySheet), in sheet order. */
  history?: readonly ParsedHistoryRow[];
  /** The caller's local date-time, ISO ("2025-11-14T10:32:00"): the "generated on" of the sheets. */
  now: string;
  language?: ReportLanguage;
  /** The workbook's date system. */
  date1904?: boolean;
  /** Problems met while reading the sheets (before the ledger), counted with the ledger's and lettrage's. */
  readingIssues?: readonly Issue[];
  /** Length of the indicators' period in months (default 12). */
  periodMonths?: number;
}

export interface ReportSummary {
  asOf: string;
  /** The dashboard's currency (EUR when present). */
  currency: string;
  encours: Cents;
  echu: Cents;
  /** Basis points; null when the encours is ≤ 0. */
  tauxRetard: number | null;
  /** Days; null without sales over the period. */
  dso: number | null;
  /** Clients with an overdue amount. */
  clientsEnRetard: number;
  /** Errors and warnings (reading, ledger, lettrage). */
  problemes: number;
  /** Other currencies present (each on its own section of the balance). */
  autresDevises: string[];
}

export interface ReportPlans {
  /** Balance âgée, Tableau de bord, Historique — in that order. */
  plans: SheetPlan[];
  /** Worksheet row of the balance → client / invoice / credit. */
  balanceRows: Map<number, BalanceRowInfo>;
  summary: ReportSummary;
  /** Every problem, each once: reading, then ledger, then lettrage, then the history sheet's notes. */
  issues: Issue[];
  /** The history after this refresh (what the Historique plan shows). */
  history: ParsedHistoryRow[];
  dashboard: DashboardResult;
}


/** A data problem the user should look at (infos are not counted). */
export function isProblem(issue: Issue): boolean {
  return issue.severity !== "info";
}

function emptyAging(currency: string, options: AgingOptions): CurrencyAging {
  const buckets = makeBuckets(options.bucketBounds);
  return {
    currency, asOf: options.asOf, buckets, total: { outstanding: 0, byBucket: buckets.map(() => 0) }, clients: [], invoices: [],
    unapplied: [], allocations: [], control: { invoiced: 0, credited: 0, expected: 0, difference: 0 },
  };
}

/** The page of a ledger with nothing at the as-of date: zeros in EUR, no trend, no change. */
function emptyDashboard(input: ReportInput): CurrencyDashboard {
  const aging = emptyAging("EUR", input.agingOptions);
  const indicatorsInput: Parameters<typeof computeIndicators>[0] = { ledger: input.ledger, aging, asOf: aging.asOf, currency: "EUR" };
  if (input.journal !== undefined) indicatorsInput.journal = input.journal;
  if (input.periodMonths !== undefined) indicatorsInput.periodMonths = input.periodMonths;
  const indicators = computeIndicators(indicatorsInput);
  return { currency: "EUR", aging, indicators, trend: [], forecast: forecastCashIn(aging), historyRow: historyRowOf(indicators), changes: null };
}

/** Everything a refresh writes, from the ledger (pure: the as-of date and "now" are in the input). */
export function buildReportPlans(input: ReportInput): ReportPlans {
  const language = input.language ?? "fr";
  const stored = input.history ?? [];
  const dashboardInput: Parameters<typeof computeDashboard>[0] = {
    ledger: input.ledger, agingOptions: input.agingOptions, history: historyRows(stored),
  };
  if (input.journal !== undefined) dashboardInput.journal = input.journal;
  if (input.periodMonths !== undefined) dashboardInput.periodMonths = input.periodMonths;
  const dashboard = computeDashboard(dashboardInput);
  const issues = uniqueIssues(input.readingIssues ?? [], input.ledger.issues, dashboard.aging.issues);
  const problems = issues.filter(isProblem).length;
  const asOf = input.agingOptions.asOf;
  const date1904 = input.date1904 ?? false;

  const balance = buildBalance({
    asOf, now: input.now, language, date1904, problems,
    currencies: dashboard.currencies.map((c) => ({ aging: c.aging, profiles: c.indicators.profiles })),
    clients: input.ledger.clients, basis: input.agingOptions.basis, autoLettrage: input.agingOptions.autoLettrage,
  });

  const pages = dashboard.currencies.length > 0 ? dashboard.currencies : [emptyDashboard(input)];
  const main = pages[0] as CurrencyDashboard;
  const dashboardSheet = dashboardPlan({ result: { ...dashboard, currencies: pages }, now: input.now, problems, language, date1904 });

  let history: ParsedHistoryRow[] = [...stored];
  for (const c of dashboard.currencies) history = mergeHistory(history, c.historyRow);
  const bucketLabels = makeBuckets(input.agingOptions.bucketBounds).map((b) => bucketLabel(b, language));
  const historySheet = historyPlan(history, { bucketLabels, language, date1904 });

  let clientsEnRetard = 0;
  for (const p of positionsOf(main.aging).clients.values()) if (p.echu > 0) clientsEnRetard++;
  const summary: ReportSummary = {
    asOf, currency: main.currency, encours: main.indicators.encours, echu: main.indicators.echu,
    tauxRetard: main.indicators.tauxRetard.bp, dso: main.indicators.dso.days, clientsEnRetard, problemes: problems,
    autresDevises: pages.slice(1).map((c) => c.currency),
  };
  return { plans: [balance.plan, dashboardSheet, historySheet], balanceRows: balance.rows, summary, issues, history, dashboard };
}

/**
 * The one-line result of a refresh (Office notification, CLI): "Tableau de bord actualisé au 31/10/2025 :
 * encours 1 234,56 €, échu 23,4 %, DSO 45,2 j, 12 clients en retard, 3 problèmes de données."
 */
export function summaryLine(summary: ReportSummary, language: ReportLanguage = "fr"): string {
  const pct = summary.tauxRetard === null ? "—" : (summary.tauxRetard / 100).toFixed(1);
  const dso = summary.dso === null ? "—" : summary.dso.toFixed(1);
  const amount = formatAmount(summary.encours, summary.currency, language);
  const others = summary.autresDevises.length === 0 ? "" : language === "fr"
    ? ` (autres devises : ${summary.autresDevises.join(", ")})`
    : ` (other currencies: ${summary.autresDevises.join(", ")})`;
  const n = summary.clientsEnRetard;
  const p = summary.problemes;
  if (language === "fr") {
    return `Tableau de bord actualisé au ${dayText(summary.asOf, "fr")} : encours ${amount}, échu ${pct.replace(".", ",")} %, ` +
      `DSO ${dso.replace(".", ",")} j, ${n} client${n > 1 ? "s" : ""} en retard, ` +
      `${p === 0 ? "aucun problème" : `${p} problème${p > 1 ? "s" : ""}`} de données${others}.`;
  }
  return `Dashboard refreshed as of ${summary.asOf}: outstanding ${amount}, overdue ${pct} %, DSO ${dso} d, ` +
    `${n} customer${n === 1 ? "" : "s"} overdue, ${p === 0 ? "no" : p} data problem${p === 1 ? "" : "s"}${others}.`;
}
