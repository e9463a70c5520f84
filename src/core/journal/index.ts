// The follow-up journal "Suivi des relances": sheet model, reading back, derived state, draft keys.
export * from "./types";
export { journalColumns, journalHeaders, journalFieldOfHeader, type JournalColumn, type JournalField } from "./columns";
export {
  CHANNELS, CHANNEL_LABELS, CLIENT_STATUSES, CLIENT_STATUS_LABELS, DISPUTE_LABELS, DISPUTE_REASONS, DISPUTE_REASON_LABELS,
  channelOfLabel, clientStatusOfLabel, disputeOfLabel, disputeReasonOfLabel,
} from "./labels";
export { parseJournalRows, splitInvoiceList, type JournalParse, type JournalParseOptions } from "./parse";
export { journalRowFromEntry, type JournalRowOptions } from "./row";
export { draftKey, alreadyDrafted, draftedKeys, clientKeyPart } from "./draft-key";
export { chronological, disputeOn, journalByClient, matchKey, openDisputes, type ClientJournal, type DisputeInfo, type OpenDispute } from "./state";
