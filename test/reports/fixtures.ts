// A small hand-made ledger, the same for the balance, dashboard and use-case tests (figures in the tests).
//
// As of 31/03/2025, EUR:
//   ACME "Acme SARL"   F1 10/01/2025, due 09/02, 1 000,00, paid 400,00 on 20/02 → 600,00 open, 50 days late (31–60 j)
//                      F2 15/03/2025, due 14/04,   500,00 → non échu
//                      F3 01/11/2024, due 01/12,   300,00 → 120 days late (> 90 j)
//   BETA               F4 01/03/2025, due 31/03,   200,00, paid 250,00 on 10/03 → settled; 50,00 unapplied credit
//                      (dated 10/03: 21 days old, 1–30 j)
//   GAMMA "@x"         F6 20/03/2025, due 19/04,   100,00 → non échu
// Encours 1 450,00 = 600 − 50 + 600 + 0 + 300 by bucket (non échu, 1–30, 31–60, 61–90, > 90);
// control: invoices 2 100,00 − credits 650,00 = 1 450,00.
import { agingOptions } from "../../src/core/aging/age";
import { client, credit, invoice, ledgerOf } from "../../src/core/kpi/fixtures";
import type { Ledger } from "../../src/core/ledger/types";

export const AS_OF = "2025-03-31";
export const NOW = "2025-04-02T09:15:00";

export function smallLedger(extra: { usd?: boolean; names?: Record<string, string> } = {}): Ledger {
  const invoices = [
    invoice({ number: "F1", client: "ACME", date: "2025-01-10", due: "2025-02-09", amount: 1000 }),
    invoice({ number: "F2", client: "ACME", date: "2025-03-15", due: "2025-04-14", amount: 500 }),
    invoice({ number: "F3", client: "ACME", date: "2024-11-01", due: "2024-12-01", amount: 300 }),
    invoice({ number: "F4", client: "BETA", date: "2025-03-01", due: "2025-03-31", amount: 200 }),
    invoice({ number: "F6", client: "GAMMA", date: "2025-03-20", due: "2025-04-19", amount: 100 }),
  ];
  const credits = [
    credit({ reference: "VIR-1", client: "ACME", date: "2025-02-20", amount: 400, pays: ["F1"] }),
    credit({ reference: "VIR-2", client: "BETA", date: "2025-03-10", amount: 250, pays: ["F4"] }),
  ];
  if (extra.usd === true) {
    invoices.push(invoice({ number: "U1", client: "DELTA", date: "2025-03-05", due: "2025-04-04", amount: 750, currency: "USD" }));
  }
  const names = extra.names ?? {};
  return ledgerOf({
    invoices, credits,
    clients: [
      client("ACME", { name: names.ACME ?? "Acme SARL" }),
      client("BETA", { name: names.BETA ?? "BETA" }),
      client("GAMMA", { name: names.GAMMA ?? "@x" }),
      client("DELTA", { name: "Delta Inc." }),
    ],
  });
}

export const OPTIONS = agingOptions(AS_OF);
