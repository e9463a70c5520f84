import { findInputSheets } from "./sheets";

describe("finding the input sheets by name", () => {
  it("finds French sheet names whatever their case and accents", () => {
    const r = findInputSheets(["Accueil", "FACTURES", "Reglements", "Clients"]);
    expect([r.invoices, r.payments, r.clients]).toEqual(["FACTURES", "Reglements", "Clients"]);
  });

  it("finds English sheet names", () => {
    const r = findInputSheets(["Customers", "Payments", "Invoices"]);
    expect([r.invoices, r.payments, r.clients]).toEqual(["Invoices", "Payments", "Customers"]);
  });

  it("finds Paiements and Encaissements as payments", () => {
    expect(findInputSheets(["Factures", "Paiements"]).payments).toBe("Paiements");
    expect(findInputSheets(["Factures", "Encaissements"]).payments).toBe("Encaissements");
  });

  it("accepts names that contain a synonym, but never supplier sheets", () => {
    const r = findInputSheets(["Factures fournisseurs", "Factures clients 2024", "Clients actifs"]);
    expect(r.invoices).toBe("Factures clients 2024");
    expect(r.clients).toBe("Clients actifs");
  });

  it("prefers the sheet saved in the settings, and says what it tried", () => {
    const r = findInputSheets(["Factures", "Export ERP"], { invoices: "Export ERP" });
    expect(r.invoices).toBe("Export ERP");
    expect(r.payments).toBeNull();
    expect(r.tried.payments).toContain("Règlements");
    expect(r.tried.invoices[0]).toBe("Export ERP");
  });

  it("falls back to synonyms when the saved sheet was renamed", () => {
    expect(findInputSheets(["Factures"], { invoices: "Ancienne feuille" }).invoices).toBe("Factures");
  });
});
