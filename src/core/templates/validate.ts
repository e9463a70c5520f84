// Template checks run before anything is created (design.md §8: "a missing placeholder is an error shown
// before anything is sent").
import type { Severity } from "../issues";
import { levelKey } from "../reminders/level";
import type { Language } from "../reminders/language";
import { sendsEmail, type ReminderStep } from "../reminders/schedule";
import { closestPlaceholder, PLACEHOLDER_NAMES } from "./placeholders";
import { tokenize } from "./tokens";
import type { ReminderTemplate, TemplateProblem } from "./types";

function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

const FIELD = { subject: { fr: "objet", en: "subject" }, body: { fr: "corps", en: "body" } } as const;

/**
 * Problems of one template: unknown placeholders (with the closest known one), unclosed or stray braces,
 * the invoice table in the subject, an empty subject or body (errors); a body without {factures} (warning).
 */
export function validateTemplate(template: ReminderTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const where = `Modèle ${template.level} (${template.language})`;
  const whereEn = `Template ${template.level} (${template.language})`;
  const add = (severity: Severity, code: string, field: "subject" | "body" | null, offset: number | null, length: number | null, fr: string, en: string, extra: Partial<TemplateProblem> = {}) =>
    problems.push({ severity, code, message: `${fr} / ${en}`, level: template.level, language: template.language, field, offset, length, ...extra });

  for (const field of ["subject", "body"] as const) {
    const source = template[field];
    const { tokens, problems: braces } = tokenize(source);
    const label = FIELD[field];
    for (const b of braces) {
      const at = position(source, b.offset);
      const atFr = field === "body" ? `ligne ${at.line}, colonne ${at.column}` : `position ${b.offset + 1}`;
      const atEn = field === "body" ? `line ${at.line}, column ${at.column}` : `position ${b.offset + 1}`;
      if (b.code === "template.unknown-placeholder") {
        const suggestion = closestPlaceholder(b.raw.slice(1, -1));
        const hintFr = suggestion === null ? "" : ` Vouliez-vous dire {${suggestion}} ?`;
        const hintEn = suggestion === null ? "" : ` Did you mean {${suggestion}}?`;
        add("error", b.code, field, b.offset, b.length,
          `${where}, ${label.fr} (${atFr}) : espace réservé inconnu ${b.raw}.${hintFr} Espaces réservés possibles : ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(", ")}.`,
          `${whereEn}, ${label.en} (${atEn}): unknown placeholder ${b.raw}.${hintEn} Known placeholders: ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(", ")}.`,
          suggestion === null ? { placeholder: b.raw } : { placeholder: b.raw, suggestion });
      } else if (b.code === "template.unclosed-brace") {
        add("error", b.code, field, b.offset, b.length,
          `${where}, ${label.fr} (${atFr}) : accolade « { » non fermée ; écrivez {nom} pour un espace réservé, ou {{ pour une accolade.`,
          `${whereEn}, ${label.en} (${atEn}): unclosed brace “{”; write {name} for a placeholder, or {{ for a brace.`);
      } else {
        add("error", b.code, field, b.offset, b.length,
          `${where}, ${label.fr} (${atFr}) : accolade « } » isolée ; écrivez }} pour une accolade.`,
          `${whereEn}, ${label.en} (${atEn}): stray brace “}”; write }} for a brace.`);
      }
    }
    if (field === "subject") {
      for (const t of tokens) {
        if (t.kind === "field" && t.info.block) {
          add("error", "template.block-in-subject", field, t.offset, t.raw.length,
            `${where}, objet : ${t.raw} (un tableau) ne peut pas figurer dans l'objet ; utilisez par exemple {total}.`,
            `${whereEn}, subject: ${t.raw} (a table) cannot be in the subject; use {total} for instance.`);
        }
      }
    }
    if (source.trim() === "") {
      add("error", `template.empty-${field}`, field, null, null, `${where} : ${label.fr} vide.`, `${whereEn}: empty ${label.en}.`);
    } else if (field === "body" && !tokens.some((t) => t.kind === "field" && t.info.block)) {
      add("warning", "template.no-invoice-table", field, null, null,
        `${where} : le corps ne contient pas {factures} ; le client ne verra pas le détail des factures.`,
        `${whereEn}: the body has no {factures}; the customer will not see the invoice details.`);
    }
  }
  return problems;
}

/**
 * Problems of the whole set against the schedule: each template's own problems, a missing template for an
 * e-mail step in a language, two templates for the same level and language.
 */
export function validateTemplates(
  templates: readonly ReminderTemplate[], schedule: readonly ReminderStep[], languages: readonly Language[] = ["fr", "en"],
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  for (const t of templates) {
    const key = `${levelKey(t.level)}|${t.language}`;
    if (seen.has(key)) {
      problems.push({
        severity: "error", code: "template.duplicate", level: t.level, language: t.language, field: null, offset: null, length: null,
        message: `Deux modèles pour le niveau ${t.level} (${t.language}) : supprimez-en un. / Two templates for level ${t.level} (${t.language}): remove one.`,
      });
    }
    seen.add(key);
    problems.push(...validateTemplate(t));
  }
  for (const step of schedule) {
    if (!sendsEmail(step)) continue;
    for (const language of languages) {
      if (!seen.has(`${levelKey(step.id)}|${language}`)) {
        problems.push({
          severity: "error", code: "template.missing", level: step.id, language, field: null, offset: null, length: null,
          message: `Aucun modèle pour le niveau ${step.id} en ${language === "fr" ? "français" : "anglais"} : ajoutez-le dans les Paramètres. / No template for level ${step.id} in ${language === "fr" ? "French" : "English"}: add it in the settings.`,
        });
      }
    }
  }
  return problems;
}

/** The template of a level in a language, or null. */
export function templateFor(templates: readonly ReminderTemplate[], level: string, language: Language): ReminderTemplate | null {
  return templates.find((t) => t.language === language && levelKey(t.level) === levelKey(level)) ?? null;
}
