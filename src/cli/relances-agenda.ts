// agenda.txt: what the collector has to do besides sending the e-mails — calls to make with their goal, letters
// to send, promises to check — within a week of the as-of date, grouped by kind, then by date.
import type { AgendaItem, AgendaKind } from "../core/agenda";
import { formatDay, formatMoneyList } from "../core/templates";
import { label, pick, plainSpaces, tr } from "./relances-lang";
import type { RelancesReport } from "./relances-report";
import { oneLine } from "./text-format";

const SECTIONS: { kinds: AgendaKind[]; fr: string; en: string }[] = [
  { kinds: ["call"], fr: "Appels à passer", en: "Calls to make" },
  { kinds: ["letter"], fr: "Courriers à envoyer", en: "Letters to send" },
  { kinds: ["promise-due", "promise-broken"], fr: "Promesses de paiement à vérifier", en: "Payment promises to check" },
  { kinds: ["follow-up"], fr: "Actions prévues au journal", en: "Actions planned in the journal" },
];

function itemLines(item: AgendaItem, r: RelancesReport): string[] {
  const l = r.language;
  const late = item.late ? tr(l, " (en retard)", " (late)") : "";
  const amounts = item.amounts.length > 0 ? ` — ${formatMoneyList(item.amounts.map((a) => ({ currency: a.currency, cents: a.cents })), l)}` : "";
  const out = [`  ${formatDay(item.date, l)}${late}  ${oneLine(item.title[l])}${amounts}`];
  if (item.contact !== undefined) out.push(`      ${label(l, "Contact", "Contact")}${oneLine(item.contact)}`);
  if (item.invoices.length > 0) out.push(`      ${label(l, "Factures", "Invoices")}${item.invoices.map(oneLine).join(", ")}`);
  out.push(`      ${label(l, "Objectif", "Goal")}${oneLine(item.goal[l])}`);
  if (item.note !== undefined) out.push(`      ${label(l, "Note du journal", "Journal note")}${oneLine(item.note)}`);
  return out;
}

/** The agenda as plain text (UTF-8, CRLF line ends so Notepad shows it right). */
export function renderAgendaText(r: RelancesReport): string {
  const l = r.language;
  const out: string[] = [tr(l, `Agenda des relances au ${formatDay(r.asOf, l)} — ${r.sourceLabel}`, `Collection agenda as of ${formatDay(r.asOf, l)} — ${r.sourceLabel}`), ""];
  if (r.agenda.items.length === 0) out.push(tr(l, "Rien à faire en dehors des e-mails.", "Nothing to do besides the e-mails."), "");
  for (const section of SECTIONS) {
    const items = r.agenda.items.filter((i) => section.kinds.includes(i.kind));
    if (items.length === 0) continue;
    out.push(`${tr(l, section.fr, section.en)} (${items.length})`);
    for (const item of items) out.push(...itemLines(item, r));
    out.push("");
  }
  for (const m of r.agenda.messages) out.push(pick(oneLine(m.message), l));
  const drafts = r.drafts.filter((d) => d.file !== null);
  if (drafts.length > 0) {
    out.push(tr(l, `E-mails préparés (${drafts.length}) : ouvrez chaque fichier .eml avec Outlook, relisez, envoyez.`, `E-mails prepared (${drafts.length}): open each .eml file with Outlook, read it over, send it.`));
    for (const d of drafts) out.push(`  ${d.file ?? ""}`);
    out.push("");
  }
  if (r.journalRows.length > 0) {
    out.push(tr(l,
      "Une fois envoyés, notez-les dans le Suivi des relances (les lignes sont dans plan.json, « journal »).",
      "Once sent, record them in the follow-up journal (the rows are in plan.json, \"journal\")."));
  }
  return `${plainSpaces(out.join("\r\n")).trimEnd()}\r\n`;
}
