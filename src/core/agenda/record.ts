// Recording what was done for an agenda item: the journal entry to append.
import type { IsoDay } from "../days/day";
import type { Channel, JournalEntry } from "../journal/types";
import type { AgendaItem } from "./types";

export type AgendaOutcome = Pick<JournalEntry,
  "outcome" | "promiseDate" | "promiseAmount" | "dispute" | "disputeReason" | "disputeAmount" | "clientStatus" | "nextActionDate" | "author">;

const CHANNEL: Record<AgendaItem["kind"], Channel> = {
  call: "appel", letter: "courrier", "promise-due": "appel", "promise-broken": "appel", "follow-up": "appel",
};

/** The journal entry for an agenda item done on `day`: a call (appel) or a letter (courrier), with what it obtained. */
export function agendaEntry(item: AgendaItem, day: IsoDay, outcome: AgendaOutcome = {}): JournalEntry {
  const entry: JournalEntry = { date: day, client: item.client, invoices: [...item.invoices], level: item.level ?? "", channel: CHANNEL[item.kind] };
  for (const [key, value] of Object.entries(outcome) as [keyof AgendaOutcome, unknown][]) {
    if (value !== undefined && value !== "") Object.assign(entry, { [key]: value });
  }
  return entry;
}
