// A small receivables workbook on the emulated Excel host and a Graph-like server, for the reminder use cases.
import { createExcelHarness, type ExcelHarness, type SheetSeed } from "../excel-host";
import { startCheckedGraph, recordingSleep, type CheckedGraph } from "../graph-server/harness";
import { dayToSerial } from "../../src/core/cells/date";
import { defaultSettings, type EncoursSettings } from "../../src/core/settings";
import type { GraphOptions } from "../../src/usecases/reminders";

export const TODAY = "2026-11-22";
export const serial = (day: string): number => dayToSerial(day, false);

export interface InvoiceRow {
  number: string;
  client: string;
  name: string;
  date: string;
  due: string;
  amount: number;
  email?: string;
}

/** Due dates relative to TODAY: C001 12 days late (J+10), C002 16 (J+15), C003 33 (J+30), C004 11 (J+10). */
export const INVOICES: InvoiceRow[] = [
  { number: "F-101", client: "C001", name: "Dupont SA", date: "2026-10-01", due: "2026-11-10", amount: 1200.5, email: "compta@dupont.example.fr" },
  { number: "F-102", client: "C002", name: "=cmd|' /C calc'!A0", date: "2026-10-01", due: "2026-11-06", amount: 850, email: "ap@cmd.example.fr" },
  { number: "F-103", client: "C003", name: "<script>alert('x')</script> & Fils", date: "2026-09-01", due: "2026-10-20", amount: 3000, email: "finance@fils.example.fr" },
  { number: "F-104", client: "C004", name: "Café 😀 Ltd", date: "2026-10-01", due: "2026-11-11", amount: 400, email: "hello@cafe.example.fr" },
  { number: "F-105", client: "C001", name: "Dupont SA", date: "2026-10-05", due: "2026-11-09", amount: 99.5, email: "compta@dupont.example.fr" },
];

export function invoiceSheet(rows: InvoiceRow[] = INVOICES, date1904 = false): SheetSeed {
  const serial = (day: string): number => dayToSerial(day, date1904);
  const header = ["N° facture", "Code client", "Nom client", "Date facture", "Échéance", "Montant TTC", "E-mail"];
  const general = header.map(() => "General");
  return {
    name: "Factures",
    values: [header, ...rows.map((r) => [r.number, r.client, r.name, serial(r.date), serial(r.due), r.amount, r.email ?? ""])],
    numberFormats: [general, ...rows.map(() => ["@", "@", "@", "dd/mm/yyyy", "dd/mm/yyyy", "#,##0.00", "@"])],
  };
}

export function settings(over: (s: EncoursSettings) => void = () => undefined): EncoursSettings {
  const s = defaultSettings();
  s.reminders.company = "Cabinet Exemple";
  s.reminders.iban = "FR76 3000 6000 0112 3456 7890 189";
  s.reminders.bic = "AGRIFRPP";
  s.reminders.signature = "Marie Martin\nService comptable";
  s.reminders.penaltyRate.confirmed = true;
  over(s);
  return s;
}

export interface World {
  xl: ExcelHarness;
  graph: CheckedGraph;
  graphOptions: GraphOptions;
  /** Like a signed-in provider: a new token when Graph refused the last one. */
  tokenProvider: { getToken(opts?: { forceRefresh?: boolean }): Promise<string> };
  close(): Promise<void>;
}

export async function startWorld(sheets: SheetSeed[] = [invoiceSheet()], host: { date1904?: boolean } = {}): Promise<World> {
  const xl = createExcelHarness({ sheets }, host);
  const restore = xl.installGlobals();
  const graph = await startCheckedGraph();
  const { sleep } = recordingSleep();
  return {
    xl,
    graph,
    graphOptions: { baseUrl: graph.baseUrl, sleep, random: () => 0.5, timeoutMs: 5000 },
    tokenProvider: (() => {
      let renewals = 0;
      return { getToken: async (opts?: { forceRefresh?: boolean }) => (opts?.forceRefresh ? `valid-token-${++renewals}` : "valid-token") };
    })(),
    close: async () => {
      restore();
      await graph.close();
    },
  };
}
