// The Excel layer: the only code that calls Excel.run (design.md §2). Use cases import from here.
export { runExcel, syncBatch, type RunOptions } from "./run";
export { ExcelFailure, toExcelFailure, protectedSheetFailure } from "./failure";
export { hostFeatures, supportsExcelApi, type HostFeatures } from "./requirements";
export {
  readWorkbookSnapshot, readInputChunks, readSheet, readRowBlocks, queueStructure,
  type WorkbookSnapshot, type WorkbookStructure, type InputArea, type SnapshotOptions, type ChunkOptions,
} from "./read-input";
export type { Area } from "./read-areas";
export { applyPlan, applyPlans, type ApplyOptions, type ApplyResult } from "./apply-plan";
export {
  SETTINGS_KEY, SETTINGS_VERSION, SETTINGS_MIGRATIONS, readSettings, writeSettings, upgradeSettings,
  type SettingsDocument, type SettingsState, type SettingsMigration,
} from "./settings";
export { REGISTRY_KEY, type SheetInfo, type SheetRegistry } from "./markers";
export { getSelectedRanges, type SelectedArea } from "./selection";
export { showCell, showIssue } from "./navigate";
export {
  readJournal, journalFromSnapshot, appendJournal, markDraftsPending, journalRefusal, PENDING_DRAFTS_KEY, JOURNAL_KEY,
  type JournalLocation, type JournalRead,
} from "./journal";
