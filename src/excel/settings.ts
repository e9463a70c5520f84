// The add-in's settings, stored in the workbook (Excel.SettingCollection, ExcelApi 1.4) as one versioned JSON
// document under SETTINGS_KEY: { version: 1, ... }. An older document is upgraded by the migrations, one
// version at a time; a document from a newer add-in is read as is and never overwritten by an older one.
// https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
import { ExcelFailure } from "./failure";
import { runExcel, type RunOptions } from "./run";

export const SETTINGS_KEY = "encours.settings";
export const SETTINGS_VERSION = 1;

/** The stored document: a version number and the fields of that version (their meaning is the caller's). */
export interface SettingsDocument {
  version: number;
  [field: string]: unknown;
}

/** Upgrades a document of version n to version n + 1. */
export type SettingsMigration = (document: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] upgrades version n to n + 1 (none yet: version 1 is the first). */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {};

export type SettingsState =
  | { status: "absent" }
  | { status: "ok"; document: SettingsDocument; migratedFrom?: number }
  /** Written by a newer Encours: usable fields may be read, but the document must not be overwritten. */
  | { status: "newer"; document: SettingsDocument }
  | { status: "unreadable"; raw: unknown; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Interprets what the workbook holds under SETTINGS_KEY (an object, or its JSON text). */
export function upgradeSettings(
  raw: unknown, migrations: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS, target = SETTINGS_VERSION,
): SettingsState {
  if (raw === null || raw === undefined || raw === "") return { status: "absent" };
  let value: unknown = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      return unreadable(raw);
    }
  }
  if (!isRecord(value) || typeof value.version !== "number" || !Number.isInteger(value.version) || value.version < 1) {
    return unreadable(raw);
  }
  const from = value.version;
  if (from > target) return { status: "newer", document: value as SettingsDocument };
  let document: Record<string, unknown> = value;
  for (let v = from; v < target; v++) {
    const migrate = migrations[v];
    if (!migrate) return unreadable(raw, `no migration from version ${v}`);
    document = { ...migrate(document), version: v + 1 };
  }
  return from === target
    ? { status: "ok", document: document as SettingsDocument }
    : { status: "ok", document: document as SettingsDocument, migratedFrom: from };
}

function unreadable(raw: unknown, why = "not a settings document"): SettingsState {
  return {
    status: "unreadable",
    raw,
    message: `Les réglages Encours enregistrés dans ce classeur sont illisibles (${why}) : les réglages par défaut sont utilisés ; enregistrez-les à nouveau pour les remplacer. / The Encours settings stored in this workbook are unreadable (${why}): defaults are used; save them again to replace them.`,
  };
}

function loadedValue(item: Excel.Setting): unknown {
  return item.isNullObject ? undefined : (item.value as unknown);
}

/** Queues the read of a setting's value; the returned function gives it after the next sync. */
export function queueSettingValue(context: Excel.RequestContext, key: string): () => unknown {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return () => loadedValue(item);
}

/** Queues the write of a setting (added or replaced). */
export function queueSettingWrite(context: Excel.RequestContext, key: string, value: unknown): void {
  context.workbook.settings.add(key, value);
}

/** Queues the read of the settings document; the returned function interprets it after the next sync. */
export function queueSettingsRead(context: Excel.RequestContext): () => SettingsState {
  const value = queueSettingValue(context, SETTINGS_KEY);
  return () => upgradeSettings(value());
}

/** Reads the settings document (one sync). */
export async function readSettings(options?: RunOptions): Promise<SettingsState> {
  return runExcel(async (context) => {
    const read = queueSettingsRead(context);
    await context.sync();
    return read();
  }, options);
}

/** Writes the settings document (one sync). Refuses to replace a document written by a newer Encours. */
export async function writeSettings(document: SettingsDocument, options?: RunOptions): Promise<void> {
  if (document.version !== SETTINGS_VERSION) {
    throw new RangeError(`Settings version ${document.version} is not the current version ${SETTINGS_VERSION}`);
  }
  await runExcel(async (context) => {
    const current = queueSettingsRead(context);
    await context.sync();
    const state = current();
    if (state.status === "newer") {
      throw new ExcelFailure(
        "NewerSettings",
        "Ces réglages ont été enregistrés par une version plus récente d'Encours : mettez le complément à jour avant de les modifier.",
        "These settings were saved by a newer Encours: update the add-in before changing them.",
        `stored version ${state.document.version}, this add-in writes version ${SETTINGS_VERSION}`,
      );
    }
    queueSettingWrite(context, SETTINGS_KEY, document);
    await context.sync();
  }, options);
}
