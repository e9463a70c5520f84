import type { Issue } from "../issues";
import type { CellValue, RawSheet } from "../sheet";
import { buildLedger, createLedgerBuilder, type LedgerInput } from "./build";
import type { Ledger } from "./types";

const FR = { date1904: false, locale: "fr" as const };
const INVOICE_HEADERS = ["N° facture", "Client", "Date", "Échéance", "Montant TTC"];

function invoicesSheet(rows: CellValue[][], headers: CellValue[] = INVOICE_HEADERS, extra: Partial<RawSheet> = {}): RawSheet {
  return { name: "Factures", values: [headers, ...rows], ...extra };
}

function paymentsSheet(rows: CellValue[][], headers: CellValue[] = ["Référence", "Client", "Date règlement", "Montant", "N° facture", "Type"]): RawSheet {
  return { name: "Règlements", values: [headers, ...rows] };
}

function build(input: Partial<LedgerInput> & { invoices: RawSheet }): Ledger {
  const result = buildLedger({ info: FR, ...input });
  if (!result.ok) throw new Error(result.fatal.message);
  return result.ledger;
}

function issue(ledger: Ledger, code: string): Issue {
  const found = ledger.issues.find((i) => i.code === code);
  if (found === undefined) throw new Error(`no ${code} in ${JSON.stringify(ledger.issues.map((i) => i.code))}`);
  return found;
}

describe("reading the invoice sheet", () => {
  it("reads typed invoices with dates as serials and amounts as numbers", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", 45292, 45322, 1200.5]]) });
    expect(l.invoices).toEqual([{
      number: "F1", client: "ACME", date: "2024-01-01", due: "2024-01-31", dueComputed: false, amount: 120050,
      currency: "EUR", source: { sheet: "Factures", row: 2 },
    }]);
    expect(l.issues).toEqual([]);
    expect(l.rejectedRows).toBe(0);
  });

  it("fails with the missing column when a required column is absent", () => {
    const r = buildLedger({ info: FR, invoices: invoicesSheet([["F1", "ACME", 45292]], ["N° facture", "Client", "Date"]) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fatal).toMatchObject({ code: "columns.missing", sheet: "Factures", severity: "error" });
  });

  it("fails when the payment sheet lacks its amount column", () => {
    const r = buildLedger({
      info: FR, invoices: invoicesSheet([["F1", "ACME", 45292, 45322, 100]]),
      payments: paymentsSheet([["R1", "ACME", 45300]], ["Référence", "Client", "Date règlement"]),
    });
    expect(!r.ok && r.fatal.code).toBe("columns.missing");
    expect(!r.ok && r.fatal.sheet).toBe("Règlements");
  });

  it("finds the header below a title and gives worksheet row numbers", () => {
    const sheet: RawSheet = {
      name: "Factures", firstRow: 1,
      values: [["Relevé des factures clients"], [], INVOICE_HEADERS, ["F1", "ACME", 45292, "", 100]],
    };
    const l = build({ invoices: sheet });
    expect(l.invoices[0]?.source.row).toBe(4);
  });

  it("skips blank rows silently and a totals row with an info", () => {
    const l = build({
      invoices: invoicesSheet([
        ["F1", "ACME", 45292, "", 100],
        [null, "", "  ", "", ""],
        [],
        ["F2", "BETA", 45292, "", 50],
        ["TOTAL TTC", "", "", "", 150],
      ]),
    });
    expect(l.invoices.map((i) => i.number)).toEqual(["F1", "F2"]);
    expect(issue(l, "row.totals-skipped")).toMatchObject({ severity: "info", row: 6, sheet: "Factures" });
    expect(l.issues).toHaveLength(1);
    expect(l.rejectedRows).toBe(0);
  });

  it("skips an unlabelled row whose amount is the column sum", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", 45292, "", 100], ["F2", "BETA", 45292, "", 50], ["", "", "", "", 150]]) });
    expect(l.invoices).toHaveLength(2);
    expect(issue(l, "row.totals-skipped").row).toBe(4);
  });

  it("skips a Total label in the client column", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", 45292, "", 100], ["", "Total général", "", "", 999]]) });
    expect(issue(l, "row.totals-skipped").row).toBe(3);
    expect(l.rejectedRows).toBe(0);
  });

  it("rejects a row without invoice number that is not a total", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", 45292, "", 100], ["", "TOTAL ENERGIES", 45292, "", 70]]) });
    expect(issue(l, "invoice.number-missing")).toMatchObject({ severity: "error", cell: "A3" });
    expect(l.rejectedRows).toBe(1);
  });

  it("reads every text amount form and reports unreadable ones with their cell", () => {
    const forms = ["1 234,56", "1\u00A0234,56", "1\u202F234,56", "1.234,56", "1,234.56", "1234.56 €", "EUR 1234,56", "€1,234.56"];
    const rows = forms.map((a, i) => [`F${i}`, "ACME", 45292, "", a]);
    rows.push(["N1", "ACME", 45292, "", "-12,00"], ["N2", "ACME", 45292, "", "(12,00)"], ["X1", "ACME", 45292, "", "12,3,4"], ["X2", "ACME", 45292, "", "abc"]);
    const l = build({ invoices: invoicesSheet(rows) });
    expect(l.invoices.map((i) => i.amount)).toEqual(forms.map(() => 123456));
    expect(l.credits.map((c) => [c.reference, c.amount, c.kind])).toEqual([["N1", 1200, "credit-note"], ["N2", 1200, "credit-note"]]);
    const bad = l.issues.filter((i) => i.code === "amount.unreadable");
    expect(bad.map((i) => i.cell)).toEqual(["E12", "E13"]);
    expect(bad[0]?.message).toMatch(/^Montant illisible « 12,3,4 » en Factures!E12 : corrigez la cellule .* \/ Unreadable amount “12,3,4” in Factures!E12/);
    expect(l.rejectedRows).toBe(2);
  });

  it("reports Excel error values in amount and date cells", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", "#N/A", "", 100], ["F2", "ACME", 45292, "", "#VALUE!"]]) });
    expect(l.issues.map((i) => [i.code, i.cell])).toEqual([["date.error-value", "C2"], ["amount.error-value", "E3"]]);
    expect(l.invoices).toEqual([]);
    expect(l.rejectedRows).toBe(2);
  });

  it("reads dates typed as text in every form", () => {
    const dates = ["31/01/2024", "31/01/24", "2024-01-31", "2024-01-31T00:00:00", "31-janv.-24", "31 janvier 2024", "31-Jan-2024", "January 31, 2024"];
    const l = build({ invoices: invoicesSheet(dates.map((d, i) => [`F${i}`, "ACME", d, "", 10])) });
    expect(l.invoices.map((i) => i.date)).toEqual(dates.map(() => "2024-01-31"));
    expect(l.issues).toEqual([]);
  });

  it("rejects an impossible date with its cell", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", "31/02/2024", "", 10]]) });
    expect(issue(l, "date.impossible")).toMatchObject({ cell: "C2", severity: "error", row: 2, column: "C" });
    expect(l.rejectedRows).toBe(1);
  });

  it("reads two-digit years as 20xx up to 69 and 19xx from 70", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", "15/01/69", "", 10], ["F2", "ACME", "15/01/70", "", 10]]) });
    expect(l.invoices.map((i) => i.date)).toEqual(["2069-01-15", "1970-01-15"]);
  });

  it("rejects serials below 1, the fictitious 1900-02-29 and beyond 9999-12-31", () => {
    const l = build({ invoices: invoicesSheet([["F1", "A", 0, "", 10], ["F2", "A", 60, "", 10], ["F3", "A", 2958466, "", 10], ["F4", "A", 61, "", 10]]) });
    expect(l.issues.map((i) => [i.code, i.cell])).toEqual([
      ["date.out-of-range", "C2"], ["date.fictitious-1900-02-29", "C3"], ["date.out-of-range", "C4"],
    ]);
    expect(l.invoices.map((i) => i.date)).toEqual(["1900-03-01"]);
  });

  it("reads serials of the 1904 date system", () => {
    const r = buildLedger({ info: { date1904: true, locale: "fr" }, invoices: invoicesSheet([["F1", "ACME", 43860, "", 10]]) });
    expect(r.ok && r.ledger.invoices[0]?.date).toBe("2024-01-31");
  });

  it("decides mm/dd for a column when a second part exceeds 12, even in French", () => {
    const l = build({ invoices: invoicesSheet([["F1", "A", "02/03/2024", "", 10], ["F2", "A", "02/25/2024", "", 10]]) });
    expect(l.invoices.map((i) => i.date)).toEqual(["2024-02-03", "2024-02-25"]);
  });

  it("keeps dd/mm in French without evidence, and reports a date impossible under the column's order", () => {
    const l = build({ invoices: invoicesSheet([["F1", "A", "02/03/2024", "", 10], ["F2", "A", "25/02/2024", "", 10], ["F3", "A", "02/25/2024", "", 10]]) });
    // Both orders have evidence: the locale decides (dd/mm), so 02/25/2024 is impossible.
    expect(l.invoices.map((i) => i.date)).toEqual(["2024-03-02", "2024-02-25"]);
    const bad = issue(l, "date.impossible");
    expect(bad.cell).toBe("C4");
    expect(bad.message).toContain("(colonne lue jour/mois/année)");
  });

  it("computes the due date from the client's terms, else the default terms", () => {
    const l = build({
      invoices: invoicesSheet([["F1", "ACME", 45292, "", 10], ["F2", "BETA", 45292, "", 10]]),
      clients: { name: "Clients", values: [["Code client", "Nom", "Délai de paiement"], ["ACME", "Acme SA", 45]] },
      defaultTermsDays: 60,
    });
    expect(l.invoices.map((i) => [i.due, i.dueComputed])).toEqual([["2024-02-15", true], ["2024-03-01", true]]);
  });

  it("puts the due date of « 45 jours fin de mois » at the end of the month reached by invoice date + 45 days", () => {
    // 2024-01-15 + 45 days = 2024-02-29, already a month end; 2024-01-20 + 45 days = 2024-03-05 → 2024-03-31.
    const l = build({
      invoices: invoicesSheet([["F1", "ACME", "15/01/2024", "", 10], ["F2", "ACME", "20/01/2024", "", 10]]),
      clients: { name: "Clients", values: [["Code client", "Nom", "Délai de paiement"], ["ACME", "Acme SA", "45 jours fin de mois"]] },
    });
    expect(l.invoices.map((i) => i.due)).toEqual(["2024-02-29", "2024-03-31"]);
    expect(l.clients.get("ACME")).toMatchObject({ termsDays: 45, termsEndOfMonth: true });
  });

  it("warns when the due date is before the invoice date and keeps the invoice", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", "31/01/2024", "15/01/2024", 10]]) });
    expect(issue(l, "invoice.due-before-date")).toMatchObject({ severity: "warning", cell: "D2" });
    expect(l.invoices).toHaveLength(1);
  });

  it("rejects the second occurrence of an invoice number, naming both cells", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", 45292, "", 10], ["F2", "ACME", 45292, "", 20], ["F1", "BETA", 45292, "", 30]]) });
    const dup = issue(l, "invoice.duplicate");
    expect(dup).toMatchObject({ severity: "error", cell: "A4" });
    expect(dup.message).toContain("Factures!A2");
    expect(dup.message).toContain("Factures!A4");
    expect(l.invoices.map((i) => i.amount)).toEqual([1000, 2000]);
    expect(l.rejectedRows).toBe(1);
  });

  it("turns a negative invoice into a credit note of that client", () => {
    const l = build({ invoices: invoicesSheet([["AV1", "ACME", 45292, "", -250]]) });
    expect(l.invoices).toEqual([]);
    expect(l.credits).toEqual([{
      reference: "AV1", client: "ACME", date: "2024-01-01", amount: 25000, currency: "EUR", kind: "credit-note",
      invoiceRefs: [], source: { sheet: "Factures", row: 2 },
    }]);
    expect(issue(l, "invoice.negative-as-credit-note").severity).toBe("info");
  });

  it("leaves a zero-amount invoice out with a warning", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", 45292, "", 0]]) });
    expect(l.invoices).toEqual([]);
    expect(issue(l, "invoice.zero-amount")).toMatchObject({ severity: "warning", cell: "E2" });
    expect(l.rejectedRows).toBe(0);
  });

  it("keeps a client name starting with = + - @ as plain text", () => {
    const l = build({ invoices: invoicesSheet([["F1", "=cmd|' /C calc'!A0", 45292, "", 10], ["+33", "@acme", 45292, "", 10], ["F3", "-Dupont", 45292, "", 10]]) });
    expect(l.invoices.map((i) => [i.number, i.client])).toEqual([["F1", "=cmd|' /C calc'!A0"], ["+33", "@acme"], ["F3", "-Dupont"]]);
    expect(l.issues).toEqual([]);
  });

  it("reads accented, upper-case and punctuated headers", () => {
    const l = build({ invoices: invoicesSheet([["F1", "ACME", 45292, 45322, 10]], ["N°  FACTURE", "client :", "DATE DE FACTURE", "Date d'échéance", "Montant T.T.C (€)"]) });
    expect(l.invoices[0]).toMatchObject({ number: "F1", due: "2024-01-31", amount: 1000 });
  });

  it("maps columns chosen by letter in the settings", () => {
    const l = build({
      invoices: invoicesSheet([["F1", "ACME", 45292, 999, 10]], ["Pièce", "Client", "Date", "Col D", "Col E"]),
      overrides: { invoices: { amount: "D" } },
    });
    expect(l.invoices[0]?.amount).toBe(99900);
  });

  it("reads the currency column and normalises €", () => {
    const l = build({ invoices: invoicesSheet([["F1", "A", 45292, "", 10, "€"], ["F2", "A", 45292, "", 10, "usd"], ["F3", "A", 45292, "", 10, ""], ["F4", "A", 45292, "", 10, "Bitcoins"]], [...INVOICE_HEADERS, "Devise"]) });
    expect(l.invoices.map((i) => i.currency)).toEqual(["EUR", "USD", "EUR", "BITCOINS"]);
    expect(issue(l, "currency.unknown").cell).toBe("F5");
  });

  it("keeps invoice numbers shown with leading zeros by their number format", () => {
    const sheet = invoicesSheet([[123, "ACME", 45292, "", 10]]);
    sheet.numberFormats = [["General"], ["000000", "General", "dd/mm/yyyy", "General", "#,##0.00"]];
    expect(build({ invoices: sheet }).invoices[0]?.number).toBe("000123");
  });
});

describe("reading the payment sheet", () => {
  const invoices = invoicesSheet([["F1", "ACME", 45292, "", 100], ["F2", "ACME", 45292, "", 100]]);

  it("keeps the invoices a payment names, in the order named", () => {
    const l = build({ invoices, payments: paymentsSheet([["R1", "ACME", 45300, 150, "F2 ; F1", "Règlement"], ["R2", "ACME", 45301, 10, "F1,F2, F1", ""]]) });
    expect(l.credits.map((c) => c.invoiceRefs)).toEqual([["F2", "F1"], ["F1", "F2"]]);
    expect(l.credits[0]).toMatchObject({ reference: "R1", client: "ACME", date: "2024-01-09", amount: 15000, kind: "payment" });
  });

  it("reads the payment type in French and English", () => {
    const l = build({
      invoices,
      payments: paymentsSheet([
        ["R1", "ACME", 45300, 1, "", "Avoir"], ["R2", "ACME", 45300, 1, "", "Credit note"], ["R3", "ACME", 45300, 1, "", "Passage en perte"],
        ["R4", "ACME", 45300, 1, "", "Write-off"], ["R5", "ACME", 45300, 1, "", "Payment"], ["R6", "ACME", 45300, 1, "", "Virement"],
        ["R7", "ACME", 45300, 1, "", "Troc"],
      ]),
    });
    expect(l.credits.map((c) => c.kind)).toEqual(["credit-note", "credit-note", "write-off", "write-off", "payment", "payment", "payment"]);
    expect(issue(l, "payment.type-unknown")).toMatchObject({ severity: "warning", cell: "F8" });
  });

  it("leaves a negative payment (a refund) out with a warning", () => {
    const l = build({ invoices, payments: paymentsSheet([["R1", "ACME", 45300, -50, "", "Règlement"]]) });
    expect(l.credits).toEqual([]);
    expect(issue(l, "payment.negative-amount")).toMatchObject({ severity: "warning", cell: "D2" });
    expect(l.rejectedRows).toBe(0);
  });

  it("takes a credit note typed negative at its absolute value", () => {
    const l = build({ invoices, payments: paymentsSheet([["AV1", "ACME", 45300, "-50,00", "F1", "Avoir"]]) });
    expect(l.credits[0]).toMatchObject({ amount: 5000, kind: "credit-note" });
    expect(issue(l, "payment.sign-ignored").severity).toBe("info");
  });

  it("finds the client of a payment from the invoice it names", () => {
    const l = build({ invoices, payments: paymentsSheet([["R1", "", 45300, 50, "F2", ""], ["R2", "", 45300, 50, "F9", ""]]) });
    expect(l.credits.map((c) => c.client)).toEqual(["ACME"]);
    expect(issue(l, "payment.client-missing").cell).toBe("B3");
    expect(l.rejectedRows).toBe(1);
  });

  it("keeps references to unknown invoices for the lettrage to judge", () => {
    const l = build({ invoices, payments: paymentsSheet([["R1", "ACME", 45300, 50, "F404", ""]]) });
    expect(l.credits[0]?.invoiceRefs).toEqual(["F404"]);
    expect(l.issues).toEqual([]);
  });

  it("maps a payment's client name to the invoices' client key", () => {
    const l = build({
      invoices: invoicesSheet([["F1", "C001", "Acme SA", 45292, 100]], ["N° facture", "Code client", "Nom client", "Date", "Montant"]),
      payments: paymentsSheet([["R1", "ACME S.A.", 45300, 50, "", ""]]),
    });
    expect(l.credits[0]?.client).toBe("C001");
  });

  it("decides the payment date order on its own column", () => {
    const l = build({ invoices, payments: paymentsSheet([["R1", "ACME", "01/13/2024", 5, "", ""], ["R2", "ACME", "01/02/2024", 5, "", ""]]) });
    expect(l.credits.map((c) => c.date)).toEqual(["2024-01-13", "2024-01-02"]);
  });
});

describe("reading the clients sheet", () => {
  const invoices = invoicesSheet([["F1", "C1", 45292, "", 100], ["F2", "C2", 45292, "", 100]]);
  const headers = ["Code client", "Raison sociale", "E-mail", "Copie", "Contact", "Langue", "Délai de paiement", "Encours autorisé", "Bloqué", "Catégorie", "Notes"];

  it("reads every field of a client", () => {
    const l = build({
      invoices,
      clients: { name: "Clients", values: [headers, ["C1", "Acme SA", "a@acme.fr; b@acme.fr", "Jean <jean@acme.fr>", "Mme Durand", "Anglais", "45 jours", "10 000,00", "oui", "PME", "Paie le 10"]] },
    });
    expect(l.clients.get("C1")).toEqual({
      id: "C1", name: "Acme SA", emailsTo: ["a@acme.fr", "b@acme.fr"], emailsCc: ["jean@acme.fr"], contact: "Mme Durand",
      language: "en", termsDays: 45, creditLimit: 1000000, blocked: true, category: "PME", notes: "Paie le 10",
      source: { sheet: "Clients", row: 2 },
    });
    expect(l.clients.get("C2")).toMatchObject({ id: "C2", name: "C2", blocked: false, emailsTo: [] });
  });

  it("matches a client code shown 000123 by its number format with the invoices' 000123", () => {
    const l = build({
      invoices: invoicesSheet([["F1", "000123", 45292, "", 100]]),
      clients: { name: "Clients", values: [["Code client", "Raison sociale", "E-mail"], [123, "Zéro Trois SARL", "compta@zero3.fr"]], numberFormats: [["General", "General", "General"], ["000000", "General", "General"]] },
    });
    expect(l.clients.get("000123")).toMatchObject({ id: "000123", name: "Zéro Trois SARL", emailsTo: ["compta@zero3.fr"] });
    expect(l.clients.has("123")).toBe(false);
  });

  it("keeps the valid addresses and warns about the invalid one with its cell", () => {
    const l = build({ invoices, clients: { name: "Clients", values: [headers, ["C1", "Acme", "ok@acme.fr, pas-une-adresse", "", "", "", "", "", "non"]] } });
    expect(l.clients.get("C1")?.emailsTo).toEqual(["ok@acme.fr"]);
    expect(issue(l, "email.invalid")).toMatchObject({ severity: "warning", cell: "C2" });
    expect(issue(l, "email.invalid").message).toContain("« pas-une-adresse »");
  });

  it("reads blocked flags in their usual spellings", () => {
    const rows = ["oui", "non", "yes", "no", "x", 1, 0, true, "", "peut-être"].map((b, i) => [`K${i}`, "", "", "", "", "", "", "", b]);
    const l = build({ invoices, clients: { name: "Clients", values: [headers, ...rows] } });
    expect(rows.map((r) => l.clients.get(r[0] as string)?.blocked)).toEqual([true, false, true, false, true, true, false, true, false, false]);
    expect(issue(l, "client.blocked-unreadable").cell).toBe("I11");
  });

  it("warns about unreadable terms, limits and languages without rejecting anything", () => {
    const l = build({ invoices, clients: { name: "Clients", values: [headers, ["C1", "Acme", "", "", "", "klingon", "bientôt", "beaucoup", ""]] } });
    expect(l.issues.map((i) => [i.code, i.cell])).toEqual([
      ["client.language-unknown", "F2"], ["client.terms-unreadable", "G2"], ["client.credit-limit-unreadable", "H2"],
    ]);
    expect(l.rejectedRows).toBe(0);
  });

  it("ignores a clients sheet without a client column, with a warning", () => {
    const l = build({ invoices, clients: { name: "Clients", values: [["Foo", "Bar"], ["x", "y"]] } });
    expect(l.issues[0]).toMatchObject({ severity: "warning", sheet: "Clients" });
    expect(l.invoices).toHaveLength(2);
  });
});

describe("building from chunks", () => {
  it("gives the same ledger fed in chunks as in one piece", () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 50; i += 1) rows.push([`F${i}`, `C${i % 7}`, i % 3 === 0 ? `0${(i % 9) + 1}/0${(i % 8) + 1}/2024` : 45292 + i, "", (i * 37) % 500 - 20]);
    rows.push(["F3", "C1", 45292, "", 5], ["", "", "", "", ""], ["Total", "", "", "", 1]);
    rows.push(["F99", "C1", "13/01/2024", "", 5]);
    const sheet = invoicesSheet(rows);
    const whole = buildLedger({ info: FR, invoices: sheet });
    const builder = createLedgerBuilder({ info: FR });
    builder.setHeader("invoices", { name: "Factures", values: sheet.values.slice(0, 10) });
    for (let start = 0; start < sheet.values.length; start += 7) builder.addRows("invoices", sheet.values.slice(start, start + 7), start + 1);
    const chunked = builder.finish();
    expect(chunked).toEqual(whole);
    expect(whole.ok && whole.ledger.invoices.length).toBeGreaterThan(40);
  });
});
