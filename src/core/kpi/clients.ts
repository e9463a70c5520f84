// Client lists of the dashboard: top debtors, clients douteux, credit-limit breaches, blocked clients still
// invoiced, new clients of the month.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { ClientStatus } from "../journal/types";
import type { ClientInfo, Invoice, Ledger } from "../ledger/types";
import type { MonthWindow } from "./period";
import type { ClientPosition, Positions } from "./positions";
import { share, type Share } from "./share";

function byClientId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface TopEntry {
  client: string;
  name: string;
  outstanding: Cents;
  echu: Cents;
  /** Largest days past due among its open invoices; null when none is overdue. */
  oldestDaysOverdue: number | null;
  /** Share of the currency's encours (for the outstanding list) or of its échu (for the overdue list). */
  share: Share;
}

export interface Tops {
  /** Up to 20 clients by encours, largest first; top 5 and top 10 are its first rows. */
  outstanding: TopEntry[];
  /** Up to 20 clients by overdue amount (échu > 0), largest first, ties by oldest days overdue. */
  overdue: TopEntry[];
  /** Share of the encours held by the top 5, 10 and 20 debtors. */
  concentration: { top5: Share; top10: Share; top20: Share };
}

export const TOP_SIZE = 20;

export function nameOf(ledger: Ledger, client: string): string {
  return ledger.clients.get(client)?.name ?? client;
}

export function topsOf(positions: Positions, ledger: Ledger): Tops {
  const all = [...positions.clients.values()];
  const entry = (p: ClientPosition, whole: Cents, part: Cents): TopEntry => ({
    client: p.client, name: nameOf(ledger, p.client), outstanding: p.outstanding, echu: p.echu,
    oldestDaysOverdue: p.oldestDaysOverdue, share: share(part, whole),
  });
  const outstanding = all
    .filter((p) => p.outstanding > 0)
    .sort((a, b) => b.outstanding - a.outstanding || byClientId(a.client, b.client))
    .slice(0, TOP_SIZE)
    .map((p) => entry(p, positions.outstanding, p.outstanding));
  const overdue = all
    .filter((p) => p.echu > 0)
    .sort((a, b) => b.echu - a.echu || (b.oldestDaysOverdue ?? 0) - (a.oldestDaysOverdue ?? 0) || byClientId(a.client, b.client))
    .slice(0, TOP_SIZE)
    .map((p) => entry(p, positions.echu, p.echu));
  const sumOf = (k: number) => outstanding.slice(0, k).reduce((s, e) => s + e.outstanding, 0);
  return {
    outstanding, overdue,
    concentration: {
      top5: share(sumOf(5), positions.outstanding),
      top10: share(sumOf(10), positions.outstanding),
      top20: share(sumOf(20), positions.outstanding),
    },
  };
}

export type DoubtfulReason = "plus-de-90-jours" | ClientStatus;

export interface DoubtfulClient {
  client: string;
  name: string;
  /** The client's whole encours in this currency (what is at risk). */
  outstanding: Cents;
  over90: Cents;
  reasons: DoubtfulReason[];
}

export interface Doubtful {
  count: number;
  /** Σ encours of the clients douteux. */
  amount: Cents;
  /** Σ of their amounts more than 90 days overdue. */
  over90: Cents;
  clients: DoubtfulClient[];
}

/** Clients with an amount more than 90 days overdue, or marked douteux / contentieux in the journal, that owe something. */
export function doubtfulOf(positions: Positions, status: Map<string, { status: ClientStatus }>, ledger: Ledger): Doubtful {
  const clients: DoubtfulClient[] = [];
  for (const p of positions.clients.values()) {
    if (p.outstanding <= 0) continue;
    const reasons: DoubtfulReason[] = [];
    if (p.over90 > 0) reasons.push("plus-de-90-jours");
    const marked = status.get(p.client)?.status;
    if (marked !== undefined) reasons.push(marked);
    if (reasons.length === 0) continue;
    clients.push({ client: p.client, name: nameOf(ledger, p.client), outstanding: p.outstanding, over90: p.over90, reasons });
  }
  clients.sort((a, b) => b.outstanding - a.outstanding || byClientId(a.client, b.client));
  return {
    count: clients.length,
    amount: clients.reduce((s, c) => s + c.outstanding, 0),
    over90: clients.reduce((s, c) => s + c.over90, 0),
    clients,
  };
}

export interface ClientAmount {
  client: string;
  name: string;
  amount: Cents;
}

/** Clients whose latest journal status is "contentieux" and who owe something: count and encours. */
export function litigationOf(positions: Positions, status: Map<string, { status: ClientStatus }>, ledger: Ledger): { count: number; amount: Cents; clients: ClientAmount[] } {
  const clients: ClientAmount[] = [];
  for (const [client, s] of status) {
    const owed = positions.clients.get(client)?.outstanding ?? 0;
    if (s.status === "contentieux" && owed > 0) clients.push({ client, name: nameOf(ledger, client), amount: owed });
  }
  clients.sort((a, b) => b.amount - a.amount || byClientId(a.client, b.client));
  return { count: clients.length, amount: clients.reduce((s, c) => s + c.amount, 0), clients };
}

export interface CreditLimitBreach {
  client: string;
  name: string;
  outstanding: Cents;
  creditLimit: Cents;
  excess: Cents;
}

/** Clients whose encours exceeds their encours autorisé (Clients sheet; the limit is read in this currency). */
export function creditLimitBreaches(positions: Positions, ledger: Ledger): CreditLimitBreach[] {
  const out: CreditLimitBreach[] = [];
  for (const p of positions.clients.values()) {
    const info: ClientInfo | undefined = ledger.clients.get(p.client);
    if (info?.creditLimit === undefined || p.outstanding <= info.creditLimit) continue;
    out.push({ client: p.client, name: info.name, outstanding: p.outstanding, creditLimit: info.creditLimit, excess: p.outstanding - info.creditLimit });
  }
  return out.sort((a, b) => b.excess - a.excess || byClientId(a.client, b.client));
}

export interface InvoicedClient {
  client: string;
  name: string;
  invoices: number;
  amount: Cents;
}

/** Invoices of one currency dated in the month, grouped by client. */
export function invoicedInMonth(ledger: Ledger, currency: string, month: MonthWindow): Map<string, { invoices: Invoice[]; amount: Cents }> {
  const byClient = new Map<string, { invoices: Invoice[]; amount: Cents }>();
  for (const inv of ledger.invoices) {
    if (inv.currency !== currency || inv.date < month.start || inv.date > month.end) continue;
    let g = byClient.get(inv.client);
    if (g === undefined) {
      g = { invoices: [], amount: 0 };
      byClient.set(inv.client, g);
    }
    g.invoices.push(inv);
    g.amount += inv.amount;
  }
  return byClient;
}

/** Blocked clients (Clients sheet) invoiced in the month all the same. */
export function blockedInvoiced(monthInvoices: Map<string, { invoices: Invoice[]; amount: Cents }>, ledger: Ledger): InvoicedClient[] {
  const out: InvoicedClient[] = [];
  for (const [client, g] of monthInvoices) {
    const info = ledger.clients.get(client);
    if (info?.blocked === true) out.push({ client, name: info.name, invoices: g.invoices.length, amount: g.amount });
  }
  return out.sort((a, b) => b.amount - a.amount || byClientId(a.client, b.client));
}

/** The day of each client's first invoice ever (any currency), among invoices dated up to `asOf`. */
export function firstInvoiceDays(ledger: Ledger, asOf: IsoDay): Map<string, IsoDay> {
  const first = new Map<string, IsoDay>();
  for (const inv of ledger.invoices) {
    if (inv.date > asOf) continue;
    const seen = first.get(inv.client);
    if (seen === undefined || inv.date < seen) first.set(inv.client, inv.date);
  }
  return first;
}

/** Clients invoiced in this currency in the month whose first invoice ever is in the month. */
export function newClients(
  monthInvoices: Map<string, { invoices: Invoice[]; amount: Cents }>, first: Map<string, IsoDay>, month: MonthWindow, ledger: Ledger,
): { count: number; amount: Cents; clients: InvoicedClient[] } {
  const clients: InvoicedClient[] = [];
  for (const [client, g] of monthInvoices) {
    const day = first.get(client);
    if (day !== undefined && day >= month.start) clients.push({ client, name: nameOf(ledger, client), invoices: g.invoices.length, amount: g.amount });
  }
  clients.sort((a, b) => b.amount - a.amount || byClientId(a.client, b.client));
  return { count: clients.length, amount: clients.reduce((s, c) => s + c.amount, 0), clients };
}
