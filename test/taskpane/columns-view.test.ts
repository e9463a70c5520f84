import type { RawSheet } from "../../src/core/sheet";
import { detectedSheet } from "../../src/taskpane/columns-view";

const invoices: RawSheet = {
  name: "Factures",
  firstRow: 1,
  values: [
    ["Export du 31/10/2025", "", "", "", ""],
    ["N° facture", "Client", "Date facture", "Échéance", "Montant TTC"],
    ["F-1", "C1", "01/10/2025", "31/10/2025", "1 200,00"],
  ],
};

describe("detected columns shown in Paramètres", () => {
  it("shows the column letter and header each field was found in", () => {
    const view = detectedSheet("invoices", invoices, undefined);
    expect(view.headerRow).toBe(2);
    const amount = view.fields.find((f) => f.field === "amount");
    expect(amount).toMatchObject({ column: "E", header: "Montant TTC", required: true });
    expect(view.fields.find((f) => f.field === "currency")).toMatchObject({ column: null, required: false });
    expect(view.headers.map((h) => h.column)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("labels every field as a form does, capitalised, and says customer in English throughout", () => {
    const view = detectedSheet("invoices", invoices, undefined);
    const labels = view.fields.map((f) => f.label);
    expect(labels.map((l) => l.fr.charAt(0))).toEqual(labels.map((l) => l.fr.charAt(0).toLocaleUpperCase()));
    expect(labels.find((_, i) => view.fields[i]?.field === "amount")).toEqual({ fr: "Montant TTC", en: "Amount incl. tax" });
    expect(labels.find((_, i) => view.fields[i]?.field === "client")).toEqual({ fr: "Client", en: "Customer" });
    for (const kind of ["invoices", "payments", "clients"] as const) {
      for (const field of detectedSheet(kind, null, undefined).fields) expect({ field: field.field, en: field.label.en }).not.toEqual({ field: field.field, en: expect.stringMatching(/client/i) });
    }
  });

  it("follows the user's override of a column", () => {
    const wide: RawSheet = {
      name: "Factures",
      values: [
        ["N° facture", "Client", "Date facture", "Échéance", "Montant TTC", "Montant à encaisser"],
        ["F-1", "C1", "01/10/2025", "31/10/2025", "1 200,00", "1 000,00"],
      ],
    };
    expect(detectedSheet("invoices", wide, undefined).fields.find((f) => f.field === "amount")?.column).toBe("E");
    const view = detectedSheet("invoices", wide, { amount: "Montant à encaisser" });
    expect(view.fields.find((f) => f.field === "amount")).toMatchObject({ column: "F", header: "Montant à encaisser" });
  });

  it("counts letters from where the sheet's data starts", () => {
    const shifted: RawSheet = { ...invoices, firstColumn: 2 };
    expect(detectedSheet("invoices", shifted, undefined).fields.find((f) => f.field === "number")?.column).toBe("C");
  });

  it("says why a sheet without recognisable headers cannot be read, and still offers its columns", () => {
    const odd: RawSheet = { name: "Ventes", values: [["Réf", "Qui", "Quand"], ["1", "x", "y"]] };
    const view = detectedSheet("invoices", odd, undefined);
    expect(view.problem).toMatch(/^Feuille Ventes : ligne d'en-têtes introuvable/);
    expect(view.fields.every((f) => f.column === null)).toBe(true);
    expect(view.headers.map((h) => h.text)).toEqual(["Réf", "Qui", "Quand"]);
  });

  it("lists every field as not found when there is no sheet", () => {
    const view = detectedSheet("payments", null, undefined, "Aucune feuille de règlements / No payment sheet");
    expect(view.sheet).toBeNull();
    expect(view.problem).toBe("Aucune feuille de règlements / No payment sheet");
    expect(view.fields.filter((f) => f.required).map((f) => f.field)).toEqual(["date", "amount"]);
  });
});
