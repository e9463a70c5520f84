// The settings the Paramètres screen edits: the core's settings document (src/core/settings).
export type { EncoursSettings, AsOfMode, SettingsProblem } from "../core/settings/types";
