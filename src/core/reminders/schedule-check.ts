// Checks an edited schedule before it is used: problems are returned, never thrown.
import type { Severity } from "../issues";
import { CHANNELS } from "../journal/labels";
import { levelKey } from "./level";
import type { ReminderStep } from "./schedule";

export interface ScheduleProblem {
  severity: Severity;
  /** "schedule.empty", "schedule.id-missing", "schedule.id-duplicate", "schedule.offset-invalid",
   *  "schedule.offset-order", "schedule.interval-invalid", "schedule.channel-unknown", "schedule.label-missing". */
  code: string;
  /** French first, then " / " and English. */
  message: string;
  /** 0-based index of the step in the schedule, or null for the whole schedule. */
  step: number | null;
  field: keyof ReminderStep | null;
}

const MIN_OFFSET = -365;
const MAX_OFFSET = 3650;

/**
 * Problems of a schedule: ids present and unique (ignoring case, blanks and the kind of dash), offsets whole
 * numbers strictly increasing from one step to the next, intervals whole numbers of at least one day,
 * channels known, labels present. An empty list means the schedule can be used.
 */
export function validateSchedule(steps: readonly ReminderStep[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const add = (severity: Severity, code: string, step: number | null, field: ScheduleProblem["field"], fr: string, en: string) =>
    problems.push({ severity, code, message: `${fr} / ${en}`, step, field });
  if (steps.length === 0) {
    add("error", "schedule.empty", null, null, "Le calendrier de relance est vide : ajoutez au moins une étape.",
      "The reminder schedule is empty: add at least one step.");
    return problems;
  }
  const seen = new Map<string, number>();
  steps.forEach((step, index) => {
    const n = index + 1;
    const key = levelKey(step.id ?? "");
    if (key.length === 0) {
      add("error", "schedule.id-missing", index, "id", `Étape ${n} : le code du niveau est vide (ex. J+10).`,
        `Step ${n}: the level code is empty (e.g. J+10).`);
    } else {
      const first = seen.get(key);
      if (first !== undefined) {
        add("error", "schedule.id-duplicate", index, "id",
          `Étape ${n} : le code « ${step.id} » est déjà utilisé par l'étape ${first + 1} ; chaque niveau doit avoir son propre code.`,
          `Step ${n}: the code “${step.id}” is already used by step ${first + 1}; each level needs its own code.`);
      } else {
        seen.set(key, index);
      }
    }
    if (!Number.isInteger(step.offsetDays) || step.offsetDays < MIN_OFFSET || step.offsetDays > MAX_OFFSET) {
      add("error", "schedule.offset-invalid", index, "offsetDays",
        `Étape ${n} : le décalage « ${String(step.offsetDays)} » doit être un nombre entier de jours entre ${MIN_OFFSET} et ${MAX_OFFSET}.`,
        `Step ${n}: the offset “${String(step.offsetDays)}” must be a whole number of days between ${MIN_OFFSET} and ${MAX_OFFSET}.`);
    } else if (index > 0) {
      const previous = steps[index - 1];
      if (previous !== undefined && Number.isInteger(previous.offsetDays) && step.offsetDays <= previous.offsetDays) {
        add("error", "schedule.offset-order", index, "offsetDays",
          `Étape ${n} : son décalage (${step.offsetDays} j) doit être supérieur à celui de l'étape précédente (${previous.offsetDays} j).`,
          `Step ${n}: its offset (${step.offsetDays} days) must be greater than the previous step's (${previous.offsetDays} days).`);
      }
    }
    if (!Number.isInteger(step.intervalDays) || step.intervalDays < 1) {
      add("error", "schedule.interval-invalid", index, "intervalDays",
        `Étape ${n} : l'intervalle avant un nouvel envoi (« ${String(step.intervalDays)} ») doit être un nombre entier de jours, au moins 1.`,
        `Step ${n}: the interval before sending again (“${String(step.intervalDays)}”) must be a whole number of days, at least 1.`);
    }
    if (!CHANNELS.includes(step.channel)) {
      add("error", "schedule.channel-unknown", index, "channel",
        `Étape ${n} : canal « ${String(step.channel)} » inconnu (e-mail, appel, courrier, mise en demeure).`,
        `Step ${n}: unknown channel “${String(step.channel)}” (e-mail, call, letter, formal notice).`);
    }
    if ((step.label?.fr ?? "").trim() === "" || (step.label?.en ?? "").trim() === "") {
      add("warning", "schedule.label-missing", index, "label",
        `Étape ${n} : libellé manquant en français ou en anglais ; le code « ${step.id} » sera affiché.`,
        `Step ${n}: label missing in French or English; the code “${step.id}” will be shown.`);
    }
  });
  return problems;
}

/** True when the schedule has no error (warnings allowed). */
export function isUsableSchedule(steps: readonly ReminderStep[]): boolean {
  return validateSchedule(steps).every((p) => p.severity !== "error");
}
