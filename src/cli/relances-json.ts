// `encours relances --json` and plan.json: the stable contract of a reminder run (format "encours-relances/1").
// Amounts are JSON numbers in currency units computed from integer cents; days are "YYYY-MM-DD"; messages are
// "français / English" as the core writes them. New fields may be added; existing ones keep their meaning.
import type { AgendaKind } from "../core/agenda";
import type { Issue } from "../core/issues";
import type { Channel } from "../core/journal";
import { centsToUnits } from "../core/money/cents";
import type { ClientPlan, ReminderAction, SkipReason } from "../core/reminders";
import { planCounts } from "./render-plan";
import type { DraftStatus, RelancesReport } from "./relances-report";

export const RELANCES_FORMAT = "encours-relances/1";

export interface JsonIssue {
  severity: string;
  code: string;
  message: string;
  sheet: string;
  row: number | null;
  cell: string | null;
}

export interface JsonClient {
  client: string;
  name: string;
  language: "fr" | "en";
  /** Level reached (schedule step id, e.g. "J+30"), null when none applies. */
  level: string | null;
  levelLabel: string | null;
  channel: Channel | null;
  /** Empty when the client is set aside. */
  actions: ReminderAction[];
  skip: { reason: SkipReason; message: string } | null;
  to: string[];
  cc: string[];
  contact: string | null;
  invoices: {
    invoice: string; date: string; due: string; currency: string; amount: number; outstanding: number; daysOverdue: number; penalty: number;
  }[];
  excluded: { invoice: string; currency: string; outstanding: number; daysOverdue: number; reason: "disputed" | "promised"; detail: string }[];
  totals: { currency: string; amount: number; outstanding: number; penalties: number; invoices: number }[];
  /** Indemnité forfaitaire (EUR): 40 € per overdue invoice included. */
  indemnity: number;
  oldestDue: string | null;
  oldestDaysOverdue: number | null;
  nextStep: { level: string; date: string } | null;
  promise: { date: string; amount: number | null; status: "pending" | "kept" | "broken" } | null;
  /** The plan's notes, then data problems on the client's own row (e.g. an invalid e-mail address). */
  warnings: string[];
  /** The e-mail draft of this client, when the plan e-mails it. */
  draft: {
    status: DraftStatus | "already-in-journal"; file: string | null; subject: string | null; key: string; error: string | null;
  } | null;
}

export interface RelancesJson {
  format: typeof RELANCES_FORMAT;
  asOf: string;
  source: string;
  language: "fr" | "en";
  scope: { kind: "all" } | { kind: "selection"; ranges: string[] };
  summary: {
    clients: number; toRemind: number; emails: number; calls: number; letters: number; skipped: number;
    skippedByReason: Partial<Record<SkipReason, number>>;
    draftsWritten: number; alreadyDrafted: number; dataProblems: number;
  };
  /** Clients with an action first (largest amount first), then those set aside. */
  clients: JsonClient[];
  /** Plan-wide messages: empty selection, penalty rate not confirmed, missing IBAN… and template warnings. */
  messages: { severity: string; code: string; message: string }[];
  /** Problems tied to the selection and the journal sheet. */
  issues: JsonIssue[];
  agenda: {
    kind: AgendaKind; date: string; late: boolean; client: string; name: string; contact: string | null; level: string | null;
    invoices: string[]; amounts: { currency: string; amount: number }[]; title: string; goal: string;
  }[];
  drafts: {
    /** The run folder, null without --out. */
    directory: string | null;
    files: { file: string | null; client: string; level: string; subject: string; to: string[]; cc: string[]; key: string; status: DraftStatus; sha256: string | null }[];
    /** .eml files of the previous run on the same date removed because this run no longer drafts them. */
    removed: string[];
    /** .eml files in the folder that Encours left alone (changed or added by someone else). */
    foreign: string[];
  };
  /** Rows to add to "Suivi des relances" once the e-mails are sent (channel, level, draft key, next action). */
  journal: { date: string; client: string; invoices: string[]; level: string; channel: Channel; draftKey: string | null; nextActionDate: string | null }[];
}

const units = (cents: number): number => centsToUnits(cents) + 0; // + 0 turns -0 into 0

function jsonIssue(i: Issue): JsonIssue {
  return { severity: i.severity, code: i.code, message: i.message, sheet: i.sheet, row: i.row, cell: i.cell };
}

function jsonClient(c: ClientPlan, r: RelancesReport): JsonClient {
  const draft = r.drafts.find((d) => d.client === c.client);
  const already = r.alreadyDrafted.find((a) => a.client === c.client);
  return {
    client: c.client,
    name: c.name,
    language: c.language,
    level: c.step?.id ?? null,
    levelLabel: c.step?.label[r.language] ?? null,
    channel: c.step?.channel ?? null,
    actions: [...c.actions],
    skip: c.skip === undefined ? null : { reason: c.skip.reason, message: c.skip.message },
    to: [...c.to],
    cc: [...c.cc],
    contact: c.contact ?? null,
    invoices: c.invoices.map((i) => ({
      invoice: i.invoice, date: i.date, due: i.due, currency: i.currency, amount: units(i.amount), outstanding: units(i.outstanding),
      daysOverdue: i.daysOverdue, penalty: units(i.penalty),
    })),
    excluded: c.excluded.map((x) => ({
      invoice: x.invoice, currency: x.currency, outstanding: units(x.outstanding), daysOverdue: x.daysOverdue, reason: x.reason, detail: x.detail,
    })),
    totals: c.totals.map((t) => ({ currency: t.currency, amount: units(t.amount), outstanding: units(t.outstanding), penalties: units(t.penalties), invoices: t.invoices })),
    indemnity: units(c.indemnity),
    oldestDue: c.oldestDue,
    oldestDaysOverdue: c.oldestDaysOverdue,
    nextStep: c.nextStep === undefined ? null : { level: c.nextStep.step.id, date: c.nextStep.date },
    promise: c.promise === undefined ? null : {
      date: c.promise.promiseDate, amount: c.promise.promiseAmount === undefined ? null : units(c.promise.promiseAmount), status: c.promise.status,
    },
    warnings: [...c.warnings, ...(r.clientIssues.get(c.client) ?? []).map((i) => i.message)],
    draft: draft !== undefined
      ? { status: draft.status, file: draft.file, subject: draft.subject, key: draft.key, error: draft.error ?? null }
      : already !== undefined ? { status: "already-in-journal", file: null, subject: null, key: already.key, error: null } : null,
  };
}

export function relancesJson(r: RelancesReport): RelancesJson {
  const n = planCounts(r);
  return {
    format: RELANCES_FORMAT,
    asOf: r.asOf,
    source: r.sourceLabel,
    language: r.language,
    scope: r.scope.kind === "all" ? { kind: "all" } : { kind: "selection", ranges: [...r.scope.ranges] },
    summary: {
      clients: r.plan.clients.length, toRemind: n.remind, emails: n.emails, calls: n.calls, letters: n.letters, skipped: n.skipped,
      skippedByReason: Object.fromEntries(n.byReason),
      draftsWritten: r.drafts.filter((d) => d.file !== null).length, alreadyDrafted: r.alreadyDrafted.length, dataProblems: r.dataProblems.length,
    },
    clients: r.plan.clients.map((c) => jsonClient(c, r)),
    messages: [
      ...r.plan.messages.map((m) => ({ severity: m.severity, code: m.code, message: m.message })),
      ...r.templateWarnings.map((p) => ({ severity: p.severity, code: p.code, message: p.message })),
    ],
    issues: [...r.plan.issues, ...r.journalIssues].map(jsonIssue),
    agenda: r.agenda.items.map((i) => ({
      kind: i.kind, date: i.date, late: i.late, client: i.client, name: i.name, contact: i.contact ?? null, level: i.level ?? null,
      invoices: [...i.invoices], amounts: i.amounts.map((a) => ({ currency: a.currency, amount: units(a.cents) })),
      title: i.title[r.language], goal: i.goal[r.language],
    })),
    drafts: {
      directory: r.output?.directory ?? null,
      files: r.drafts.map((d) => ({
        file: d.file, client: d.client, level: d.level, subject: d.subject, to: [...d.to], cc: [...d.cc], key: d.key, status: d.status, sha256: d.sha256 ?? null,
      })),
      removed: [...(r.output?.removed ?? [])],
      foreign: [...(r.output?.foreign ?? [])],
    },
    journal: r.journalRows.map((e) => ({
      date: e.date, client: e.client, invoices: [...e.invoices], level: e.level, channel: e.channel, draftKey: e.draftKey ?? null, nextActionDate: e.nextActionDate ?? null,
    })),
  };
}

export function renderRelancesJson(r: RelancesReport): string {
  return `${JSON.stringify(relancesJson(r), null, 2)}\n`;
}
