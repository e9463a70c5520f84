// "Balance âgée": the aged balance as a sheet plan (design.md §5, §7; issue 5).
//
// Layout (rows are worksheet rows):
//   1 title · 2 as-of date and aging basis · 3 generated-at · 4 data problems · 6 column headers (frozen)
//   then one section per currency (EUR first): a band "Devise : EUR", one row per client followed by its open
//   invoices and unapplied credits (an outline group, collapsed), the totals row, the % row and the control
//   rows (Σ factures − Σ crédits = Σ lignes, écart), and an empty row.
//
// Every client, invoice and credit row can be mapped back to what it stands for from its own values alone
// (see locateBalanceRow): column A says what the row is ("Client", "Facture", "Crédit" — or the English words),
// column B holds the client code on every such row, column D the invoice number (or the credit's reference).
import type { AgedInvoice, Bucket, CurrencyAging, UnappliedCredit } from "../aging/types";
import { toDayNumber, type IsoDay } from "../days/day";
import { positionsOf } from "../kpi/positions";
import type { PayerProfile } from "../kpi/profile";
import { basisPointsSummingTo100, share } from "../kpi/share";
import type { ClientInfo } from "../ledger/types";
import type { Cents } from "../money/cents";
import { cellAddress } from "../plan/address";
import { emptyPlan, type Block, type ConditionalFormatPlan, type RowGroup, type SheetPlan, type StyleRun } from "../plan/types";
import type { CellValue } from "../sheet";
import { Canvas } from "./canvas";
import {
  COUNT_FORMAT, DAYS_FORMAT, PERCENT_FORMAT, dateFormat, dateTimeFormat, dateTimeSerial, daySerial, fraction, moneyFormat,
  units, type ReportLanguage,
} from "./formats";
import { bucketLabel, problemsText } from "./labels";
import {
  BAND, BAR, GREEN, GREY_TEXT, GRID, HEADER, NAVY, ORANGE, RED, SUBTITLE, TITLE,
} from "./palette";

/** Background of the invoice and credit rows under a client (visible when the group is expanded). */
const DETAIL_FILL = "#F7F9FC";

export type BalanceRowKind = "client" | "invoice" | "credit";

/** What a row of the aged balance stands for. */
export interface BalanceRowRef {
  kind: BalanceRowKind;
  client: string;
  /** Invoice number (invoice rows). */
  invoice?: string;
  /** The credit's reference (credit rows). */
  reference?: string;
}

/** A row of the plan with its currency (the section it sits in). */
export interface BalanceRowInfo extends BalanceRowRef {
  currency: string;
}

/** Fixed columns of the aged balance (0-based: A = 0). The bucket columns start at `firstBucket`. */
export const BALANCE_COLUMN = {
  type: 0, client: 1, name: 2, document: 3, date: 4, due: 5, amount: 6, paid: 7, openInvoices: 8, outstanding: 9,
  firstBucket: 10,
} as const;

/** The columns after the buckets, for `bucketCount` buckets (non échu included). */
export function balanceTailColumns(bucketCount: number): { echuShare: number; daysLate: number; lastPayment: number; profile: number; count: number } {
  const first = BALANCE_COLUMN.firstBucket + bucketCount;
  return { echuShare: first, daysLate: first + 1, lastPayment: first + 2, profile: first + 3, count: first + 4 };
}

/** The row of the column headers (frozen with everything above it). */
export const BALANCE_HEADER_ROW = 6;

const TYPE_WORDS: Record<BalanceRowKind, Record<ReportLanguage, string>> = {
  client: { fr: "Client", en: "Customer" },
  invoice: { fr: "Facture", en: "Invoice" },
  credit: { fr: "Crédit", en: "Credit" },
};

function typeKey(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase();
}

const KIND_OF_WORD = new Map<string, BalanceRowKind>();
for (const kind of Object.keys(TYPE_WORDS) as BalanceRowKind[]) {
  for (const word of Object.values(TYPE_WORDS[kind])) KIND_OF_WORD.set(typeKey(word), kind);
}

function cellText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/**
 * What a row of the aged balance stands for, from the row's own values (column A first), as the taskpane reads
 * them from the selection. The rule: column A is "Client" / "Facture" / "Crédit" (or Customer / Invoice / Credit,
 * any case or accents), column B is the client code, column D the invoice number on invoice rows and the credit's
 * reference on credit rows. Any other row (titles, headers, totals, control rows, blank rows) gives null.
 */
export function locateBalanceRow(values: readonly CellValue[]): BalanceRowRef | null {
  const kind = KIND_OF_WORD.get(typeKey(cellText(values[BALANCE_COLUMN.type])));
  if (kind === undefined) return null;
  const client = cellText(values[BALANCE_COLUMN.client]);
  if (client === "") return null;
  if (kind === "client") return { kind, client };
  const document = cellText(values[BALANCE_COLUMN.document]);
  if (kind === "invoice") return document === "" ? null : { kind, client, invoice: document };
  return document === "" ? { kind, client } : { kind, client, reference: document };
}

export interface BalanceCurrency {
  aging: CurrencyAging;
  /** Payer profiles A–D of this currency's clients (from the indicators), when known. */
  profiles?: readonly PayerProfile[];
}

export interface BalanceInput {
  asOf: IsoDay;
  /** When the report was made: the caller's local date-time, ISO ("2025-11-14T10:32:00"). */
  now: string;
  /** One per currency, in the order to show them (EUR first). */
  currencies: readonly BalanceCurrency[];
  /** Client names (Clients sheet). */
  clients: ReadonlyMap<string, ClientInfo>;
  /** Number of data problems to announce at the top. */
  problems: number;
  language?: ReportLanguage;
  /** The workbook's date system (serials are written in it). */
  date1904?: boolean;
  /** How the balance was aged (shown under the title). */
  basis?: "due" | "invoice";
  autoLettrage?: boolean;
}

export interface BalanceBuild {
  plan: SheetPlan;
  /** Worksheet row → what it stands for (client, invoice and credit rows only). */
  rows: Map<number, BalanceRowInfo>;
}

interface Words {
  sheet: string;
  title: string;
  asOf: string;
  generated: string;
  basis: (basis: "due" | "invoice", auto: boolean) => string;
  currency: (code: string) => string;
  nothing: string;
  headers: (buckets: string[]) => string[];
  total: (code: string) => string;
  clients: (n: number) => string;
  split: string;
  splitNote: string;
  control: [string, string, string, string];
  credit: (c: UnappliedCredit) => string;
}

const FR: Words = {
  sheet: "Balance âgée",
  title: "Balance âgée clients",
  asOf: "Date d'arrêté",
  generated: "Générée le",
  basis: (basis, auto) =>
    `Âge calculé par date ${basis === "due" ? "d'échéance" : "de facture"} · lettrage automatique ${auto ? "activé" : "désactivé"} · montants TTC`,
  currency: (code) => `Devise : ${code}`,
  nothing: "Aucune facture ouverte à la date d'arrêté.",
  headers: (buckets) => [
    "Type", "Code client", "Client", "N° pièce", "Date", "Échéance", "Montant TTC", "Réglé", "Factures", "Encours",
    ...buckets, "% échu", "Retard (j)", "Dernier règl.", "Profil",
  ],
  total: (code) => `Total ${code}`,
  clients: (n) => `${n} client${n > 1 ? "s" : ""}`,
  split: "Répartition",
  splitNote: "% de l'encours",
  control: [
    "Contrôle : Σ des factures à la date d'arrêté",
    "− Σ des crédits (règlements, avoirs, pertes)",
    "= Σ des lignes de la balance",
    "Écart (doit être nul)",
  ],
  credit: (c) =>
    c.advance !== undefined ? "Acompte (factures à venir)"
    : c.kind === "credit-note" ? "Avoir non imputé"
    : c.kind === "write-off" ? "Perte non imputée"
    : "Règlement non lettré",
};

const EN: Words = {
  sheet: "Aged balance",
  title: "Aged receivables",
  asOf: "As of",
  generated: "Generated on",
  basis: (basis, auto) =>
    `Aged by ${basis === "due" ? "due date" : "invoice date"} · automatic matching ${auto ? "on" : "off"} · amounts incl. tax`,
  currency: (code) => `Currency: ${code}`,
  nothing: "No open invoice at the as-of date.",
  headers: (buckets) => [
    "Type", "Customer ID", "Customer", "Document", "Date", "Due date", "Amount", "Paid", "Invoices", "Outstanding",
    ...buckets, "% overdue", "Days late", "Last payment", "Profile",
  ],
  total: (code) => `Total ${code}`,
  clients: (n) => `${n} customer${n > 1 ? "s" : ""}`,
  split: "Split",
  splitNote: "% of outstanding",
  control: [
    "Check: Σ invoices up to the as-of date",
    "− Σ credits (payments, credit notes, write-offs)",
    "= Σ lines of the balance",
    "Difference (must be zero)",
  ],
  credit: (c) =>
    c.advance !== undefined ? "Advance (future invoices)"
    : c.kind === "credit-note" ? "Unapplied credit note"
    : c.kind === "write-off" ? "Unapplied write-off"
    : "Unapplied payment",
};

function byDueThenNumber(a: AgedInvoice, b: AgedInvoice): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.invoice < b.invoice ? -1 : a.invoice > b.invoice ? 1 : 0;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [item]);
    else list.push(item);
  }
  return out;
}

/** The aged balance plan and its row map. */
export function buildBalance(input: BalanceInput): BalanceBuild {
  const language = input.language ?? "fr";
  const w = language === "fr" ? FR : EN;
  const date1904 = input.date1904 ?? false;
  const buckets: Bucket[] = input.currencies[0]?.aging.buckets ?? [];
  const tail = balanceTailColumns(buckets.length);
  const width = tail.count;
  const lastColumn = width - 1;
  const rows = new Map<number, BalanceRowInfo>();
  const blocks: Block[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const rowGroups: RowGroup[] = [];

  // Title area.
  const head = new Canvas();
  head.put(1, 0, w.title).style(1, 0, 1, 0, TITLE);
  head.put(2, 0, w.asOf).put(2, BALANCE_COLUMN.name, daySerial(input.asOf, date1904), dateFormat(language));
  head.put(2, BALANCE_COLUMN.date, w.basis(input.basis ?? "due", input.autoLettrage ?? true));
  const generated = dateTimeSerial(input.now, date1904);
  head.put(3, 0, w.generated).put(3, BALANCE_COLUMN.name, generated ?? input.now, generated === null ? null : dateTimeFormat(language));
  head.style(2, 0, 3, 0, { bold: true });
  head.style(2, BALANCE_COLUMN.name, 3, BALANCE_COLUMN.name, { horizontalAlignment: "left", bold: true });
  head.style(2, BALANCE_COLUMN.date, 2, BALANCE_COLUMN.date, SUBTITLE);
  head.put(4, 0, problemsText(input.problems, language))
    .style(4, 0, 4, 0, { bold: true, fontColor: input.problems > 0 ? ORANGE : GREEN });
  blocks.push(head.toBlock());

  // Column headers.
  const headers = w.headers(buckets.map((b) => bucketLabel(b, language)));
  blocks.push({
    at: cellAddress(BALANCE_HEADER_ROW, 0), values: [headers],
    style: { ...HEADER, border: { weight: "thin", color: "#FFFFFF" } },
  });

  let row = BALANCE_HEADER_ROW + 1;
  if (input.currencies.length === 0) {
    blocks.push({ at: cellAddress(row, 0), values: [[w.nothing]], style: { italic: true, fontColor: GREY_TEXT } });
    row += 1;
  }
  for (const { aging, profiles } of input.currencies) {
    const money = moneyFormat(aging.currency, language);
    const section = sectionValues(aging, profiles ?? [], input.clients, w, language, date1904, width, tail);
    const top = row;
    const columnFormats: (string | null)[] = new Array<string | null>(width).fill(null);
    columnFormats[BALANCE_COLUMN.date] = dateFormat(language);
    columnFormats[BALANCE_COLUMN.due] = dateFormat(language);
    columnFormats[BALANCE_COLUMN.amount] = money;
    columnFormats[BALANCE_COLUMN.paid] = money;
    columnFormats[BALANCE_COLUMN.openInvoices] = COUNT_FORMAT;
    columnFormats[BALANCE_COLUMN.outstanding] = money;
    // Zero in a bucket is left blank on client and invoice rows: the eye goes to the amounts.
    const bucketMoney = `${money};-${money};""`;
    for (let b = 0; b < buckets.length; b++) columnFormats[BALANCE_COLUMN.firstBucket + b] = bucketMoney;
    columnFormats[tail.echuShare] = PERCENT_FORMAT;
    columnFormats[tail.daysLate] = DAYS_FORMAT;
    columnFormats[tail.lastPayment] = dateFormat(language);

    const styles: StyleRun[] = [
      { columns: [BALANCE_COLUMN.type, BALANCE_COLUMN.type], style: { fontColor: GREY_TEXT } },
      { columns: [tail.profile, tail.profile], style: { horizontalAlignment: "center", bold: true } },
      { rows: [0, 0], style: { bold: true, fill: BAND, fontColor: NAVY } },
    ];
    section.kinds.forEach((k, i) => {
      if (k.kind === "client") {
        styles.push({ rows: [i + 1, i + 1], style: { border: { weight: "thin", color: GRID, edges: ["top"] } } });
      }
    });
    for (const g of section.groups) {
      styles.push({ rows: [g.first + 1, g.last + 1], style: { fontColor: GREY_TEXT, fill: DETAIL_FILL } });
      rowGroups.push({ startRow: top + 1 + g.first, endRow: top + 1 + g.last, collapsed: true });
    }
    blocks.push({
      at: cellAddress(top, 0),
      values: [[w.currency(aging.currency), ...new Array<CellValue>(width - 1).fill(null)], ...section.values],
      columnFormats,
      styles,
    });
    section.kinds.forEach((k, i) => rows.set(top + 1 + i, { ...k, currency: aging.currency }));
    const firstLine = top + 1;
    const lastLine = top + section.values.length;
    if (section.values.length > 0) {
      conditionalFormats.push(
        { range: `${cellAddress(firstLine, BALANCE_COLUMN.outstanding)}:${cellAddress(lastLine, BALANCE_COLUMN.outstanding)}`, rule: { kind: "dataBar", color: BAR } },
        { range: `${cellAddress(firstLine, tail.daysLate)}:${cellAddress(lastLine, tail.daysLate)}`, rule: { kind: "cellValue", operator: "greaterThan", values: [90], fontColor: RED, bold: true } },
        { range: `${cellAddress(firstLine, tail.echuShare - 1)}:${cellAddress(lastLine, tail.echuShare - 1)}`, rule: { kind: "cellValue", operator: "greaterThan", values: [0], fontColor: RED } },
      );
    }
    row = lastLine + 1;
    const foot = footer(aging, section.clientCount, row, w, language, money, tail);
    blocks.push(foot.toBlock());
    row = foot.lastRow + 2;
  }

  const plan: SheetPlan = {
    ...emptyPlan("balance", w.sheet),
    blocks,
    conditionalFormats,
    freezeRows: BALANCE_HEADER_ROW,
    freezeColumns: BALANCE_COLUMN.name + 1,
    columnWidths: balanceWidths(buckets.length),
    rowGroups,
    rowGroupSummary: "above",
    print: { orientation: "landscape", fitToPage: true, area: `A1:${cellAddress(Math.max(row - 1, BALANCE_HEADER_ROW), lastColumn)}` },
    tabColor: NAVY,
  };
  return { plan, rows };
}

/** The aged balance as a sheet plan (the row map: buildBalance). */
export function balancePlan(input: BalanceInput): SheetPlan {
  return buildBalance(input).plan;
}

function balanceWidths(bucketCount: number): number[] {
  return [8, 12, 34, 13, 11, 11, 13, 13, 9, 14, ...new Array<number>(bucketCount).fill(13), 8, 10, 13, 7];
}

interface Section {
  values: CellValue[][];
  kinds: BalanceRowRef[];
  /** Detail rows of each client: offsets into values. */
  groups: { first: number; last: number }[];
  clientCount: number;
}

function sectionValues(
  aging: CurrencyAging, profiles: readonly PayerProfile[], clients: ReadonlyMap<string, ClientInfo>, w: Words,
  language: ReportLanguage, date1904: boolean, width: number, tail: ReturnType<typeof balanceTailColumns>,
): Section {
  const asOfDay = toDayNumber(aging.asOf);
  const positions = positionsOf(aging);
  const grade = new Map(profiles.map((p) => [p.client, p.grade]));
  const invoices = groupBy(aging.invoices.filter((i) => i.outstanding !== 0), (i) => i.client);
  const credits = groupBy(aging.unapplied, (c) => c.client);
  const serial = (day: IsoDay | null): number | null => (day === null ? null : daySerial(day, date1904));
  const values: CellValue[][] = [];
  const kinds: BalanceRowRef[] = [];
  const groups: { first: number; last: number }[] = [];
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);

  for (const c of aging.clients) {
    const position = positions.clients.get(c.client);
    const info = clients.get(c.client);
    const line = blank();
    line[BALANCE_COLUMN.type] = TYPE_WORDS.client[language];
    line[BALANCE_COLUMN.client] = c.client;
    line[BALANCE_COLUMN.name] = info !== undefined && info.name !== c.client ? info.name : null;
    line[BALANCE_COLUMN.openInvoices] = c.openInvoices;
    line[BALANCE_COLUMN.outstanding] = units(c.outstanding);
    c.byBucket.forEach((amount, b) => (line[BALANCE_COLUMN.firstBucket + b] = units(amount)));
    // % échu is shown when it means something: an encours, and an overdue part between nothing and all of it
    // (an unapplied credit can make échu negative, or larger than the encours).
    const echu = position?.echu ?? 0;
    const part = c.outstanding > 0 && echu >= 0 && echu <= c.outstanding ? share(echu, c.outstanding).bp : null;
    line[tail.echuShare] = part === null ? null : fraction(part);
    line[tail.daysLate] = position?.oldestDaysOverdue ?? null;
    line[tail.lastPayment] = serial(c.lastPaymentDate);
    line[tail.profile] = grade.get(c.client) ?? "—";
    values.push(line);
    kinds.push({ kind: "client", client: c.client });

    const first = values.length;
    for (const inv of (invoices.get(c.client) ?? []).sort(byDueThenNumber)) {
      const d = blank();
      d[BALANCE_COLUMN.type] = TYPE_WORDS.invoice[language];
      d[BALANCE_COLUMN.client] = c.client;
      d[BALANCE_COLUMN.document] = inv.invoice;
      d[BALANCE_COLUMN.date] = serial(inv.date);
      d[BALANCE_COLUMN.due] = serial(inv.due);
      d[BALANCE_COLUMN.amount] = units(inv.amount);
      d[BALANCE_COLUMN.paid] = units(inv.paid);
      d[BALANCE_COLUMN.outstanding] = units(inv.outstanding);
      d[BALANCE_COLUMN.firstBucket + inv.bucket] = units(inv.outstanding);
      d[tail.daysLate] = asOfDay - toDayNumber(inv.due);
      values.push(d);
      kinds.push({ kind: "invoice", client: c.client, invoice: inv.invoice });
    }
    for (const cr of (credits.get(c.client) ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      const d = blank();
      d[BALANCE_COLUMN.type] = TYPE_WORDS.credit[language];
      d[BALANCE_COLUMN.client] = c.client;
      d[BALANCE_COLUMN.name] = w.credit(cr);
      d[BALANCE_COLUMN.document] = cr.reference === "" ? null : cr.reference;
      d[BALANCE_COLUMN.date] = serial(cr.date);
      d[BALANCE_COLUMN.amount] = units(cr.amount);
      d[BALANCE_COLUMN.outstanding] = units(cr.amount);
      d[BALANCE_COLUMN.firstBucket + cr.bucket] = units(cr.amount);
      values.push(d);
      const ref: BalanceRowRef = { kind: "credit", client: c.client };
      if (cr.reference !== "") ref.reference = cr.reference;
      kinds.push(ref);
    }
    if (values.length > first) groups.push({ first, last: values.length - 1 });
  }
  return { values, kinds, groups, clientCount: aging.clients.length };
}

function footer(
  aging: CurrencyAging, clientCount: number, top: number, w: Words, language: ReportLanguage, money: string,
  tail: ReturnType<typeof balanceTailColumns>,
): Canvas {
  const canvas = new Canvas();
  const positions = positionsOf(aging);
  const total: Cents = aging.total.outstanding;
  let openInvoices = 0;
  let oldest: number | null = null;
  for (const c of positions.clients.values()) {
    openInvoices += c.openInvoices;
    if (c.oldestDaysOverdue !== null && (oldest === null || c.oldestDaysOverdue > oldest)) oldest = c.oldestDaysOverdue;
  }
  const last = tail.count - 1;
  // Totals.
  canvas.put(top, BALANCE_COLUMN.type, w.total(aging.currency));
  canvas.put(top, BALANCE_COLUMN.name, w.clients(clientCount));
  canvas.put(top, BALANCE_COLUMN.openInvoices, openInvoices, COUNT_FORMAT);
  canvas.put(top, BALANCE_COLUMN.outstanding, units(total), money);
  aging.total.byBucket.forEach((amount, b) => canvas.put(top, BALANCE_COLUMN.firstBucket + b, units(amount), money));
  const echuBp = total > 0 ? share(positions.echu, total).bp : null;
  canvas.put(top, tail.echuShare, echuBp === null ? null : fraction(echuBp), PERCENT_FORMAT);
  canvas.put(top, tail.daysLate, oldest, DAYS_FORMAT);
  canvas.style(top, 0, top, last, { bold: true, fill: BAND, border: { weight: "medium", color: NAVY, edges: ["top", "bottom"] } });
  // Shares of the buckets (adding up to exactly 100 %).
  const split = top + 1;
  canvas.put(split, BALANCE_COLUMN.type, w.split);
  canvas.put(split, BALANCE_COLUMN.name, w.splitNote);
  const bp = total !== 0 ? basisPointsSummingTo100(aging.total.byBucket) : null;
  if (bp !== null) {
    canvas.put(split, BALANCE_COLUMN.outstanding, 1, PERCENT_FORMAT);
    bp.forEach((v, b) => canvas.put(split, BALANCE_COLUMN.firstBucket + b, fraction(v), PERCENT_FORMAT));
  }
  canvas.style(split, 0, split, last, { italic: true, fontColor: GREY_TEXT });
  // Control (design.md §5 rule 10).
  const control = aging.control;
  const lines: [string, Cents][] = [
    [w.control[0], control.invoiced],
    [w.control[1], -control.credited],
    [w.control[2], total],
    [w.control[3], control.difference],
  ];
  lines.forEach(([label, amount], i) => {
    const r = split + 2 + i;
    canvas.put(r, BALANCE_COLUMN.name, label).put(r, BALANCE_COLUMN.outstanding, units(amount), money);
  });
  const check = split + 5;
  canvas.style(split + 2, BALANCE_COLUMN.name, check, BALANCE_COLUMN.outstanding, { fontColor: GREY_TEXT });
  canvas.style(check, BALANCE_COLUMN.name, check, BALANCE_COLUMN.outstanding, {
    bold: true, fontColor: control.difference === 0 ? GREEN : RED,
  });
  canvas.style(check, BALANCE_COLUMN.outstanding, check, BALANCE_COLUMN.outstanding, { border: { weight: "thin", color: GRID, edges: ["top"] } });
  return canvas;
}
