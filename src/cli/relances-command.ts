// `encours relances`: from the workbook (and the rows selected with --select) to the reminder plan, the .eml
// drafts, plan.json and agenda.txt. The same core as the taskpane: planReminders / planForClients, buildDrafts
// with the default templates, buildAgenda, journalEntriesFor; src/mail writes the .eml files.
//
// Order of work: read → plan → render every draft (a template problem stops here, before any file exists) →
// lay the files out in OUT/<as-of>/ (never overwriting a file that is not ours) → write → report.
import { join } from "node:path";
import { buildAgenda, type Agenda } from "../core/agenda";
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import { quoteSheetName } from "../core/plan";
import { locateBalanceRow } from "../core/reports";
import {
  DEFAULT_REMINDER_SETTINGS, DEFAULT_SCHEDULE, buildDrafts, journalEntriesFor, planForClients, planReminders,
  type ClientPlan, type PlanContextInput, type ReminderPlan, type ReminderSettings, type RowTarget, type SelectedCells,
  type SelectionSheets,
} from "../core/reminders";
import type { RawSheet } from "../core/sheet";
import { DEFAULT_TEMPLATES, type ReminderTemplate } from "../core/templates";
import { InputError, type ReadFile } from "./input-files";
import type { RelancesArgs } from "./relances-args";
import { mailDate } from "../mail/eml";
import { buildEmls } from "./relances-eml";
import { renderAgendaText } from "./relances-agenda";
import { renderRelancesJson } from "./relances-json";
import { pick } from "./relances-lang";
import { commitRun, layoutRun, type OutputFs } from "./relances-output";
import type { DraftReport, RelancesReport } from "./relances-report";
import { areaAddress, selectedCells } from "./relances-select";
import { findSheetName, loadRelancesWorkbook, type RelancesWorkbook } from "./relances-workbook";
import { renderPlanText } from "./render-plan";
import { oneLine } from "./text-format";

export interface RelancesEnv {
  /** Today from the caller's clock: the default as-of date. */
  today: IsoDay;
  /** The clock reading that dates the .eml files. */
  now: Date;
  readFile: ReadFile;
  /** Where files are written; required with --out. */
  output?: OutputFs;
  /** The reminder templates (default: DEFAULT_TEMPLATES; the workbook's own settings come later). */
  templates?: readonly ReminderTemplate[];
  /** Company, payment details, signature… (default: DEFAULT_REMINDER_SETTINGS, all blank until the settings exist). */
  settings?: Partial<ReminderSettings>;
}

export type RelancesOutcome =
  | { ok: true; stdout: string; report: RelancesReport }
  | { ok: false; message: string };

/** What a row of the aged balance stands for, from the row's own cells (credit rows select nothing). */
function balanceRows(raw: RawSheet): (row: number) => RowTarget | null {
  const firstRow = raw.firstRow ?? 1;
  return (row) => {
    const ref = locateBalanceRow(raw.values[row - firstRow] ?? []);
    if (ref === null) return null;
    if (ref.kind === "client") return { kind: "client", client: ref.client };
    if (ref.kind === "invoice" && ref.invoice !== undefined) return { kind: "invoice", invoice: ref.invoice, client: ref.client };
    return null;
  };
}

/**
 * The sheet to read as the aged balance: the one Encours marked as its "balance", else a selected sheet that is
 * neither an input sheet nor the journal and whose rows read as the aged balance's (client / invoice rows).
 */
function agedBalanceSheet(wb: RelancesWorkbook, selected: readonly string[]): string | null {
  const marked = wb.owned.get("balance");
  if (marked !== undefined && selected.includes(marked)) return marked;
  for (const name of selected) {
    const ownedByOther = [...wb.owned].some(([key, sheet]) => key !== "balance" && sheet === name);
    if (wb.inputSheets.includes(name) || name === wb.journalSheet?.sheet || name === marked || ownedByOther) continue;
    const raw = wb.sheets.get(name);
    if (raw === undefined) continue;
    if (raw.values.some((row) => locateBalanceRow(row) !== null)) return name;
  }
  return null;
}

/** The selected areas as the core reads them, and how the selected sheets are to be understood. */
function selection(wb: RelancesWorkbook, args: RelancesArgs): { cells: SelectedCells[]; sheets: SelectionSheets; ranges: string[] } {
  const cells: SelectedCells[] = [];
  const ranges: string[] = [];
  const names: string[] = [];
  for (const ref of args.selections) {
    const name = findSheetName(wb.sheetNames, ref.sheet) ?? ref.sheet;
    if (!names.includes(name)) names.push(name);
    const raw = wb.sheets.get(name);
    for (const area of ref.areas) {
      ranges.push(`${quoteSheetName(name)}!${areaAddress(area)}`);
      cells.push(raw === undefined ? { sheet: name, values: [], firstRow: area.top, firstColumn: area.left } : selectedCells(raw, area));
    }
  }
  const sheets: SelectionSheets = {};
  const balance = agedBalanceSheet(wb, names);
  const balanceRaw = balance === null ? undefined : wb.sheets.get(balance);
  if (balance !== null && balanceRaw !== undefined) sheets.agedBalance = { sheet: balance, rows: balanceRows(balanceRaw) };
  if (wb.journalSheet?.clientColumn !== undefined) sheets.journalSheet = { sheet: wb.journalSheet.sheet, clientColumn: wb.journalSheet.clientColumn };
  return { cells, sheets, ranges };
}

/** Data problems on each client's own row of the Clients sheet (an invalid e-mail address…). */
function issuesByClient(wb: RelancesWorkbook, plan: ReminderPlan): Map<string, Issue[]> {
  const rows = new Map<string, string>();
  for (const c of plan.clients) {
    const source = wb.ledger.clients.get(c.client)?.source;
    if (source !== undefined) rows.set(`${source.sheet}\u0000${source.row}`, c.client);
  }
  const out = new Map<string, Issue[]>();
  for (const issue of wb.issues) {
    if (issue.row === null) continue;
    const client = rows.get(`${issue.sheet}\u0000${issue.row}`);
    if (client === undefined) continue;
    out.set(client, [...(out.get(client) ?? []), issue]);
  }
  return out;
}

function agendaOf(context: PlanContextInput, plan: ReminderPlan): Agenda {
  const clients = new Set(plan.clients.map((c) => c.client));
  const agenda = buildAgenda({ ...context, horizonDays: 7 });
  return { items: agenda.items.filter((i) => clients.has(i.client)), messages: agenda.messages };
}

export async function runRelances(args: RelancesArgs, env: RelancesEnv): Promise<RelancesOutcome> {
  const asOf = args.asOf ?? env.today;
  if (args.out !== undefined && env.output === undefined) {
    throw new Error("relances --out needs a file system to write to");
  }
  let wb: RelancesWorkbook;
  try {
    wb = await loadRelancesWorkbook(args.workbook, asOf, args.selections.map((s) => s.sheet), env.readFile);
  } catch (error) {
    if (error instanceof InputError) return { ok: false, message: oneLine(error.message) };
    throw error;
  }

  const settings: ReminderSettings = { ...DEFAULT_REMINDER_SETTINGS, ...env.settings, defaultLanguage: args.language };
  const context: PlanContextInput = { aging: wb.aging, ledger: wb.ledger, journal: wb.journal, schedule: DEFAULT_SCHEDULE, asOf, settings };
  const chosen = args.selections.length > 0 ? selection(wb, args) : null;
  const plan = chosen === null
    ? planForClients(context, "all")
    : planReminders({ ...context, selection: chosen.cells, sheets: chosen.sheets });

  // Every draft is rendered before anything is written: a template problem stops the run here.
  const build = buildDrafts(plan, env.templates ?? DEFAULT_TEMPLATES, settings, asOf, wb.journal);
  const blocking = build.problems.filter((p) => p.severity === "error");
  if (blocking.length > 0) {
    const lines = blocking.map((p) => `${pick(oneLine(p.message), "fr")} / ${pick(oneLine(p.message), "en")}`);
    return {
      ok: false,
      message: [
        "Modèles de relance inutilisables : aucun fichier n'a été écrit. / Unusable reminder templates: no file was written.",
        ...lines.map((l) => `  ${l}`),
      ].join("\n"),
    };
  }

  const clients = new Map<string, ClientPlan>(plan.clients.map((c) => [c.client, c]));
  const emls = buildEmls(build.drafts, clients, mailDate(env.now));
  const refused = new Map(emls.refused.map((x) => [x.draft.idempotencyKey, x.message]));
  const journalIssues = wb.journalSheet === undefined ? [] : wb.issues.filter((i) => i.sheet === wb.journalSheet?.sheet);

  const report: RelancesReport = {
    asOf,
    sourceLabel: wb.sourceLabel,
    language: args.language,
    scope: chosen === null ? { kind: "all" } : { kind: "selection", ranges: chosen.ranges },
    plan,
    agenda: agendaOf(context, plan),
    clientIssues: issuesByClient(wb, plan),
    dataProblems: wb.issues,
    journalIssues,
    templateWarnings: build.problems.filter((p) => p.severity !== "error"),
    drafts: build.drafts.map((d): DraftReport => {
      const error = refused.get(d.idempotencyKey);
      const base = { client: d.clientId, level: d.level, subject: d.subject, to: [...d.to], cc: [...d.cc], key: d.idempotencyKey, file: null };
      return error === undefined ? { ...base, status: "not-written" } : { ...base, status: "refused", error };
    }),
    alreadyDrafted: build.alreadyDrafted,
    output: null,
    journalRows: [],
    journalSheet: wb.journalSheet?.sheet ?? null,
  };

  if (args.out !== undefined && env.output !== undefined && plan.clients.length > 0) {
    const fs = env.output;
    const directory = join(args.out, asOf);
    const layout = await layoutRun(fs, directory, emls.emls.map((e) => ({ stem: e.stem, content: e.eml })));
    const byKey = new Map(report.drafts.map((d) => [d.key, d]));
    emls.emls.forEach((e, i) => {
      const placed = layout.files[i];
      const draft = byKey.get(e.draft.idempotencyKey);
      if (placed === undefined || draft === undefined) return;
      draft.file = placed.name;
      draft.status = placed.status;
      draft.sha256 = placed.sha256;
      if (placed.wanted !== undefined) draft.wanted = placed.wanted;
    });
    report.output = { directory, removed: layout.stale, foreign: layout.foreign };
    report.journalRows = journalEntriesFor({
      plan, drafts: emls.emls.map((e) => e.draft), outcomes: emls.emls.map((e) => ({ key: e.draft.idempotencyKey, status: "created" as const })),
      journal: wb.journal, settings,
    });
    await commitRun(fs, layout, emls.emls.map((e) => e.eml), renderRelancesJson(report), renderAgendaText(report));
  }

  return { ok: true, stdout: args.format === "json" ? renderRelancesJson(report) : renderPlanText(report), report };
}
