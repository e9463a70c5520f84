// The taskpane's ports inside Excel: each one calls a use case (src/usecases), the Excel layer (src/excel) or
// the sign-in (src/mail) and turns what it answers into what the screens show. No Excel.run, fetch or MSAL here.
import { localDateTime, localDay } from "../core/days/local";
import type { AgendaItem, AgendaOutcome } from "../core/agenda";
import type { SheetKind } from "../core/columns/fields";
import type { Issue } from "../core/issues";
import { parseSettings, settingsDocument, type EncoursSettings } from "../core/settings";
import type { RawSheet } from "../core/sheet";
import {
  ExcelFailure, readInputChunks, readSettings, readWorkbookSnapshot, showCell, showIssue, writeSettings,
  type SettingsDocument,
} from "../excel";
import type { JournalLocation } from "../excel/journal";
import { createOfficeTokenProvider } from "../mail/auth-office";
import type { DecidingTokenProvider } from "../mail/auth";
import { agendaToday, recordAgendaOutcome } from "../usecases/agenda";
import { refreshDashboard, type RefreshDeps } from "../usecases/refresh";
import { createReminderDrafts, planFromSelection, ReminderError, type GraphOptions } from "../usecases/reminders";
import { detectedSheet } from "./columns-view";
import { thrownMessage } from "./errors";
import type { DetectedSheet, DraftStatus, Failure, RefreshResult, ReminderPreview, SettingsLoad, SheetLink, TaskpanePorts } from "./ports";

const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];
/** Rows read to show the columns of a long input sheet (the header is searched in the first 30). */
const HEADER_ROWS = 40;

export interface OfficePortsOptions {
  /** Absolute URL of the sign-in dialog page (auth.html beside taskpane.html). */
  authDialogUrl: string;
  /** Office.context.contentLanguage: decides ambiguous text dates (fr: day first). */
  contentLanguage?: string;
  /** Office.context.displayLanguage: the reports' language when the settings leave it on "auto". */
  displayLanguage?: string;
  /** The clock (default: the machine's). */
  now?: () => Date;
  /** Sign-in for an application id (default: MSAL in Office, src/mail/auth-office.ts). */
  tokenProvider?: (clientId: string) => DecidingTokenProvider;
  /** Graph endpoint and timings (tests and the demo point them at a local server), and its fetch. */
  graph?: GraphOptions;
  fetch?: typeof fetch;
  /** Whether the machine is connected (the browser's navigator.onLine); default: assumed connected. */
  online?: () => boolean;
}

/** Said, before anything is tried, when the machine has no connection: Outlook and the sign-in are out of reach. */
const OFFLINE: Failure = {
  ok: false,
  message: {
    fr: "Pas de connexion Internet : Outlook est injoignable et rien n'a été créé. Réessayez une fois connecté, ou téléchargez les brouillons en .eml.",
    en: "No Internet connection: Outlook cannot be reached and nothing was created. Try again once connected, or download the drafts as .eml files.",
  },
};

function failureOf(error: unknown): Failure {
  if (error instanceof ExcelFailure || error instanceof ReminderError) return { ok: false, message: { fr: error.fr, en: error.en } };
  return { ok: false, message: thrownMessage(error) };
}

/** The order the refreshed sheets are offered in. */
const SHEET_ORDER = ["balance", "dashboard", "history"];

export function createOfficePorts(options: OfficePortsOptions): TaskpanePorts {
  const now = options.now ?? (() => new Date());
  const locale: "fr" | "en" = (options.contentLanguage ?? "fr").toLowerCase().startsWith("en") ? "en" : "fr";
  const language: "fr" | "en" = (options.displayLanguage ?? "fr").toLowerCase().startsWith("fr") ? "fr" : "en";
  /** Options of the workbook reads (LoadOptions); the Excel layer's own calls take none. */
  const excel = { locale };
  let settings: EncoursSettings | null = null;
  let lastIssues: Issue[] | null = null;
  let journal: JournalLocation | null | undefined;
  /** The workbook's date system as the last plan or agenda read it: the journal rows are written in it. */
  let date1904 = false;
  let tokens: { clientId: string; provider: DecidingTokenProvider } | null = null;
  let author: string | undefined;

  const today = () => localDay(now());

  const currentSettings = async (): Promise<EncoursSettings> => {
    if (settings !== null) return settings;
    const state = await readSettings();
    const raw = state.status === "ok" || state.status === "newer" ? state.document : undefined;
    settings = parseSettings(raw).settings;
    return settings;
  };

  const tokenProvider = (): DecidingTokenProvider | null => {
    const clientId = settings?.graph.clientId ?? "";
    if (clientId === "") return null;
    if (tokens === null || tokens.clientId !== clientId) {
      const provider = options.tokenProvider ? options.tokenProvider(clientId) : createOfficeTokenProvider(clientId, options.authDialogUrl);
      tokens = { clientId, provider };
    }
    return tokens.provider;
  };

  /**
   * The first rows of an input sheet: what the snapshot holds (read whole, or its first rows), else the head of
   * the deferred read (a table starting below the rows the snapshot looked at).
   */
  const headOf = async (snapshot: Awaited<ReturnType<typeof readWorkbookSnapshot>>, kind: SheetKind): Promise<RawSheet | null> => {
    const known = snapshot.inputs[kind] ?? snapshot.heads[kind];
    if (known !== undefined) return known;
    const area = snapshot.deferred.find((a) => a.kind === kind);
    if (area === undefined) return null;
    for await (const chunk of readInputChunks({ ...area, rowCount: Math.min(area.rowCount, HEADER_ROWS) })) return chunk;
    return null;
  };

  return {
    today,

    async refresh(asOf, onProgress): Promise<RefreshResult> {
      const moment = now();
      const deps: RefreshDeps = {
        today: localDay(moment), now: localDateTime(moment), asOf, language,
        onProgress: (step, done, total) => onProgress({ step, ...(done !== undefined ? { done } : {}), ...(total !== undefined ? { total } : {}) }),
      };
      let result: Awaited<ReturnType<typeof refreshDashboard>>;
      try {
        result = await refreshDashboard(deps);
      } catch (error) {
        return { ...failureOf(error), issues: [] };
      }
      if (!result.ok) {
        const issues = result.issues ?? [];
        if (issues.length > 0) lastIssues = issues;
        // Paramètres for a sheet or a column to choose, else the problems behind the failure.
        const action = result.fixInSettings ? "settings" : issues.length > 0 ? "problems" : undefined;
        return { ok: false, message: result.message, issues, ...(action !== undefined ? { action } : {}) };
      }
      lastIssues = result.issues;
      const s = result.summary;
      const sheets: SheetLink[] = Object.entries(result.sheets)
        .sort(([a], [b]) => (SHEET_ORDER.indexOf(a) + 1 || 99) - (SHEET_ORDER.indexOf(b) + 1 || 99))
        .map(([role, name]) => ({ role, name }));
      return {
        ok: true, asOf: result.asOf, issues: result.issues, sheets, elapsedMs: result.timings.total,
        summary: {
          encours: [{ currency: s.currency, cents: s.encours }], echu: [{ currency: s.currency, cents: s.echu }],
          overdueRateBasisPoints: s.tauxRetard, dso: s.dso, clientsOverdue: s.clientsEnRetard, problems: s.problemes,
          otherCurrencies: s.autresDevises,
        },
      };
    },

    async showSheet(name) {
      await showCell(name, "A1");
    },

    async listIssues() {
      return lastIssues;
    },

    async showIssue(issue) {
      await showIssue(issue);
    },

    async planReminders() {
      try {
        const planned = await planFromSelection({ today: today(), settings: await currentSettings(), excel });
        if (!planned.ok) return { ok: false, message: planned.message };
        journal = planned.journal;
        date1904 = planned.date1904;
        const preview: ReminderPreview = {
          plan: planned.plan, drafts: planned.drafts, problems: planned.problems,
          alreadyDrafted: planned.alreadyDrafted.map((a) => a.client),
        };
        return { ok: true, preview };
      } catch (error) {
        return failureOf(error);
      }
    },

    async createDrafts(preview, { only, onStatus }) {
      if (options.online?.() === false) return OFFLINE;
      const provider = tokenProvider();
      const drafts = preview.drafts.filter((d) => !preview.alreadyDrafted.includes(d.clientId) && (only === undefined || only.includes(d.clientId)));
      try {
        const current = await currentSettings();
        const result = await createReminderDrafts({
          plan: preview.plan, drafts, mode: "graph", excel: { ...excel, date1904 }, ...(provider ? { tokenProvider: provider } : {}),
          onProgress: (client, state) => onStatus({ client, state }),
          ...(options.graph !== undefined ? { graph: options.graph } : {}), ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
          settings: current.reminders, ...(author !== undefined ? { author } : {}),
        });
        const statuses: DraftStatus[] = result.outcomes.map((o) => ({
          client: o.clientId, state: o.status,
          ...(o.webLink !== undefined ? { webLink: o.webLink } : {}),
          ...(o.error !== undefined ? { message: o.error.message } : {}),
        }));
        for (const done of result.alreadyInJournal) statuses.push({ client: done.clientId, state: "existing" });
        return { ok: true, statuses };
      } catch (error) {
        return failureOf(error);
      }
    },

    async downloadEml(preview) {
      const drafts = preview.drafts.filter((d) => !preview.alreadyDrafted.includes(d.clientId));
      try {
        const current = await currentSettings();
        const result = await createReminderDrafts({
          plan: preview.plan, drafts, mode: "eml", excel: { ...excel, date1904 }, settings: current.reminders, now: now(),
          ...(author !== undefined ? { author } : {}),
        });
        if (result.eml === undefined || result.eml.names.length === 0) {
          const refused = result.outcomes.find((o) => o.error !== undefined);
          return {
            ok: false,
            message: refused?.error
              ? thrownMessage(refused.error.message)
              : { fr: "Aucun brouillon à enregistrer : ils figurent déjà dans le Suivi des relances.", en: "No draft to save: they are already in the follow-up journal." },
          };
        }
        const bytes = new Uint8Array(result.eml.zip);
        return {
          ok: true,
          download: { fileName: `relances-${today()}.zip`, blob: new Blob([bytes], { type: "application/zip" }), count: result.eml.names.length },
        };
      } catch (error) {
        return failureOf(error);
      }
    },

    async agenda() {
      try {
        const result = await agendaToday({ today: today(), settings: await currentSettings(), excel });
        if (!result.ok) return result;
        journal = result.journal;
        date1904 = result.date1904;
        return { ok: true, asOf: result.asOf, agenda: { items: result.items, messages: result.messages } };
      } catch (error) {
        return failureOf(error);
      }
    },

    async recordOutcome(item: AgendaItem, outcome: AgendaOutcome) {
      try {
        const result = await recordAgendaOutcome(item, outcome, {
          today: today(), excel: { ...excel, date1904 }, ...(journal !== undefined ? { journal } : {}), ...(author !== undefined ? { author } : {}),
        });
        return result.ok ? { ok: true } : { ok: false, message: result.message };
      } catch (error) {
        return failureOf(error);
      }
    },

    async loadSettings(): Promise<SettingsLoad> {
      try {
        const state = await readSettings();
        const raw = state.status === "ok" || state.status === "newer" ? state.document : state.status === "unreadable" ? state.raw : undefined;
        const read = parseSettings(raw);
        settings = read.settings;
        return { ok: true, settings: read.settings, problems: read.problems, readOnly: state.status === "newer" };
      } catch (error) {
        return failureOf(error);
      }
    },

    async saveSettings(next) {
      try {
        const document = settingsDocument(next) as SettingsDocument;
        await writeSettings(document);
        // What is stored is what the next read gives: read back through the same parser.
        settings = parseSettings(document).settings;
        return { ok: true, settings };
      } catch (error) {
        return failureOf(error);
      }
    },

    async detectedColumns(choice) {
      try {
        const saved = Object.keys(choice.inputSheets).length > 0 ? choice.inputSheets : undefined;
        const snapshot = await readWorkbookSnapshot({
          ...excel, ...(saved !== undefined ? { saved } : {}), overrides: choice.columnOverrides, inlineRowLimit: HEADER_ROWS, ownedSheets: [],
        });
        const sheets: DetectedSheet[] = [];
        for (const kind of KINDS) {
          const name = snapshot.found[kind];
          const head = name === null ? null : await headOf(snapshot, kind);
          const tried = snapshot.found.tried[kind].join(", ");
          const notFound = name === null
            ? `Aucune feuille trouvée (noms essayés : ${tried}) : choisissez-la ci-dessus. / No sheet found (names tried: ${tried}): choose it above.`
            : undefined;
          sheets.push(detectedSheet(kind, head ?? (name === null ? null : { name, values: [] }), choice.columnOverrides[kind], notFound));
        }
        const owned = new Set([...snapshot.owned.values()].map((s) => s.name));
        return { ok: true, columns: { sheetNames: snapshot.sheets.map((s) => s.name).filter((n) => !owned.has(n)), sheets } };
      } catch (error) {
        return failureOf(error);
      }
    },

    authState() {
      return tokenProvider()?.state() ?? "unsupported";
    },

    async signIn() {
      if (options.online?.() === false) return OFFLINE;
      await currentSettings();
      const provider = tokenProvider();
      if (provider === null) {
        return {
          ok: false,
          message: {
            fr: "Renseignez l'identifiant d'application Microsoft dans Paramètres › Langue et connexion à Outlook.",
            en: "Enter the Microsoft application id in Settings › Language and Outlook sign-in.",
          },
        };
      }
      try {
        const account = await provider.signIn();
        author = account.name ?? account.username;
        return { ok: true, account: account.username };
      } catch (error) {
        return failureOf(error);
      }
    },

    async signOut() {
      author = undefined;
      await tokenProvider()?.signOut();
    },
  };
}
