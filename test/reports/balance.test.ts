import { computeDashboard } from "../../src/core/kpi/dashboard";
import { checkPlan, valueAt } from "../../src/core/plan";
import {
  BALANCE_COLUMN, BALANCE_HEADER_ROW, balanceTailColumns, buildBalance, locateBalanceRow, type BalanceInput,
} from "../../src/core/reports";
import { AS_OF, NOW, OPTIONS, smallLedger } from "./fixtures";
import { cell, findText, formatAt, lastRow, rowValues } from "./plan-cells";

const EUR = '#,##0.00 "€"';
const WIDTH = balanceTailColumns(5).count;

function balanceOf(extra: Parameters<typeof smallLedger>[0] = {}, input: Partial<BalanceInput> = {}) {
  const ledger = smallLedger(extra);
  const result = computeDashboard({ ledger, agingOptions: OPTIONS });
  return buildBalance({
    asOf: AS_OF, now: NOW, problems: 0, clients: ledger.clients,
    currencies: result.currencies.map((c) => ({ aging: c.aging, profiles: c.indicators.profiles })),
    ...input,
  });
}

/** The worksheet row whose column A is `type` and column D (or B for clients) is `key`. */
function rowOf(plan: ReturnType<typeof balanceOf>["plan"], type: string, key: string): number {
  for (let r = 1; r <= lastRow(plan); r++) {
    if (valueAt(plan, r, 0) !== type) continue;
    const k = type === "Client" ? valueAt(plan, r, BALANCE_COLUMN.client) : valueAt(plan, r, BALANCE_COLUMN.document);
    if (k === key) return r;
  }
  throw new Error(`no ${type} row ${key}`);
}

describe("Balance âgée plan", () => {
  it("is a consistent plan: frozen headers, landscape print fitted to the width, collapsed invoice groups", () => {
    const { plan } = balanceOf();
    expect(checkPlan(plan)).toEqual([]);
    expect(plan.key).toBe("balance");
    expect(plan.sheet).toBe("Balance âgée");
    expect(plan.freezeRows).toBe(BALANCE_HEADER_ROW);
    expect(plan.print).toMatchObject({ orientation: "landscape", fitToPage: true });
    expect(plan.rowGroups.length).toBeGreaterThan(0);
    expect(plan.rowGroups.every((g) => g.collapsed)).toBe(true);
    expect(cell(plan, "A1")).toBe("Balance âgée clients");
    expect(rowValues(plan, BALANCE_HEADER_ROW, WIDTH)).toEqual([
      "Type", "Code client", "Client", "N° pièce", "Date", "Échéance", "Montant TTC", "Réglé", "Factures", "Encours",
      "Non échu", "1–30 j", "31–60 j", "61–90 j", "> 90 j", "% échu", "Retard (j)", "Dernier règl.", "Profil",
    ]);
  });

  it("writes the as-of date and the generation time as Excel serials with date formats", () => {
    const { plan } = balanceOf();
    // 2025-01-01 is serial 45658; 31/03/2025 = 45658 + 31 + 28 + 30 = 45747. 09:15 = 0.385416… of a day.
    expect(cell(plan, "C2")).toBe(45747);
    expect(formatAt(plan, 2, 2)).toBe("dd/mm/yyyy");
    expect(cell(plan, "C3")).toBeCloseTo(45749 + 9.25 / 24, 10);
    expect(formatAt(plan, 3, 2)).toBe("dd/mm/yyyy hh:mm");
  });

  it("announces the data problems at the top, or that there is none", () => {
    expect(cell(balanceOf({}, { problems: 3 }).plan, "A4")).toBe("3 problèmes de données — voir le volet Encours");
    expect(cell(balanceOf({}, { problems: 1 }).plan, "A4")).toBe("1 problème de données — voir le volet Encours");
    expect(cell(balanceOf({}, { problems: 0 }).plan, "A4")).toBe("Aucun problème de données");
  });

  it("gives each client its open invoices, encours, buckets, % échu, oldest delay, last payment and profile", () => {
    const { plan } = balanceOf();
    const r = rowOf(plan, "Client", "ACME");
    const line = rowValues(plan, r, WIDTH);
    const tail = balanceTailColumns(5);
    expect(line[BALANCE_COLUMN.name]).toBe("Acme SARL");
    expect(line[BALANCE_COLUMN.openInvoices]).toBe(3);
    // 600 (F1, 31–60) + 500 (F2, non échu) + 300 (F3, > 90).
    expect(line[BALANCE_COLUMN.outstanding]).toBe(1400);
    expect(line.slice(BALANCE_COLUMN.firstBucket, BALANCE_COLUMN.firstBucket + 5)).toEqual([500, 0, 600, 0, 300]);
    // Échu 900 of 1 400 = 64,29 %.
    expect(line[tail.echuShare]).toBeCloseTo(0.6429, 10);
    // F3 due 01/12/2024: 31 + 31 + 28 + 30 = 120 days at 31/03/2025.
    expect(line[tail.daysLate]).toBe(120);
    // Paid 20/02/2025 = 45658 + 31 + 19.
    expect(line[tail.lastPayment]).toBe(45708);
    // An open amount more than 90 days overdue makes the payer profile D.
    expect(line[tail.profile]).toBe("D");
    expect(formatAt(plan, r, BALANCE_COLUMN.outstanding)).toBe(EUR);
    expect(formatAt(plan, r, tail.echuShare)).toBe("0.0%");
  });

  it("lists each open invoice under its client with its own dates, amounts, delay and bucket", () => {
    const { plan } = balanceOf();
    const r = rowOf(plan, "Facture", "F1");
    const line = rowValues(plan, r, WIDTH);
    expect(line[BALANCE_COLUMN.client]).toBe("ACME");
    // 10/01/2025 = 45658 + 9; due 09/02/2025 = 45658 + 39.
    expect(line[BALANCE_COLUMN.date]).toBe(45667);
    expect(line[BALANCE_COLUMN.due]).toBe(45697);
    expect(line[BALANCE_COLUMN.amount]).toBe(1000);
    expect(line[BALANCE_COLUMN.paid]).toBe(400);
    expect(line[BALANCE_COLUMN.outstanding]).toBe(600);
    // 50 days late: only the 31–60 j column holds the amount.
    expect(line.slice(BALANCE_COLUMN.firstBucket, BALANCE_COLUMN.firstBucket + 5)).toEqual([null, null, 600, null, null]);
    expect(line[balanceTailColumns(5).daysLate]).toBe(50);
    expect(formatAt(plan, r, BALANCE_COLUMN.date)).toBe("dd/mm/yyyy");
    expect(formatAt(plan, r, BALANCE_COLUMN.amount)).toBe(EUR);
    // The invoices of a client are grouped right under it, collapsed.
    const client = rowOf(plan, "Client", "ACME");
    const group = plan.rowGroups.find((g) => g.startRow === client + 1);
    expect(group).toMatchObject({ endRow: client + 3, collapsed: true });
  });

  it("treats an invoice due on the as-of date as non échu", () => {
    const ledger = smallLedger();
    ledger.credits = ledger.credits.filter((c) => c.client !== "BETA");
    const result = computeDashboard({ ledger, agingOptions: OPTIONS });
    const { plan } = buildBalance({
      asOf: AS_OF, now: NOW, problems: 0, clients: ledger.clients, currencies: result.currencies.map((c) => ({ aging: c.aging })),
    });
    const line = rowValues(plan, rowOf(plan, "Facture", "F4"), WIDTH);
    expect(line[BALANCE_COLUMN.firstBucket]).toBe(200);
    expect(line[balanceTailColumns(5).daysLate]).toBe(0);
  });

  it("shows an unapplied credit as its own negative line under the client", () => {
    const { plan } = balanceOf();
    const r = rowOf(plan, "Crédit", "VIR-2");
    const line = rowValues(plan, r, WIDTH);
    expect(line[BALANCE_COLUMN.client]).toBe("BETA");
    expect(line[BALANCE_COLUMN.name]).toBe("Règlement non lettré");
    // 250 paid on a 200 invoice: 50 left, dated 10/03 (21 days old: 1–30 j).
    expect(line[BALANCE_COLUMN.outstanding]).toBe(-50);
    expect(line[BALANCE_COLUMN.firstBucket + 1]).toBe(-50);
    const client = rowValues(plan, rowOf(plan, "Client", "BETA"), WIDTH);
    expect(client[BALANCE_COLUMN.outstanding]).toBe(-50);
    expect(client[BALANCE_COLUMN.openInvoices]).toBe(0);
  });

  it("ends each currency with the totals, the shares adding up to 100 % and the control line", () => {
    const { plan } = balanceOf();
    const total = findText(plan, "Total EUR")[0] as [number, number];
    const totals = rowValues(plan, total[0], WIDTH);
    expect(totals[BALANCE_COLUMN.outstanding]).toBe(1450);
    expect(totals.slice(BALANCE_COLUMN.firstBucket, BALANCE_COLUMN.firstBucket + 5)).toEqual([600, -50, 600, 0, 300]);
    expect(totals[BALANCE_COLUMN.name]).toBe("3 clients");
    // Shares of 1 450 by the largest remainders: 41,38 % − 3,45 % + 41,38 % + 0 % + 20,69 % = 100 %.
    const shares = rowValues(plan, total[0] + 1, WIDTH).slice(BALANCE_COLUMN.firstBucket, BALANCE_COLUMN.firstBucket + 5);
    expect(shares).toEqual([0.4138, -0.0345, 0.4138, 0, 0.2069]);
    expect(formatAt(plan, total[0] + 1, BALANCE_COLUMN.firstBucket)).toBe("0.0%");
    // Σ invoices 2 100 − Σ credits 650 = Σ lines 1 450; difference 0.
    const control = findText(plan, "Contrôle : Σ des factures à la date d'arrêté")[0] as [number, number];
    expect(valueAt(plan, control[0], BALANCE_COLUMN.outstanding)).toBe(2100);
    expect(valueAt(plan, control[0] + 1, BALANCE_COLUMN.outstanding)).toBe(-650);
    expect(valueAt(plan, control[0] + 2, BALANCE_COLUMN.outstanding)).toBe(1450);
    expect(valueAt(plan, control[0] + 3, BALANCE_COLUMN.outstanding)).toBe(0);
  });

  it("never sums currencies: one section per currency, each with its own totals and currency format", () => {
    const { plan } = balanceOf({ usd: true });
    expect(checkPlan(plan)).toEqual([]);
    const [eur] = findText(plan, "Devise : EUR");
    const [usd] = findText(plan, "Devise : USD");
    expect(eur && usd && eur[0] < usd[0]).toBe(true);
    const [usdTotal] = findText(plan, "Total USD");
    expect(usdTotal).toBeDefined();
    if (usdTotal === undefined) return;
    expect(valueAt(plan, usdTotal[0], BALANCE_COLUMN.outstanding)).toBe(750);
    expect(formatAt(plan, usdTotal[0], BALANCE_COLUMN.outstanding)).toBe('#,##0.00 "$"');
    const [eurTotal] = findText(plan, "Total EUR");
    expect(eurTotal && valueAt(plan, eurTotal[0], BALANCE_COLUMN.outstanding)).toBe(1450);
  });

  it("maps every client, invoice and credit row back from its own values, and nothing else", () => {
    const { plan, rows } = balanceOf({ usd: true });
    expect([...rows.values()].filter((r) => r.kind === "invoice").map((r) => r.invoice).sort()).toEqual(["F1", "F2", "F3", "F6", "U1"]);
    for (let r = 1; r <= lastRow(plan); r++) {
      const located = locateBalanceRow(rowValues(plan, r, WIDTH));
      const mapped = rows.get(r);
      if (mapped === undefined) {
        expect(located).toBeNull();
      } else {
        const { currency: _currency, ...ref } = mapped;
        expect(located).toEqual(ref);
      }
    }
  });

  it("reads a row back whatever the language of the sheet, the case and numeric client codes", () => {
    expect(locateBalanceRow(["Invoice", "C12", null, "INV-9"])).toEqual({ kind: "invoice", client: "C12", invoice: "INV-9" });
    expect(locateBalanceRow(["CREDIT", 411001, null, "AV-1"])).toEqual({ kind: "credit", client: "411001", reference: "AV-1" });
    expect(locateBalanceRow(["client", "C12"])).toEqual({ kind: "client", client: "C12" });
    expect(locateBalanceRow(["Facture", "C12", null, ""])).toBeNull();
    expect(locateBalanceRow(["Total EUR", "", null, null])).toBeNull();
    expect(locateBalanceRow(["Client", "", "Acme"])).toBeNull();
    expect(locateBalanceRow([])).toBeNull();
  });

  it("keeps text from data as it is: names like formulas are plain strings guarded by the Text format", () => {
    const { plan } = balanceOf({ names: { ACME: "=cmd|' /C calc'!A0" } });
    const r = rowOf(plan, "Client", "ACME");
    expect(valueAt(plan, r, BALANCE_COLUMN.name)).toBe("=cmd|' /C calc'!A0");
    expect(formatAt(plan, r, BALANCE_COLUMN.name)).toBe("@");
    const gamma = rowOf(plan, "Client", "GAMMA");
    expect(valueAt(plan, gamma, BALANCE_COLUMN.name)).toBe("@x");
    expect(formatAt(plan, gamma, BALANCE_COLUMN.name)).toBe("@");
  });

  it("says so when nothing is open, and stays a valid plan", () => {
    const { plan, rows } = buildBalance({ asOf: AS_OF, now: NOW, problems: 0, clients: new Map(), currencies: [] });
    expect(checkPlan(plan)).toEqual([]);
    expect(rows.size).toBe(0);
    expect(findText(plan, "Aucune facture ouverte à la date d'arrêté.")).toHaveLength(1);
  });

  it("speaks English when asked, and still maps rows back", () => {
    const { plan, rows } = balanceOf({}, { language: "en" });
    expect(cell(plan, "A1")).toBe("Aged receivables");
    expect(plan.sheet).toBe("Aged balance");
    expect(valueAt(plan, BALANCE_HEADER_ROW, BALANCE_COLUMN.firstBucket)).toBe("Not due");
    expect(formatAt(plan, 2, 2)).toBe("yyyy-mm-dd");
    for (const [r, ref] of rows) expect(locateBalanceRow(rowValues(plan, r, WIDTH))?.kind).toBe(ref.kind);
  });
});
