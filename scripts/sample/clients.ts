// The clients of the sample accounting firm: ~80 businesses, associations and liberal professions, each with
// payment terms, a payer profile (how late it pays) and a billing rhythm.
import type { Random } from "./prng";
import {
  ASSOCIATIONS, BIG_ACCOUNTS, FIRST_NAMES_F, FIRST_NAMES_M, LIBERAL_PROFESSIONS, PLACES, SURNAMES, TOWNS, TRADES, slug,
} from "./names";

export type Terms = "comptant" | "30 jours" | "45 jours fin de mois" | "60 jours";
export type PayerProfile = "good" | "slow" | "late" | "erratic";
export type Category = "TPE" | "PME" | "Grand compte";
export type Billing = "monthly" | "quarterly" | "occasional";
export type PaymentMode = "Virement" | "Prélèvement" | "Chèque";

export interface SampleClient {
  code: string;
  name: string;
  email: string;
  cc: string;
  contact: string;
  language: "fr" | "en";
  terms: Terms;
  /** Cents, or null when no limit is set. */
  creditLimit: number | null;
  blocked: boolean;
  category: Category;
  notes: string;
  profile: PayerProfile;
  billing: Billing;
  mode: PaymentMode;
  /** Monthly (or per-period) fee excluding tax, in cents. */
  fee: number;
  /** Monthly payroll fee (bulletins de paie) invoiced separately, in cents, or 0. */
  payrollFee: number;
  /** First and last month billed, as "YYYY-MM" (inclusive). */
  firstMonth: string;
  lastMonth: string;
  /** Month (1–12) of the financial year end, for the annual accounts invoice. */
  yearEndMonth: number;
}

export const TERMS_DAYS: Record<Terms, number> = {
  comptant: 0, "30 jours": 30, "45 jours fin de mois": 45, "60 jours": 60,
};

function person(rng: Random): { first: string; surname: string; title: string } {
  const female = rng.chance(0.5);
  return {
    first: female ? rng.pick(FIRST_NAMES_F) : rng.pick(FIRST_NAMES_M),
    surname: rng.pick(SURNAMES),
    title: female ? "Mme" : "M.",
  };
}

function roundTo(cents: number, step: number): number {
  return Math.round(cents / step) * step;
}

interface Draft {
  name: string;
  domain: string;
  category: Category;
  kind: "company" | "association" | "liberal" | "big";
}

function draftNames(rng: Random): Draft[] {
  const used = new Set<string>();
  const drafts: Draft[] = [];
  const add = (d: Draft) => {
    if (used.has(d.name)) return false;
    used.add(d.name);
    drafts.push(d);
    return true;
  };
  for (const name of BIG_ACCOUNTS) add({ name, domain: `${slug(name.replace(/ (SA|SAS)$/, ""))}.fr`, category: "Grand compte", kind: "big" });
  for (let i = 0; i < 4; ) {
    const name = rng.pick(ASSOCIATIONS).replace("{town}", rng.pick(TOWNS));
    if (add({ name, domain: `${slug(name).slice(0, 30).replace(/-+$/, "")}.asso.fr`, category: "TPE", kind: "association" })) i++;
  }
  for (let i = 0; i < 8; ) {
    const p = person(rng);
    const name = rng.pick(LIBERAL_PROFESSIONS)
      .replace("{first}", p.first).replace("{surname2}", rng.pick(SURNAMES)).replace("{surname}", p.surname);
    if (add({ name, domain: `${slug(name).slice(0, 40).replace(/-+$/, "")}.fr`, category: "TPE", kind: "liberal" })) i++;
  }
  while (drafts.length < 80) {
    const surname = rng.pick(SURNAMES);
    const trade = rng.pick(TRADES);
    const pme = rng.chance(0.3);
    const form = pme ? rng.weighted([["SAS", 5], ["SARL", 3], ["SA", 1]] as const) : rng.weighted([["SARL", 5], ["EURL", 3], ["SAS", 3], ["SASU", 2]] as const);
    const style = rng.int(0, 3);
    const base =
      style === 0 ? `${trade} ${surname}`
      : style === 1 ? `${trade} ${rng.pick(PLACES)}`
      : style === 2 ? `${surname} & Fils`
      : `${trade} ${surname} et Associés`;
    const name = `${base} ${form}`;
    add({ name, domain: `${slug(base)}.fr`, category: pme ? "PME" : "TPE", kind: "company" });
  }
  return drafts;
}

/** ~80 clients, in code order. A few carry the special cases a real portfolio has. */
export function makeClients(rng: Random): SampleClient[] {
  const drafts = draftNames(rng);
  // Shuffle deterministically so special kinds do not cluster at the start of the code list.
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = drafts[i] as Draft;
    drafts[i] = drafts[j] as Draft;
    drafts[j] = a;
  }
  const clients: SampleClient[] = drafts.map((d, index) => {
    const p = person(rng);
    const terms: Terms =
      d.kind === "big" ? rng.weighted([["45 jours fin de mois", 2], ["60 jours", 1]] as const)
      : d.kind === "association" || d.kind === "liberal" ? rng.weighted([["comptant", 1], ["30 jours", 3]] as const)
      : d.category === "PME" ? rng.weighted([["30 jours", 3], ["45 jours fin de mois", 2]] as const)
      : rng.weighted([["comptant", 1], ["30 jours", 4], ["45 jours fin de mois", 1]] as const);
    const profile: PayerProfile = rng.weighted([["good", 55], ["slow", 25], ["late", 12], ["erratic", 8]] as const);
    const fee =
      d.kind === "big" ? roundTo(rng.int(250_000, 600_000), 5_000)
      : d.kind === "association" ? roundTo(rng.int(8_000, 20_000), 500)
      : d.kind === "liberal" ? roundTo(rng.int(15_000, 40_000), 500)
      : d.category === "PME" ? roundTo(rng.int(45_000, 150_000), 1_000)
      : roundTo(rng.int(12_000, 45_000), 500);
    const billing: Billing = d.kind === "association" ? "occasional" : rng.weighted([["monthly", 84], ["quarterly", 16]] as const);
    const startOffset = index % 9 === 4 ? rng.int(1, 10) : 0;
    const firstMonth = monthPlus("2025-05", startOffset);
    const mode: PaymentMode =
      d.kind === "association" ? "Chèque"
      : billing === "monthly" && profile === "good" && rng.chance(0.4) ? "Prélèvement"
      : rng.weighted([["Virement", 8], ["Chèque", 1]] as const);
    const limit =
      d.category === "Grand compte" ? 5_000_000
      : d.category === "PME" ? roundTo(fee * 6, 100_000)
      : rng.chance(0.6) ? roundTo(Math.max(fee * 5, 200_000), 50_000) : null;
    const ccChance = d.category === "TPE" ? 0.25 : 0.7;
    return {
      code: `C${String(index + 1).padStart(4, "0")}`,
      name: d.name,
      email: `${rng.pick(["compta", "comptabilite", "contact", "factures", "administratif"])}@${d.domain}`,
      cc: rng.chance(ccChance) ? `${slug(p.first)}.${slug(p.surname)}@${d.domain}` : "",
      contact: `${p.title} ${p.first} ${p.surname}`,
      language: "fr",
      terms,
      creditLimit: limit,
      blocked: false,
      category: d.category,
      notes: "",
      profile,
      billing,
      mode,
      fee,
      payrollFee: billing === "monthly" && d.kind !== "big" && rng.chance(0.15) ? roundTo(rng.int(6_000, 30_000), 500) : 0,
      firstMonth,
      lastMonth: "2026-10",
      yearEndMonth: rng.weighted([[12, 8], [6, 1], [9, 1], [3, 1]] as const),
    };
  });

  // The special cases, at fixed places in the list.
  const at = (i: number): SampleClient => clients[i] as SampleClient;
  const noEmail = at(7);
  noEmail.email = "";
  noEmail.cc = "";
  noEmail.notes = "Pas d'adresse e-mail : relances par courrier.";

  const badEmail = at(15);
  badEmail.email = badEmail.email.replace("@", ".");
  badEmail.notes = "Adresse e-mail à vérifier (retour en erreur).";

  const blocked = at(23);
  blocked.blocked = true;
  blocked.profile = "late";
  // Blocked mid-June; the July invoice still went out (the dashboard flags blocked clients still invoiced).
  blocked.lastMonth = "2026-07";
  blocked.notes = "Compte bloqué le 15/06/2026 : retards répétés, plus de travaux avant régularisation.";

  // An English-speaking client (a French subsidiary of a US software house), invoiced in EUR and twice in USD.
  const english = at(31);
  english.name = "Atlantic Software France SAS";
  english.email = "accounts.payable@atlantic-software.com";
  english.cc = "finance.emea@atlantic-software.com";
  english.contact = "Ms Sarah Miller";
  english.language = "en";
  english.terms = "30 jours";
  english.category = "PME";
  english.billing = "quarterly";
  english.profile = "slow";
  english.mode = "Virement";
  english.notes = "Correspondance en anglais. Missions ponctuelles facturées en USD à la maison mère.";

  // A client in liquidation: stopped paying, one invoice written off.
  const liquidated = at(40);
  liquidated.profile = "late";
  liquidated.billing = "monthly";
  liquidated.mode = "Virement";
  liquidated.firstMonth = "2025-05";
  liquidated.lastMonth = "2026-02";
  liquidated.notes = "Liquidation judiciaire prononcée le 12/03/2026 ; créance déclarée au mandataire. Facture la plus ancienne passée en perte.";

  return clients;
}

/** "2025-05" + 3 → "2025-08". */
export function monthPlus(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = (y ?? 0) * 12 + (m ?? 1) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
