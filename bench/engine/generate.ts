// A deterministic receivables workbook for benchmarks: invoices, payments and clients as 2-D arrays, the way
// Excel's range.values hands them over (header row of French headers, numbers for amounts, serial numbers
// for dates, strings for text, "" for empty cells). Seeded PRNG, no Math.random: the same options always give
// the same workbook, so the engine and Excel benches measure the same thing run after run.
//
// What the payments hold (each invoice gets at most one fate, so no invoice is named by two credits):
//   ~52 % of invoices paid in full by a payment naming them; ~8 % paid together by one payment naming 2–4
//   of the client's invoices ("FA…; FA…"); ~8 % paid in part (30–90 %) by a named payment, the rest paid
//   later without reference half the time; ~12 % paid in full by a payment naming nothing (lettrage
//   automatique); ~4 % reduced by a credit note (Avoir), named or not, the rest paid half the time;
//   ~1 % written off (Perte); ~1 % paid by a payment naming an invoice that does not exist; the rest unpaid.
//   A few payments overpay by 5 €; some invoices issued after the as-of date already have an advance (acompte).
//   Payments dated after the as-of date exist too (they must be ignored).
import type { CellValue, RawSheet } from "../../src/core/sheet";
import { toDayNumber } from "../../src/core/days/day";

export interface GenerateOptions {
  invoices: number;
  clients: number;
  seed?: number;
  /** As-of date the data is built around (invoices span the two years before it, a few come after). */
  asOf?: string;
  /** Include number formats as Excel would report them (default true). */
  numberFormats?: boolean;
}

export interface Workbook {
  asOf: string;
  invoices: RawSheet;
  payments: RawSheet;
  clients: RawSheet;
  counts: { invoices: number; payments: number; clients: number };
}

export const INVOICE_HEADERS = ["N° facture", "Client", "Date facture", "Échéance", "Montant TTC", "Devise"] as const;
export const PAYMENT_HEADERS = ["Référence", "Client", "Date règlement", "Montant", "N° facture", "Type", "Devise"] as const;
export const CLIENT_HEADERS = ["Client", "Raison sociale", "E-mail", "Délai de paiement", "Encours autorisé", "Bloqué"] as const;

/** Excel 1900-system serial of a day number (serial 25569 is 1970-01-01). */
export const serialOf = (dayNumber: number): number => dayNumber + 25569;

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const units = (cents: number) => cents / 100;

interface Inv {
  number: string;
  client: number;
  day: number;
  due: number;
  cents: number;
}

interface Pay {
  day: number;
  client: number;
  cents: number;
  refs: string;
  kind: "Règlement" | "Avoir" | "Perte";
}

export function generateWorkbook(options: GenerateOptions): Workbook {
  const random = prng(options.seed ?? 20240607);
  const asOf = options.asOf ?? "2024-12-31";
  const asOfDay = toDayNumber(asOf);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const withFormats = options.numberFormats ?? true;

  // Clients: code, terms, currency (most in EUR, a few abroad).
  const clientCount = options.clients;
  const terms: number[] = [];
  const currency: string[] = [];
  const clientRows: CellValue[][] = [[...CLIENT_HEADERS]];
  for (let c = 0; c < clientCount; c++) {
    terms.push([30, 30, 45, 60][int(0, 3)] as number);
    const r = random();
    currency.push(r < 0.96 ? "EUR" : r < 0.98 ? "USD" : "CHF");
    clientRows.push([clientCode(c), `Société ${clientCode(c)}`, `compta@client${c}.example.fr`, terms[c] as number, int(10, 500) * 1000, random() < 0.02 ? "oui" : "non"]);
  }

  // Invoices over two years before the as-of date and two weeks after, numbered in date order.
  const days: number[] = [];
  for (let i = 0; i < options.invoices; i++) days.push(random() < 0.02 ? asOfDay + int(1, 15) : asOfDay - int(0, 730));
  days.sort((a, b) => a - b);
  const invoices: Inv[] = days.map((day, i) => {
    const client = Math.min(clientCount - 1, Math.floor(clientCount * Math.pow(random(), 1.6)));
    const cents = Math.round(Math.exp(Math.log(5000) + random() * (Math.log(5_000_000) - Math.log(5000))));
    return { number: `FA${pad(i + 1, 7)}`, client, day, due: day + (terms[client] as number), cents };
  });
  const invoiceRows: CellValue[][] = [[...INVOICE_HEADERS]];
  for (const inv of invoices) {
    // One invoice in twenty has no due date: it comes from the default terms (30 days).
    const blankDue = random() < 0.05;
    if (blankDue) inv.due = inv.day + 30;
    invoiceRows.push([inv.number, clientCode(inv.client), serialOf(inv.day), blankDue ? "" : serialOf(inv.due), units(inv.cents), currency[inv.client] as string]);
  }

  // Payments, walking each client's invoices in date order.
  const byClient: Inv[][] = Array.from({ length: clientCount }, () => []);
  for (const inv of invoices) (byClient[inv.client] as Inv[]).push(inv);
  const pays: Pay[] = [];
  const after = (inv: Inv) => Math.max(inv.day, inv.due + int(-15, 60));
  for (let c = 0; c < clientCount; c++) {
    const list = byClient[c] as Inv[];
    for (let k = 0; k < list.length; k++) {
      const inv = list[k] as Inv;
      if (inv.day > asOfDay) {
        if (random() < 0.3) pays.push({ day: asOfDay - int(0, 10), client: c, cents: Math.round(inv.cents * 0.3), refs: inv.number, kind: "Règlement" });
        continue;
      }
      const r = random();
      if (r < 0.52) {
        const extra = random() < 0.005 ? 500 : 0;
        pays.push({ day: after(inv), client: c, cents: inv.cents + extra, refs: inv.number, kind: "Règlement" });
      } else if (r < 0.6) {
        const group = [inv];
        const more = int(1, 3);
        while (group.length <= more && k + 1 < list.length && (list[k + 1] as Inv).day <= asOfDay) group.push(list[++k] as Inv);
        const last = group[group.length - 1] as Inv;
        pays.push({ day: after(last), client: c, cents: group.reduce((s, g) => s + g.cents, 0), refs: group.map((g) => g.number).join("; "), kind: "Règlement" });
      } else if (r < 0.68) {
        const part = Math.round(inv.cents * (0.3 + 0.6 * random()));
        pays.push({ day: after(inv), client: c, cents: part, refs: inv.number, kind: "Règlement" });
        // Half the time the rest comes later, without a reference.
        if (random() < 0.5) pays.push({ day: after(inv) + int(10, 60), client: c, cents: inv.cents - part, refs: "", kind: "Règlement" });
      } else if (r < 0.8) {
        pays.push({ day: after(inv), client: c, cents: inv.cents, refs: "", kind: "Règlement" });
      } else if (r < 0.84) {
        const credit = Math.max(1, Math.round(inv.cents * (0.1 + 0.9 * random())));
        pays.push({ day: inv.day + int(5, 40), client: c, cents: credit, refs: random() < 0.5 ? inv.number : "", kind: "Avoir" });
        if (credit < inv.cents && random() < 0.5) pays.push({ day: after(inv), client: c, cents: inv.cents - credit, refs: "", kind: "Règlement" });
      } else if (r < 0.85) {
        pays.push({ day: inv.due + int(180, 400), client: c, cents: inv.cents, refs: inv.number, kind: "Perte" });
      } else if (r < 0.86) {
        pays.push({ day: after(inv), client: c, cents: inv.cents, refs: `FA9${pad(int(0, 999999), 6)}`, kind: "Règlement" });
      }
    }
  }
  pays.sort((a, b) => a.day - b.day || a.client - b.client);
  const paymentRows: CellValue[][] = [[...PAYMENT_HEADERS]];
  const prefix = { "Règlement": "RG", "Avoir": "AV", "Perte": "PT" } as const;
  pays.forEach((p, i) => {
    paymentRows.push([`${prefix[p.kind]}${pad(i + 1, 7)}`, clientCode(p.client), serialOf(p.day), units(p.cents), p.refs, p.kind, currency[p.client] as string]);
  });

  const invoiceSheet: RawSheet = { name: "Factures", values: invoiceRows };
  const paymentSheet: RawSheet = { name: "Règlements", values: paymentRows };
  const clientSheet: RawSheet = { name: "Clients", values: clientRows };
  if (withFormats) {
    invoiceSheet.numberFormats = formats(invoiceRows.length, ["General", "General", "General", "General", "General", "General"], ["@", "@", "dd/mm/yyyy", "dd/mm/yyyy", "#,##0.00", "@"]);
    paymentSheet.numberFormats = formats(paymentRows.length, ["General", "General", "General", "General", "General", "General", "General"], ["@", "@", "dd/mm/yyyy", "#,##0.00", "@", "@", "@"]);
    clientSheet.numberFormats = formats(clientRows.length, ["General", "General", "General", "General", "General", "General"], ["@", "@", "@", "0", "#,##0.00", "@"]);
  }
  return {
    asOf,
    invoices: invoiceSheet,
    payments: paymentSheet,
    clients: clientSheet,
    counts: { invoices: invoiceRows.length - 1, payments: paymentRows.length - 1, clients: clientCount },
  };
}

/** Formats as Excel reports them: one shared row array per kind of row, so a million rows cost little. */
function formats(rows: number, header: string[], body: string[]): string[][] {
  const out: string[][] = [header];
  for (let r = 1; r < rows; r++) out.push(body);
  return out;
}

export function clientCode(index: number): string {
  return `CL${pad(index + 1, 5)}`;
}

