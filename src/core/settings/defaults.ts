// Default settings: what a workbook that never saw Paramètres uses.
import { DEFAULT_BUCKET_BOUNDS } from "../aging/types";
import { DEFAULT_SCHEDULE } from "../reminders/schedule";
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "../reminders/settings";
import type { ReminderStep } from "../reminders/schedule";
import { DEFAULT_TEMPLATES } from "../templates/defaults";
import type { ReminderTemplate } from "../templates/types";
import { SETTINGS_DOCUMENT_VERSION, type EncoursSettings } from "./types";

export function defaultReminderSettings(): ReminderSettings {
  return { ...DEFAULT_REMINDER_SETTINGS, penaltyRate: { ...DEFAULT_REMINDER_SETTINGS.penaltyRate } };
}

export function defaultSchedule(): ReminderStep[] {
  return DEFAULT_SCHEDULE.map((step) => ({
    ...step,
    label: { ...step.label },
    ...(step.callGoal ? { callGoal: { ...step.callGoal } } : {}),
  }));
}

export function defaultTemplates(): ReminderTemplate[] {
  return DEFAULT_TEMPLATES.map((t) => ({ ...t }));
}

/** A fresh copy of the default settings (safe to edit). */
export function defaultSettings(): EncoursSettings {
  return {
    version: SETTINGS_DOCUMENT_VERSION,
    asOfMode: "fin-du-mois-precedent",
    bucketBounds: [...DEFAULT_BUCKET_BOUNDS],
    autoLettrage: true,
    agingBasis: "due",
    defaultTermsDays: 30,
    inputSheets: {},
    columnOverrides: {},
    language: "auto",
    reminders: defaultReminderSettings(),
    schedule: defaultSchedule(),
    templates: defaultTemplates(),
    graph: {},
  };
}
