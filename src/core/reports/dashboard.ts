// "Tableau de bord": every indicator of design.md §6 for one currency, on one landscape A4 page.
//
// The page is a grid of 15 equal columns (B–P) in three zones of five columns:
//   rows 1–3   title, as-of date, generated-at, month compared with, data problems, other currencies
//   zones      ENCOURS ET RETARD (with the échéancier) · DÉLAIS DE PAIEMENT (with delays by amount) ·
//              RISQUES then ACTIVITÉ DU MOIS — each line: label (spilling over the zone's first three columns),
//              value, change since last month (or count and amount for the risk and activity lines)
//   tops       10 premiers encours · 10 premiers retards · prévisionnel d'encaissement
//   chart data DONNÉES DES GRAPHIQUES: 12 month-ends (encours, échu, DSO; buckets), 13 weeks of expected cash-in,
//              the top 10 debtors — the charts are placed over this band, so in Excel the printed page shows
//              the charts, and where charts cannot be written (.xlsx through ExcelJS) it shows their data.
// Every figure is a number with a number format; "—" marks a figure that is not defined (e.g. no sales).
import type { CurrencyDashboard, DashboardResult } from "../kpi/dashboard";
import type { Share } from "../kpi/share";
import type { Cents } from "../money/cents";
import { cellAddress } from "../plan/address";
import { emptyPlan, type ChartPlan, type ConditionalFormatPlan, type SheetPlan } from "../plan/types";
import { Canvas } from "./canvas";
import { DASHBOARD_EN, DASHBOARD_FR, type DashboardWords } from "./dashboard-words";
import {
  COUNT_CHANGE_FORMAT, COUNT_FORMAT, MONTH_FORMAT, PERCENT_FORMAT, dateFormat, dateTimeSerial, daySerial,
  daysChangeFormat, daysFormat, fraction, moneyChangeFormat, moneyFormat, pointsChangeFormat, shortDateFormat, units,
  type ReportLanguage,
} from "./formats";
import { bucketLabel, monthName, problemsText, shorten } from "./labels";
import { GREEN, GREY_TEXT, GRID, LIGHT_GREY, NAVY, ORANGE, RED, SECTION, SUBSECTION, TITLE } from "./palette";

export interface DashboardPlanInput {
  result: DashboardResult;
  /** The currency of the page (default: the first, EUR when present); the others get a line under the title. */
  currency?: string;
  /** The caller's local date-time, ISO ("2025-11-14T10:32:00"). */
  now: string;
  /** Number of data problems to announce. */
  problems: number;
  language?: ReportLanguage;
  date1904?: boolean;
}

/** First column of the grid (B) and the width of a zone. */
const B = 1;
const ZONE = 5;
const COLUMNS = 3 * ZONE;
const LAST = B + COLUMNS - 1;
const COLUMN_WIDTH = 13;
const DASH = "—";

const RIGHT = { horizontalAlignment: "right" as const };
const CENTER = { horizontalAlignment: "center" as const };

/**
 * The same number format with a blank about two characters wide after the figure (Excel's "_M" spacing), for the
 * last column of a zone: its figures would otherwise touch the next zone's labels.
 */
export function padRight(format: string): string {
  return format.split(";").map((part) => `${part}_M_M`).join(";");
}

interface Ctx {
  canvas: Canvas;
  w: DashboardWords;
  language: ReportLanguage;
  date1904: boolean;
  money: string;
  moneyChange: string;
  days: string;
}

function zoneColumn(z: number): number {
  return B + z * ZONE;
}

/** A value or "—" when it is not defined. */
function put(ctx: Ctx, row: number, column: number, value: number | null | undefined, format: string): void {
  if (value === null || value === undefined) ctx.canvas.put(row, column, DASH).style(row, column, row, column, RIGHT);
  else ctx.canvas.put(row, column, value, format);
}

function shareValue(s: Share | null | undefined): number | null {
  return s === null || s === undefined || s.bp === null ? null : fraction(s.bp);
}

function section(ctx: Ctx, row: number, z: number, title: string, captions: [string, string]): void {
  const c = zoneColumn(z);
  ctx.canvas.put(row, c, title).put(row, c + 3, captions[0]).put(row, c + 4, captions[1]);
  ctx.canvas.style(row, c, row, c + 4, SECTION).style(row, c + 3, row, c + 3, RIGHT).style(row, c + 4, row, c + 4, CENTER);
}

/** One indicator line: label, value, and the change since last month when known. */
function kpi(
  ctx: Ctx, row: number, z: number, label: string, value: number | null, format: string,
  change?: { value: number | null; format: string },
): void {
  const c = zoneColumn(z);
  ctx.canvas.put(row, c, label);
  put(ctx, row, c + 3, value, format);
  if (change !== undefined && change.value !== null) ctx.canvas.put(row, c + 4, change.value, padRight(change.format));
  ctx.canvas.style(row, c, row, c + 4, { border: { weight: "thin", color: GRID, edges: ["bottom"] } });
  ctx.canvas.style(row, c + 4, row, c + 4, { fontColor: GREY_TEXT });
}

/** A risk or activity line: label, count, amount. */
function countLine(ctx: Ctx, row: number, z: number, label: string, count: number | null, amount: Cents | null): void {
  const c = zoneColumn(z);
  ctx.canvas.put(row, c, label);
  put(ctx, row, c + 3, count, COUNT_FORMAT);
  put(ctx, row, c + 4, amount === null ? null : units(amount), z < 2 ? padRight(ctx.money) : ctx.money);
  ctx.canvas.style(row, c, row, c + 4, { border: { weight: "thin", color: GRID, edges: ["bottom"] } });
}

function subsection(ctx: Ctx, row: number, z: number, title: string, captions: { column: number; text: string }[]): void {
  const c = zoneColumn(z);
  ctx.canvas.put(row, c, title);
  for (const cap of captions) ctx.canvas.put(row, c + cap.column, cap.text).style(row, c + cap.column, row, c + cap.column, cap.column === 4 ? CENTER : RIGHT);
  ctx.canvas.style(row, c, row, c + 4, SUBSECTION);
}

/** The dashboard of one currency as a sheet plan (one landscape A4 page). */
export function dashboardPlan(input: DashboardPlanInput): SheetPlan {
  const language = input.language ?? "fr";
  const w = language === "fr" ? DASHBOARD_FR : DASHBOARD_EN;
  const all = input.result.currencies;
  const main = (input.currency === undefined ? all[0] : all.find((c) => c.currency === input.currency)) ?? all[0];
  if (main === undefined) throw new RangeError("dashboardPlan needs at least one currency");
  const others = all.filter((c) => c !== main);
  const date1904 = input.date1904 ?? false;
  const canvas = new Canvas();
  const ctx: Ctx = {
    canvas, w, language, date1904,
    money: moneyFormat(main.currency, language, 0),
    moneyChange: moneyChangeFormat(main.currency, language),
    days: daysFormat(language),
  };
  const ind = main.indicators;

  // ——— Title block ———
  canvas.put(1, B, w.title(main.currency)).style(1, B, 1, B, TITLE);
  canvas.put(2, B, w.asOf).put(2, B + 2, daySerial(ind.asOf, date1904), dateFormat(language));
  const now = dateTimeSerial(input.now, date1904);
  canvas.put(2, zoneColumn(1), w.generated);
  if (now === null) canvas.put(2, zoneColumn(1) + 1, input.now);
  else canvas.put(2, zoneColumn(1) + 1, now, dateFormat(language)).put(2, zoneColumn(1) + 2, now, language === "fr" ? '"à "hh:mm' : '"at "hh:mm');
  const changes = main.changes;
  if (changes !== null) {
    canvas.put(2, zoneColumn(2), w.comparedWith).put(2, zoneColumn(2) + 2, daySerial(changes.previousAsOf, date1904), dateFormat(language));
    canvas.put(2, zoneColumn(2) + 3, w.changeSource[changes.source]);
  } else {
    canvas.put(2, zoneColumn(2), w.noComparison);
  }
  canvas.style(2, B, 2, LAST, { fontColor: GREY_TEXT });
  canvas.style(2, B + 2, 2, B + 2, { bold: true, fontColor: NAVY, horizontalAlignment: "left" });
  canvas.style(2, zoneColumn(1) + 1, 2, zoneColumn(1) + 2, { horizontalAlignment: "left" });
  canvas.style(2, zoneColumn(2) + 2, 2, zoneColumn(2) + 2, { horizontalAlignment: "left" });
  canvas.put(3, B, problemsText(input.problems, language)).style(3, B, 3, B, { bold: true, fontColor: input.problems > 0 ? ORANGE : GREEN });
  others.forEach((o, i) => otherCurrencyLine(ctx, 3 + i, o));
  const headerEnd = Math.max(3, 2 + others.length);

  // ——— Zones ———
  const top = headerEnd + 2;
  const end1 = zoneEncours(ctx, top, main);
  const end2 = zoneDelais(ctx, top, main);
  const end3 = zoneRisques(ctx, top, main);
  const zonesEnd = Math.max(end1.last, end2, end3);

  // ——— Tops and forecast ———
  const topsTop = zonesEnd + 2;
  const topsEnd = tops(ctx, topsTop, main);

  // ——— Chart data ———
  const chartsTop = topsEnd + 2;
  const charts = chartData(ctx, chartsTop, main, end1.shareData);
  const last = charts.lastRow;

  const conditionalFormats: ConditionalFormatPlan[] = [
    { range: `${cellAddress(topsTop + 2, B + 2)}:${cellAddress(topsTop + 11, B + 2)}`, rule: { kind: "dataBar", color: "#BDD7EE" } },
    { range: `${cellAddress(topsTop + 2, zoneColumn(1) + 2)}:${cellAddress(topsTop + 11, zoneColumn(1) + 2)}`, rule: { kind: "dataBar", color: "#F8CBAD" } },
    { range: `${cellAddress(topsTop + 2, zoneColumn(1) + 3)}:${cellAddress(topsTop + 11, zoneColumn(1) + 3)}`, rule: { kind: "cellValue", operator: "greaterThan", values: [90], fontColor: RED, bold: true } },
  ];

  return {
    ...emptyPlan("dashboard", w.sheet),
    blocks: [canvas.toBlock()],
    conditionalFormats,
    charts: charts.charts,
    columnWidths: [2, ...new Array<number>(COLUMNS).fill(COLUMN_WIDTH)],
    print: { orientation: "landscape", fitToPage: true, area: `A1:${cellAddress(last, LAST)}` },
    tabColor: NAVY,
  };
}

function otherCurrencyLine(ctx: Ctx, row: number, o: CurrencyDashboard): void {
  const { canvas, w, language } = ctx;
  const c = zoneColumn(1);
  const money = moneyFormat(o.currency, language, 0);
  canvas.put(row, c, w.otherCurrency).put(row, c + 1, o.currency);
  canvas.put(row, c + 2, w.outstandingShort).put(row, c + 3, units(o.indicators.encours), money);
  canvas.put(row, c + 4, w.overdueShort).put(row, c + 5, units(o.indicators.echu), money);
  canvas.put(row, c + 6, w.dsoShort);
  put(ctx, row, c + 7, o.indicators.dso.days, ctx.days);
  canvas.put(row, c + 8, w.seeBalance);
  canvas.style(row, c, row, c + 1, { bold: true });
  canvas.style(row, c + 2, row, c + 2, RIGHT).style(row, c + 4, row, c + 4, RIGHT).style(row, c + 6, row, c + 6, RIGHT);
  canvas.style(row, c + 8, row, c + 8, { italic: true, fontColor: GREY_TEXT });
}

function zoneEncours(ctx: Ctx, top: number, d: CurrencyDashboard): { last: number; shareData: string } {
  const { w } = ctx;
  const ind = d.indicators;
  const ch = d.changes;
  section(ctx, top, 0, w.zones.encours, [w.captions.value, w.captions.change]);
  let r = top + 1;
  kpi(ctx, r++, 0, w.encours.total, units(ind.encours), ctx.money, { value: ch?.encours.change == null ? null : units(ch.encours.change), format: ctx.moneyChange });
  kpi(ctx, r++, 0, w.encours.nonEchu, units(ind.nonEchu), ctx.money);
  kpi(ctx, r++, 0, w.encours.echu, units(ind.echu), ctx.money, { value: ch?.echu.change == null ? null : units(ch.echu.change), format: ctx.moneyChange });
  kpi(ctx, r++, 0, w.encours.taux, shareValue(ind.tauxRetard), PERCENT_FORMAT, { value: ch?.tauxRetard.change == null ? null : ch.tauxRetard.change / 100, format: pointsChangeFormat(ctx.language) });
  kpi(ctx, r++, 0, w.encours.clients, ind.nbClients, COUNT_FORMAT, { value: ch?.nbClients.change ?? null, format: COUNT_CHANGE_FORMAT });
  kpi(ctx, r++, 0, w.encours.factures, ind.nbFactures, COUNT_FORMAT, { value: ch?.nbFactures.change ?? null, format: COUNT_CHANGE_FORMAT });
  kpi(ctx, r++, 0, w.encours.concentration, shareValue(ind.top.concentration.top10), PERCENT_FORMAT);
  // Échéancier: bucket, amount, share — also the data of the doughnut chart (bucket and amount columns).
  const head = r;
  subsection(ctx, head, 0, w.echeancier.title, [{ column: 2, text: w.echeancier.bucket }, { column: 3, text: w.echeancier.amount }, { column: 4, text: w.echeancier.share }]);
  r++;
  for (const bucket of ind.echeancier) {
    ctx.canvas.put(r, B + 2, bucketLabel({ label: bucket.label, minDays: bucket.minDays, maxDays: bucket.maxDays }, ctx.language)).style(r, B + 2, r, B + 2, RIGHT);
    ctx.canvas.put(r, B + 3, units(bucket.amount), ctx.money);
    put(ctx, r, B + 4, bucket.bp === null ? null : fraction(bucket.bp), padRight(PERCENT_FORMAT));
    r++;
  }
  const over = r - 1;
  if (ind.echeancier.length > 0) ctx.canvas.style(over, B + 2, over, B + 4, { fontColor: RED, bold: true });
  return { last: r - 1, shareData: `${cellAddress(head, B + 2)}:${cellAddress(r - 1, B + 3)}` };
}

function zoneDelais(ctx: Ctx, top: number, d: CurrencyDashboard): number {
  const { w } = ctx;
  const ind = d.indicators;
  const ch = d.changes;
  const dayChange = daysChangeFormat(ctx.language);
  section(ctx, top, 1, w.zones.delais, [w.captions.value, w.captions.change]);
  let r = top + 1;
  kpi(ctx, r++, 1, ind.dso.capped ? w.delais.dsoCapped : w.delais.dso, ind.dso.days, ctx.days, { value: ch?.dso.change ?? null, format: dayChange });
  kpi(ctx, r++, 1, w.delais.best, ind.bestPossibleDso, ctx.days);
  kpi(ctx, r++, 1, w.delais.delai, ind.delaiMoyenReglement.days, ctx.days, { value: ch?.delaiMoyen.change ?? null, format: dayChange });
  kpi(ctx, r++, 1, w.delais.retard, ind.retardMoyen.days, ctx.days);
  kpi(ctx, r++, 1, w.delais.cei, shareValue(ind.cei.value), PERCENT_FORMAT);
  kpi(ctx, r++, 1, w.delais.rate(30), shareValue(ind.paymentRates.within30), PERCENT_FORMAT);
  kpi(ctx, r++, 1, w.delais.rate(60), shareValue(ind.paymentRates.within60), PERCENT_FORMAT);
  kpi(ctx, r++, 1, w.delais.rate(90), shareValue(ind.paymentRates.within90), PERCENT_FORMAT);
  subsection(ctx, r, 1, w.delais.brackets, [{ column: 2, text: w.delais.delai2 }, { column: 3, text: w.delais.retard2 }, { column: 4, text: w.delais.invoices }]);
  r++;
  const c = zoneColumn(1);
  for (const b of ind.delayByBracket) {
    ctx.canvas.put(r, c, w.delais.bracket(b.label));
    put(ctx, r, c + 2, b.delai.days, ctx.days);
    put(ctx, r, c + 3, b.retard.days, ctx.days);
    ctx.canvas.put(r, c + 4, b.delai.invoices, padRight(COUNT_FORMAT));
    r++;
  }
  return r - 1;
}

function zoneRisques(ctx: Ctx, top: number, d: CurrencyDashboard): number {
  const { w } = ctx;
  const ind = d.indicators;
  section(ctx, top, 2, w.zones.risques, [w.captions.count, w.captions.amount]);
  let r = top + 1;
  countLine(ctx, r++, 2, w.risques.douteux, ind.douteux.count, ind.douteux.amount);
  countLine(ctx, r++, 2, w.risques.over90, null, ind.douteux.over90);
  countLine(ctx, r++, 2, w.risques.litiges, ind.litiges.count, ind.litiges.amount);
  countLine(ctx, r++, 2, w.risques.contentieux, ind.contentieux.count, ind.contentieux.amount);
  countLine(ctx, r++, 2, w.risques.limits, ind.creditLimitBreaches.length, ind.creditLimitBreaches.reduce((s, b) => s + b.excess, 0));
  countLine(ctx, r++, 2, w.risques.blocked, ind.blockedInvoiced.length, ind.blockedInvoiced.reduce((s, b) => s + b.amount, 0));
  countLine(ctx, r++, 2, w.risques.losses, ind.losses.period.count, ind.losses.period.amount);
  ctx.canvas.style(top + 2, zoneColumn(2), top + 2, zoneColumn(2), { italic: true, fontColor: GREY_TEXT });
  section(ctx, r, 2, w.zones.activite(monthName(ind.month.end, ctx.language)), [w.captions.count, w.captions.amount]);
  r++;
  countLine(ctx, r++, 2, w.activite.invoices, ind.issued.invoices.count, ind.issued.invoices.amount);
  countLine(ctx, r++, 2, w.activite.creditNotes, ind.issued.creditNotes.count, ind.issued.creditNotes.amount);
  countLine(ctx, r++, 2, w.activite.newClients, ind.newClients.count, ind.newClients.amount);
  countLine(ctx, r++, 2, w.activite.losses, ind.losses.month.count, ind.losses.month.amount);
  return r - 1;
}

function tops(ctx: Ctx, top: number, d: CurrencyDashboard): number {
  const { canvas, w } = ctx;
  const ind = d.indicators;
  const caption = { bold: true, border: { weight: "thin" as const, color: NAVY, edges: ["bottom" as const] } };
  // 10 premiers encours.
  section(ctx, top, 0, w.tops.outstanding, ["", ""]);
  canvas.put(top + 1, B, w.tops.client).putRow(top + 1, B + 2, [w.tops.encours, w.tops.echu, w.tops.share]);
  canvas.style(top + 1, B, top + 1, B + 4, caption).style(top + 1, B + 2, top + 1, B + 3, RIGHT).style(top + 1, B + 4, top + 1, B + 4, CENTER);
  const outstanding = ind.top.outstanding.slice(0, 10);
  outstanding.forEach((e, i) => {
    const r = top + 2 + i;
    canvas.put(r, B, `${i + 1}. ${shorten(e.name, 22)}`);
    canvas.put(r, B + 2, units(e.outstanding), ctx.money).put(r, B + 3, units(e.echu), ctx.money);
    put(ctx, r, B + 4, shareValue(e.share), padRight(PERCENT_FORMAT));
  });
  if (outstanding.length === 0) canvas.put(top + 2, B, w.tops.none).style(top + 2, B, top + 2, B, { italic: true, fontColor: GREY_TEXT });
  // 10 premiers retards.
  const c = zoneColumn(1);
  section(ctx, top, 1, w.tops.overdue, ["", ""]);
  canvas.put(top + 1, c, w.tops.client).putRow(top + 1, c + 2, [w.tops.echu, w.tops.oldest, w.tops.shareOverdue]);
  canvas.style(top + 1, c, top + 1, c + 4, caption).style(top + 1, c + 2, top + 1, c + 3, RIGHT).style(top + 1, c + 4, top + 1, c + 4, CENTER);
  const overdue = ind.top.overdue.slice(0, 10);
  overdue.forEach((e, i) => {
    const r = top + 2 + i;
    canvas.put(r, c, `${i + 1}. ${shorten(e.name, 22)}`);
    canvas.put(r, c + 2, units(e.echu), ctx.money);
    put(ctx, r, c + 3, e.oldestDaysOverdue, `0 "${ctx.language === "fr" ? "j" : "d"}"`);
    put(ctx, r, c + 4, shareValue(e.share), padRight(PERCENT_FORMAT));
  });
  if (overdue.length === 0) canvas.put(top + 2, c, w.tops.none).style(top + 2, c, top + 2, c, { italic: true, fontColor: GREY_TEXT });
  // Prévisionnel d'encaissement.
  const f = d.forecast;
  const z = zoneColumn(2);
  section(ctx, top, 2, w.forecast.title, [w.forecast.invoices, w.forecast.amount]);
  const within = (weeks: number): { count: number; amount: Cents } => {
    let count = 0;
    let amount = 0;
    for (const wk of f.weeks.slice(0, weeks)) {
      count += wk.invoices;
      amount += wk.amount;
    }
    return { count, amount };
  };
  const lines: [string, { count: number; amount: Cents }][] = [
    [w.forecast.week1, within(1)],
    [w.forecast.weeks4, within(4)],
    [w.forecast.weeks13, within(f.weeks.length)],
    [w.forecast.later, { count: f.later.invoices, amount: f.later.amount }],
    [w.forecast.uncertain, { count: f.uncertain.invoices, amount: f.uncertain.amount }],
  ];
  let r = top + 1;
  for (const [label, v] of lines) countLine(ctx, r++, 2, label, v.count, v.amount);
  const openCount = f.lines.length;
  countLine(ctx, r, 2, w.forecast.total, openCount, f.total);
  canvas.style(r, z, r, z + 4, { bold: true, border: { weight: "thin", color: NAVY, edges: ["top"] } });
  r++;
  canvas.put(r, z, w.forecast.usualDelay).put(r, z + 4, f.globalDelay, `0 "${ctx.language === "fr" ? "j" : "d"}"`);
  canvas.style(r, z, r, z + 4, { italic: true, fontColor: GREY_TEXT });
  return Math.max(top + 11, r);
}

function chartData(ctx: Ctx, top: number, d: CurrencyDashboard, shareData: string): { charts: ChartPlan[]; lastRow: number } {
  const { canvas, w, language, date1904 } = ctx;
  const t = w.charts;
  canvas.put(top, B, t.section);
  canvas.style(top, B, top, LAST, { bold: true, fontColor: GREY_TEXT, border: { weight: "thin", color: GREY_TEXT, edges: ["bottom"] } });
  const headerStyle = { bold: true, fill: LIGHT_GREY };
  const labelStyle = { bold: true };

  // Encours, échu, DSO at the last 12 month-ends (line chart, DSO on the secondary axis).
  const trend = d.trend;
  const months = trend.map((p) => daySerial(p.asOf, date1904));
  const t0 = top + 1;
  canvas.put(t0, B, t.monthEnd).putRow(t0, B + 1, months, MONTH_FORMAT);
  canvas.put(t0 + 1, B, t.encours).putRow(t0 + 1, B + 1, trend.map((p) => units(p.encours)), ctx.money);
  canvas.put(t0 + 2, B, t.echu).putRow(t0 + 2, B + 1, trend.map((p) => units(p.echu)), ctx.money);
  canvas.put(t0 + 3, B, t.dso);
  trend.forEach((p, i) => put(ctx, t0 + 3, B + 1 + i, p.dso === null ? null : Math.round(p.dso * 10) / 10, "0.0"));
  const lastTrendColumn = B + Math.max(trend.length, 1);
  canvas.style(t0, B, t0, lastTrendColumn, headerStyle).style(t0, B + 1, t0, lastTrendColumn, RIGHT);
  canvas.style(t0 + 1, B, t0 + 3, B, labelStyle);

  // Buckets at the same month-ends (stacked columns).
  const b0 = t0 + 4;
  const buckets = d.indicators.echeancier;
  canvas.put(b0, B, t.buckets).putRow(b0, B + 1, months, MONTH_FORMAT);
  buckets.forEach((bucket, i) => {
    canvas.put(b0 + 1 + i, B, bucketLabel({ label: bucket.label, minDays: bucket.minDays, maxDays: bucket.maxDays }, language));
    canvas.putRow(b0 + 1 + i, B + 1, trend.map((p) => units(p.byBucket[i] ?? 0)), ctx.money);
  });
  canvas.style(b0, B, b0, lastTrendColumn, headerStyle).style(b0, B + 1, b0, lastTrendColumn, RIGHT);
  canvas.style(b0 + 1, B, b0 + buckets.length, B, labelStyle);

  // Expected cash-in by week (columns), "later" beside, outside the chart's range.
  const f0 = b0 + buckets.length + 1;
  const weeks = d.forecast.weeks;
  canvas.put(f0, B, t.weekOf).putRow(f0, B + 1, weeks.map((wk) => daySerial(wk.start, date1904)), shortDateFormat(language));
  canvas.put(f0 + 1, B, t.expected).putRow(f0 + 1, B + 1, weeks.map((wk) => units(wk.amount)), ctx.money);
  const laterColumn = B + weeks.length + 1;
  if (laterColumn <= LAST) {
    canvas.put(f0, laterColumn, t.later).put(f0 + 1, laterColumn, units(d.forecast.later.amount), ctx.money);
    canvas.style(f0, laterColumn, f0 + 1, laterColumn, { italic: true, fontColor: GREY_TEXT, horizontalAlignment: "right" });
  }
  canvas.style(f0, B, f0, B + weeks.length, headerStyle).style(f0, B + 1, f0, B + weeks.length, RIGHT);
  canvas.style(f0 + 1, B, f0 + 1, B, labelStyle);

  // Top 10 debtors (bars): short names as categories.
  const p0 = f0 + 2;
  const top10 = d.indicators.top.outstanding.slice(0, 10);
  canvas.put(p0, B, t.client).putRow(p0, B + 1, top10.map((e) => shorten(e.name, 14)));
  canvas.put(p0 + 1, B, t.outstanding).putRow(p0 + 1, B + 1, top10.map((e) => units(e.outstanding)), ctx.money);
  canvas.style(p0, B, p0, B + Math.max(top10.length, 1), { fill: LIGHT_GREY, horizontalAlignment: "right" }).style(p0, B, p0, B, { ...labelStyle, horizontalAlignment: "left" });
  canvas.style(p0 + 1, B, p0 + 1, B, labelStyle);
  const lastRow = p0 + 1;
  canvas.style(t0, B, lastRow, LAST, { fontSize: 9 });

  const range = (r0: number, r1: number, c1: number): string => `${cellAddress(r0, B)}:${cellAddress(r1, Math.max(c1, B + 1))}`;
  // The charts cover the band, five side by side, three columns each.
  const slot = (i: number): { topLeft: string; bottomRight: string } => ({
    topLeft: cellAddress(top, B + 3 * i), bottomRight: cellAddress(lastRow, B + 3 * i + 2),
  });
  const charts: ChartPlan[] = [];
  if (trend.length > 0) {
    charts.push({
      name: "encoursTrend", type: "line", data: range(t0, t0 + 3, B + trend.length), seriesBy: "rows", title: t.titles.trend,
      valueAxisTitle: t.axes.amount, secondaryAxisSeries: [t.dso], secondaryAxisTitle: t.axes.days, legend: "bottom", ...slot(0),
    });
    if (buckets.length > 0) {
      charts.push({
        name: "bucketsByMonth", type: "columnStacked", data: range(b0, b0 + buckets.length, B + trend.length), seriesBy: "rows",
        title: t.titles.buckets, valueAxisTitle: t.axes.amount, legend: "bottom", ...slot(1),
      });
    }
  }
  charts.push({ name: "bucketShare", type: "doughnut", data: shareData, seriesBy: "columns", title: t.titles.share, legend: "right", ...slot(2) });
  if (top10.length > 0) {
    charts.push({
      name: "topDebtors", type: "barClustered", data: range(p0, p0 + 1, B + top10.length), seriesBy: "rows", title: t.titles.top,
      legend: "none", ...slot(3),
    });
  }
  if (weeks.length > 0) {
    charts.push({
      name: "cashInForecast", type: "columnClustered", data: range(f0, f0 + 1, B + weeks.length), seriesBy: "rows",
      title: t.titles.forecast, categoryAxisTitle: t.axes.week, valueAxisTitle: t.axes.amount, legend: "none", ...slot(4),
    });
  }
  return { charts, lastRow };
}
