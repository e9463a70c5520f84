// Reminder templates: placeholders, checks, rendering, the default texts.
export * from "./types";
export { PLACEHOLDERS, PLACEHOLDER_NAMES, closestPlaceholder, placeholderOf, type PlaceholderInfo } from "./placeholders";
export { validateTemplate, validateTemplates, templateFor } from "./validate";
export { renderDraft, escapeHtml } from "./render";
export { draftData } from "./data";
export { DEFAULT_TEMPLATES } from "./defaults";
export { formatDay, formatDays, formatMoney, formatMoneyList, formatRate } from "./format";
