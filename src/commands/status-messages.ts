// What the ribbon command shows while it refreshes and when it is done: the words only (pure), so that every
// message is tested without Office. French first; English when Office's display language is not French.
import type { RefreshResult, RefreshStep } from "../usecases/refresh";

export type Lang = "fr" | "en";

/** One state of the status window. */
export interface StatusMessage {
  kind: "progress" | "done" | "error";
  title: string;
  /** The main line (the one-line result, or what to do). */
  text: string;
  /** Further short lines. */
  details: string[];
  /** The label of the window's close button. */
  close: string;
}

const CLOSE: Record<Lang, string> = { fr: "Fermer", en: "Close" };

function count(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "fr" ? "fr-FR" : "en-US");
}

const STEP: Record<RefreshStep, Record<Lang, string>> = {
  lecture: { fr: "Lecture du classeur…", en: "Reading the workbook…" },
  calcul: { fr: "Calcul de la balance âgée et des indicateurs…", en: "Computing the aged balance and the indicators…" },
  ecriture: { fr: "Écriture de la balance âgée, du tableau de bord et de l'historique…", en: "Writing the aged balance, the dashboard and the history…" },
  graphiques: { fr: "Création des graphiques…", en: "Drawing the charts…" },
};

/** The progress line of a step: "Lecture du classeur… (12 000 / 48 000 lignes)", "Écriture… (lot 2 sur 5)". */
export function progressMessage(step: RefreshStep, lang: Lang, done?: number, total?: number): StatusMessage {
  let text = STEP[step][lang];
  if (done !== undefined && total !== undefined && total > 0) {
    if (step === "lecture") text += lang === "fr" ? ` (${count(Math.min(done, total), lang)} / ${count(total, lang)} lignes)` : ` (${count(Math.min(done, total), lang)} / ${count(total, lang)} rows)`;
    else if (total > 1) text += lang === "fr" ? ` (lot ${done} sur ${total})` : ` (batch ${done} of ${total})`;
  }
  return { kind: "progress", title: lang === "fr" ? "Actualisation du tableau de bord" : "Refreshing the dashboard", text, details: [], close: CLOSE[lang] };
}

/** Report features an older Excel leaves out, which updating Excel brings. */
const FEATURE: Record<string, Record<Lang, string>> = {
  outline: { fr: "regroupement des factures sous chaque client", en: "invoices grouped under each customer" },
  pageLayout: { fr: "mise en page pour l'impression", en: "print layout" },
  freezePanes: { fr: "volets figés et couleur d'onglet", en: "frozen panes and tab colour" },
  conditionalFormats: { fr: "mises en forme conditionnelles", en: "conditional formats" },
  secondaryAxis: { fr: "axe secondaire du DSO", en: "secondary axis of the DSO" },
};

/** The final message: the one-line result with what deserves a look, or the error and what to do. */
export function resultMessage(result: RefreshResult, lang: Lang): StatusMessage {
  if (!result.ok) {
    return {
      kind: "error",
      title: lang === "fr" ? "Actualisation impossible" : "Refresh not possible",
      text: result.message[lang],
      details: [],
      close: CLOSE[lang],
    };
  }
  const details: string[] = [];
  const problems = result.summary.problemes;
  if (problems > 0) {
    details.push(lang === "fr"
      ? `Le détail des ${problems > 1 ? `${count(problems, lang)} problèmes` : "problème"} de données est dans le volet Encours (bouton « Ouvrir Encours »).`
      : `The ${problems > 1 ? `${count(problems, lang)} data problems are` : "data problem is"} listed in the Encours pane ("Open Encours" button).`);
  }
  if (result.settingsProblems.length > 0) {
    const n = result.settingsProblems.length;
    details.push(lang === "fr"
      ? `${n > 1 ? `${n} réglages enregistrés étaient inutilisables` : "Un réglage enregistré était inutilisable"} : la valeur par défaut a été prise (voir Paramètres).`
      : `${n > 1 ? `${n} saved settings were` : "A saved setting was"} unusable: the default was used (see Settings).`);
  }
  // Only what an update brings is named ("rowGroupSummary" is beyond any Excel's JavaScript API).
  const missing = result.skipped.flatMap((f) => (FEATURE[f] ? [FEATURE[f][lang]] : []));
  if (missing.length > 0) {
    details.push(lang === "fr"
      ? `Cette version d'Excel n'a pas permis : ${missing.join(", ")}. Mettez Excel à jour pour les obtenir.`
      : `This version of Excel could not apply: ${missing.join(", ")}. Update Excel to get them.`);
  }
  return {
    kind: "done",
    title: lang === "fr" ? "Tableau de bord actualisé" : "Dashboard refreshed",
    text: result.line[lang],
    details,
    close: CLOSE[lang],
  };
}

/** The message when the command itself failed before or outside the refresh (should not happen). */
export function unexpectedMessage(error: unknown, lang: Lang): StatusMessage {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: "error",
    title: lang === "fr" ? "Actualisation impossible" : "Refresh not possible",
    text: lang === "fr"
      ? `Encours n'a pas pu actualiser le tableau de bord (${detail}). Relancez ; si l'erreur revient, ouvrez le volet Encours.`
      : `Encours could not refresh the dashboard (${detail}). Run again; if it comes back, open the Encours pane.`,
    details: [],
    close: CLOSE[lang],
  };
}

/** "fr-FR", "fr-CA" → fr; anything else → en (design.md §1). */
export function languageOfDisplay(displayLanguage: string | undefined): Lang {
  return (displayLanguage ?? "fr").toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** The message as sent to the status window (JSON text), and read back there; null for anything else. */
export function encodeStatus(message: StatusMessage): string {
  return JSON.stringify(message);
}

export function decodeStatus(text: string): StatusMessage | null {
  try {
    const value = JSON.parse(text) as Partial<StatusMessage> | null;
    if (!value || (value.kind !== "progress" && value.kind !== "done" && value.kind !== "error")) return null;
    if (typeof value.title !== "string" || typeof value.text !== "string") return null;
    const details = Array.isArray(value.details) ? value.details.filter((d): d is string => typeof d === "string") : [];
    const close = typeof value.close === "string" ? value.close : CLOSE.fr;
    return { kind: value.kind, title: value.title, text: value.text, details, close };
  } catch {
    return null;
  }
}
