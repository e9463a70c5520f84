// What the journal says about each client at a day: open disputes, the latest promise, the client's status,
// the reminders already done, the next action planned. The reminder plan, the agenda and the dashboard read it.
import { foldText } from "../cells/text";
import type { IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { SourceRef } from "../ledger/types";
import type { ClientStatus, DisputeReason, JournalEntry } from "./types";

/** How a client id or an invoice number is compared between sheets: no case, accents or extra blanks. */
export function matchKey(text: string): string {
  // Fast path for plain ASCII codes and numbers (most ids): lower case is all folding does to them.
  if (PRINTABLE_ASCII.test(text)) {
    const t = text.trim().toLowerCase();
    return t.includes("  ") ? t.replace(/ {2,}/g, " ") : t;
  }
  return foldText(text.normalize("NFC")).trim().replace(/\s+/g, " ");
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface DisputeInfo {
  /** Day of the journal entry that opened it. */
  since: IsoDay;
  reason?: DisputeReason;
  amount?: Cents;
  source?: SourceRef;
}

export interface ClientJournal {
  /** The client id as the journal writes it (first entry). */
  client: string;
  /** The client's entries dated on or before the day, oldest first. */
  entries: JournalEntry[];
  /** A dispute on the whole account (an entry naming no invoice), or null. */
  accountDispute: DisputeInfo | null;
  /** Per invoice (match key): an open dispute, or null when an entry resolved it. */
  invoiceDisputes: Map<string, DisputeInfo | null>;
  /** The latest status set (douteux, contentieux), with its entry. */
  status?: { status: ClientStatus; entry: JournalEntry };
  /** The latest entry holding a promise date. */
  promise?: JournalEntry;
  /** The latest entry, when it plans a next action. */
  nextAction?: { date: IsoDay; entry: JournalEntry };
}

/** Oldest first; same day: sheet row order, then the order given. */
export function chronological(journal: readonly JournalEntry[]): JournalEntry[] {
  return journal
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      if (a.entry.date !== b.entry.date) return a.entry.date < b.entry.date ? -1 : 1;
      const ra = a.entry.source?.row ?? Number.MAX_SAFE_INTEGER;
      const rb = b.entry.source?.row ?? Number.MAX_SAFE_INTEGER;
      return ra !== rb ? ra - rb : a.index - b.index;
    })
    .map((x) => x.entry);
}

function disputeInfo(entry: JournalEntry): DisputeInfo {
  const info: DisputeInfo = { since: entry.date };
  if (entry.disputeReason !== undefined) info.reason = entry.disputeReason;
  if (entry.disputeAmount !== undefined) info.amount = entry.disputeAmount;
  if (entry.source !== undefined) info.source = entry.source;
  return info;
}

/**
 * The journal per client (match key), as known on `day`: only entries dated on or before it count.
 * Disputes: an entry with dispute "open" opens one on the invoices it names (the whole account when it names
 * none); "resolved" closes it the same way; a whole-account entry replaces every per-invoice state before it.
 */
export function journalByClient(journal: readonly JournalEntry[], day: IsoDay): Map<string, ClientJournal> {
  const out = new Map<string, ClientJournal>();
  for (const entry of chronological(journal)) {
    if (entry.date > day) continue;
    const key = matchKey(entry.client);
    let cj = out.get(key);
    if (cj === undefined) {
      cj = { client: entry.client, entries: [], accountDispute: null, invoiceDisputes: new Map() };
      out.set(key, cj);
    }
    cj.entries.push(entry);
    if (entry.dispute !== undefined) {
      const info = entry.dispute === "open" ? disputeInfo(entry) : null;
      if (entry.invoices.length === 0) {
        cj.accountDispute = info;
        cj.invoiceDisputes.clear();
      } else {
        for (const invoice of entry.invoices) cj.invoiceDisputes.set(matchKey(invoice), info);
      }
    }
    if (entry.clientStatus !== undefined) cj.status = { status: entry.clientStatus, entry };
    if (entry.promiseDate !== undefined) cj.promise = entry;
    if (entry.nextActionDate !== undefined) cj.nextAction = { date: entry.nextActionDate, entry };
    else delete cj.nextAction;
  }
  return out;
}

/** The open dispute covering an invoice of the client, or null. */
export function disputeOn(cj: ClientJournal | undefined, invoice: string): DisputeInfo | null {
  if (cj === undefined) return null;
  const key = matchKey(invoice);
  if (cj.invoiceDisputes.has(key)) return cj.invoiceDisputes.get(key) ?? null;
  return cj.accountDispute;
}

export interface OpenDispute {
  client: string;
  /** The invoice number, or null for a dispute on the whole account. */
  invoice: string | null;
  info: DisputeInfo;
}

/** Every dispute still open on `day` (for the dashboard's litiges and the plan). */
export function openDisputes(journal: readonly JournalEntry[], day: IsoDay): OpenDispute[] {
  const out: OpenDispute[] = [];
  for (const cj of journalByClient(journal, day).values()) {
    if (cj.accountDispute !== null) out.push({ client: cj.client, invoice: null, info: cj.accountDispute });
    const names = new Map<string, string>();
    for (const entry of cj.entries) for (const invoice of entry.invoices) if (!names.has(matchKey(invoice))) names.set(matchKey(invoice), invoice);
    for (const [key, info] of cj.invoiceDisputes) {
      if (info !== null) out.push({ client: cj.client, invoice: names.get(key) ?? key, info });
    }
  }
  return out;
}
