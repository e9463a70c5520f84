// Every indicator of the dashboard (design.md §6) for one currency, from the ledger, its aged balance at the
// as-of date and the follow-up journal. Amounts of different currencies are never added.
import { addDays, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { AgedInvoice, CurrencyAging } from "../aging/types";
import type { JournalEntry } from "../journal/types";
import type { CreditKind, Ledger } from "../ledger/types";
import { collectionEffectiveness, type Cei } from "./cei";
import {
  blockedInvoiced, creditLimitBreaches, doubtfulOf, firstInvoiceDays, invoicedInMonth, litigationOf, newClients, topsOf,
  type ClientAmount, type CreditLimitBreach, type Doubtful, type InvoicedClient, type Tops,
} from "./clients";
import { bestPossibleDso, countbackDso, type Dso } from "./dso";
import { encoursAt, flowsByCurrency, invoicedBetween, type Flows } from "./flows";
import { disputesOf, readJournal, type Disputes, type JournalView } from "./journal";
import { periodEndingAt, type MonthWindow, type Period } from "./period";
import { dayCache, positionsOf, type Positions } from "./positions";
import { payerProfile, type PayerProfile } from "./profile";
import { settlementStats, type BracketDelay, type DelayStat, type PaymentRates, type SettlementStats } from "./settlement";
import { basisPointsSummingTo100, share, type Share } from "./share";

export interface BucketAmount {
  label: string;
  minDays: number | null;
  maxDays: number | null;
  amount: Cents;
  /** Share of the encours in basis points, the buckets adding up to exactly 10 000; null when encours is 0. */
  bp: number | null;
}

export interface Activity {
  count: number;
  amount: Cents;
}

export interface Indicators {
  currency: string;
  asOf: IsoDay;
  /** The 12 months (by default) ending at the as-of date. */
  period: { start: IsoDay; end: IsoDay; days: number; months: number };
  /** The month ending at the as-of date. */
  month: MonthWindow;
  encours: Cents;
  nonEchu: Cents;
  /** Encours − non échu (due date passed). */
  echu: Cents;
  /** Échu / encours; bp null when encours is ≤ 0. */
  tauxRetard: Share;
  /** The aged balance's buckets (by its basis) in cents and shares. */
  echeancier: BucketAmount[];
  dso: Dso;
  bestPossibleDso: number | null;
  /** Settlement − invoice date, amount-weighted, over invoices settled in the period. */
  delaiMoyenReglement: DelayStat;
  /** ADD: settlement − due date floored at 0, amount-weighted, same invoices. */
  retardMoyen: DelayStat;
  cei: Cei;
  paymentRates: PaymentRates;
  delayByBracket: BracketDelay[];
  douteux: Doubtful;
  losses: { period: Activity; month: Activity };
  issued: { invoices: Activity; creditNotes: Activity };
  newClients: { count: number; amount: Cents; clients: InvoicedClient[] };
  litiges: Disputes;
  contentieux: { count: number; amount: Cents; clients: ClientAmount[] };
  creditLimitBreaches: CreditLimitBreach[];
  blockedInvoiced: InvoicedClient[];
  top: Tops;
  /** One per client with an encours or a settled invoice over the period, by client id. */
  profiles: PayerProfile[];
  /** Clients with a line on the aged balance. */
  nbClients: number;
  /** Invoices with an open amount. */
  nbFactures: number;
}

export interface IndicatorsInput {
  ledger: Ledger;
  aging: CurrencyAging;
  asOf: IsoDay;
  currency: string;
  /** Length of the period in months (default 12). */
  periodMonths?: number;
  journal?: readonly JournalEntry[];
  /** Precomputed helpers (computeDashboard shares them between currencies); built here when absent. */
  prepared?: { flows?: Map<string, Flows>; journalView?: JournalView; firstInvoice?: Map<string, IsoDay>; day?: (iso: IsoDay) => number };
}

/** Everything the other modules reuse besides the indicators themselves. */
export interface IndicatorsWithParts {
  indicators: Indicators;
  positions: Positions;
  settlement: SettlementStats;
  period: Period;
  journalView: JournalView;
}

function creditsOfKind(ledger: Ledger, currency: string, kind: CreditKind, span: { start: IsoDay; end: IsoDay }): Activity {
  let count = 0;
  let amount = 0;
  for (const c of ledger.credits) {
    if (c.kind !== kind || c.currency !== currency || c.date < span.start || c.date > span.end) continue;
    count++;
    amount += c.amount;
  }
  return { count, amount };
}

export function computeIndicators(input: IndicatorsInput): Indicators {
  return computeIndicatorsWithParts(input).indicators;
}

export function computeIndicatorsWithParts(input: IndicatorsInput): IndicatorsWithParts {
  const { ledger, aging, asOf, currency } = input;
  if (aging.asOf !== asOf) throw new RangeError(`Aging is at ${aging.asOf}, indicators asked at ${asOf}`);
  if (aging.currency !== currency) throw new RangeError(`Aging is in ${aging.currency}, indicators asked in ${currency}`);
  const day = input.prepared?.day ?? dayCache();
  const period = periodEndingAt(asOf, input.periodMonths ?? 12);
  const month = period.months[0] as MonthWindow;
  const flows = (input.prepared?.flows ?? flowsByCurrency(ledger, day)).get(currency);
  const journalView = input.prepared?.journalView ?? readJournal(input.journal ?? [], asOf);

  const positions = positionsOf(aging, day);
  const encours = aging.total.outstanding;
  const nonEchu = positions.nonEchu;
  const echu = encours - nonEchu;

  const bp = basisPointsSummingTo100(aging.total.byBucket);
  const echeancier: BucketAmount[] = aging.buckets.map((b, i) => ({
    label: b.label, minDays: b.minDays, maxDays: b.maxDays, amount: aging.total.byBucket[i] ?? 0,
    bp: encours > 0 && bp !== null ? (bp[i] ?? 0) : null,
  }));

  const sales = period.months.map((w) => invoicedBetween(flows, w.start, w.end));
  const dso = countbackDso(encours, period.months, sales);

  const settlement = settlementStats(aging, period, day);

  const cei = collectionEffectiveness(encoursAt(flows, addDays(month.start, -1)), sales[0] ?? 0, encours, nonEchu);

  // Invoices of the clients the journal has disputes for (the only ones looked up by number).
  const openByClient = new Map<string, Map<string, AgedInvoice>>();
  for (const inv of aging.invoices) {
    if (!journalView.disputes.has(inv.client)) continue;
    let m = openByClient.get(inv.client);
    if (m === undefined) {
      m = new Map();
      openByClient.set(inv.client, m);
    }
    if (!m.has(inv.invoice)) m.set(inv.invoice, inv);
  }
  const litiges = disputesOf(journalView, currency, openByClient, (c) => positions.clients.get(c)?.outstanding ?? 0);

  const monthInvoices = invoicedInMonth(ledger, currency, month);
  const first = input.prepared?.firstInvoice ?? firstInvoiceDays(ledger, asOf);
  let issuedAmount = 0;
  let issuedCount = 0;
  for (const g of monthInvoices.values()) {
    issuedAmount += g.amount;
    issuedCount += g.invoices.length;
  }

  const profileClients = new Set<string>([...positions.clients.keys(), ...settlement.clients.keys()]);
  const profiles = [...profileClients]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((c) => payerProfile(c, settlement.clients.get(c), positions.clients.get(c)));

  const indicators: Indicators = {
    currency, asOf,
    period: { start: period.start, end: period.end, days: period.days, months: period.months.length },
    month,
    encours, nonEchu, echu,
    tauxRetard: encours > 0 ? share(echu, encours) : { part: echu, whole: encours, bp: null },
    echeancier,
    dso,
    bestPossibleDso: bestPossibleDso(nonEchu, dso.periodSales, period.days),
    delaiMoyenReglement: settlement.delai,
    retardMoyen: settlement.retard,
    cei,
    paymentRates: settlement.paymentRates,
    delayByBracket: settlement.brackets,
    douteux: doubtfulOf(positions, journalView.status, ledger),
    losses: {
      period: creditsOfKind(ledger, currency, "write-off", period),
      month: creditsOfKind(ledger, currency, "write-off", month),
    },
    issued: { invoices: { count: issuedCount, amount: issuedAmount }, creditNotes: creditsOfKind(ledger, currency, "credit-note", month) },
    newClients: newClients(monthInvoices, first, month, ledger),
    litiges,
    contentieux: litigationOf(positions, journalView.status, ledger),
    creditLimitBreaches: creditLimitBreaches(positions, ledger),
    blockedInvoiced: blockedInvoiced(monthInvoices, ledger),
    top: topsOf(positions, ledger),
    profiles,
    nbClients: aging.clients.length,
    nbFactures: positions.openInvoices,
  };
  return { indicators, positions, settlement, period, journalView };
}
