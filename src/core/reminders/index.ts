// Reminders (design.md §8): schedule, selection → plan, drafts and the journal rows of what was created.
export * from "./language";
export { levelKey, sameLevel } from "./level";
export { DEFAULT_SCHEDULE, DEFAULT_CALL_GOAL, isCall, needsLetter, sendsEmail, type ReminderStep } from "./schedule";
export { validateSchedule, isUsableSchedule, type ScheduleProblem } from "./schedule-check";
export { DEFAULT_REMINDER_SETTINGS, DEFAULT_ECB_RATE_BASIS_POINTS, annualRateBasisPoints, type PenaltyRate, type ReminderSettings } from "./settings";
export { latePaymentPenalty, recoveryIndemnity } from "./penalties";
export { isValidEmail, parseAddresses, type AddressList } from "./email";
export {
  EMPTY_SELECTION_MESSAGE, resolveSelection, type ClientSelection, type ResolvedSelection, type RowLocator, type RowTarget,
  type SelectedCells, type SelectionSheets,
} from "./selection";
export * from "./plan-types";
export { planReminders, planForClients, withClientIds, type PlanContextInput, type PlanInput } from "./plan";
export { buildDrafts, journalEntriesFor, type DraftBuild, type DraftOutcomeLike, type JournalEntriesInput, type RenderedDraft } from "./drafts";
