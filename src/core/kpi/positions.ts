// Where each client stands at the as-of date, split by DUE date whatever the aging basis:
// non échu (due on or after the as-of date), échu (due before it), more than 90 days overdue.
import { toDayNumber, type IsoDay } from "../days/day";
import type { Cents } from "../money/cents";
import type { AgedInvoice, CurrencyAging } from "../aging/types";

/** Day numbers of ISO days, each parsed once. */
export function dayCache(): (iso: IsoDay) => number {
  const cache = new Map<string, number>();
  return (iso) => {
    let n = cache.get(iso);
    if (n === undefined) {
      n = toDayNumber(iso);
      cache.set(iso, n);
    }
    return n;
  };
}

/** Threshold of "clients douteux" and of payer profile D (design.md §6). */
export const DOUBTFUL_DAYS = 90;

export interface ClientPosition {
  client: string;
  /** Open invoices minus unapplied credits (as on the aged balance). */
  outstanding: Cents;
  nonEchu: Cents;
  /** outstanding − nonEchu: the overdue columns of the aged balance, unapplied credits in the column of their age. */
  echu: Cents;
  /** Open amount of invoices more than 90 days past due. */
  over90: Cents;
  /** Largest days past due among open invoices that are overdue; null when none is. */
  oldestDaysOverdue: number | null;
  /** Invoices with an open amount. */
  openInvoices: number;
  /** Σ open amount × days past due and Σ open amount over overdue open invoices (the payer profile without history). */
  overdueDaysWeighted: number;
  overdueAmount: Cents;
  overdueInvoices: number;
}

export interface Positions {
  outstanding: Cents;
  nonEchu: Cents;
  echu: Cents;
  over90: Cents;
  openInvoices: number;
  clients: Map<string, ClientPosition>;
}

function emptyPosition(client: string): ClientPosition {
  return {
    client, outstanding: 0, nonEchu: 0, echu: 0, over90: 0, oldestDaysOverdue: null, openInvoices: 0,
    overdueDaysWeighted: 0, overdueAmount: 0, overdueInvoices: 0,
  };
}

/** Days past due of an invoice at the as-of date (≤ 0: non échu), whatever the aging basis. */
export function daysPastDue(invoice: AgedInvoice, asOfDay: number, day: (iso: IsoDay) => number): number {
  return asOfDay - day(invoice.due);
}

/**
 * Positions of every client of one currency. Non échu is "due on or after the as-of date" for invoices and
 * "dated on the as-of date" for unapplied credits — exactly the first column of the aged balance when it is aged
 * by due date (the default), and still "by due date" when the balance is aged by invoice date.
 */
export function positionsOf(aging: CurrencyAging, day: (iso: IsoDay) => number = dayCache()): Positions {
  const asOfDay = day(aging.asOf);
  const clients = new Map<string, ClientPosition>();
  const of = (client: string): ClientPosition => {
    let p = clients.get(client);
    if (p === undefined) {
      p = emptyPosition(client);
      clients.set(client, p);
    }
    return p;
  };
  const totals = { outstanding: 0, nonEchu: 0, echu: 0, over90: 0, openInvoices: 0 };
  for (const inv of aging.invoices) {
    if (inv.outstanding === 0) continue;
    const p = of(inv.client);
    const late = daysPastDue(inv, asOfDay, day);
    p.outstanding += inv.outstanding;
    p.openInvoices++;
    totals.openInvoices++;
    if (late <= 0) {
      p.nonEchu += inv.outstanding;
    } else {
      p.echu += inv.outstanding;
      if (inv.outstanding > 0) {
        if (p.oldestDaysOverdue === null || late > p.oldestDaysOverdue) p.oldestDaysOverdue = late;
        p.overdueDaysWeighted += late * inv.outstanding;
        p.overdueAmount += inv.outstanding;
        p.overdueInvoices++;
        if (late > DOUBTFUL_DAYS) p.over90 += inv.outstanding;
      }
    }
  }
  for (const credit of aging.unapplied) {
    const p = of(credit.client);
    p.outstanding += credit.amount;
    if (asOfDay - day(credit.date) <= 0) p.nonEchu += credit.amount;
    else p.echu += credit.amount;
  }
  for (const p of clients.values()) {
    totals.outstanding += p.outstanding;
    totals.nonEchu += p.nonEchu;
    totals.echu += p.echu;
    totals.over90 += p.over90;
  }
  return { ...totals, clients };
}
