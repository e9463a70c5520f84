// Reading the stored settings document: every field is checked on its own; a value that cannot be used is
// replaced by its default with a problem saying so (never an exception, never a silently odd value). Fields
// this version does not know are dropped, and a field that looks like a secret (token, password) is never kept.
import type { ColumnOverride, SheetKind } from "../columns/fields";
import { isIsoDay } from "../days/day";
import type { Channel } from "../journal/types";
import { CHANNELS } from "../journal/labels";
import { validateSchedule } from "../reminders/schedule-check";
import type { ReminderStep } from "../reminders/schedule";
import type { PenaltyRate, ReminderSettings } from "../reminders/settings";
import type { ReminderTemplate } from "../templates/types";
import { defaultSettings } from "./defaults";
import { SETTINGS_DOCUMENT_VERSION, type AsOfMode, type EncoursSettings, type SettingsProblem, type SettingsRead } from "./types";

type Json = Record<string, unknown>;

const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];
const MAX_BUCKETS = 8;
const MAX_DAYS = 3650;
const MAX_SHEET_NAME = 31;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET = /token|secret|password|motdepasse|mot_de_passe|credential/i;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

class Reader {
  constructor(readonly problems: SettingsProblem[] = [], private readonly prefix = "") {}

  /** A reader for the fields of a sub-object ("reminders." …), reporting into the same list. */
  at(path: string): Reader {
    return new Reader(this.problems, `${this.prefix}${path}.`);
  }

  invalid(key: string, value: unknown, fr: string, en: string): void {
    const field = `${this.prefix}${key}`;
    this.problems.push({
      severity: "warning", code: "settings.invalid", field,
      message: `Réglage « ${field} » inutilisable (${shown(value)}) : ${fr} La valeur par défaut est utilisée ; corrigez-le dans Paramètres. / ` +
        `Setting "${field}" cannot be used (${shown(value)}): ${en} The default is used; fix it in Settings.`,
    });
  }

  /** A field absent from the document takes its default silently; a present but wrong one is reported. */
  field<T>(doc: Json, key: string, fallback: T, check: (value: unknown) => value is T, fr: string, en: string): T {
    if (!(key in doc) || doc[key] === undefined) return fallback;
    const value = doc[key];
    if (check(value)) return value;
    this.invalid(key, value, fr, en);
    return fallback;
  }
}

function isAsOfMode(value: unknown): value is AsOfMode {
  if (value === "fin-du-mois-precedent" || value === "aujourdhui") return true;
  return isRecord(value) && typeof value.fixed === "string" && isIsoDay(value.fixed) && Object.keys(value).length === 1;
}

function isBucketBounds(value: unknown): value is number[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_BUCKETS) return false;
  let previous = 0;
  for (const bound of value) {
    if (!isWhole(bound, 1, MAX_DAYS) || bound <= previous) return false;
    previous = bound;
  }
  return true;
}

function isSheetName(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0 && value.length <= MAX_SHEET_NAME;
}

function readInputSheets(r: Reader, raw: unknown): EncoursSettings["inputSheets"] {
  const out: EncoursSettings["inputSheets"] = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    r.invalid("inputSheets", raw, "il faut un nom de feuille par type (factures, règlements, clients).", "one sheet name per kind (invoices, payments, clients) is expected.");
    return out;
  }
  for (const kind of KINDS) {
    const value = raw[kind];
    if (value === undefined || value === "") continue;
    if (isSheetName(value)) out[kind] = value;
    else r.invalid(`inputSheets.${kind}`, value, "un nom de feuille fait 1 à 31 caractères.", "a sheet name has 1 to 31 characters.");
  }
  return out;
}

function readOverrides(r: Reader, raw: unknown): EncoursSettings["columnOverrides"] {
  const out: EncoursSettings["columnOverrides"] = {};
  if (raw === undefined) return out;
  if (!isRecord(raw)) {
    r.invalid("columnOverrides", raw, "il faut, par feuille, une colonne (en-tête ou lettre) par champ.", "one column (header or letter) per field and sheet is expected.");
    return out;
  }
  for (const kind of KINDS) {
    const sheet = raw[kind];
    if (sheet === undefined) continue;
    if (!isRecord(sheet)) {
      r.invalid(`columnOverrides.${kind}`, sheet, "il faut une colonne (en-tête ou lettre) par champ.", "one column (header or letter) per field is expected.");
      continue;
    }
    const override: ColumnOverride = {};
    for (const [field, column] of Object.entries(sheet)) {
      if (typeof column === "string" && column.trim().length > 0 && column.length <= 255) override[field] = column;
      else r.invalid(`columnOverrides.${kind}.${field}`, column, "il faut un en-tête ou une lettre de colonne.", "a header or a column letter is expected.");
    }
    if (Object.keys(override).length > 0) out[kind] = override;
  }
  return out;
}

function readPenaltyRate(r: Reader, raw: unknown, fallback: PenaltyRate): PenaltyRate {
  if (raw === undefined) return { ...fallback };
  if (!isRecord(raw)) {
    r.invalid("reminders.penaltyRate", raw, "il faut le taux BCE et la marge en points de base.", "the ECB rate and the margin in basis points are expected.");
    return { ...fallback };
  }
  const out = { ...fallback };
  const sub = r.at("reminders.penaltyRate");
  out.ecbBasisPoints = sub.field(raw, "ecbBasisPoints", fallback.ecbBasisPoints, (v): v is number => isWhole(v, -1000, 10000),
    "un nombre entier de points de base (2,15 % = 215).", "a whole number of basis points (2.15 % = 215).");
  out.marginBasisPoints = sub.field(raw, "marginBasisPoints", fallback.marginBasisPoints, (v): v is number => isWhole(v, 0, 10000),
    "un nombre entier de points de base (10 points = 1000).", "a whole number of basis points (10 points = 1000).");
  out.confirmed = sub.field(raw, "confirmed", fallback.confirmed, (v): v is boolean => typeof v === "boolean", "vrai ou faux.", "true or false.");
  return out;
}

function readReminders(r: Reader, raw: unknown, fallback: ReminderSettings): ReminderSettings {
  if (raw === undefined) return { ...fallback, penaltyRate: { ...fallback.penaltyRate } };
  if (!isRecord(raw)) {
    r.invalid("reminders", raw, "il faut les réglages des relances (société, IBAN, signature…).", "the reminder settings (company, IBAN, signature…) are expected.");
    return { ...fallback, penaltyRate: { ...fallback.penaltyRate } };
  }
  const sub = r.at("reminders");
  const text = (key: keyof ReminderSettings, max: number) =>
    sub.field(raw, key, fallback[key] as string, (v): v is string => typeof v === "string" && v.length <= max,
      `un texte d'au plus ${max} caractères.`, `a text of at most ${max} characters.`);
  const out: ReminderSettings = {
    defaultLanguage: sub.field(raw, "defaultLanguage", fallback.defaultLanguage, (v): v is "fr" | "en" => v === "fr" || v === "en", "« fr » ou « en ».", '"fr" or "en".'),
    company: text("company", 200),
    iban: text("iban", 64),
    bic: text("bic", 16),
    signature: text("signature", 2000),
    penaltyRate: fallback.penaltyRate,
    recoveryIndemnity: sub.field(raw, "recoveryIndemnity", fallback.recoveryIndemnity, (v): v is number => isWhole(v, 0, 100_000_00),
      "un montant en centimes (40 € = 4000).", "an amount in cents (€40 = 4000)."),
    paymentDeadlineDays: sub.field(raw, "paymentDeadlineDays", fallback.paymentDeadlineDays, (v): v is number => isWhole(v, 0, 365),
      "un nombre entier de jours (0 à 365).", "a whole number of days (0 to 365)."),
  };
  out.penaltyRate = readPenaltyRate(r, raw.penaltyRate, fallback.penaltyRate);
  return out;
}

function isLocalized(value: unknown): value is { fr: string; en: string } {
  return isRecord(value) && typeof value.fr === "string" && typeof value.en === "string";
}

function toStep(value: unknown): ReminderStep | null {
  if (!isRecord(value)) return null;
  const { id, offsetDays, channel, label, intervalDays, callGoal } = value;
  if (typeof id !== "string" || typeof offsetDays !== "number" || typeof intervalDays !== "number") return null;
  if (typeof channel !== "string" || !(CHANNELS as readonly string[]).includes(channel) || !isLocalized(label)) return null;
  if (callGoal !== undefined && !isLocalized(callGoal)) return null;
  return {
    id, offsetDays, channel: channel as Channel, intervalDays, label: { fr: label.fr, en: label.en },
    ...(callGoal !== undefined ? { callGoal: { fr: callGoal.fr, en: callGoal.en } } : {}),
  };
}

function readSchedule(r: Reader, raw: unknown, fallback: ReminderStep[]): ReminderStep[] {
  if (raw === undefined) return fallback;
  const steps = Array.isArray(raw) ? raw.map(toStep) : null;
  if (steps === null || steps.some((s) => s === null)) {
    r.invalid("schedule", raw, "chaque étape a un identifiant, un décalage en jours, un canal, un libellé et un intervalle.",
      "each step has an id, an offset in days, a channel, a label and an interval.");
    return fallback;
  }
  const usable = steps as ReminderStep[];
  const errors = validateSchedule(usable).filter((p) => p.severity === "error");
  if (errors.length > 0) {
    r.invalid("schedule", raw, `${errors[0]?.message.split(" / ")[0] ?? ""}`, `${errors[0]?.message.split(" / ")[1] ?? ""}`);
    return fallback;
  }
  return usable;
}

function toTemplate(value: unknown): ReminderTemplate | null {
  if (!isRecord(value)) return null;
  const { level, language, subject, body } = value;
  if (typeof level !== "string" || (language !== "fr" && language !== "en")) return null;
  if (typeof subject !== "string" || typeof body !== "string" || subject.length > 1000 || body.length > 20000) return null;
  return { level, language, subject, body };
}

function readTemplates(r: Reader, raw: unknown, fallback: ReminderTemplate[]): ReminderTemplate[] {
  if (raw === undefined) return fallback;
  const templates = Array.isArray(raw) ? raw.map(toTemplate) : null;
  if (templates === null || templates.some((t) => t === null)) {
    r.invalid("templates", raw, "chaque modèle a un niveau, une langue (fr/en), un objet et un corps.",
      "each template has a level, a language (fr/en), a subject and a body.");
    return fallback;
  }
  // Placeholders are checked where the drafts are made (templates/validate.ts), with the editor's positions.
  return templates as ReminderTemplate[];
}

function readGraph(r: Reader, raw: unknown): EncoursSettings["graph"] {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    r.invalid("graph", raw, "il faut l'identifiant d'application Entra (GUID).", "the Entra application id (a GUID) is expected.");
    return {};
  }
  const clientId = raw.clientId;
  if (clientId === undefined || clientId === "") return {};
  if (typeof clientId === "string" && GUID.test(clientId.trim())) return { clientId: clientId.trim() };
  r.invalid("graph.clientId", clientId, "un identifiant d'application est un GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).",
    "an application id is a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
  return {};
}

/** Paths of keys that look like secrets anywhere in the settings document (JSON). */
function secretPaths(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => secretPaths(v, `${path}[${i}]`, out));
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const here = path === "" ? key : `${path}.${key}`;
    if (SECRET.test(key)) out.push(here);
    else secretPaths(v, here, out);
  }
}

/**
 * The settings from what the workbook holds (the document object, or its JSON text; undefined when there is
 * none). Always usable settings; `problems` lists what was replaced by a default or dropped.
 */
export function parseSettings(raw: unknown): SettingsRead {
  const defaults = defaultSettings();
  const r = new Reader();
  let doc: unknown = raw;
  if (typeof raw === "string") {
    try {
      doc = JSON.parse(raw);
    } catch {
      doc = null;
    }
  }
  if (raw === undefined || raw === null || raw === "") return { settings: defaults, problems: [] };
  if (!isRecord(doc)) {
    r.problems.push({
      severity: "warning", code: "settings.unreadable", field: "",
      message: "Les réglages enregistrés dans ce classeur sont illisibles : les réglages par défaut sont utilisés ; enregistrez-les à nouveau dans Paramètres. / " +
        "The settings stored in this workbook are unreadable: defaults are used; save them again in Settings.",
    });
    return { settings: defaults, problems: r.problems };
  }
  if (typeof doc.version === "number" && doc.version > SETTINGS_DOCUMENT_VERSION) {
    r.problems.push({
      severity: "info", code: "settings.newer", field: "version",
      message: `Ces réglages viennent d'une version plus récente d'Encours (version ${doc.version}) : les réglages connus de cette version sont utilisés. / ` +
        `These settings come from a newer Encours (version ${doc.version}): the settings this version knows are used.`,
    });
  }
  const secrets: string[] = [];
  secretPaths(doc, "", secrets);
  for (const path of secrets) {
    r.problems.push({
      severity: "warning", code: "settings.forbidden", field: path,
      message: `Le réglage « ${path} » ressemble à un secret (jeton, mot de passe) : Encours n'en garde jamais dans le classeur et l'ignore. / ` +
        `The setting "${path}" looks like a secret (token, password): Encours never keeps one in the workbook and ignores it.`,
    });
  }

  const settings: EncoursSettings = {
    version: SETTINGS_DOCUMENT_VERSION,
    asOfMode: r.field(doc, "asOfMode", defaults.asOfMode, isAsOfMode,
      "« fin-du-mois-precedent », « aujourdhui » ou une date fixe { fixed: \"AAAA-MM-JJ\" }.",
      '"fin-du-mois-precedent", "aujourdhui" or a fixed day { fixed: "YYYY-MM-DD" }.'),
    bucketBounds: r.field(doc, "bucketBounds", defaults.bucketBounds, isBucketBounds,
      `des bornes en jours, entières, croissantes, de 1 à ${MAX_DAYS} (au plus ${MAX_BUCKETS}), par exemple [30, 60, 90].`,
      `whole, increasing day bounds from 1 to ${MAX_DAYS} (at most ${MAX_BUCKETS}), e.g. [30, 60, 90].`),
    autoLettrage: r.field(doc, "autoLettrage", defaults.autoLettrage, (v): v is boolean => typeof v === "boolean", "vrai ou faux.", "true or false."),
    agingBasis: r.field(doc, "agingBasis", defaults.agingBasis, (v): v is "due" | "invoice" => v === "due" || v === "invoice",
      "« due » (échéance) ou « invoice » (date de facture).", '"due" or "invoice".'),
    defaultTermsDays: r.field(doc, "defaultTermsDays", defaults.defaultTermsDays, (v): v is number => isWhole(v, 0, 365),
      "un nombre entier de jours (0 à 365).", "a whole number of days (0 to 365)."),
    inputSheets: readInputSheets(r, doc.inputSheets),
    columnOverrides: readOverrides(r, doc.columnOverrides),
    language: r.field(doc, "language", defaults.language, (v): v is "auto" | "fr" | "en" => v === "auto" || v === "fr" || v === "en",
      "« auto », « fr » ou « en ».", '"auto", "fr" or "en".'),
    reminders: readReminders(r, doc.reminders, defaults.reminders),
    schedule: readSchedule(r, doc.schedule, defaults.schedule),
    templates: readTemplates(r, doc.templates, defaults.templates),
    graph: readGraph(r, doc.graph),
  };
  return { settings, problems: r.problems };
}

/** The document to store: the known fields only, as plain JSON (what parseSettings reads back). */
export function settingsDocument(settings: EncoursSettings): Json {
  const doc: Json = {
    version: SETTINGS_DOCUMENT_VERSION,
    asOfMode: typeof settings.asOfMode === "object" ? { fixed: settings.asOfMode.fixed } : settings.asOfMode,
    bucketBounds: [...settings.bucketBounds],
    autoLettrage: settings.autoLettrage,
    agingBasis: settings.agingBasis,
    defaultTermsDays: settings.defaultTermsDays,
    inputSheets: { ...settings.inputSheets },
    columnOverrides: Object.fromEntries(Object.entries(settings.columnOverrides).map(([k, v]) => [k, { ...v }])),
    language: settings.language,
    reminders: { ...settings.reminders, penaltyRate: { ...settings.reminders.penaltyRate } },
    schedule: settings.schedule.map((s) => ({ ...s, label: { ...s.label }, ...(s.callGoal ? { callGoal: { ...s.callGoal } } : {}) })),
    templates: settings.templates.map((t) => ({ level: t.level, language: t.language, subject: t.subject, body: t.body })),
    graph: settings.graph.clientId ? { clientId: settings.graph.clientId } : {},
  };
  return doc;
}
