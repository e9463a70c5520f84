// What the reminder use cases read from the open workbook: the input sheets turned into the ledger, aged at the
// as-of date, and the follow-up journal as the user left it — all in the snapshot's batches (2 for a workbook
// of up to ~20k invoices). Problems come back as issues with their cell, never as exceptions (an Excel failure
// is the only thing that throws).
import { ageLedger } from "../core/aging";
import type { CurrencyAging } from "../core/aging/types";
import type { SheetKind } from "../core/columns/fields";
import type { IsoDay } from "../core/days/day";
import type { Issue } from "../core/issues";
import { createLedgerBuilder, type LedgerBuilderOptions } from "../core/ledger/build";
import type { Ledger } from "../core/ledger/types";
import type { Localized } from "../core/reminders";
import { splitBilingual } from "../core/reminders/language";
import { feedLedger } from "./feed-ledger";
import { agingOptionsOf, type EncoursSettings } from "../core/settings";
import type { WorkbookInfo } from "../core/sheet";
import { readWorkbookSnapshot, type RunOptions, type WorkbookSnapshot } from "../excel";
import { JOURNAL_KEY, journalFromSnapshot, type JournalRead } from "../excel/journal";

export interface ReminderWorkbook {
  snapshot: WorkbookSnapshot;
  info: WorkbookInfo;
  ledger: Ledger;
  aging: CurrencyAging[];
  journal: JournalRead;
  /** Reading, ledger, lettrage and journal problems. */
  issues: Issue[];
}

export type ReminderWorkbookLoad = { ok: true; workbook: ReminderWorkbook } | { ok: false; message: Localized };


const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];

export interface LoadOptions extends RunOptions {
  /** The workbook uses the 1904 date system (default: as the input sheets' dates are shown, see readWorkbookSnapshot). */
  date1904?: boolean;
  locale?: "fr" | "en";
}

/**
 * Reads the input sheets (found by name or by the saved choice), builds the ledger — inputs too long to hold
 * are fed chunk by chunk — ages it at `asOf`, and reads the journal with the same structure batch.
 */
export async function loadReminderWorkbook(
  settings: EncoursSettings, asOf: IsoDay, options: LoadOptions = {},
): Promise<ReminderWorkbookLoad> {
  const saved = Object.keys(settings.inputSheets).length > 0 ? settings.inputSheets : undefined;
  const snapshot = await readWorkbookSnapshot({ ...options, ownedSheets: [JOURNAL_KEY], ...(saved !== undefined ? { saved } : {}) });
  const info: WorkbookInfo = { date1904: options.date1904 ?? snapshot.dateSystem.date1904, locale: options.locale ?? "fr" };
  if (snapshot.found.invoices === null) {
    const tried = snapshot.found.tried.invoices.join(", ");
    return {
      ok: false,
      message: {
        fr: `Aucune feuille de factures trouvée (noms essayés : ${tried}) : renommez la feuille ou choisissez-la dans les Paramètres.`,
        en: `No invoice sheet found (names tried: ${tried}): rename the sheet or choose it in the settings.`,
      },
    };
  }
  if (snapshot.inputs.invoices === undefined && !snapshot.deferred.some((a) => a.kind === "invoices")) {
    return {
      ok: false,
      message: {
        fr: `La feuille « ${snapshot.found.invoices} » est vide : aucune facture à relancer.`,
        en: `The sheet "${snapshot.found.invoices}" is empty: no invoice to remind.`,
      },
    };
  }

  const builderOptions: LedgerBuilderOptions = { info, defaultTermsDays: settings.defaultTermsDays, overrides: settings.columnOverrides };
  const builder = createLedgerBuilder(builderOptions);
  for (const kind of KINDS) {
    // The raw invoices stay in the snapshot: the selection finds invoice numbers in them.
    const usable = await feedLedger(builder, kind, snapshot, options);
    if (!usable && kind === "invoices") break;
  }
  const built = builder.finish();
  if (!built.ok) return { ok: false, message: splitBilingual(built.fatal.message) };

  const aged = ageLedger(built.ledger, agingOptionsOf(settings, asOf));
  // The snapshot read the journal's cells with the inputs: no extra batch.
  const journal = journalFromSnapshot(snapshot, { date1904: info.date1904, locale: info.locale });
  return {
    ok: true,
    workbook: {
      snapshot, info, ledger: built.ledger, aging: aged.currencies, journal,
      issues: [...built.ledger.issues, ...aged.issues, ...journal.issues],
    },
  };
}
