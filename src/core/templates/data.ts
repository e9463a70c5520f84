// The values of a client's draft, formatted in the client's language, from its plan and the settings.
import { addDays, type IsoDay } from "../days/day";
import type { ClientPlan } from "../reminders/plan-types";
import { annualRateBasisPoints, type ReminderSettings } from "../reminders/settings";
import { formatDay, formatDays, formatMoney, formatMoneyList, formatRate } from "./format";
import type { DraftData } from "./types";

const NO_CONTACT = { fr: "Madame, Monsieur", en: "Sir or Madam" } as const;

/** Fills every placeholder for a client's draft written on `day`. */
export function draftData(plan: ClientPlan, settings: ReminderSettings, day: IsoDay): DraftData {
  const language = plan.language;
  const several = plan.totals.length > 1;
  const oldestDue = plan.invoices.reduce<IsoDay | null>((min, i) => (min === null || i.due < min ? i.due : min), null);
  const values: Record<string, string> = {
    client: plan.name,
    contact: plan.contact ?? NO_CONTACT[language],
    total: formatMoneyList(plan.totals.map((t) => ({ currency: t.currency, cents: t.outstanding })), language),
    nombre_factures: String(plan.invoices.length),
    plus_ancien_retard: formatDays(Math.max(0, plan.oldestDaysOverdue ?? 0), language),
    echeance_la_plus_ancienne: oldestDue === null ? "" : formatDay(oldestDue, language),
    indemnite: formatMoney(plan.indemnity, "EUR", language),
    penalites: formatMoneyList(plan.totals.map((t) => ({ currency: t.currency, cents: t.penalties })), language),
    taux_penalites: formatRate(annualRateBasisPoints(settings.penaltyRate), language),
    iban: settings.iban,
    bic: settings.bic,
    societe: settings.company,
    signature: settings.signature,
    date_arrete: formatDay(day, language),
    date_limite: formatDay(addDays(day, settings.paymentDeadlineDays), language),
    niveau: plan.step === null ? "" : plan.step.label[language],
  };
  return {
    language,
    values,
    invoices: plan.invoices.map((i) => ({
      number: i.invoice,
      date: formatDay(i.date, language),
      due: formatDay(i.due, language),
      amount: formatMoney(i.amount, i.currency, language),
      outstanding: formatMoney(i.outstanding, i.currency, language),
      daysLate: i.daysOverdue > 0 ? String(i.daysOverdue) : "—",
    })),
    totals: plan.totals.map((t) => ({
      label: several ? `Total ${t.currency}` : "Total",
      amount: formatMoney(t.amount, t.currency, language),
      outstanding: formatMoney(t.outstanding, t.currency, language),
    })),
  };
}
