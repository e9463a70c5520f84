// Eighteen months of invoices and payments for the sample clients: monthly and quarterly fees, annual accounts,
// one-off missions; payments that follow each client's payer profile (on time, slow, late, erratic), partial
// payments, grouped payments naming two invoices, payments without reference, credit notes, a write-off,
// an overpayment, an advance, and a disputed invoice left unpaid.
import { addDays, daysInMonth, endOfMonth, type IsoDay } from "../../src/core/days/day";
import type { Random } from "./prng";
import { monthPlus, type SampleClient } from "./clients";

/** The day the sample was "extracted" from the firm's software: nothing is dated after it. */
export const EXTRACTION_DAY: IsoDay = "2026-11-14";
export const FIRST_MONTH = "2025-05";
export const LAST_FULL_MONTH = "2026-10";

export interface SampleInvoice {
  number: string;
  client: SampleClient;
  date: IsoDay;
  due: IsoDay;
  label: string;
  /** Cents. */
  ht: number;
  tva: number;
  ttc: number;
  currency: "EUR" | "USD";
  /** How the due-date cell is written: a date, left blank (computed from the client's terms), or bad text. */
  dueCell: "date" | "blank" | "impossible-text";
  /** The amount incl. tax typed as text instead of a number (as someone pasting from a PDF would). */
  ttcAsText: boolean;
}

export type PaymentType = "Règlement" | "Avoir" | "Perte";

export interface SamplePayment {
  date: IsoDay;
  client: SampleClient;
  reference: string;
  mode: string;
  /** Positive cents. */
  amount: number;
  currency: "EUR" | "USD";
  /** Text of the "N° facture" cell: one number, two separated by "; ", or "" (unreferenced). */
  invoiceRefs: string;
  type: PaymentType;
}

export interface SampleActivity {
  invoices: SampleInvoice[];
  payments: SamplePayment[];
}

const MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MISSIONS = [
  "Déclarations de TVA trimestrielles", "Assistance contrôle URSSAF", "Dossier de financement bancaire",
  "Bulletins de paie et DSN", "Approbation des comptes (AG annuelle)", "Prévisionnel de trésorerie",
  "Assistance contrôle fiscal", "Conseil création de filiale", "Déclaration CFE et CVAE", "Mission juridique : cession de parts",
];

function monthEnd(month: string): IsoDay {
  return endOfMonth(`${month}-01`);
}

function dayIn(month: string, rng: Random, maxDay?: number): IsoDay {
  const [y, m] = month.split("-").map(Number);
  const last = Math.min(daysInMonth(y ?? 2025, m ?? 1), maxDay ?? 31);
  return `${month}-${String(rng.int(1, last)).padStart(2, "0")}`;
}

function dueDate(client: SampleClient, date: IsoDay): IsoDay {
  switch (client.terms) {
    case "comptant": return date;
    case "30 jours": return addDays(date, 30);
    case "60 jours": return addDays(date, 60);
    // "45 jours fin de mois": 45 days after the invoice, then the end of that month (Code de commerce L441-10).
    case "45 jours fin de mois": return endOfMonth(addDays(date, 45));
  }
}

function withTax(ht: number, rate: number): { ht: number; tva: number; ttc: number } {
  const tva = Math.round((ht * rate) / 100);
  return { ht, tva, ttc: ht + tva };
}

interface Draft {
  client: SampleClient;
  date: IsoDay;
  label: string;
  ht: number;
  currency: "EUR" | "USD";
  vatRate: number;
}

function invoiceDrafts(clients: SampleClient[], rng: Random): Draft[] {
  const drafts: Draft[] = [];
  for (const client of clients) {
    // Fees rise 3 % on 1 January 2026.
    const feeIn = (month: string) => (month >= "2026-01" ? Math.round((client.fee * 103) / 10_000) * 100 : client.fee);
    for (let month = client.firstMonth; month <= client.lastMonth; month = monthPlus(month, 1)) {
      const [y, m] = month.split("-").map(Number) as [number, number];
      if (client.billing === "monthly") {
        drafts.push({ client, date: monthEnd(month), label: `Honoraires ${MONTHS_FR[m - 1]} ${y} — tenue comptable`, ht: feeIn(month), currency: "EUR", vatRate: 20 });
        if (client.payrollFee > 0) {
          drafts.push({ client, date: monthEnd(month), label: `Honoraires ${MONTHS_FR[m - 1]} ${y} — bulletins de paie`, ht: client.payrollFee, currency: "EUR", vatRate: 20 });
        }
      } else if (client.billing === "quarterly" && m % 3 === 0) {
        drafts.push({ client, date: monthEnd(month), label: `Honoraires ${m / 3}e trimestre ${y}`, ht: feeIn(month) * 3, currency: "EUR", vatRate: 20 });
      }
      // Annual accounts, invoiced four months after the financial year end.
      const yearEnd = monthPlus(month, -4);
      if (Number(yearEnd.slice(5)) === client.yearEndMonth) {
        const multiple = client.billing === "occasional" ? rng.int(4, 7) : rng.int(3, 6);
        drafts.push({
          client, date: dayIn(month, rng, 28), label: `Établissement des comptes annuels (exercice clos le ${monthEnd(yearEnd).split("-").reverse().join("/")})`,
          ht: Math.round((feeIn(month) * multiple) / 1_000) * 1_000, currency: "EUR", vatRate: 20,
        });
      }
      if (rng.chance(client.billing === "occasional" ? 0.08 : 0.15)) {
        const ht = Math.round(Math.max(9_000, client.fee * (0.3 + rng.next() * 2.5)) / 500) * 500;
        drafts.push({ client, date: dayIn(month, rng), label: rng.pick(MISSIONS), ht, currency: "EUR", vatRate: 20 });
      }
    }
    // A few one-off missions in the first half of November, after the last month-end.
    if (client.lastMonth === LAST_FULL_MONTH && rng.chance(0.06)) {
      drafts.push({ client, date: dayIn("2026-11", rng, 13), label: rng.pick(MISSIONS), ht: Math.round(client.fee / 500) * 500 + 15_000, currency: "EUR", vatRate: 20 });
    }
  }
  return drafts;
}

function byDateThenClient(a: Draft, b: Draft): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.client.code !== b.client.code) return a.client.code < b.client.code ? -1 : 1;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

function numberInvoices(drafts: Draft[]): SampleInvoice[] {
  const counters = new Map<string, number>();
  return [...drafts].sort(byDateThenClient).map((d) => {
    const year = d.date.slice(0, 4);
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    return {
      number: `F${year}-${String(n).padStart(4, "0")}`,
      client: d.client, date: d.date, due: dueDate(d.client, d.date), label: d.label,
      ...withTax(d.ht, d.vatRate), currency: d.currency, dueCell: "date", ttcAsText: false,
    };
  });
}

/** Days after the due date a client pays (may be negative: early), or null: never (so far). */
function paymentDelay(client: SampleClient, rng: Random): number | null {
  if (client.mode === "Prélèvement") return rng.int(0, 2);
  const profile = client.profile === "erratic" ? (rng.chance(0.5) ? "good" : "late") : client.profile;
  switch (profile) {
    case "good": return rng.chance(0.004) ? null : rng.int(-6, 4);
    case "slow": return rng.chance(0.01) ? null : rng.int(5, 40);
    case "late": return rng.chance(0.07) ? null : rng.int(25, 140);
    default: return rng.int(0, 10);
  }
}

class References {
  private seq = 0;
  constructor(private readonly rng: Random) {}
  next(mode: string, date: IsoDay): string {
    this.seq++;
    if (mode === "Chèque") return `CHQ ${this.rng.int(1_000_000, 9_999_999)}`;
    const stamp = date.replace(/-/g, "");
    return `${mode === "Prélèvement" ? "PRLV" : "VIR"}-${stamp}-${String(this.seq).padStart(4, "0")}`;
  }
}

export function makeActivity(clients: SampleClient[], rng: Random): SampleActivity {
  const drafts = invoiceDrafts(clients, rng);
  const english = clients.find((c) => c.language === "en");
  if (english !== undefined) {
    drafts.push({ client: english, date: "2026-03-18", label: "Group reporting package FY2025 (US GAAP)", ht: 480_000, currency: "USD", vatRate: 0 });
    drafts.push({ client: english, date: "2026-10-08", label: "Transfer pricing documentation", ht: 325_000, currency: "USD", vatRate: 0 });
  }
  // The invoice an advance will be paid on (dated after the last month-end).
  const advanceClient = clients.find((c) => c.category === "PME" && c.profile === "good" && c.language === "fr");
  if (advanceClient !== undefined) {
    drafts.push({ client: advanceClient, date: "2026-11-05", label: "Mission d'accompagnement : transmission d'entreprise", ht: 600_000, currency: "EUR", vatRate: 20 });
  }
  const invoices = numberInvoices(drafts);
  const payments: SamplePayment[] = [];
  const refs = new References(rng);
  // References are given in date order once every payment is known ("" until then).
  const pay = (p: Omit<SamplePayment, "mode" | "reference"> & { mode?: string; reference?: string }) => {
    if (p.date > EXTRACTION_DAY) return;
    payments.push({ ...p, mode: p.mode ?? p.client.mode, reference: p.reference ?? "" });
  };

  // Special invoices chosen up front.
  const disputedClient = clients.find((c) => c.category === "PME" && c.profile === "good" && c !== advanceClient && c.billing === "monthly");
  // Disputed since early summer, so it is overdue at the end of October.
  const inWindow = (i: SampleInvoice) => i.client === disputedClient && i.date >= "2026-06-01" && i.date <= "2026-07-31";
  const disputed = invoices.find((i) => inWindow(i) && !i.label.startsWith("Honoraires")) ?? invoices.find(inWindow);
  if (disputed !== undefined && disputedClient !== undefined) {
    disputedClient.notes = `Litige sur la facture ${disputed.number} du ${disputed.date.split("-").reverse().join("/")} (montant contesté, en attente de l'avis de l'associé) : ne pas relancer.`;
  }
  const liquidated = clients.find((c) => c.notes.startsWith("Liquidation"));
  const blocked = clients.find((c) => c.blocked);
  const advance = invoices.find((i) => i.date === "2026-11-05" && i.client === advanceClient);

  // Data quirks a real export has.
  const blankDue = invoices.filter((i) => !i.label.startsWith("Honoraires") && i.client.terms !== "45 jours fin de mois" && i.currency === "EUR");
  for (const inv of blankDue.filter((_, k) => k % 23 === 5).slice(0, 8)) inv.dueCell = "blank";
  const impossible = invoices.find((i) => i.date === "2026-08-31" && i.client.terms === "30 jours");
  if (impossible !== undefined) impossible.dueCell = "impossible-text";
  const asText = invoices.find((i) => i.date >= "2026-05-01" && i.ttc > 100_000 && i.dueCell === "date");
  if (asText !== undefined) asText.ttcAsText = true;

  // Pass 1: what each invoice receives (credit notes, payments), client by client in date order.
  const byClient = new Map<SampleClient, SampleInvoice[]>();
  for (const inv of invoices) {
    const list = byClient.get(inv.client);
    if (list === undefined) byClient.set(inv.client, [inv]);
    else list.push(inv);
  }
  let creditNotes = 0;
  for (const [client, list] of byClient) {
    const pending: { inv: SampleInvoice; date: IsoDay; amount: number }[] = [];
    for (const inv of list) {
      if (inv === disputed || inv === advance) continue;
      if (client === liquidated && inv.date >= "2025-11-01") continue;
      if (client === blocked && inv.date >= "2026-03-01") continue;
      let due = inv.ttc;
      if (rng.chance(0.012) && inv.currency === "EUR") {
        creditNotes++;
        const full = rng.chance(0.4);
        const amount = full ? inv.ttc : Math.round((inv.ttc * rng.int(10, 25)) / 100);
        pay({
          date: addDays(inv.date, rng.int(3, 30)), client, amount, currency: inv.currency, invoiceRefs: inv.number, type: "Avoir",
          mode: "Avoir", reference: `AV${inv.date.slice(0, 4)}-${String(creditNotes).padStart(3, "0")}`,
        });
        due -= amount;
        if (due === 0) continue;
      }
      const delay = paymentDelay(client, rng);
      if (delay === null) continue;
      let date = addDays(inv.due, delay);
      if (date < inv.date) date = inv.date;
      if (client.profile !== "good" && rng.chance(0.08)) {
        // Partial payment now, the rest later.
        const first = Math.round((due * rng.int(40, 60)) / 10_000) * 100;
        pending.push({ inv, date, amount: first });
        pending.push({ inv, date: addDays(date, rng.int(15, 60)), amount: due - first });
      } else {
        pending.push({ inv, date, amount: due });
      }
    }
    pending.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (let k = 0; k < pending.length; k++) {
      const p = pending[k];
      if (p === undefined) continue;
      const next = pending[k + 1];
      const groupable =
        next !== undefined && (client.profile === "erratic" || client.profile === "late") && rng.chance(0.5) &&
        p.amount === p.inv.ttc && next.amount === next.inv.ttc && next.inv.currency === p.inv.currency &&
        next.date <= addDays(p.date, 25);
      if (groupable && next !== undefined) {
        pay({ date: next.date, client, amount: p.amount + next.amount, currency: p.inv.currency, invoiceRefs: `${p.inv.number}; ${next.inv.number}`, type: "Règlement" });
        k++;
        continue;
      }
      // The disputed client always names its invoices (an unreferenced payment would be lettered to the
      // disputed invoice, its oldest open one).
      const unreferenced = rng.chance(client.mode === "Chèque" ? 0.3 : 0.06) && client !== disputedClient;
      pay({ date: p.date, client, amount: p.amount, currency: p.inv.currency, invoiceRefs: unreferenced ? "" : p.inv.number, type: "Règlement" });
    }
  }

  // The liquidated client's oldest unpaid invoice is written off.
  const lost = invoices.find((i) => i.client === liquidated && i.date >= "2025-11-01");
  if (lost !== undefined && liquidated !== undefined) {
    pay({ date: "2026-06-30", client: liquidated, amount: lost.ttc, currency: "EUR", invoiceRefs: lost.number, type: "Perte", mode: "Perte", reference: "PERTE-2026-001" });
  }
  // An advance: a payment in October naming the November invoice.
  if (advance !== undefined) {
    pay({ date: "2026-10-27", client: advance.client, amount: Math.round(advance.ttc / 200) * 100, currency: "EUR", invoiceRefs: advance.number, type: "Règlement", mode: "Virement" });
  }
  // An overpayment: a good client's transfer sent twice.
  const twice = payments.find((p) => p.type === "Règlement" && p.client.profile === "good" && p.date >= "2026-09-01" && p.invoiceRefs !== "" && !p.invoiceRefs.includes(";"));
  if (twice !== undefined) pay({ ...twice, date: addDays(twice.date, 3), reference: "" });
  // A typo in a reference (letter O for zero): the engine warns and letters it automatically.
  const typo = payments.find((p) => p.type === "Règlement" && /^F2025-0\d{3}$/.test(p.invoiceRefs) && p.date >= "2025-09-01");
  if (typo !== undefined) typo.invoiceRefs = typo.invoiceRefs.replace("F2025-0", "F2025-O");

  payments.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.client.code < b.client.code ? -1 : a.client.code > b.client.code ? 1 : 0));
  for (const p of payments) if (p.reference === "") p.reference = refs.next(p.mode, p.date);
  return { invoices, payments };
}
