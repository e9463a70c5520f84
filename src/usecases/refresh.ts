// "Actualiser le tableau de bord" (design.md §1, §6, §7; issue 5): the one use case the ribbon command and the
// taskpane both call. It reads the workbook (src/excel), builds the ledger, reads the journal and the history
// back, builds the three report plans (src/core/reports) and writes them — nothing else is ever written.
//
// Round trips (each context.sync() is a network round trip on Excel on the web):
//   1. structure, markers, settings, and the size and first rows of every usually-named sheet;
//   2. every cell of the inputs, the journal and the history (up to ~3.5 MB of JSON: ~20,000 invoices);
//   3. every report, in one write when it fits in 3.5 MB (a 20,000-invoice balance does).
// Larger workbooks take more batches (inputs over 200,000 rows are fed to the ledger chunk by chunk and let go
// as they are read, so 1,048,575 rows fit in memory); every request and response stays within 4 MB.
//
// A refresh interrupted part-way never leaves reports that look complete: each report's title cell says
// "Actualisation interrompue…" from the moment its cells are written until the last write, which puts the
// titles back; the history (whose old rows exist nowhere else) is written before the other reports.
import { splitBilingual, type Localized } from "../core/reminders/language";
import { feedLedger } from "./feed-ledger";
import type { SheetKind } from "../core/columns/fields";
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import type { JournalEntry } from "../core/journal";
import { createLedgerBuilder } from "../core/ledger/build";
import type { ParsedHistoryRow } from "../core/history/history";
import { buildReportPlans, parseHistorySheet, summaryLine, type ReportSummary } from "../core/reports";
import { agingOptionsOf, parseSettings, resolveAsOf, type SettingsProblem } from "../core/settings";
import type { RawSheet, WorkbookInfo } from "../core/sheet";
import {
  ExcelFailure, applyPlans, journalFromSnapshot, readWorkbookSnapshot, type SettingsState,
} from "../excel";

export type RefreshStep = "lecture" | "calcul" | "ecriture" | "graphiques";

export interface RefreshDeps {
  /** Today's date where the user is (the default as-of date is the last day of the previous month). */
  today: IsoDay;
  /** The as-of date chosen for this refresh (the taskpane's Accueil); default: the settings' as-of mode. */
  asOf?: IsoDay;
  /** Local date-time of the refresh, ISO ("2025-11-14T10:32:05"): the reports' "généré le". */
  now: string;
  onProgress?(step: RefreshStep, done?: number, total?: number): void;
  /** Office's display language; used when the settings leave the language on "auto" (default "fr"). */
  language?: "fr" | "en";
  /** Show the dashboard when done (the ribbon command does; the taskpane leaves the user where they are). */
  showDashboard?: boolean;
  /** Inputs longer than this many rows are read chunk by chunk (default 200,000). */
  inlineRowLimit?: number;
  /** For tests: waits between retries while Excel is busy. */
  sleep?: (ms: number) => Promise<void>;
}


export interface RefreshTimings {
  /** Milliseconds reading the workbook (chunked reads included), computing, writing, and in all. */
  lecture: number;
  calcul: number;
  ecriture: number;
  total: number;
}

export type RefreshResult =
  | {
      ok: true;
      asOf: IsoDay;
      summary: ReportSummary;
      /** The one-line result, in both languages. */
      line: Localized;
      /** Every data problem (reading, ledger, lettrage, journal, history), each once. */
      issues: Issue[];
      /** Stored settings that could not be used (defaults took their place). */
      settingsProblems: SettingsProblem[];
      /** Sheet written per report key (balance, dashboard, history). */
      sheets: Record<string, string>;
      /** Invoices, payments/credits and clients read. */
      counts: { invoices: number; credits: number; clients: number };
      /** Round trips to Excel (context.sync calls). */
      syncs: number;
      /** Report features this Excel could not apply (older requirement sets), e.g. "outline". */
      skipped: string[];
      timings: RefreshTimings;
    }
  | {
      ok: false; message: Localized; issues?: Issue[]; syncs: number;
      /** The failure is fixed by choosing a sheet or a column in Paramètres (the message says so). */
      fixInSettings?: true;
    };

const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];

/** Shown in the reports' title cells until the refresh has written everything. */
export const INCOMPLETE_NOTICE =
  "⚠ Actualisation interrompue : ce rapport est incomplet. Relancez « Actualiser le tableau de bord ». / Refresh interrupted: this report is incomplete. Run “Refresh the dashboard” again.";


function quoted(names: readonly string[], language: "fr" | "en"): string {
  return names.map((n) => (language === "fr" ? `« ${n} »` : `"${n}"`)).join(", ");
}

/** The message when no invoice sheet was found: the names tried, and where to choose the sheet. */
export function noInvoiceSheetMessage(tried: readonly string[], sheets: readonly string[]): Localized {
  return {
    fr: `Aucune feuille de factures trouvée. Encours a cherché : ${quoted(tried, "fr")}. Feuilles du classeur : ${quoted(sheets, "fr")}. ` +
      "Renommez la feuille de factures, ou choisissez-la dans Paramètres (bouton « Ouvrir Encours », onglet Paramètres), puis relancez.",
    en: `No invoice sheet found. Encours looked for: ${quoted(tried, "en")}. Sheets in the workbook: ${quoted(sheets, "en")}. ` +
      "Rename the invoice sheet, or choose it in Settings (\"Open Encours\" button, Settings tab), then run again.",
  };
}

function emptyInvoiceSheetMessage(sheet: string): Localized {
  return {
    fr: `La feuille de factures « ${sheet} » est vide : rien à actualiser. Vérifiez la feuille, ou choisissez-en une autre dans Paramètres.`,
    en: `The invoice sheet "${sheet}" is empty: nothing to refresh. Check the sheet, or choose another one in Settings.`,
  };
}

function settingsProblemsOf(state: SettingsState): { document: unknown; problems: SettingsProblem[] } {
  switch (state.status) {
    case "absent":
      return { document: undefined, problems: [] };
    case "unreadable":
      return { document: undefined, problems: [{ severity: "warning", code: "settings.unreadable", field: "", message: state.message }] };
    default:
      return { document: state.document, problems: [] };
  }
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}

/** Reads the workbook, computes the aged balance, the dashboard and the history, and writes them. */
export async function refreshDashboard(deps: RefreshDeps): Promise<RefreshResult> {
  const started = performance.now();
  let syncs = 0;
  try {
    deps.onProgress?.("lecture");
    const snapshot = await readWorkbookSnapshot({
      ...(deps.inlineRowLimit !== undefined ? { inlineRowLimit: deps.inlineRowLimit } : {}),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
    syncs += snapshot.stats.batches;
    const stored = settingsProblemsOf(snapshot.settings);
    const { settings, problems } = parseSettings(stored.document);
    const settingsProblems = [...stored.problems, ...problems];
    const language = settings.language !== "auto" ? settings.language : deps.language ?? "fr";

    const invoiceSheet = snapshot.found.invoices;
    if (invoiceSheet === null) {
      const ownedNames = new Set([...snapshot.owned.values()].map((s) => s.name));
      const sheets = snapshot.sheets.map((s) => s.name).filter((n) => !ownedNames.has(n));
      return { ok: false, message: noInvoiceSheetMessage(snapshot.found.tried.invoices, sheets), syncs, fixInSettings: true };
    }
    if (!snapshot.areas.invoices) return { ok: false, message: emptyInvoiceSheetMessage(invoiceSheet), syncs, fixInSettings: true };

    // ——— The ledger ———
    const info: WorkbookInfo = { date1904: snapshot.dateSystem.date1904, locale: "fr" };
    const builder = createLedgerBuilder({ info, defaultTermsDays: settings.defaultTermsDays, overrides: settings.columnOverrides });
    const stats = { syncs: 0, rows: 0, total: KINDS.reduce((n, k) => n + (snapshot.areas[k]?.rowCount ?? 0), 0) };
    for (const kind of KINDS) {
      const usable = await feedLedger(builder, kind, snapshot, {
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        release: true,
        onRows: (rows) => {
          stats.rows += rows;
          deps.onProgress?.("lecture", stats.rows, stats.total);
        },
        onBatches: (batches) => {
          stats.syncs += batches;
        },
      });
      if (!usable && kind === "invoices") break;
    }
    syncs += stats.syncs;
    const lecture = elapsed(started);
    deps.onProgress?.("calcul");
    const calculStart = performance.now();
    const built = builder.finish();
    if (!built.ok) {
      // A required column missing: chosen in Paramètres › Feuilles et colonnes.
      const fixInSettings = built.fatal.code.startsWith("columns.") ? { fixInSettings: true as const } : {};
      return { ok: false, message: splitBilingual(built.fatal.message), issues: [built.fatal], syncs, ...fixInSettings };
    }

    // ——— The journal and the history, read back ———
    const readingIssues: Issue[] = [];
    const journalRead = journalFromSnapshot(snapshot, info);
    const journal: JournalEntry[] = journalRead.entries;
    readingIssues.push(...journalRead.issues);
    let history: ParsedHistoryRow[] = [];
    const historySheet: RawSheet | undefined = snapshot.ownedSheets.history;
    if (historySheet) {
      const parsed = parseHistorySheet(historySheet.values, {
        sheet: historySheet.name, firstRow: historySheet.firstRow ?? 1, firstColumn: historySheet.firstColumn ?? 0, date1904: info.date1904,
      });
      history = parsed.rows;
      readingIssues.push(...parsed.issues);
    }

    const asOf = deps.asOf ?? resolveAsOf(settings.asOfMode, deps.today);
    const reports = buildReportPlans({
      ledger: built.ledger, agingOptions: agingOptionsOf(settings, asOf), journal, history,
      now: deps.now, language, date1904: info.date1904, readingIssues,
    });
    const calcul = elapsed(calculStart);

    // ——— Writing ———
    deps.onProgress?.("ecriture");
    const writeStart = performance.now();
    const written = await applyPlans(reports.plans, {
      structure: snapshot,
      incompleteNotice: INCOMPLETE_NOTICE,
      writeFirst: ["history"],
      ...(deps.showDashboard ? { activate: "dashboard" } : {}),
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      onBatch: (batch, batches, charts) => deps.onProgress?.(charts ? "graphiques" : "ecriture", batch, batches),
    });
    syncs += written.batches;
    const ledger = built.ledger;
    return {
      ok: true,
      asOf,
      summary: reports.summary,
      line: { fr: summaryLine(reports.summary, "fr"), en: summaryLine(reports.summary, "en") },
      issues: reports.issues,
      settingsProblems,
      sheets: written.sheets,
      counts: { invoices: ledger.invoices.length, credits: ledger.credits.length, clients: ledger.clients.size },
      syncs,
      skipped: written.skipped,
      timings: { lecture, calcul, ecriture: elapsed(writeStart), total: elapsed(started) },
    };
  } catch (error) {
    if (error instanceof ExcelFailure) return { ok: false, message: { fr: error.fr, en: error.en }, syncs };
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: {
        fr: `Encours a rencontré une erreur inattendue et n'a pas terminé l'actualisation (${detail}). Relancez ; si l'erreur revient, signalez-la.`,
        en: `Encours hit an unexpected error and did not finish the refresh (${detail}). Run again; if it comes back, report it.`,
      },
      syncs,
    };
  }
}
