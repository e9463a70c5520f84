// Next actions from the schedule and the journal: calls to make, promises due or broken, letters to send,
// and the actions the journal planned ("prochaine action"), sorted by date then amount.
import { currencyOrder } from "../aging/prepare";
import { addDays } from "../days/day";
import { journalByClient, matchKey } from "../journal/state";
import type { JournalEntry } from "../journal/types";
import type { Cents } from "../money/cents";
import { bilingual, type Localized } from "../reminders/language";
import { levelKey, sameLevel } from "../reminders/level";
import { planForClients, withClientIds, type PlanContextInput } from "../reminders/plan";
import type { ClientPlan } from "../reminders/plan-types";
import { DEFAULT_CALL_GOAL, isCall, needsLetter, type ReminderStep } from "../reminders/schedule";
import { formatDay, formatMoney } from "../templates/format";
import type { Agenda, AgendaItem } from "./types";

export interface AgendaInput extends PlanContextInput {
  /** How many days ahead the agenda looks (default 7): actions dated up to asOf + horizon are listed. */
  horizonDays?: number;
}

/** Skipped for these reasons, a client gets no scheduled call or letter (its own journal actions still show). */
const QUIET = new Set(["blocked", "litigation", "disputed", "promise", "nothing-overdue"]);

const LETTER_GOAL: Localized = {
  fr: "Envoyer la mise en demeure par lettre recommandée avec accusé de réception (même contenu que l'e-mail), puis noter l'envoi (canal Courrier) dans le Suivi des relances.",
  en: "Send the formal notice by registered letter with acknowledgement of receipt (same content as the e-mail), then record it (channel Letter) in the follow-up journal.",
};

function amountsOf(plan: ClientPlan): { currency: string; cents: Cents }[] {
  const sums = new Map<string, Cents>();
  for (const i of [...plan.invoices, ...plan.excluded]) sums.set(i.currency, (sums.get(i.currency) ?? 0) + i.outstanding);
  return [...sums].map(([currency, cents]) => ({ currency, cents })).sort((a, b) => currencyOrder(a.currency, b.currency));
}

function invoicesOf(plan: ClientPlan): string[] {
  return [...plan.invoices.map((i) => i.invoice), ...plan.excluded.map((i) => i.invoice)];
}

function stepLabel(step: ReminderStep): Localized {
  return step.label.fr.trim() !== "" ? step.label : { fr: step.id, en: step.id };
}

/** The e-mail of the formal-notice level not yet followed by its letter, if any. */
function letterOwed(entries: readonly JournalEntry[], step: ReminderStep): JournalEntry | undefined {
  let owed: JournalEntry | undefined;
  for (const e of entries) {
    if (!sameLevel(e.level, step.id) && !(levelKey(e.level) === "" && e.channel === "courrier")) continue;
    if (e.channel === "courrier") owed = undefined;
    else if (e.channel === "e-mail" || e.channel === "mise-en-demeure") owed = e;
  }
  return owed;
}

/**
 * The agenda on `asOf`: for each client with open invoices, the call its schedule step asks for (on the day
 * the step fell due, or later if the journal planned it later), the upcoming call within the horizon, the
 * letter of a formal notice, the promise falling due or broken, and the action the journal planned.
 * One call per client at most. Items dated after asOf + horizon are left out.
 */
export function buildAgenda(input: AgendaInput): Agenda {
  const { asOf } = input;
  const horizonEnd = addDays(asOf, Math.max(0, input.horizonDays ?? 7));
  const plan = planForClients(input, "all");
  const journal = journalByClient(withClientIds(input.journal, input.ledger), asOf);
  const items: AgendaItem[] = [];
  const add = (item: Omit<AgendaItem, "late">) => {
    if (item.date <= horizonEnd) items.push({ ...item, late: item.date < asOf });
  };

  for (const cp of plan.clients) {
    const cj = journal.get(matchKey(cp.client));
    const planned = cj?.nextAction;
    const base = {
      client: cp.client, name: cp.name, invoices: invoicesOf(cp), amounts: amountsOf(cp),
      ...(cp.contact !== undefined ? { contact: cp.contact } : {}),
    };
    let callPlaced = false;
    const quiet = cp.skip !== undefined && QUIET.has(cp.skip.reason);

    // The call of the step reached now, or the next step's call when it falls within the horizon.
    const callStep = cp.step !== null && cp.actions.includes("call") ? { step: cp.step, date: cp.oldestDue === null ? asOf : addDays(cp.oldestDue, cp.step.offsetDays) }
      : !quiet && cp.nextStep !== undefined && isCall(cp.nextStep.step) ? cp.nextStep : undefined;
    if (callStep !== undefined) {
      const date = planned !== undefined && planned.date > callStep.date ? planned.date : callStep.date;
      const label = stepLabel(callStep.step);
      add({
        ...base, kind: "call", date, level: callStep.step.id,
        title: { fr: `Appeler ${cp.name} (${label.fr})`, en: `Call ${cp.name} (${label.en})` },
        goal: callStep.step.callGoal ?? DEFAULT_CALL_GOAL,
        ...(planned?.entry.outcome !== undefined ? { note: planned.entry.outcome } : {}),
      });
      callPlaced = true;
    }

    // Letters: the formal notice planned now, or one e-mailed and not yet posted.
    if (cp.step !== null && needsLetter(cp.step)) {
      const owed = cp.actions.includes("letter") ? null : letterOwed(cj?.entries ?? [], cp.step);
      if (owed !== undefined) {
        const label = stepLabel(cp.step);
        add({
          ...base, kind: "letter", date: owed === null ? asOf : owed.date, level: cp.step.id,
          title: { fr: `Courrier à envoyer à ${cp.name} (${label.fr})`, en: `Letter to send to ${cp.name} (${label.en})` },
          goal: LETTER_GOAL,
          ...(owed !== null && owed.source !== undefined ? { source: owed.source } : {}),
        });
      }
    }

    // Promises.
    const promise = cp.promise;
    if (promise !== undefined && promise.status !== "kept") {
      const money = (l: "fr" | "en") => (promise.promiseAmount === undefined ? "" : ` ${formatMoney(promise.promiseAmount, cp.totals[0]?.currency ?? "EUR", l)}`);
      const amounts = promise.promiseAmount === undefined ? base.amounts : [{ currency: cp.totals[0]?.currency ?? "EUR", cents: promise.promiseAmount }];
      const common = { ...base, amounts, date: promise.promiseDate, ...(promise.source !== undefined ? { source: promise.source } : {}) };
      if (promise.status === "pending") {
        add({
          ...common, kind: "promise-due",
          title: { fr: `Promesse de ${cp.name} :${money("fr")} pour le ${formatDay(promise.promiseDate, "fr")}`, en: `Promise from ${cp.name}:${money("en")} by ${formatDay(promise.promiseDate, "en")}` },
          goal: {
            fr: "Vérifier que le paiement promis est arrivé ; s'il manque, rappeler le client le jour même.",
            en: "Check that the promised payment has arrived; if it has not, call the customer the same day.",
          },
        });
      } else if (!callPlaced) {
        add({
          ...common, kind: "promise-broken",
          title: { fr: `Promesse non tenue par ${cp.name} :${money("fr")} pour le ${formatDay(promise.promiseDate, "fr")}`, en: `Broken promise from ${cp.name}:${money("en")} by ${formatDay(promise.promiseDate, "en")}` },
          goal: {
            fr: "Rappeler le client : comprendre pourquoi la promesse n'a pas été tenue, obtenir une nouvelle date ferme et un montant, et les noter ; à défaut, passer à l'étape suivante.",
            en: "Call the customer: find out why the promise was not kept, obtain a new firm date and amount, and record them; otherwise move to the next step.",
          },
        });
        callPlaced = true;
      }
    }

    // The action the journal planned, when no call already covers it.
    if (planned !== undefined && !callPlaced) {
      add({
        ...base, kind: "follow-up", date: planned.date,
        ...(planned.entry.level !== "" ? { level: planned.entry.level } : {}),
        title: { fr: `Action prévue pour ${cp.name}`, en: `Planned action for ${cp.name}` },
        goal: planned.entry.outcome !== undefined
          ? { fr: `Suite à donner : ${planned.entry.outcome}`, en: `Follow up on: ${planned.entry.outcome}` }
          : { fr: "Reprendre contact avec le client comme prévu au journal.", en: "Get back to the customer as planned in the journal." },
        ...(planned.entry.outcome !== undefined ? { note: planned.entry.outcome } : {}),
        ...(planned.entry.source !== undefined ? { source: planned.entry.source } : {}),
      });
    }
  }

  const largest = (i: AgendaItem) => Math.max(0, ...i.amounts.map((a) => a.cents));
  items.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : largest(b) - largest(a) || a.name.localeCompare(b.name, "fr")));
  return { items, messages: plan.messages.filter((m) => m.severity === "error") };
}

/** One line per item, French / English, for logs and the CLI. */
export function describeAgendaItem(item: AgendaItem): string {
  return `${item.date} ${bilingual(item.title)}`;
}
