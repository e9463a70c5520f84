// The reminder use cases the taskpane calls (design.md §1, §8; issue 6): plain async functions, typed inputs and
// outputs; Excel and Graph stay behind src/excel and src/mail.
//
//   const planned = await planFromSelection({ today, settings });            // read-only: nothing is created
//   if (planned.ok) show(planned.plan, planned.drafts);
//   const done = await createReminderDrafts({ plan, drafts, mode: "graph", tokenProvider });
//
// Never two drafts for one client, level and day:
// - the journal is read again just before creating: a draft whose key it already records is not created again
//   and gets no second row;
// - the keys of the batch are recorded in the workbook before the first request (markDraftsPending) and cleared
//   in the same batch that writes the journal rows. If the taskpane is closed mid-batch, the next run finds them
//   and looks every draft up by its key before creating it (createDrafts `resume`), so the drafts made before
//   the interruption are journaled as "existing" instead of being created twice.
import { splitBilingual } from "../core/reminders/language";
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import { draftedKeys } from "../core/journal";
import {
  buildDrafts, journalEntriesFor, planReminders, type Localized, type ReminderPlan, type RenderedDraft,
} from "../core/reminders";
import type { EncoursSettings } from "../core/settings";
import { validateTemplates, type TemplateProblem } from "../core/templates";
import { ExcelFailure, getSelectedRanges, type RunOptions } from "../excel";
import {
  appendJournal, journalRefusal, markDraftsPending, readJournal, type AppendResult, type JournalLocation,
} from "../excel/journal";
import type { TokenProvider } from "../mail/auth";
import { createDrafts, type CreateDraftsDeps } from "../mail/graph-drafts";
import type { DraftError, DraftStatus } from "../mail/types";
import { emlFiles } from "./reminders-eml";
import { loadReminderWorkbook, type LoadOptions } from "./reminders-load";
import { selectedCells, selectionSheets } from "./reminders-selection";

/** The day reminders are computed at: the caller's as-of, the settings' fixed day, else today. */
export function reminderAsOf(settings: EncoursSettings, today: IsoDay, asOf?: IsoDay): IsoDay {
  if (asOf !== undefined) return asOf;
  return typeof settings.asOfMode === "object" ? settings.asOfMode.fixed : today;
}

export interface PlanDeps {
  /** Today (the caller's clock): the day of the drafts and of their journal rows. */
  today: IsoDay;
  settings: EncoursSettings;
  /** Day the invoices are aged at (default: reminderAsOf). */
  asOf?: IsoDay;
  excel?: LoadOptions;
}

export type PlanResult =
  | {
      ok: true;
      plan: ReminderPlan;
      /** One per client e-mailed, in the plan's order (clients already drafted today excluded). */
      drafts: RenderedDraft[];
      /** Template warnings (e.g. a body without {factures}); errors never reach here. */
      problems: TemplateProblem[];
      /** Clients whose draft for this level is already in the journal today. */
      alreadyDrafted: { client: string; key: string }[];
      /** Reading, ledger, journal and selection problems, each with its sheet and cell. */
      issues: Issue[];
      asOf: IsoDay;
      day: IsoDay;
      journal: JournalLocation | null;
      /** The workbook's date system, as read: the journal rows of the drafts are written in it. */
      date1904: boolean;
    }
  | { ok: false; message: Localized; issues: Issue[]; problems: TemplateProblem[] };

function templateFailure(problems: TemplateProblem[]): { ok: false; message: Localized; issues: Issue[]; problems: TemplateProblem[] } {
  const errors = problems.filter((p) => p.severity === "error");
  const parts = errors.slice(0, 3).map((p) => splitBilingual(p.message));
  const more = errors.length > 3 ? { fr: ` (et ${errors.length - 3} autre(s))`, en: ` (and ${errors.length - 3} more)` } : { fr: "", en: "" };
  return {
    ok: false,
    message: {
      fr: `Modèles de relance à corriger avant toute création : ${parts.map((p) => p.fr).join(" ; ")}${more.fr}`,
      en: `Reminder templates to fix before anything is created: ${parts.map((p) => p.en).join("; ")}${more.en}`,
    },
    issues: [],
    problems,
  };
}

/**
 * From the rows the user selected (aged balance, invoice sheet, journal; several areas) to the plan per client
 * and the drafts ready to create. Reads only: nothing is created or written. The templates are checked first:
 * an unknown placeholder (or any template error) gives ok:false before anything else happens.
 */
export async function planFromSelection(deps: PlanDeps): Promise<PlanResult> {
  const { settings, today } = deps;
  const early = validateTemplates(settings.templates, settings.schedule).filter((p) => p.code !== "template.missing");
  if (early.some((p) => p.severity === "error")) return templateFailure(early);
  const asOf = reminderAsOf(settings, today, deps.asOf);
  const options = deps.excel ?? {};
  try {
    const areas = await getSelectedRanges(options);
    const load = await loadReminderWorkbook(settings, asOf, options);
    if (!load.ok) return { ok: false, message: load.message, issues: [], problems: [] };
    const { workbook } = load;
    const sheets = await selectionSheets(areas, workbook, settings.columnOverrides.invoices, options);
    const plan = planReminders({
      aging: workbook.aging, ledger: workbook.ledger, journal: workbook.journal.entries, schedule: settings.schedule,
      asOf, settings: settings.reminders, selection: selectedCells(areas), sheets,
    });
    const issues = [...workbook.issues, ...plan.issues];
    const blocking = plan.messages.find((m) => m.severity === "error");
    if (blocking !== undefined) return { ok: false, message: splitBilingual(blocking.message), issues, problems: [] };
    const built = buildDrafts(plan, settings.templates, settings.reminders, today, workbook.journal.entries);
    if (built.problems.some((p) => p.severity === "error")) return { ...templateFailure(built.problems), issues };
    return {
      ok: true, plan, drafts: built.drafts, problems: built.problems, alreadyDrafted: built.alreadyDrafted, issues, asOf, day: today,
      journal: workbook.journal.location, date1904: workbook.info.date1904,
    };
  } catch (error) {
    if (error instanceof ExcelFailure) return { ok: false, message: { fr: error.fr, en: error.en }, issues: [], problems: [] };
    throw error;
  }
}

/** Graph client settings (tests and benches point them at a local server). */
export type GraphOptions = Pick<CreateDraftsDeps, "baseUrl" | "sleep" | "now" | "random" | "maxConcurrent" | "timeoutMs" | "maxAttempts" | "maxRetryAfterMs">;

export interface CreateInput {
  plan: ReminderPlan;
  drafts: readonly RenderedDraft[];
  /** "graph": Outlook drafts through Microsoft Graph (signed in); "eml": .eml files in a .zip, offline. */
  mode: "graph" | "eml";
  /** Required for "graph". */
  tokenProvider?: Pick<TokenProvider, "getToken">;
  fetch?: typeof fetch;
  /**
   * Look every draft up by its key before creating it. Default: automatic — on when the workbook records a
   * batch that was started and not finished (taskpane closed mid-batch).
   */
  resume?: boolean;
  onProgress?(clientId: string, status: DraftStatus): void;
  /** Author column of the journal rows (the signed-in user's name). */
  author?: string;
  /** Next action after the last step: the payment deadline of the settings. */
  settings?: Pick<EncoursSettings["reminders"], "paymentDeadlineDays">;
  /** Clock for the .eml Date header and zip entries (default now). */
  now?: Date;
  /** From header of the .eml files (default none: Outlook uses the account that opens them). */
  from?: string;
  graph?: GraphOptions;
  /** Excel options; `date1904`: the workbook's date system as planFromSelection read it (journal dates). */
  excel?: RunOptions & { date1904?: boolean };
}

export interface ReminderOutcome {
  clientId: string;
  /** The client's name in the plan. */
  name: string;
  key: string;
  status: DraftStatus;
  /** Outlook draft id and link (Graph). */
  id?: string;
  webLink?: string;
  /** File name in the zip (.eml). */
  file?: string;
  error?: DraftError;
}

export interface CreateResult {
  /** One per draft attempted, in the drafts' order. */
  outcomes: ReminderOutcome[];
  /** Journal rows written (one per draft created or found). */
  journalAppended: number;
  /** Drafts the journal already recorded: neither created nor journaled again. */
  alreadyInJournal: { clientId: string; key: string }[];
  journal: AppendResult | null;
  /** The .eml files (mode "eml"). */
  eml?: { zip: Uint8Array; names: string[] };
  /** True when the drafts were looked up by key before being created. */
  resumed: boolean;
}

/** The error of a use case that cannot start (not signed in…); `fr` / `en` like ExcelFailure. */
export class ReminderError extends Error {
  override readonly name = "ReminderError";
  constructor(readonly code: string, readonly fr: string, readonly en: string) {
    super(`${fr} / ${en}`);
  }
}

/** The label written in the journal's link column for a draft delivered as a file. */
export function emlMark(file: string): string {
  return `fichier .eml : ${file}`;
}

/**
 * Creates the drafts (Graph) or the .eml files, then appends one journal row per draft that exists now (created,
 * or found by its key), in one batch. Rejects with an ExcelFailure when the journal cannot be written (protected,
 * header row lost) — checked before any draft is created — or with a ReminderError when not signed in.
 */
export async function createReminderDrafts(input: CreateInput): Promise<CreateResult> {
  const excel = input.excel ?? {};
  if (input.mode === "graph" && input.tokenProvider === undefined) {
    throw new ReminderError("NotSignedIn",
      "Connectez-vous à Outlook (Microsoft 365) pour créer les brouillons, ou choisissez les fichiers .eml.",
      "Sign in to Outlook (Microsoft 365) to create the drafts, or choose .eml files.");
  }
  const journal = await readJournal(excel);
  const refusal = journalRefusal(journal.location);
  if (refusal !== null) throw refusal;

  const done = draftedKeys(journal.entries);
  const todo = input.drafts.filter((d) => !done.has(d.idempotencyKey.toLowerCase()));
  const alreadyInJournal = input.drafts.filter((d) => done.has(d.idempotencyKey.toLowerCase())).map((d) => ({ clientId: d.clientId, key: d.idempotencyKey }));
  const names = new Map(input.plan.clients.map((c) => [c.client, c.name]));
  const nameOf = (clientId: string) => names.get(clientId) ?? clientId;
  const append = (entries: Parameters<typeof appendJournal>[0], pendingKeys?: string[]) =>
    appendJournal(entries, {
      ...excel, location: journal.location, structure: journal.structure,
      ...(pendingKeys !== undefined ? { pendingKeys } : {}),
    });
  const entriesInput = {
    plan: input.plan, drafts: todo, journal: journal.entries,
    ...(input.settings !== undefined ? { settings: input.settings } : {}),
    ...(input.author !== undefined ? { author: input.author } : {}),
  };

  if (input.mode === "eml") {
    const built = await emlFiles(todo, (d) => nameOf(d.clientId), input.now ?? new Date(), input.from);
    const outcomes: ReminderOutcome[] = todo.map((draft, i) => {
      const file = built.files[i];
      const base = { clientId: draft.clientId, name: nameOf(draft.clientId), key: draft.idempotencyKey };
      const outcome: ReminderOutcome = file?.ok === true
        ? { ...base, status: "created", file: file.name }
        : { ...base, status: "failed", error: { code: "InvalidAddress", message: file?.ok === false ? file.message : "" } };
      input.onProgress?.(draft.clientId, outcome.status);
      return outcome;
    });
    const files = new Map(outcomes.flatMap((o) => (o.file !== undefined ? [[o.key, o.file] as const] : [])));
    const entries = journalEntriesFor({ ...entriesInput, outcomes: outcomes.map((o) => ({ key: o.key, status: o.status })) })
      .map((entry) => ({ ...entry, draftLink: emlMark(files.get(entry.draftKey ?? "") ?? "") }));
    const written = entries.length > 0 ? await append(entries) : null;
    return {
      outcomes, journalAppended: written?.appended ?? 0, alreadyInJournal, journal: written,
      eml: { zip: built.zip, names: built.names }, resumed: false,
    };
  }

  const pending = new Set(journal.pendingKeys.map((k) => k.toLowerCase()));
  const resumed = input.resume ?? todo.some((d) => pending.has(d.idempotencyKey.toLowerCase()));
  if (todo.length === 0) {
    return { outcomes: [], journalAppended: 0, alreadyInJournal, journal: null, resumed: false };
  }
  // From here on, an interruption leaves this record: the next run looks these drafts up before creating them.
  await markDraftsPending(todo.map((d) => d.idempotencyKey), excel);
  const clientOfKey = new Map(todo.map((d) => [d.idempotencyKey, d.clientId]));
  const tokens = input.tokenProvider as Pick<TokenProvider, "getToken">;
  const results = await createDrafts(todo.map((d) => ({ ...d, to: [...d.to], cc: [...d.cc] })), {
    ...input.graph,
    fetch: input.fetch ?? fetch,
    getToken: (opts) => tokens.getToken(opts),
    resume: resumed,
    onProgress: (outcome) => input.onProgress?.(clientOfKey.get(outcome.key) ?? "", outcome.status),
  });
  const outcomes: ReminderOutcome[] = results.map((r, i) => {
    const draft = todo[i] as RenderedDraft;
    const outcome: ReminderOutcome = { clientId: draft.clientId, name: nameOf(draft.clientId), key: r.key, status: r.status };
    if (r.id !== undefined) outcome.id = r.id;
    if (r.webLink !== undefined) outcome.webLink = r.webLink;
    if (r.error !== undefined) outcome.error = r.error;
    return outcome;
  });
  const entries = journalEntriesFor({ ...entriesInput, outcomes: results });
  // Drafts whose fate is unknown (timeout, dropped connection) stay recorded: the next run looks them up first.
  const unknown = results.filter((r) => r.status === "failed" && r.error?.outcomeUnknown === true).map((r) => r.key);
  const written = await append(entries, unknown);
  return { outcomes, journalAppended: written.appended, alreadyInJournal, journal: written, resumed };
}
