// The agenda of next actions (calls, letters, promises) computed from the schedule and the journal.
export * from "./types";
export { buildAgenda, describeAgendaItem, type AgendaInput } from "./agenda";
export { agendaEntry, type AgendaOutcome } from "./record";
