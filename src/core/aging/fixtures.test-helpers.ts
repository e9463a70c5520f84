// Small builders for test ledgers: each test states only what matters to it.
import type { Credit, Invoice, Ledger } from "../ledger/types";

let nextRow = 2;

/** An invoice of 100,00 € issued and due on 2024-01-01 unless told otherwise (amount in cents). */
export function invoice(fields: Partial<Invoice> & { number: string }): Invoice {
  const date = fields.date ?? "2024-01-01";
  return {
    client: "C1", date, due: fields.due ?? date, dueComputed: false, amount: 10000, currency: "EUR",
    source: { sheet: "Factures", row: nextRow++ }, ...fields,
  };
}

type CreditFields = Partial<Credit> & { reference?: string };

function credit(kind: Credit["kind"], fields: CreditFields): Credit {
  return {
    reference: `R${nextRow}`, client: "C1", date: "2024-01-01", amount: 10000, currency: "EUR", kind, invoiceRefs: [],
    source: { sheet: "Règlements", row: nextRow++ }, ...fields,
  };
}

export const payment = (fields: CreditFields = {}): Credit => credit("payment", fields);
export const creditNote = (fields: CreditFields = {}): Credit => credit("credit-note", fields);
export const writeOff = (fields: CreditFields = {}): Credit => credit("write-off", fields);

export function ledger(invoices: Invoice[], credits: Credit[] = []): Ledger {
  return { invoices, credits, clients: new Map(), issues: [], rejectedRows: 0 };
}
