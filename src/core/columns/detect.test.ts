import type { CellValue, RawSheet } from "../sheet";
import { detectColumns, type ColumnDetection } from "./detect";
import { normalizeHeader } from "./normalize";

function sheet(values: CellValue[][], name = "Factures", extra: Partial<RawSheet> = {}): RawSheet {
  return { name, values, ...extra };
}

function columnsOf(d: ColumnDetection): Record<string, number | undefined> {
  if (!d.ok) throw new Error(d.issue.message);
  return d.columns;
}

describe("header normalisation", () => {
  it("ignores case, accents, punctuation, plurals and the n°/no/num/numéro variants", () => {
    const same = ["N° facture", "n° FACTURE", "No facture", "Num. facture", "Numéro de facture", "nº factures", "N°facture", "# facture", "Numero de la facture"];
    for (const h of same) expect(normalizeHeader(h)).toBe("num facture");
  });
  it("drops currency units around a header", () => {
    expect(normalizeHeader("Montant TTC (€)")).toBe("montant ttc");
    expect(normalizeHeader("Montant TTC en euros")).toBe("montant ttc");
    expect(normalizeHeader("E-mail")).toBe("email");
  });
});

describe("finding the invoice columns", () => {
  it("maps the French headers of the design", () => {
    const d = detectColumns(sheet([["N° facture", "Client", "Date facture", "Échéance", "Montant TTC", "Devise", "E-mail", "Contact"]]), "invoices");
    expect(columnsOf(d)).toEqual({ number: 0, client: 1, date: 2, due: 3, amount: 4, currency: 5, email: 6, contact: 7 });
  });

  it("maps English headers", () => {
    const d = detectColumns(sheet([["Invoice No", "Customer ID", "Customer name", "Invoice date", "Due date", "Invoice amount", "Currency"]]), "invoices");
    expect(columnsOf(d)).toEqual({ number: 0, client: 1, name: 2, date: 3, due: 4, amount: 5, currency: 6 });
  });

  it("finds the header row below a title and blank rows", () => {
    const d = detectColumns(sheet([
      ["Factures clients au 31/01/2024"],
      [],
      ["Société Exemple", null, "Date d'édition", 45322],
      ["NUMÉRO DE FACTURE", "Raison sociale", "Date", "Date d'échéance", "Total TTC (€)"],
      ["F1", "ACME", 45300, 45330, 100],
    ], "Factures", { firstRow: 3 }), "invoices");
    expect(d.ok && d.headerIndex).toBe(3);
    expect(d.ok && d.headerRow).toBe(6);
    expect(columnsOf(d)).toEqual({ number: 0, client: 1, name: 1, date: 2, due: 3, amount: 4 });
  });

  it("reads a header with accents, odd case, punctuation and surrounding words", () => {
    const d = detectColumns(sheet([["  n°  FACTURE ", "CLIENT", "date DE FACTURE", "échéance", "Montant T.T.C.", "Montant TTC (€)"]]), "invoices");
    const c = columnsOf(d);
    expect(c.number).toBe(0);
    expect(c.date).toBe(2);
    expect(c.due).toBe(3);
    expect(c.amount).toBe(5);
  });

  it("takes a bare Date as the invoice date and Échéance as the due date, whatever their order", () => {
    const c = columnsOf(detectColumns(sheet([["Échéance", "Facture", "Date", "Tiers", "Montant"]]), "invoices"));
    expect(c).toMatchObject({ due: 0, number: 1, date: 2, client: 3, amount: 4 });
  });

  it("prefers the client code as key and keeps the name as name", () => {
    const c = columnsOf(detectColumns(sheet([["Facture", "Client", "Code client", "Date", "Montant"]]), "invoices"));
    expect(c.client).toBe(2);
    expect(c.name).toBe(1);
    const c2 = columnsOf(detectColumns(sheet([["Facture", "Nom client", "Client", "Date", "Montant"]]), "invoices"));
    expect(c2.client).toBe(2);
    expect(c2.name).toBe(1);
  });

  it("uses the name column as client key when there is no code", () => {
    const c = columnsOf(detectColumns(sheet([["Facture", "Nom client", "Ville client", "Date", "Montant"]]), "invoices"));
    expect(c.client).toBe(1);
    expect(c.name).toBe(1);
  });

  it("does not take the amount before tax or the balance for the amount incl. tax", () => {
    const c = columnsOf(detectColumns(sheet([["Facture", "Client", "Date", "Montant HT", "TVA", "Montant TTC", "Reste dû"]]), "invoices"));
    expect(c.amount).toBe(5);
  });

  it("lists the headers it did not use", () => {
    const d = detectColumns(sheet([["Facture", "Client", "Date", "Montant", "Commercial", "Remarque"]]), "invoices");
    expect(d.ok && d.ignored).toEqual(["Commercial", "Remarque"]);
  });

  it("reports a missing required column in French, naming the sheet, the field and the accepted headers", () => {
    const d = detectColumns(sheet([["N° facture", "Client", "Date"], ["F1", "ACME", 45300]], "Ventes 2024"), "invoices");
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.missing).toEqual(["amount"]);
    expect(d.issue).toMatchObject({ severity: "error", code: "columns.missing", sheet: "Ventes 2024", row: 1 });
    expect(d.issue.message).toMatch(/^Feuille Ventes 2024 \(factures\) : colonne introuvable : montant TTC — en-têtes reconnus : Montant TTC, Montant, TTC/);
    expect(d.issue.message).toContain(" / Sheet Ventes 2024 (invoices): column not found");
  });

  it("says when no header row can be found at all", () => {
    const d = detectColumns(sheet([["x", "y"], [1, 2]]), "invoices");
    expect(!d.ok && d.issue.code).toBe("columns.header-not-found");
    expect(!d.ok && d.missing).toEqual(["number", "client", "date", "amount"]);
  });
});

describe("column choices from the settings", () => {
  it("maps a field by column letters, counted from the sheet's first column", () => {
    const d = detectColumns(sheet([["Réf.", "Client", "Date", "Col X"], ["F1", "ACME", 45300, 100]], "Factures", { firstColumn: 1 }), "invoices", { amount: "E", number: "B" });
    const c = columnsOf(d);
    expect(c.amount).toBe(3);
    expect(c.number).toBe(0);
  });

  it("maps a field by header text", () => {
    const c = columnsOf(detectColumns(sheet([["Pièce", "Client", "Date", "Valeur", "Montant"]]), "invoices", { amount: "Valeur" }));
    expect(c.amount).toBe(3);
  });

  it("works without a recognisable header row when every required field is set by letters", () => {
    const d = detectColumns(sheet([["a", "b", "c", "d"], ["F1", "ACME", 45300, 100]]), "invoices", { number: "A", client: "B", date: "C", amount: "D" });
    expect(d.ok && d.headerIndex).toBe(0);
    const d2 = detectColumns(sheet([["F1", "ACME", 45300, 100]]), "invoices", { number: "A", client: "B", date: "C", amount: "D" });
    expect(d2.ok && d2.headerIndex).toBe(-1);
  });

  it("refuses a choice that is neither a header nor column letters", () => {
    const d = detectColumns(sheet([["Facture", "Client", "Date", "Montant"]]), "invoices", { amount: "Montant à payer 2" });
    expect(!d.ok && d.issue.code).toBe("columns.override-not-found");
  });

  it("warns about a field name it does not know", () => {
    const d = detectColumns(sheet([["Facture", "Client", "Date", "Montant"]]), "invoices", { colour: "A" });
    expect(d.ok && d.warnings.map((w) => w.code)).toEqual(["columns.override-unknown-field"]);
  });
});

describe("finding the payment columns", () => {
  it("takes Date règlement over a bare Date and N° facture as the invoice references", () => {
    const c = columnsOf(detectColumns(sheet([["Date", "Référence", "Code client", "N° facture", "Date règlement", "Montant", "Type"]], "Règlements"), "payments"));
    expect(c).toMatchObject({ date: 4, reference: 1, client: 2, invoiceRefs: 3, amount: 5, type: 6 });
  });

  it("maps English payment headers", () => {
    const c = columnsOf(detectColumns(sheet([["Payment", "Customer", "Payment date", "Amount", "Invoice", "Payment type"]], "Payments"), "payments"));
    expect(c).toEqual({ reference: 0, client: 1, date: 2, amount: 3, invoiceRefs: 4, type: 5 });
  });

  it("accepts payments without a client column when they name invoices", () => {
    const d = detectColumns(sheet([["Date de paiement", "Montant", "Facture"]], "Paiements"), "payments");
    expect(d.ok).toBe(true);
    const d2 = detectColumns(sheet([["Date de paiement", "Montant", "Mode"]], "Paiements"), "payments");
    expect(!d2.ok && d2.missing).toEqual(["client"]);
  });
});

describe("finding the client columns", () => {
  it("maps every field of the Clients sheet", () => {
    const c = columnsOf(detectColumns(sheet([[
      "Code client", "Raison sociale", "E-mail", "E-mail cc", "Interlocuteur", "Langue", "Délai de paiement (jours)",
      "Encours autorisé", "Bloqué", "Catégorie", "Commentaires",
    ]], "Clients"), "clients"));
    expect(c).toEqual({
      client: 0, name: 1, emailTo: 2, emailCc: 3, contact: 4, language: 5, terms: 6, creditLimit: 7, blocked: 8, category: 9, notes: 10,
    });
  });

  it("does not take a lone title as the header row of a clients sheet", () => {
    const d = detectColumns(sheet([["Clients"], ["Client", "Nom", "Courriel"]], "Clients"), "clients");
    expect(d.ok && d.headerIndex).toBe(1);
  });
});
