// Selection → reminder plan (design.md §8). Per client: the level reached, the invoices to include, the
// recipients and language, or the reason it is skipped — all shown before anything is created.
//
// Rules decided here:
// - The level is the latest step whose offset the client's most overdue non-disputed, non-promised invoice
//   has reached. Steps at or before the due date (offset ≤ 0, the préventive) apply only while nothing is
//   overdue, and include the invoices due within their window; later steps include the overdue invoices.
//   A client whose most overdue invoice has not reached the first step after the due date (e.g. 3 days late,
//   first step J+5) gets nothing yet: no courtesy "will soon be due" mail for an invoice already late.
// - Earlier steps need not have been done: a client found 40 days late gets J+30 (with a warning when the
//   journal shows no earlier written reminder).
// - A step is not done again for the client within its interval: any journal entry at that level counts
//   (a call also counts when logged without a level, on or after the day the call step fell due).
// - When only some invoices of a client are selected, the reminder is about those invoices only.
import { currencyOrder } from "../aging/prepare";
import type { AgedInvoice, CurrencyAging, UnappliedCredit } from "../aging/types";
import { addDays, daysBetween, toDayNumber, type IsoDay } from "../days/day";
import { rowIssue, type Issue } from "../issues";
import { journalByClient, matchKey, disputeOn, type ClientJournal } from "../journal/state";
import type { JournalEntry } from "../journal/types";
import { DISPUTE_REASON_LABELS } from "../journal/labels";
import type { ClientInfo, Credit, Invoice, Ledger } from "../ledger/types";
import type { Cents } from "../money/cents";
import { formatDay, formatDays, formatMoney, formatRate } from "../templates/format";
import { parseAddresses } from "./email";
import { bilingual } from "./language";
import { levelKey, sameLevel } from "./level";
import { latePaymentPenalty, recoveryIndemnity } from "./penalties";
import type {
  ClientPlan, CurrencyTotal, PlanMessage, PlannedInvoice, PromiseCheck, ReminderPlan, SkipReason,
} from "./plan-types";
import { isCall, needsLetter, sendsEmail, type ReminderStep } from "./schedule";
import { validateSchedule } from "./schedule-check";
import { EMPTY_SELECTION_MESSAGE, resolveSelection, type ClientSelection, type SelectedCells, type SelectionSheets } from "./selection";
import { annualRateBasisPoints, type ReminderSettings } from "./settings";

export interface PlanContextInput {
  aging: readonly CurrencyAging[];
  ledger: Ledger;
  journal: readonly JournalEntry[];
  schedule: readonly ReminderStep[];
  asOf: IsoDay;
  settings: ReminderSettings;
}

export interface PlanInput extends PlanContextInput {
  selection: readonly SelectedCells[];
  sheets: SelectionSheets;
}

interface Context extends PlanContextInput {
  open: Map<string, AgedInvoice[]>;
  allAged: Map<string, AgedInvoice[]>;
  unapplied: Map<string, UnappliedCredit[]>;
  ledgerInvoices: Map<string, Invoice[]>;
  clientInfo: Map<string, ClientInfo>;
  state: Map<string, ClientJournal>;
  allEntries: Map<string, JournalEntry[]>;
  payments: Map<string, Credit[]>;
  rate: number;
  issues: Issue[];
  brokenPromises: PromiseCheck[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * The journal with each entry's client written as the ledger's id: a user who typed the client's name
 * (Clients sheet) instead of its code in the journal is understood. Ids win over names when both match.
 */
export function withClientIds(journal: readonly JournalEntry[], ledger: Ledger): JournalEntry[] {
  const ids = new Set<string>();
  for (const id of ledger.clients.keys()) ids.add(matchKey(id));
  for (const inv of ledger.invoices) ids.add(matchKey(inv.client));
  const byName = new Map<string, string>();
  for (const [id, info] of ledger.clients) {
    const name = matchKey(info.name ?? "");
    if (name !== "" && !ids.has(name) && !byName.has(name)) byName.set(name, id);
  }
  if (byName.size === 0) return [...journal];
  return journal.map((entry) => {
    const id = ids.has(matchKey(entry.client)) ? undefined : byName.get(matchKey(entry.client));
    return id === undefined ? entry : { ...entry, client: id };
  });
}

/**
 * The invoice with its days late counted from its due date. A reminder is about lateness (levels, penalties,
 * « jours de retard »), whatever date the aged balance is aged by (design.md §5 rule 11 lets it age by invoice
 * date, and then the aging's daysOverdue counts from the invoice date).
 */
function pastDue(inv: AgedInvoice, asOfDay: number): AgedInvoice {
  const late = asOfDay - toDayNumber(inv.due);
  return late === inv.daysOverdue ? inv : { ...inv, daysOverdue: late };
}

function context(base: PlanContextInput): Context {
  const input = { ...base, journal: withClientIds(base.journal, base.ledger) };
  const ctx: Context = {
    ...input, open: new Map(), allAged: new Map(), unapplied: new Map(), ledgerInvoices: new Map(), clientInfo: new Map(),
    state: journalByClient(input.journal, input.asOf), allEntries: new Map(), payments: new Map(),
    rate: annualRateBasisPoints(input.settings.penaltyRate), issues: [], brokenPromises: [],
  };
  const asOfDay = toDayNumber(input.asOf);
  for (const ca of input.aging) {
    for (const inv of ca.invoices) {
      push(ctx.allAged, matchKey(inv.client), inv);
      if (inv.outstanding > 0) push(ctx.open, matchKey(inv.client), pastDue(inv, asOfDay));
    }
    for (const credit of ca.unapplied) push(ctx.unapplied, matchKey(credit.client), credit);
  }
  for (const inv of input.ledger.invoices) push(ctx.ledgerInvoices, matchKey(inv.client), inv);
  for (const [id, info] of input.ledger.clients) ctx.clientInfo.set(matchKey(id), info);
  for (const entry of input.journal) push(ctx.allEntries, matchKey(entry.client), entry);
  for (const credit of input.ledger.credits) if (credit.kind === "payment") push(ctx.payments, matchKey(credit.client), credit);
  return ctx;
}

const byDue = (a: { due: IsoDay; invoice: string }, b: { due: IsoDay; invoice: string }) =>
  a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.invoice < b.invoice ? -1 : a.invoice > b.invoice ? 1 : 0;


/** The latest promise of the client and whether it is pending, kept or broken on the as-of date. */
function checkPromise(ctx: Context, client: string, cj: ClientJournal | undefined): PromiseCheck | undefined {
  const entry = cj?.promise;
  if (entry === undefined || entry.promiseDate === undefined) return undefined;
  const check: PromiseCheck = {
    client, promiseDate: entry.promiseDate, invoices: entry.invoices, recordedOn: entry.date, status: "pending",
  };
  if (entry.promiseAmount !== undefined) check.promiseAmount = entry.promiseAmount;
  if (entry.source !== undefined) check.source = entry.source;
  if (entry.promiseDate >= ctx.asOf) return check;
  const aged = ctx.allAged.get(matchKey(client)) ?? [];
  const named = new Set(entry.invoices.map(matchKey));
  let promised = aged.filter((inv) => named.has(matchKey(inv.invoice)));
  if (promised.length === 0) promised = aged.filter((inv) => inv.due <= entry.date && inv.date <= entry.date);
  const stillOpen = promised.some((inv) => inv.outstanding > 0);
  const paid = (ctx.payments.get(matchKey(client)) ?? [])
    .filter((p) => p.date >= entry.date && p.date <= ctx.asOf)
    .reduce((sum, p) => sum + p.amount, 0);
  const kept = !stillOpen || (entry.promiseAmount !== undefined && paid >= entry.promiseAmount);
  check.status = kept ? "kept" : "broken";
  return check;
}

function describePromise(p: PromiseCheck, money: string | null): { fr: string; en: string } {
  const amountFr = money === null ? "" : ` (${money})`;
  return {
    fr: `paiement promis pour le ${formatDay(p.promiseDate, "fr")}${amountFr}, noté le ${formatDay(p.recordedOn, "fr")}`,
    en: `payment promised for ${formatDay(p.promiseDate, "en")}${amountFr}, recorded on ${formatDay(p.recordedOn, "en")}`,
  };
}

function recipients(ctx: Context, plan: ClientPlan, info: ClientInfo | undefined, included: readonly PlannedInvoice[]): void {
  const issue = (address: string, where: { sheet: string; row: number } | undefined) => {
    const text = {
      fr: `Adresse e-mail invalide « ${address} » pour le client ${plan.name}${where ? ` (${where.sheet}, ligne ${where.row})` : ""} : corrigez-la`,
      en: `Invalid e-mail address “${address}” for customer ${plan.name}${where ? ` (${where.sheet}, row ${where.row})` : ""}: fix it`,
    };
    plan.warnings.push(bilingual(text));
    if (where !== undefined) ctx.issues.push(rowIssue("warning", "email.invalid", `${text.fr}. / ${text.en}.`, where.sheet, where.row));
  };
  const to = parseAddresses(info?.emailsTo ?? []);
  const cc = parseAddresses(info?.emailsCc ?? []);
  for (const bad of [...to.invalid, ...cc.invalid]) issue(bad, info?.source);
  let toList = to.valid;
  let ccList = cc.valid;
  if (toList.length === 0) {
    // The invoice rows' e-mail column: the included invoices first, then the client's other invoices.
    const wanted = new Set(included.map((i) => matchKey(i.invoice)));
    const withEmail = (ctx.ledgerInvoices.get(matchKey(plan.client)) ?? []).filter((r) => r.email !== undefined && r.email.trim() !== "");
    const isWanted = withEmail.map((r) => wanted.has(matchKey(r.number)));
    const rows = [...withEmail.filter((_, i) => isWanted[i]), ...withEmail.filter((_, i) => !isWanted[i])];
    const seenBad = new Set<string>();
    for (const row of rows) {
      if (row.email === undefined || row.email.trim() === "") continue;
      const found = parseAddresses([row.email]);
      for (const bad of found.invalid) {
        if (!seenBad.has(bad.toLowerCase())) issue(bad, row.source);
        seenBad.add(bad.toLowerCase());
      }
      for (const good of found.valid) if (!toList.some((t) => t.toLowerCase() === good.toLowerCase())) toList = [...toList, good];
    }
  }
  if (toList.length === 0 && ccList.length > 0) {
    toList = ccList;
    ccList = [];
  }
  const inTo = new Set(toList.map((a) => a.toLowerCase()));
  plan.to = toList;
  plan.cc = ccList.filter((a) => !inTo.has(a.toLowerCase()));
  const contact = info?.contact?.trim() || (ctx.ledgerInvoices.get(matchKey(plan.client)) ?? []).find((i) => i.contact?.trim())?.contact?.trim();
  if (contact) plan.contact = contact;
}

function skip(plan: ClientPlan, reason: SkipReason, text: { fr: string; en: string }): ClientPlan {
  plan.actions = [];
  plan.skip = { reason, message: bilingual(text) };
  return plan;
}

function planClient(ctx: Context, sel: ClientSelection): ClientPlan {
  const { asOf, settings, schedule } = ctx;
  const key = matchKey(sel.client);
  const info = ctx.clientInfo.get(key);
  const cj = ctx.state.get(key);
  const name = info?.name?.trim() || sel.client;
  const plan: ClientPlan = {
    client: sel.client, name, language: info?.language ?? settings.defaultLanguage, step: null, actions: [],
    invoices: [], excluded: [], totals: [], indemnity: 0, oldestDue: null, oldestDaysOverdue: null, to: [], cc: [], warnings: [],
  };
  const chosen = new Set(sel.invoices.map(matchKey));
  const open = (ctx.open.get(key) ?? []).filter((inv) => sel.whole || chosen.has(matchKey(inv.invoice)));

  // Notes shown whatever happens.
  for (const credit of ctx.unapplied.get(key) ?? []) {
    const money = (l: "fr" | "en") => formatMoney(-credit.amount, credit.currency, l);
    plan.warnings.push(bilingual({
      fr: `Avoir ou règlement non imputé de ${money("fr")} (${credit.reference}, ${formatDay(credit.date, "fr")}) : vérifiez-le avant de relancer`,
      en: `Unapplied credit or payment of ${money("en")} (${credit.reference}, ${formatDay(credit.date, "en")}): check it before reminding`,
    }));
  }
  if (cj?.status?.status === "douteux") {
    plan.warnings.push(bilingual({ fr: `Client noté douteux dans le journal le ${formatDay(cj.status.entry.date, "fr")}`, en: `Customer marked doubtful in the journal on ${formatDay(cj.status.entry.date, "en")}` }));
  }
  if (cj?.nextAction !== undefined && cj.nextAction.date > asOf) {
    plan.plannedAction = cj.nextAction.date;
    plan.warnings.push(bilingual({
      fr: `Le journal prévoit la prochaine action le ${formatDay(cj.nextAction.date, "fr")}`,
      en: `The journal plans the next action on ${formatDay(cj.nextAction.date, "en")}`,
    }));
  }
  const promise = checkPromise(ctx, sel.client, cj);
  if (promise !== undefined) {
    plan.promise = promise;
    if (promise.status === "broken") {
      ctx.brokenPromises.push(promise);
      const money = (l: "fr" | "en") => (promise.promiseAmount === undefined ? null : formatMoney(promise.promiseAmount, "EUR", l));
      plan.warnings.push(bilingual({
        fr: `Promesse non tenue : ${describePromise(promise, money("fr")).fr}`,
        en: `Broken promise: ${describePromise(promise, money("en")).en}`,
      }));
    }
  }

  if (info?.blocked) {
    return skip(plan, "blocked", { fr: "Compte bloqué (feuille Clients) : pas de relance automatique", en: "Account blocked (Clients sheet): no automatic reminder" });
  }
  if (cj?.status?.status === "contentieux") {
    return skip(plan, "litigation", {
      fr: `Dossier au contentieux depuis le ${formatDay(cj.status.entry.date, "fr")} (journal) : pas de relance automatique`,
      en: `Account in litigation since ${formatDay(cj.status.entry.date, "en")} (journal): no automatic reminder`,
    });
  }
  if (open.length === 0) {
    return skip(plan, "nothing-overdue", sel.whole
      ? { fr: `Aucune facture ouverte au ${formatDay(asOf, "fr")}`, en: `No open invoice at ${formatDay(asOf, "en")}` }
      : { fr: `Les factures sélectionnées sont soldées ou postérieures au ${formatDay(asOf, "fr")}`, en: `The selected invoices are settled or dated after ${formatDay(asOf, "en")}` });
  }

  // Disputes and pending promises set invoices aside.
  const pendingPromise = promise?.status === "pending" ? promise : undefined;
  const promisedNames = new Set((pendingPromise?.invoices ?? []).map(matchKey));
  const eligible: AgedInvoice[] = [];
  for (const inv of [...open].sort(byDue)) {
    const dispute = disputeOn(cj, inv.invoice);
    if (dispute !== null) {
      const reason = dispute.reason === undefined ? null : DISPUTE_REASON_LABELS[dispute.reason];
      plan.excluded.push({
        invoice: inv.invoice, currency: inv.currency, outstanding: inv.outstanding, daysOverdue: inv.daysOverdue, reason: "disputed",
        detail: bilingual({
          fr: `litige ouvert le ${formatDay(dispute.since, "fr")}${reason ? ` (${reason.fr})` : ""}`,
          en: `dispute opened on ${formatDay(dispute.since, "en")}${reason ? ` (${reason.en})` : ""}`,
        }),
      });
      continue;
    }
    if (pendingPromise !== undefined && (promisedNames.size === 0 || promisedNames.has(matchKey(inv.invoice)))) {
      plan.excluded.push({
        invoice: inv.invoice, currency: inv.currency, outstanding: inv.outstanding, daysOverdue: inv.daysOverdue, reason: "promised",
        detail: bilingual(describePromise(pendingPromise, null)),
      });
      continue;
    }
    eligible.push(inv);
  }

  const afterDue = schedule.filter((s) => s.offsetDays > 0);
  const beforeDue = schedule.filter((s) => s.offsetDays <= 0);
  const earliestWindow = beforeDue.length > 0 ? Math.min(...beforeDue.map((s) => s.offsetDays)) : 1;
  const overdue = eligible.filter((inv) => inv.daysOverdue > 0);
  let step: ReminderStep | undefined;
  let included: AgedInvoice[] = [];
  if (overdue.length > 0) {
    const worst = Math.max(...overdue.map((i) => i.daysOverdue));
    step = [...afterDue].reverse().find((s) => s.offsetDays <= worst);
    if (step === undefined) {
      const first = afterDue[0];
      const oldest = overdue.find((i) => i.daysOverdue === worst);
      if (first !== undefined && oldest !== undefined) {
        plan.oldestDue = oldest.due;
        plan.oldestDaysOverdue = worst;
        plan.nextStep = { step: first, date: addDays(oldest.due, first.offsetDays) };
      }
      return skip(plan, "no-step-yet", first === undefined || oldest === undefined
        ? { fr: `Facture la plus en retard : ${formatDays(worst, "fr")} ; aucune étape après l'échéance dans le calendrier`, en: `Most overdue invoice: ${formatDays(worst, "en")}; the schedule has no step after the due date` }
        : {
          fr: `Facture la plus en retard : ${formatDays(worst, "fr")} ; prochaine étape « ${first.label.fr} » le ${formatDay(addDays(oldest.due, first.offsetDays), "fr")}`,
          en: `Most overdue invoice: ${formatDays(worst, "en")}; next step “${first.label.en}” on ${formatDay(addDays(oldest.due, first.offsetDays), "en")}`,
        });
    }
    included = overdue;
  } else {
    const upcoming = eligible.filter((inv) => inv.daysOverdue <= 0);
    const nearest = upcoming.length > 0 ? Math.max(...upcoming.map((i) => i.daysOverdue)) : null;
    step = nearest === null ? undefined : [...beforeDue].reverse().find((s) => s.offsetDays <= nearest);
    if (step !== undefined) {
      const from = step.offsetDays;
      included = upcoming.filter((inv) => inv.daysOverdue >= from);
    } else {
      const relevant = plan.excluded.some((x) => x.daysOverdue > 0)
        ? plan.excluded.filter((x) => x.daysOverdue > 0)
        : plan.excluded.filter((x) => x.daysOverdue >= earliestWindow);
      if (relevant.length > 0) {
        const names = relevant.map((x) => x.invoice).join(", ");
        if (relevant.every((x) => x.reason === "disputed")) {
          const one = relevant.length === 1 ? relevant[0] : undefined;
          return skip(plan, "disputed", one !== undefined
            ? { fr: `Facture ${one.invoice} en litige (${one.detail.split(" / ")[0]}) : pas de relance`, en: `Invoice ${one.invoice} disputed (${one.detail.split(" / ")[1]}): no reminder` }
            : { fr: `${relevant.length} factures en litige (${names}) : pas de relance`, en: `${relevant.length} invoices disputed (${names}): no reminder` });
        }
        const p = pendingPromise;
        const money = (l: "fr" | "en") => (p?.promiseAmount === undefined ? null : formatMoney(p.promiseAmount, relevant[0]?.currency ?? "EUR", l));
        return skip(plan, "promise", p === undefined
          ? { fr: "Factures couvertes par une promesse de paiement : pas de relance", en: "Invoices covered by a payment promise: no reminder" }
          : {
            fr: `Promesse de paiement en cours — ${describePromise(p, money("fr")).fr} : pas de relance avant cette date`,
            en: `Payment promise pending — ${describePromise(p, money("en")).en}: no reminder before then`,
          });
      }
      const window = -earliestWindow;
      return skip(plan, "nothing-overdue", window > 0
        ? { fr: `Aucune facture échue ni à échéance dans les ${formatDays(window, "fr")}`, en: `No invoice overdue or due within ${formatDays(window, "en")}` }
        : { fr: "Aucune facture échue", en: "No overdue invoice" });
    }
  }

  // The level and its invoices.
  plan.step = step;
  const rowsByNumber = new Map<string, Invoice>();
  for (const row of ctx.ledgerInvoices.get(key) ?? []) if (!rowsByNumber.has(matchKey(row.number))) rowsByNumber.set(matchKey(row.number), row);
  plan.invoices = included.map((inv) => {
    const planned: PlannedInvoice = {
      invoice: inv.invoice, date: inv.date, due: inv.due, currency: inv.currency, amount: inv.amount, outstanding: inv.outstanding,
      daysOverdue: inv.daysOverdue, penalty: latePaymentPenalty(inv.outstanding, ctx.rate, inv.daysOverdue),
    };
    const row = rowsByNumber.get(matchKey(inv.invoice));
    if (row !== undefined) planned.source = row.source;
    return planned;
  });
  const totals = new Map<string, CurrencyTotal>();
  for (const inv of plan.invoices) {
    const t = totals.get(inv.currency) ?? { currency: inv.currency, amount: 0, outstanding: 0, penalties: 0, invoices: 0 };
    t.amount += inv.amount;
    t.outstanding += inv.outstanding;
    t.penalties += inv.penalty;
    t.invoices += 1;
    totals.set(inv.currency, t);
  }
  plan.totals = [...totals.values()].sort((a, b) => currencyOrder(a.currency, b.currency));
  plan.indemnity = recoveryIndemnity(plan.invoices.filter((i) => i.daysOverdue > 0).length, settings.recoveryIndemnity);
  const oldest = plan.invoices.reduce<PlannedInvoice | undefined>((w, i) => (w === undefined || i.daysOverdue > w.daysOverdue ? i : w), undefined);
  if (oldest !== undefined) {
    plan.oldestDue = oldest.due;
    plan.oldestDaysOverdue = oldest.daysOverdue;
    const next = schedule[schedule.indexOf(step) + 1];
    if (next !== undefined) plan.nextStep = { step: next, date: addDays(oldest.due, next.offsetDays) };
  }
  recipients(ctx, plan, info, plan.invoices);

  // Not again within the interval.
  const stepDue = oldest === undefined ? asOf : addDays(oldest.due, step.offsetDays);
  const chosenStep = step;
  const done = (ctx.allEntries.get(key) ?? [])
    .filter((e) => daysBetween(e.date, asOf) < chosenStep.intervalDays)
    .filter((e) => sameLevel(e.level, chosenStep.id) || (isCall(chosenStep) && levelKey(e.level) === "" && e.channel === "appel" && e.date >= stepDue))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (done !== undefined) {
    const again = addDays(done.date, step.intervalDays);
    return skip(plan, "already-sent", {
      fr: `Niveau ${step.id} déjà fait le ${formatDay(done.date, "fr")} : pas de nouvel envoi avant le ${formatDay(again, "fr")} (intervalle ${formatDays(step.intervalDays, "fr")})`,
      en: `Level ${step.id} already done on ${formatDay(done.date, "en")}: not again before ${formatDay(again, "en")} (interval ${formatDays(step.intervalDays, "en")})`,
    });
  }

  const actions: ClientPlan["actions"] = [];
  if (sendsEmail(step)) {
    if (plan.to.length > 0) actions.push("email");
    else if (needsLetter(step)) {
      plan.warnings.push(bilingual({ fr: "Aucune adresse e-mail valide : courrier uniquement", en: "No valid e-mail address: letter only" }));
    }
  }
  if (isCall(step)) actions.push("call");
  if (needsLetter(step)) actions.push("letter");
  if (actions.length === 0) {
    return skip(plan, "no-email", {
      fr: "Aucune adresse e-mail valide pour ce client (feuille Clients ou colonne E-mail des factures) : complétez-la ou appelez le client",
      en: "No valid e-mail address for this customer (Clients sheet or the invoices' E-mail column): add one or call the customer",
    });
  }
  plan.actions = actions;
  if (needsLetter(step) && step.offsetDays > 0) {
    const written = (ctx.state.get(key)?.entries ?? []).some((e) => e.channel !== "appel" && !sameLevel(e.level, step.id) && levelKey(e.level) !== "");
    if (!written) {
      plan.warnings.push(bilingual({
        fr: "Aucune relance écrite antérieure dans le journal : vérifiez qu'une mise en demeure est bien appropriée",
        en: "No earlier written reminder in the journal: check that a formal notice is appropriate",
      }));
    }
  }
  return plan;
}

function largest(plan: ClientPlan): Cents {
  return Math.max(0, ...plan.totals.map((t) => t.outstanding));
}

function finish(ctx: Context, clients: ClientPlan[], messages: PlanMessage[]): ReminderPlan {
  clients.sort((a, b) => {
    const aa = a.actions.length > 0 ? 0 : 1;
    const bb = b.actions.length > 0 ? 0 : 1;
    if (aa !== bb) return aa - bb;
    const diff = largest(b) - largest(a);
    if (diff !== 0) return diff;
    return a.name.localeCompare(b.name, "fr");
  });
  const emailing = clients.filter((c) => c.actions.includes("email"));
  const rate = annualRateBasisPoints(ctx.settings.penaltyRate);
  if (!ctx.settings.penaltyRate.confirmed && emailing.some((c) => (c.step?.offsetDays ?? 0) > 0)) {
    const ecb = ctx.settings.penaltyRate.ecbBasisPoints;
    const margin = ctx.settings.penaltyRate.marginBasisPoints;
    messages.push({
      severity: "warning", code: "settings.penalty-rate-unconfirmed",
      message: bilingual({
        fr: `Taux des pénalités de retard non confirmé : ${formatRate(rate, "fr")} (taux BCE ${formatRate(ecb, "fr")} + ${formatRate(margin, "fr")}). Vérifiez le taux BCE en vigueur et confirmez-le dans les Paramètres.`,
        en: `Late-payment penalty rate not confirmed: ${formatRate(rate, "en")} (ECB rate ${formatRate(ecb, "en")} + ${formatRate(margin, "en")}). Check the current ECB rate and confirm it in the settings.`,
      }),
    });
  }
  if (emailing.length > 0) {
    const missing: [string, string, string][] = [];
    if (ctx.settings.iban.trim() === "") missing.push(["iban", "IBAN", "IBAN"]);
    if (ctx.settings.bic.trim() === "") missing.push(["bic", "BIC", "BIC"]);
    if (ctx.settings.company.trim() === "") missing.push(["company", "nom de la société", "company name"]);
    if (ctx.settings.signature.trim() === "") missing.push(["signature", "signature", "signature"]);
    for (const [code, f, e] of missing) {
      messages.push({ severity: "warning", code: `settings.${code}-missing`, message: bilingual({ fr: `${f[0]?.toUpperCase()}${f.slice(1)} non renseigné(e) dans les Paramètres : les brouillons le laisseront vide`, en: `${e[0]?.toUpperCase()}${e.slice(1)} not set in the settings: the drafts will leave it blank` }) });
    }
  }
  return { asOf: ctx.asOf, clients, messages, issues: ctx.issues, brokenPromises: ctx.brokenPromises };
}

function scheduleMessages(schedule: readonly ReminderStep[]): PlanMessage[] {
  return validateSchedule(schedule).filter((p) => p.severity === "error").map((p) => ({
    severity: "error", code: p.code,
    message: `${p.message.split(" / ")[0]} — corrigez le calendrier dans les Paramètres. / ${p.message.split(" / ")[1] ?? ""} — fix the schedule in the settings.`,
  }));
}

/** The plan for given clients (or every client with an open invoice): used by the agenda and the CLI. */
export function planForClients(input: PlanContextInput, scope: readonly ClientSelection[] | "all"): ReminderPlan {
  const ctx = context(input);
  const errors = scheduleMessages(input.schedule);
  if (errors.length > 0) return finish(ctx, [], errors);
  const selections: ClientSelection[] = scope === "all"
    ? [...new Set(input.aging.flatMap((ca) => ca.invoices.filter((i) => i.outstanding > 0).map((i) => i.client)))].map((client) => ({ client, whole: true, invoices: [] }))
    : [...scope];
  return finish(ctx, selections.map((sel) => planClient(ctx, sel)), []);
}

/**
 * The plan for the selected rows: which clients get which level and why the others are skipped.
 * Never throws: an unusable schedule, a selection naming nothing, unreadable parts are messages and issues.
 */
export function planReminders(input: PlanInput): ReminderPlan {
  const resolved = resolveSelection(input);
  if (resolved.clients.length === 0) {
    const ctx = context(input);
    ctx.issues.push(...resolved.issues);
    return finish(ctx, [], [{ severity: "error", code: "selection.empty", message: EMPTY_SELECTION_MESSAGE }]);
  }
  const plan = planForClients(input, resolved.clients);
  plan.issues.unshift(...resolved.issues);
  return plan;
}
