// `encours relances` without --json: the reminder plan as readable text (French by default, --lang en).
// Per client to remind: the level, the actions (e-mail with its recipients, call, letter), the invoices with what
// remains due, the draft file, the notes; then the clients set aside with their reason; the plan-wide warnings
// (penalty rate not confirmed…); and a summary count.
import { addDays } from "../core/days/day";
import type { ClientPlan, SkipReason } from "../core/reminders";
import { formatDay, formatDays, formatMoney, formatMoneyList } from "../core/templates";
import { label, pick, plainSpaces, tr } from "./relances-lang";
import type { DraftReport, RelancesReport } from "./relances-report";
import { issueLocation, oneLine } from "./text-format";

/** Reasons that, over the whole portfolio, only say "nothing to do today": counted, not listed, without --select. */
const QUIET: ReadonlySet<SkipReason> = new Set(["nothing-overdue", "no-step-yet"]);

const REASON: Record<SkipReason, { fr: string; en: string }> = {
  blocked: { fr: "compte bloqué", en: "account blocked" },
  litigation: { fr: "contentieux", en: "litigation" },
  "nothing-overdue": { fr: "rien d'échu", en: "nothing overdue" },
  disputed: { fr: "litige", en: "disputed" },
  promise: { fr: "promesse en cours", en: "promise pending" },
  "no-step-yet": { fr: "étape pas encore atteinte", en: "no step reached yet" },
  "already-sent": { fr: "déjà relancé", en: "already reminded" },
  "no-email": { fr: "sans e-mail", en: "no e-mail" },
};

function plural(n: number, fr: string, frPlural: string, en: string, enPlural: string, language: "fr" | "en"): string {
  return `${n} ${language === "fr" ? (n > 1 ? frPlural : fr) : n === 1 ? en : enPlural}`;
}

function clientTitle(c: ClientPlan): string {
  return oneLine(c.name !== c.client ? `${c.client}  ${c.name}` : c.client);
}

function actionText(c: ClientPlan, r: RelancesReport): string {
  const l = r.language;
  const parts: string[] = [];
  if (c.actions.includes("email")) {
    const cc = c.cc.length > 0 ? ` (cc ${c.cc.join(", ")})` : "";
    parts.push(tr(l, `e-mail à ${c.to.join(", ")}${cc}`, `e-mail to ${c.to.join(", ")}${cc}`));
  }
  if (c.actions.includes("call")) {
    const who = c.contact !== undefined ? ` ${c.contact}` : "";
    parts.push(tr(l, `appel${who ? ` à${who}` : ""}`, `call${who ? ` ${c.contact ?? ""}` : ""}`));
  }
  if (c.actions.includes("letter")) parts.push(tr(l, "courrier recommandé", "registered letter"));
  return parts.join(" + ");
}

function invoiceText(c: ClientPlan, r: RelancesReport): string {
  const l = r.language;
  const list = c.invoices.map((i) => {
    const late = i.daysOverdue > 0
      ? tr(l, `${formatDays(i.daysOverdue, l)} de retard`, `${formatDays(i.daysOverdue, l)} late`)
      : tr(l, `échéance ${formatDay(i.due, l)}`, `due ${formatDay(i.due, l)}`);
    return `${oneLine(i.invoice)} (${late})`;
  });
  const due = formatMoneyList(c.totals.map((t) => ({ currency: t.currency, cents: t.outstanding })), l);
  const penalties = c.totals.filter((t) => t.penalties > 0).map((t) => ({ currency: t.currency, cents: t.penalties }));
  const extras: string[] = [tr(l, `reste dû ${due}`, `due ${due}`)];
  if (penalties.length > 0) extras.push(tr(l, `pénalités ${formatMoneyList(penalties, l)}`, `penalties ${formatMoneyList(penalties, l)}`));
  if (c.indemnity > 0) extras.push(tr(l, `indemnité ${formatMoney(c.indemnity, "EUR", l)}`, `recovery fee ${formatMoney(c.indemnity, "EUR", l)}`));
  return `${label(l, `Factures (${c.invoices.length})`, `Invoices (${c.invoices.length})`)}${list.join(", ")} — ${extras.join(tr(l, " ; ", "; "))}`;
}

function draftText(d: DraftReport, r: RelancesReport): string {
  const l = r.language;
  if (d.status === "refused") return tr(l, `Brouillon non écrit : ${pick(d.error ?? "", l)}`, `Draft not written: ${pick(d.error ?? "", l)}`);
  if (d.file === null) return tr(l, `Brouillon : « ${oneLine(d.subject)} » (non écrit : ajoutez --out DOSSIER)`, `Draft: "${oneLine(d.subject)}" (not written: add --out FOLDER)`);
  const state = d.status === "replaced" ? tr(l, " (remplace celui du précédent passage)", " (replaces the previous run's)")
    : d.status === "unchanged" ? tr(l, " (inchangé)", " (unchanged)") : "";
  const moved = d.wanted !== undefined ? tr(l, ` — « ${d.wanted} » existait déjà et n'a pas été touché`, ` — "${d.wanted}" already existed and was left alone`) : "";
  return `${label(l, "Brouillon", "Draft")}${d.file}${state}${moved}`;
}

function remindLines(c: ClientPlan, r: RelancesReport, drafts: Map<string, DraftReport>): string[] {
  const l = r.language;
  const out = [`  ${clientTitle(c)}`];
  if (c.step !== null) out.push(`      ${label(l, "Niveau", "Level")}${oneLine(c.step.label[l])}`);
  out.push(`      ${label(l, "Action", "Action")}${actionText(c, r)}`);
  if (c.invoices.length > 0) out.push(`      ${invoiceText(c, r)}`);
  for (const x of c.excluded) out.push(`      ${label(l, "Écartée", "Left out")}${oneLine(x.invoice)} — ${pick(x.detail, l)}`);
  const draft = drafts.get(c.client);
  if (draft !== undefined) out.push(`      ${draftText(draft, r)}`);
  const already = r.alreadyDrafted.find((a) => a.client === c.client);
  if (already !== undefined) out.push(`      ${tr(l, "Brouillon déjà créé ce jour (journal) : pas de doublon", "Draft already made that day (journal): no duplicate")}`);
  for (const w of c.warnings) out.push(`      ! ${pick(w, l)}`);
  for (const i of r.clientIssues.get(c.client) ?? []) out.push(`      ! ${pick(oneLine(i.message), l)}`);
  return out;
}

function skipLine(c: ClientPlan, r: RelancesReport): string[] {
  const l = r.language;
  const reason = c.skip === undefined ? "" : `${label(l, REASON[c.skip.reason].fr, REASON[c.skip.reason].en)}${pick(c.skip.message, l)}`;
  const out = [`  ${clientTitle(c)} — ${reason}`];
  for (const w of c.warnings) out.push(`      ! ${pick(w, l)}`);
  for (const i of r.clientIssues.get(c.client) ?? []) out.push(`      ! ${pick(oneLine(i.message), l)}`);
  return out;
}

/** "2 e-mails, 5 appels, 20 courriers" and the skipped clients by reason, for the summary line. */
export function planCounts(r: RelancesReport): { remind: number; emails: number; calls: number; letters: number; skipped: number; byReason: Map<SkipReason, number> } {
  const acting = r.plan.clients.filter((c) => c.actions.length > 0);
  const byReason = new Map<SkipReason, number>();
  for (const c of r.plan.clients) if (c.skip !== undefined) byReason.set(c.skip.reason, (byReason.get(c.skip.reason) ?? 0) + 1);
  return {
    remind: acting.length,
    emails: acting.filter((c) => c.actions.includes("email")).length,
    calls: acting.filter((c) => c.actions.includes("call")).length,
    letters: acting.filter((c) => c.actions.includes("letter")).length,
    skipped: r.plan.clients.length - acting.length,
    byReason,
  };
}

export function renderPlanText(r: RelancesReport): string {
  const l = r.language;
  const out: string[] = [];
  out.push(tr(l, `Relances au ${formatDay(r.asOf, l)} — ${r.sourceLabel}`, `Reminders as of ${formatDay(r.asOf, l)} — ${r.sourceLabel}`));
  out.push(r.scope.kind === "all"
    ? tr(l, `Périmètre : tous les clients ayant une facture ouverte (${r.plan.clients.length})`, `Scope: every customer with an open invoice (${r.plan.clients.length})`)
    : tr(l, `Sélection : ${r.scope.ranges.join(" ; ")}`, `Selection: ${r.scope.ranges.join("; ")}`));
  out.push("");

  const drafts = new Map(r.drafts.map((d) => [d.client, d]));
  const acting = r.plan.clients.filter((c) => c.actions.length > 0);
  const skipped = r.plan.clients.filter((c) => c.actions.length === 0);
  const errors = r.plan.messages.filter((m) => m.severity === "error");
  for (const m of errors) out.push(pick(oneLine(m.message), l));
  if (errors.length > 0) out.push("");

  if (acting.length > 0) {
    out.push(tr(l, `À relancer (${acting.length}) :`, `To remind (${acting.length}):`));
    for (const c of acting) out.push(...remindLines(c, r, drafts));
    out.push("");
  }
  if (skipped.length > 0) {
    const listed = r.scope.kind === "all" ? skipped.filter((c) => c.skip === undefined || !QUIET.has(c.skip.reason)) : skipped;
    const quiet = skipped.length - listed.length;
    out.push(tr(l, `Écartés (${skipped.length}) :`, `Set aside (${skipped.length}):`));
    for (const c of listed) out.push(...skipLine(c, r));
    if (quiet > 0) {
      out.push(tr(l,
        `  + ${plural(quiet, "client", "clients", "", "", l)} sans relance à faire à cette date (rien d'échu, ou prochaine étape pas encore atteinte) : détail avec --json ou dans plan.json`,
        `  + ${plural(quiet, "", "", "customer", "customers", l)} with nothing to do on that date (nothing overdue, or next step not reached yet): details with --json or in plan.json`));
    }
    out.push("");
  }

  const warnings = r.plan.messages.filter((m) => m.severity !== "error");
  const templateWarnings = r.templateWarnings;
  if (warnings.length + templateWarnings.length > 0) {
    out.push(tr(l, "Avertissements :", "Warnings:"));
    for (const m of warnings) out.push(`  ${pick(oneLine(m.message), l)}`);
    for (const p of templateWarnings) out.push(`  ${pick(oneLine(p.message), l)}`);
    out.push("");
  }
  const selectionNotes = r.plan.issues.filter((i) => i.code.startsWith("selection."));
  if (selectionNotes.length > 0) {
    out.push(tr(l, "Sélection :", "Selection:"));
    for (const i of selectionNotes) out.push(`  ${pick(oneLine(i.message), l)}`);
    out.push("");
  }
  if (r.journalIssues.length > 0) {
    out.push(tr(l, `Suivi des relances (${r.journalSheet ?? ""}) :`, `Follow-up journal (${r.journalSheet ?? ""}):`));
    for (const i of r.journalIssues) out.push(`  ${issueLocation(i)} — ${pick(oneLine(i.message), l)}`);
    out.push("");
  }

  out.push(...summaryLines(r));
  return `${plainSpaces(out.join("\n"))}\n`;
}

/** The summary count, the data problems count, and where the drafts went (also what the demo prints). */
export function summaryLines(r: RelancesReport): string[] {
  const l = r.language;
  const out: string[] = [];
  const n = planCounts(r);
  const reasons = [...n.byReason].map(([reason, count]) => `${count} ${REASON[reason][l]}`).join(", ");
  out.push(tr(l,
    `Résumé : ${plural(n.remind, "client", "clients", "", "", l)} à relancer — ${plural(n.emails, "e-mail", "e-mails", "", "", l)}, ` +
      `${plural(n.calls, "appel", "appels", "", "", l)}, ${plural(n.letters, "courrier", "courriers", "", "", l)} ; ` +
      `${plural(n.skipped, "écarté", "écartés", "", "", l)}${reasons !== "" ? ` (${reasons})` : ""}.`,
    `Summary: ${plural(n.remind, "", "", "customer", "customers", l)} to remind — ${plural(n.emails, "", "", "e-mail", "e-mails", l)}, ` +
      `${plural(n.calls, "", "", "call", "calls", l)}, ${plural(n.letters, "", "", "letter", "letters", l)}; ` +
      `${n.skipped} set aside${reasons !== "" ? ` (${reasons})` : ""}.`));
  if (r.dataProblems.length > 0) {
    out.push(tr(l,
      `Données : ${plural(r.dataProblems.length, "problème", "problèmes", "", "", l)} dans le classeur (détail : encours age --workbook …).`,
      `Data: ${plural(r.dataProblems.length, "", "", "problem", "problems", l)} in the workbook (details: encours age --workbook …).`));
  }
  out.push(...outputLines(r));
  return out.map(plainSpaces);
}

/** Where the drafts went, and what to do with them. */
export function outputLines(r: RelancesReport): string[] {
  const l = r.language;
  const written = r.drafts.filter((d) => d.file !== null);
  const calls = r.agenda.items.filter((i) => i.kind === "call").length;
  const letters = r.agenda.items.filter((i) => i.kind === "letter").length;
  const horizon = formatDay(addDays(r.asOf, 7), l);
  if (r.output === null) {
    if (r.drafts.length === 0) return [];
    return [tr(l,
      `Brouillons : ${r.drafts.length} prêts, non écrits — ajoutez --out DOSSIER pour obtenir les fichiers .eml, plan.json et agenda.txt.`,
      `Drafts: ${r.drafts.length} ready, not written — add --out FOLDER to get the .eml files, plan.json and agenda.txt.`)];
  }
  const lines = [tr(l,
    `${plural(written.length, "brouillon écrit", "brouillons écrits", "", "", l)} dans ${r.output.directory} — ouvrez-les avec Outlook (ils s'ouvrent comme des messages à envoyer) ; ` +
      `${plural(calls, "appel", "appels", "", "", l)} à passer d'ici le ${horizon}, ${plural(letters, "courrier", "courriers", "", "", l)} à envoyer : agenda.txt ; le plan : plan.json.`,
    `${plural(written.length, "", "", "draft", "drafts", l)} written to ${r.output.directory} — open them with Outlook (they open as messages ready to send); ` +
      `${plural(calls, "", "", "call", "calls", l)} to make by ${horizon}, ${plural(letters, "", "", "letter", "letters", l)} to send: agenda.txt; the plan: plan.json.`)];
  if (r.output.removed.length > 0) {
    lines.push(tr(l,
      `${plural(r.output.removed.length, "brouillon", "brouillons", "", "", l)} du précédent passage à la même date, plus prévu${r.output.removed.length > 1 ? "s" : ""}, supprimé${r.output.removed.length > 1 ? "s" : ""} : ${r.output.removed.join(", ")}`,
      `${plural(r.output.removed.length, "", "", "draft", "drafts", l)} of the previous run on the same date, no longer planned, removed: ${r.output.removed.join(", ")}`));
  }
  if (r.output.foreign.length > 0) {
    lines.push(tr(l,
      `${plural(r.output.foreign.length, "fichier .eml", "fichiers .eml", "", "", l)} du dossier laissé${r.output.foreign.length > 1 ? "s" : ""} tel${r.output.foreign.length > 1 ? "s" : ""} quel${r.output.foreign.length > 1 ? "s" : ""} (modifié${r.output.foreign.length > 1 ? "s" : ""} ou ajouté${r.output.foreign.length > 1 ? "s" : ""} hors d'Encours) : ${r.output.foreign.join(", ")}`,
      `${plural(r.output.foreign.length, "", "", ".eml file", ".eml files", l)} in the folder left as they are (changed or added outside Encours): ${r.output.foreign.join(", ")}`));
  }
  return lines;
}
