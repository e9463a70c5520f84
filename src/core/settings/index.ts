// The settings document: types, defaults, reading with validation, the as-of date.
export * from "./types";
export { defaultSettings, defaultReminderSettings, defaultSchedule, defaultTemplates } from "./defaults";
export { parseSettings, settingsDocument } from "./read";
export { resolveAsOf } from "./as-of";
export { agingOptionsOf } from "./aging-options";
