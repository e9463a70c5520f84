// The --json contract of `encours age` (issue 3), end to end through the CLI with in-memory files.
import { csv, INVOICE_HEADER, PAYMENT_HEADER, runCli } from "./harness";

const INVOICES = csv([
  INVOICE_HEADER,
  ["F1", "Dupont", "15/01/2026", "14/02/2026", "1 200,00"],
  ["F2", "Dupont", "01/03/2026", "31/03/2026", "0,10"],
  ["F3", "Dupont", "02/03/2026", "31/03/2026", "0,20"],
  ["F4", "Martin", "01/12/2025", "31/12/2025", "500,00"],
  ["F5", "Martin", "01/02/2026", "03/03/2026", "300,00"],
  ["F6", "Zoé", "10/04/2026", "10/05/2026", "999,00"],
]);
const PAYMENTS = csv([
  PAYMENT_HEADER,
  ["P1", "Dupont", "20/02/2026", "200,00", "F1", "Règlement"],
  ["P2", "Martin", "15/01/2026", "500,00", "F4", "Règlement"],
  ["P3", "Martin", "20/03/2026", "50,00", "", "Règlement"],
  ["P4", "Leroy", "10/03/2026", "80,00", "", "Règlement"],
]);
const FILES = { "/mem/factures.csv": INVOICES, "/mem/reglements.csv": PAYMENTS };
const AGE = ["age", "--invoices", "/mem/factures.csv", "--payments", "/mem/reglements.csv", "--as-of", "2026-03-31", "--json"];

async function ageJson(extra: string[] = [], files = FILES): Promise<Record<string, unknown>> {
  const run = await runCli([...AGE, ...extra], files);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe("encours age --json", () => {
  it("prints exactly the contract's keys, in order, with the right types", async () => {
    const out = await ageJson();
    expect(Object.keys(out)).toEqual(["asOf", "currency", "buckets", "total", "clients", "invoices", "unapplied", "issues"]);
    expect(out.asOf).toBe("2026-03-31");
    expect(out.currency).toBe("EUR");
    const buckets = out.buckets as Record<string, unknown>[];
    expect(buckets).toHaveLength(5);
    for (const b of buckets) expect(Object.keys(b)).toEqual(["label", "minDays", "maxDays"]);
    expect(buckets[0]).toMatchObject({ minDays: null, maxDays: 0 });
    expect(buckets[4]).toMatchObject({ minDays: 91, maxDays: null });
    expect(Object.keys(out.total as object)).toEqual(["outstanding", "byBucket"]);
    for (const c of out.clients as Record<string, unknown>[]) {
      expect(Object.keys(c)).toEqual(["client", "outstanding", "byBucket", "openInvoices"]);
      expect(typeof c.outstanding).toBe("number");
    }
    for (const i of out.invoices as Record<string, unknown>[]) {
      expect(Object.keys(i)).toEqual(["invoice", "client", "date", "due", "amount", "paid", "outstanding", "daysOverdue", "bucket"]);
    }
    for (const u of out.unapplied as Record<string, unknown>[]) expect(Object.keys(u)).toEqual(["client", "reference", "date", "amount"]);
  });

  it("gives the aged balance of the example: partial payment, unreferenced payment lettered to the oldest invoice, unapplied credit", async () => {
    const out = await ageJson();
    expect(out.total).toEqual({ outstanding: 1170.3, byBucket: [0.3, 170, 1000, 0, 0] });
    expect(out.clients).toEqual([
      { client: "Dupont", outstanding: 1000.3, byBucket: [0.3, 0, 1000, 0, 0], openInvoices: 3 },
      { client: "Leroy", outstanding: -80, byBucket: [0, -80, 0, 0, 0], openInvoices: 0 },
      { client: "Martin", outstanding: 250, byBucket: [0, 250, 0, 0, 0], openInvoices: 1 },
    ]);
    expect(out.unapplied).toEqual([{ client: "Leroy", reference: "P4", date: "2026-03-10", amount: -80 }]);
  });

  it("lists only open invoices, by client then due date, leaving out invoices dated after the as-of date", async () => {
    const out = await ageJson();
    const invoices = out.invoices as Record<string, unknown>[];
    expect(invoices.map((i) => i.invoice)).toEqual(["F1", "F2", "F3", "F5"]);
    expect(invoices[0]).toEqual({
      invoice: "F1", client: "Dupont", date: "2026-01-15", due: "2026-02-14", amount: 1200, paid: 200,
      outstanding: 1000, daysOverdue: 45, bucket: 2,
    });
    // Due on the as-of date: not yet overdue.
    expect(invoices[1]).toMatchObject({ invoice: "F2", daysOverdue: 0, bucket: 0 });
  });

  it("writes amounts exact to the cent: 0,10 + 0,20 is 0.3, never 0.30000000000000004", async () => {
    const run = await runCli(AGE, FILES);
    expect(run.stdout).not.toMatch(/\d\.\d{3,}/);
    const out = JSON.parse(run.stdout) as { clients: { byBucket: number[] }[] };
    expect(out.clients[0]?.byBucket[0]).toBe(0.3);
  });

  it("keeps unreferenced payments as unapplied credits with --no-auto-lettrage", async () => {
    const out = await ageJson(["--no-auto-lettrage"]);
    expect(out.unapplied).toEqual([
      { client: "Leroy", reference: "P4", date: "2026-03-10", amount: -80 },
      { client: "Martin", reference: "P3", date: "2026-03-20", amount: -50 },
    ]);
    expect((out.total as { outstanding: number }).outstanding).toBe(1170.3);
  });

  it("uses the bucket bounds given with --buckets", async () => {
    const out = await ageJson(["--buckets", "15,45"]);
    expect((out.buckets as unknown[]).length).toBe(4);
    expect(out.total).toEqual({ outstanding: 1170.3, byBucket: [0.3, 0, 1170, 0] });
  });

  it("ages from the invoice date with --by-invoice-date", async () => {
    const out = await ageJson(["--by-invoice-date"]);
    const f1 = (out.invoices as Record<string, unknown>[]).find((i) => i.invoice === "F1");
    expect(f1).toMatchObject({ daysOverdue: 75, bucket: 3 });
  });

  it("lists a row-level problem with its cell address and still exits 0", async () => {
    const files = { ...FILES, "/mem/factures.csv": INVOICES + "F7;Martin;05/03/2026;04/04/2026;12,3,4\r\n" };
    const out = await ageJson([], files);
    const issues = out.issues as Record<string, unknown>[];
    const bad = issues.find((i) => i.cell === "E8");
    expect(bad).toMatchObject({ severity: "error", sheet: "factures.csv", row: 8, column: "E" });
    expect(Object.keys(bad ?? {})).toEqual(["severity", "code", "message", "sheet", "row", "column", "cell"]);
    expect(String(bad?.message)).toContain("12,3,4");
    // The bad row is left out of the totals.
    expect((out.total as { outstanding: number }).outstanding).toBe(1170.3);
  });

  it("gives one object per currency, EUR first, never adding currencies together", async () => {
    const invoices = csv([
      [...INVOICE_HEADER, "Devise"],
      ["U1", "Acme", "01/03/2026", "31/03/2026", "100,00", "USD"],
      ["E1", "Dupont", "01/03/2026", "31/03/2026", "200,00", "EUR"],
      ["G1", "Smith", "01/03/2026", "31/03/2026", "50,00", "GBP"],
    ]);
    const run = await runCli(["age", "--invoices", "/mem/f.csv", "--as-of", "2026-03-31", "--json"], { "/mem/f.csv": invoices });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { currency: string; total: { outstanding: number } }[];
    expect(Array.isArray(out)).toBe(true);
    expect(out.map((o) => [o.currency, o.total.outstanding])).toEqual([["EUR", 200], ["GBP", 50], ["USD", 100]]);
  });

  it("prints a client name that looks like a formula as plain text", async () => {
    const evil = "=cmd|' /C calc'!A0";
    const invoices = csv([INVOICE_HEADER, ["F1", `"${evil}"`, "01/03/2026", "31/03/2026", "10,00"]]);
    const run = await runCli(["age", "--invoices", "/mem/f.csv", "--as-of", "2026-03-31", "--json"], { "/mem/f.csv": invoices });
    const out = JSON.parse(run.stdout) as { clients: { client: string }[] };
    expect(out.clients[0]?.client).toBe(evil);
  });

  it("gives an empty EUR balance when nothing is dated on or before the as-of date", async () => {
    const run = await runCli(["age", "--invoices", "/mem/factures.csv", "--as-of", "2025-06-30", "--json"], FILES);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ asOf: "2025-06-30", currency: "EUR", clients: [], invoices: [], unapplied: [] });
    expect(out.total).toEqual({ outstanding: 0, byBucket: [0, 0, 0, 0, 0] });
  });

  it("defaults the as-of date to the end of the month before today", async () => {
    const run = await runCli(["age", "--invoices", "/mem/factures.csv", "--json"], FILES, "2026-04-15");
    expect((JSON.parse(run.stdout) as { asOf: string }).asOf).toBe("2026-03-31");
  });
});
