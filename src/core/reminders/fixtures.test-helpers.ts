// Small worlds for reminder tests: invoices stated once give both the aged balance and the ledger rows.
import type { AgedInvoice, CurrencyAging, UnappliedCredit } from "../aging/types";
import { daysBetween, type IsoDay } from "../days/day";
import type { JournalEntry } from "../journal/types";
import type { ClientInfo, Credit, Invoice, Ledger } from "../ledger/types";
import type { PlanContextInput } from "./plan";
import { DEFAULT_SCHEDULE } from "./schedule";
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from "./settings";

export const AS_OF: IsoDay = "2026-11-30";

export interface Inv {
  invoice: string;
  client?: string;
  date?: IsoDay;
  due: IsoDay;
  /** Cents; default 100 000 (1 000,00). */
  amount?: number;
  outstanding?: number;
  currency?: string;
  email?: string;
  contact?: string;
}

export function agedOf(inv: Inv, asOf: IsoDay = AS_OF): AgedInvoice {
  const amount = inv.amount ?? 100000;
  const outstanding = inv.outstanding ?? amount;
  return {
    invoice: inv.invoice, client: inv.client ?? "C1", date: inv.date ?? inv.due, due: inv.due, amount, paid: amount - outstanding,
    outstanding, daysOverdue: daysBetween(inv.due, asOf), bucket: 0, currency: inv.currency ?? "EUR", writtenOff: 0,
  };
}

export function client(fields: Partial<ClientInfo> & { id: string }): ClientInfo {
  return { name: fields.id, emailsTo: [], emailsCc: [], blocked: false, ...fields };
}

export interface WorldSpec {
  invoices: Inv[];
  clients?: ClientInfo[];
  journal?: JournalEntry[];
  credits?: Credit[];
  unapplied?: UnappliedCredit[];
  asOf?: IsoDay;
  settings?: Partial<ReminderSettings>;
}

export const CONFIRMED_SETTINGS: ReminderSettings = {
  ...DEFAULT_REMINDER_SETTINGS,
  company: "Cabinet Martin & Associés", iban: "FR76 3000 6000 0112 3456 7890 189", bic: "AGRIFRPP",
  signature: "Marie Durand\nService comptabilité clients\nCabinet Martin & Associés",
  penaltyRate: { ecbBasisPoints: 215, marginBasisPoints: 1000, confirmed: true },
};

/** Invoice rows live on "Factures" from row 2, in the order given. */
export function world(spec: WorldSpec): PlanContextInput {
  const asOf = spec.asOf ?? AS_OF;
  const aged = spec.invoices.map((inv) => agedOf(inv, asOf));
  const currencies = [...new Set(aged.map((a) => a.currency))];
  const aging: CurrencyAging[] = currencies.map((currency) => ({
    currency, asOf, buckets: [], total: { outstanding: 0, byBucket: [] }, clients: [],
    invoices: aged.filter((a) => a.currency === currency),
    unapplied: (spec.unapplied ?? []).filter((u) => u.currency === currency), allocations: [],
    control: { invoiced: 0, credited: 0, expected: 0, difference: 0 },
  }));
  const rows: Invoice[] = spec.invoices.map((inv, index) => {
    const row: Invoice = {
      number: inv.invoice, client: inv.client ?? "C1", date: inv.date ?? inv.due, due: inv.due, dueComputed: false,
      amount: inv.amount ?? 100000, currency: inv.currency ?? "EUR", source: { sheet: "Factures", row: index + 2 },
    };
    if (inv.email !== undefined) row.email = inv.email;
    if (inv.contact !== undefined) row.contact = inv.contact;
    return row;
  });
  const ledger: Ledger = {
    invoices: rows, credits: spec.credits ?? [], clients: new Map((spec.clients ?? []).map((c) => [c.id, c])), issues: [], rejectedRows: 0,
  };
  return {
    aging, ledger, journal: spec.journal ?? [], schedule: DEFAULT_SCHEDULE, asOf,
    settings: { ...CONFIRMED_SETTINGS, ...spec.settings },
  };
}

export function entry(fields: Partial<JournalEntry> & { date: IsoDay }): JournalEntry {
  return { client: "C1", invoices: [], level: "", channel: "e-mail", ...fields };
}

/** A client C1 reachable by e-mail. */
export const C1 = client({ id: "C1", name: "Dupont SA", emailsTo: ["compta@dupont.fr"] });
