// `encours age --json`: the stable contract (issue 3). One object per currency; several currencies → an array,
// EUR first. Amounts are JSON numbers in currency units computed from integer cents (never a float sum).
import { centsToUnits } from "../core/money/cents";
import type { AgedInvoice, CurrencyAging } from "../core/aging/types";
import type { AgeReport } from "./age-report";

export interface JsonAgedBalance {
  asOf: string;
  currency: string;
  buckets: { label: string; minDays: number | null; maxDays: number | null }[];
  total: { outstanding: number; byBucket: number[] };
  clients: { client: string; outstanding: number; byBucket: number[]; openInvoices: number }[];
  invoices: {
    invoice: string; client: string; date: string; due: string; amount: number; paid: number;
    outstanding: number; daysOverdue: number; bucket: number;
  }[];
  unapplied: { client: string; reference: string; date: string; amount: number }[];
  issues: { severity: string; code: string; message: string; sheet: string; row: number | null; column: string | null; cell: string | null }[];
}

function byClientThenDue(a: AgedInvoice, b: AgedInvoice): number {
  if (a.client !== b.client) return a.client < b.client ? -1 : 1;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.invoice < b.invoice ? -1 : a.invoice > b.invoice ? 1 : 0;
}

/** The contract object of one currency. Every object carries the full issue list (issues have no currency). */
export function jsonAgedBalance(aging: CurrencyAging, report: AgeReport): JsonAgedBalance {
  const units = (cents: number): number => centsToUnits(cents) + 0; // + 0 turns -0 into 0
  return {
    asOf: report.asOf,
    currency: aging.currency,
    buckets: aging.buckets.map((b) => ({ label: b.label, minDays: b.minDays, maxDays: b.maxDays })),
    total: { outstanding: units(aging.total.outstanding), byBucket: aging.total.byBucket.map(units) },
    clients: aging.clients.map((c) => ({
      client: c.client, outstanding: units(c.outstanding), byBucket: c.byBucket.map(units), openInvoices: c.openInvoices,
    })),
    invoices: aging.invoices
      .filter((i) => i.outstanding !== 0)
      .sort(byClientThenDue)
      .map((i) => ({
        invoice: i.invoice, client: i.client, date: i.date, due: i.due, amount: units(i.amount), paid: units(i.paid),
        outstanding: units(i.outstanding), daysOverdue: i.daysOverdue, bucket: i.bucket,
      })),
    unapplied: aging.unapplied.map((u) => ({ client: u.client, reference: u.reference, date: u.date, amount: units(u.amount) })),
    issues: report.issues.map((i) => ({
      severity: i.severity, code: i.code, message: i.message, sheet: i.sheet, row: i.row, column: i.column, cell: i.cell,
    })),
  };
}

export function renderJson(report: AgeReport): string {
  const objects = report.currencies.map((c) => jsonAgedBalance(c, report));
  const payload = objects.length === 1 ? objects[0] : objects;
  return `${JSON.stringify(payload, null, 2)}\n`;
}
