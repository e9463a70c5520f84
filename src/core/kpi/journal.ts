// What the follow-up journal says at the as-of date: open disputes (litiges) and client statuses
// (douteux, contentieux). Entries dated after the as-of date are ignored.
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { ClientStatus, DisputeReason, JournalEntry } from "../journal/types";
import type { AgedInvoice } from "../aging/types";

export interface ClientDisputes {
  /** A dispute on the whole account (entry naming no invoice), or null. */
  account: JournalEntry | null;
  /** Disputed invoice number → the entry that opened the dispute. */
  invoices: Map<string, JournalEntry>;
}

export interface JournalView {
  disputes: Map<string, ClientDisputes>;
  /** The latest status a client was given (there is no entry that lifts a status: a later one replaces it). */
  status: Map<string, { status: ClientStatus; since: IsoDay }>;
}

/**
 * Replays the journal in date order (entries of the same day in the order given):
 * - dispute "open" naming invoices disputes each of them from that entry on; naming none disputes the account;
 * - dispute "resolved" naming invoices lifts those; naming none lifts every dispute of the client;
 * - a clientStatus sets the client's status.
 */
export function readJournal(journal: readonly JournalEntry[], asOf: IsoDay): JournalView {
  const entries = journal
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.date <= asOf)
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index));
  const disputes = new Map<string, ClientDisputes>();
  const status = new Map<string, { status: ClientStatus; since: IsoDay }>();
  for (const { entry } of entries) {
    if (entry.clientStatus !== undefined) {
      const current = status.get(entry.client);
      if (current === undefined || current.status !== entry.clientStatus) status.set(entry.client, { status: entry.clientStatus, since: entry.date });
    }
    if (entry.dispute === undefined) continue;
    let d = disputes.get(entry.client);
    if (d === undefined) {
      d = { account: null, invoices: new Map() };
      disputes.set(entry.client, d);
    }
    const named = entry.invoices.filter((n) => n.trim() !== "");
    if (entry.dispute === "open") {
      if (named.length === 0) d.account = entry;
      else for (const n of named) d.invoices.set(n, entry);
    } else if (named.length === 0) {
      d.account = null;
      d.invoices.clear();
    } else {
      for (const n of named) d.invoices.delete(n);
    }
  }
  return { disputes, status };
}

/** True when the invoice (or its client's whole account) is under an open dispute in this view. */
export function isDisputed(view: JournalView, client: string, invoice: string): boolean {
  const d = view.disputes.get(client);
  return d !== undefined && (d.account !== null || d.invoices.has(invoice));
}

export interface DisputeItem {
  client: string;
  /** Disputed open invoices of this currency; empty for a dispute on the whole account. */
  invoices: string[];
  /** Amount under dispute in this currency. */
  amount: Cents;
  /** Date of the entry that opened it. */
  since: IsoDay;
  reason: DisputeReason | null;
}

export interface Disputes {
  /** Open disputes (one per journal entry still open) with something owed in this currency. */
  count: number;
  clients: number;
  amount: Cents;
  items: DisputeItem[];
}

/**
 * Open disputes of one currency. Amount: the open amount of the disputed invoices (the whole encours of the
 * client for a dispute on the account), capped by the entry's disputeAmount when the user gave one (a dispute
 * cannot exceed what is owed on what it is about). A disputed invoice paid since no longer counts.
 */
export function disputesOf(
  view: JournalView, currency: string, openByClient: Map<string, Map<string, AgedInvoice>>, outstandingOf: (client: string) => Cents,
): Disputes {
  const items: DisputeItem[] = [];
  for (const [client, d] of view.disputes) {
    if (d.account !== null) {
      const owed = outstandingOf(client);
      if (owed > 0) items.push(item(client, [], d.account, owed));
      continue;
    }
    const byEntry = new Map<JournalEntry, string[]>();
    for (const [number, entry] of d.invoices) {
      const inv = openByClient.get(client)?.get(number);
      if (inv === undefined || inv.currency !== currency || inv.outstanding <= 0) continue;
      const list = byEntry.get(entry);
      if (list === undefined) byEntry.set(entry, [number]);
      else list.push(number);
    }
    for (const [entry, numbers] of byEntry) {
      let owed = 0;
      for (const n of numbers) owed += (openByClient.get(client)?.get(n) as AgedInvoice).outstanding;
      items.push(item(client, numbers, entry, owed));
    }
  }
  items.sort((a, b) => b.amount - a.amount || (a.client < b.client ? -1 : a.client > b.client ? 1 : 0));
  let amount = 0;
  for (const i of items) amount += i.amount;
  return { count: items.length, clients: new Set(items.map((i) => i.client)).size, amount, items };
}

function item(client: string, invoices: string[], entry: JournalEntry, owed: Cents): DisputeItem {
  const amount = entry.disputeAmount !== undefined && entry.disputeAmount >= 0 ? Math.min(entry.disputeAmount, owed) : owed;
  return { client, invoices, amount, since: entry.date, reason: entry.disputeReason ?? null };
}
