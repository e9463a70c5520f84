// Plan → drafts ready for delivery (src/mail), and the journal entries of the drafts actually created.
import { addDays, type IsoDay } from "../days/day";
import { draftKey, draftedKeys } from "../journal/draft-key";
import type { JournalEntry } from "../journal/types";
import { draftData } from "../templates/data";
import { renderDraft } from "../templates/render";
import type { ReminderTemplate, TemplateProblem } from "../templates/types";
import { templateFor, validateTemplate } from "../templates/validate";
import type { Language } from "./language";
import type { ClientPlan, ReminderPlan } from "./plan-types";
import type { ReminderSettings } from "./settings";

/**
 * One reminder e-mail, ready for Graph or a .eml file. The same shape as `DraftMessage` in
 * src/mail/types.ts (kept in step by a test); the core cannot import src/mail.
 */
export interface RenderedDraft {
  clientId: string;
  level: string;
  day: IsoDay;
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
  language: Language;
  idempotencyKey: string;
}

export interface DraftBuild {
  /** In the plan's order. Empty when any template problem is an error: nothing is created. */
  drafts: RenderedDraft[];
  /** Problems of the templates the plan needs (errors block every draft; warnings do not). */
  problems: TemplateProblem[];
  /** Clients whose draft for this level and day is already in the journal (a retry): not built again. */
  alreadyDrafted: { client: string; key: string }[];
}

function emailClients(plan: ReminderPlan): (ClientPlan & { step: NonNullable<ClientPlan["step"]> })[] {
  return plan.clients.filter((c): c is ClientPlan & { step: NonNullable<ClientPlan["step"]> } => c.step !== null && c.actions.includes("email"));
}

/**
 * The drafts of every client the plan e-mails, written on `day`. Every template the plan needs is checked
 * first; a missing template or one with an error stops everything before any draft exists. A client whose
 * key (client + level + day) is already in the journal is not drafted again.
 */
export function buildDrafts(
  plan: ReminderPlan, templates: readonly ReminderTemplate[], settings: ReminderSettings, day: IsoDay,
  journal: readonly JournalEntry[] = [],
): DraftBuild {
  const clients = emailClients(plan);
  const problems: TemplateProblem[] = [];
  const chosen = new Map<ClientPlan, ReminderTemplate>();
  const checked = new Set<ReminderTemplate>();
  const missing = new Set<string>();
  for (const c of clients) {
    const template = templateFor(templates, c.step.id, c.language);
    if (template === null) {
      const id = `${c.step.id}|${c.language}`;
      if (!missing.has(id)) {
        missing.add(id);
        const lang = c.language === "fr" ? { fr: "français", en: "French" } : { fr: "anglais", en: "English" };
        problems.push({
          severity: "error", code: "template.missing", level: c.step.id, language: c.language, field: null, offset: null, length: null,
          message: `Aucun modèle pour le niveau ${c.step.id} en ${lang.fr} (client ${c.name}…) : ajoutez-le dans les Paramètres ; aucun brouillon n'a été créé. / ` +
            `No template for level ${c.step.id} in ${lang.en} (customer ${c.name}…): add it in the settings; no draft was created.`,
        });
      }
      continue;
    }
    chosen.set(c, template);
    if (!checked.has(template)) {
      checked.add(template);
      problems.push(...validateTemplate(template));
    }
  }
  if (problems.some((p) => p.severity === "error")) return { drafts: [], problems, alreadyDrafted: [] };

  const done = draftedKeys(journal);
  const drafts: RenderedDraft[] = [];
  const skipped: DraftBuild["alreadyDrafted"] = [];
  for (const c of clients) {
    const template = chosen.get(c);
    if (template === undefined) continue;
    const key = draftKey(c.client, c.step.id, day);
    if (done.has(key)) {
      skipped.push({ client: c.client, key });
      continue;
    }
    const rendered = renderDraft(template, draftData(c, settings, day));
    drafts.push({
      clientId: c.client, level: c.step.id, day, to: [...c.to], cc: [...c.cc], subject: rendered.subject, html: rendered.html,
      text: rendered.text, language: c.language, idempotencyKey: key,
    });
  }
  return { drafts, problems, alreadyDrafted: skipped };
}

/** What src/mail answers for a draft (the fields of its DraftOutcome that the journal needs). */
export interface DraftOutcomeLike {
  key: string;
  status: "created" | "existing" | "failed";
  id?: string;
  webLink?: string;
}

export interface JournalEntriesInput {
  plan: ReminderPlan;
  drafts: readonly RenderedDraft[];
  outcomes: readonly DraftOutcomeLike[];
  /** The journal as read before: drafts it already records are not appended twice (resumed batches). */
  journal?: readonly JournalEntry[];
  settings?: Pick<ReminderSettings, "paymentDeadlineDays">;
  author?: string;
}

/**
 * The journal rows to append for the drafts that exist now (created, or found by their key after a retry),
 * in the order of the outcomes. Failed drafts get no row: the plan will propose them again.
 * The next action is the day the following step falls due; after the last step, the payment deadline.
 */
export function journalEntriesFor(input: JournalEntriesInput): JournalEntry[] {
  const known = draftedKeys(input.journal ?? []);
  const byKey = new Map(input.drafts.map((d) => [d.idempotencyKey, d]));
  const clients = new Map(input.plan.clients.map((c) => [c.client, c]));
  const entries: JournalEntry[] = [];
  for (const outcome of input.outcomes) {
    if (outcome.status === "failed" || known.has(outcome.key.toLowerCase())) continue;
    const draft = byKey.get(outcome.key);
    if (draft === undefined) continue;
    known.add(outcome.key.toLowerCase());
    const plan = clients.get(draft.clientId);
    const entry: JournalEntry = {
      date: draft.day, client: draft.clientId, invoices: plan?.invoices.map((i) => i.invoice) ?? [], level: draft.level,
      channel: plan?.step?.channel === "mise-en-demeure" ? "mise-en-demeure" : "e-mail", draftKey: outcome.key,
    };
    if (outcome.id !== undefined) entry.draftId = outcome.id;
    if (outcome.webLink !== undefined) entry.draftLink = outcome.webLink;
    const next = plan?.nextStep?.date;
    if (next !== undefined && next > draft.day) entry.nextActionDate = next;
    else if (input.settings !== undefined) entry.nextActionDate = addDays(draft.day, Math.max(1, input.settings.paymentDeadlineDays));
    if (input.author !== undefined && input.author.trim() !== "") entry.author = input.author.trim();
    entries.push(entry);
  }
  return entries;
}
