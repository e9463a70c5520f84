// The generated workbook as a Ledger, read with the column positions the generator used (no header detection,
// no validation). For timing the lettrage and aging alone, and as a reference for what buildLedger should give.
import { fromDayNumber } from "../../src/core/days/day";
import { unitsToCents } from "../../src/core/money/cents";
import type { Credit, CreditKind, Invoice, Ledger } from "../../src/core/ledger/types";
import type { Workbook } from "./generate";

const KINDS: Record<string, CreditKind> = { "Règlement": "payment", "Avoir": "credit-note", "Perte": "write-off" };

export function directLedger(workbook: Workbook): Ledger {
  const dayCache = new Map<number, string>();
  const iso = (serial: number) => {
    let d = dayCache.get(serial);
    if (d === undefined) {
      d = fromDayNumber(serial - 25569);
      dayCache.set(serial, d);
    }
    return d;
  };
  const invoices: Invoice[] = [];
  const rows = workbook.invoices.values;
  for (let r = 1; r < rows.length; r++) {
    const [number, client, date, due, amount, currency] = rows[r] as [string, string, number, number | "", number, string];
    const dateIso = iso(date);
    invoices.push({
      number, client, date: dateIso, due: due === "" ? iso(date + 30) : iso(due), dueComputed: due === "",
      amount: unitsToCents(amount) as number, currency, source: { sheet: workbook.invoices.name, row: r + 1 },
    });
  }
  const credits: Credit[] = [];
  const pays = workbook.payments.values;
  for (let r = 1; r < pays.length; r++) {
    const [reference, client, date, amount, refs, kind, currency] = pays[r] as [string, string, number, number, string, string, string];
    credits.push({
      reference, client, date: iso(date), amount: unitsToCents(amount) as number, currency, kind: KINDS[kind] ?? "payment",
      invoiceRefs: refs === "" ? [] : refs.split(/[;,]/).map((s) => s.trim()).filter((s) => s !== ""),
      source: { sheet: workbook.payments.name, row: r + 1 },
    });
  }
  return { invoices, credits, clients: new Map(), issues: [], rejectedRows: 0 };
}
