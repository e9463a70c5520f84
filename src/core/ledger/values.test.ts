import { creditKindOf, flagOf, keyText, languageOf, splitEmails, splitRefs, termsOf } from "./values";

describe("identifier cells", () => {
  it("keeps the zeros and prefix a number format shows", () => {
    expect(keyText(42, "000000")).toBe("000042");
    expect(keyText(42, '"FA"0000')).toBe("FA0042");
    expect(keyText(42, "\\F0000")).toBe("F0042");
    expect(keyText(42, "General")).toBe("42");
    expect(keyText(42.5, "000000")).toBe("42.5");
    expect(keyText("  F 12 ")).toBe("F 12");
  });
});

describe("invoice references of a payment", () => {
  it("splits on semicolons and commas, ignoring spaces and repeats", () => {
    expect(splitRefs("F1 ; F2,F3 , F1")).toEqual(["F1", "F2", "F3"]);
    expect(splitRefs("FA 2024 001")).toEqual(["FA 2024 001"]);
    expect(splitRefs(1001)).toEqual(["1001"]);
    expect(splitRefs(" ; ")).toEqual([]);
  });
});

describe("payment types", () => {
  it("reads French and English types and payment means", () => {
    expect(["Règlement", "REGLEMENT", "Payment", "Virement SEPA", "Chèque", ""].map(creditKindOf)).toEqual(Array(6).fill("payment"));
    expect(["Avoir", "avoirs", "Credit note", "Note de crédit"].map(creditKindOf)).toEqual(Array(4).fill("credit-note"));
    expect(["Perte", "Passage en perte", "Write-off", "write off", "Créance irrécouvrable"].map(creditKindOf)).toEqual(Array(5).fill("write-off"));
    expect(creditKindOf("Troc")).toBeNull();
  });
});

describe("client details", () => {
  it("splits e-mail lists and keeps display names out", () => {
    expect(splitEmails("a@x.fr; b@y.com , Jean Dupont <jd@z.fr> c@w.org")).toEqual({ valid: ["a@x.fr", "b@y.com", "jd@z.fr", "c@w.org"], invalid: [] });
    expect(splitEmails("a@x, @y.fr, ok@ok.fr")).toEqual({ valid: ["ok@ok.fr"], invalid: ["a@x", "@y.fr"] });
  });

  it("reads languages", () => {
    expect(["fr", "Français", "FR-fr", "en", "English", "anglais", "en-GB", ""].map(languageOf)).toEqual(["fr", "fr", "fr", "en", "en", "en", "en", undefined]);
    expect(languageOf("deutsch")).toBeNull();
  });

  it("reads payment terms in days", () => {
    expect(termsOf(45)).toEqual({ days: 45, endOfMonth: false });
    expect(termsOf("30 jours")).toEqual({ days: 30, endOfMonth: false });
    expect(termsOf("Net 60")).toEqual({ days: 60, endOfMonth: false });
    expect(termsOf("45 j fin de mois")).toEqual({ days: 45, endOfMonth: true });
    expect(termsOf("Comptant")).toEqual({ days: 0, endOfMonth: false });
    expect(termsOf("")).toBeUndefined();
    expect(termsOf("bientôt")).toBeNull();
    expect(termsOf(-5)).toBeNull();
  });

  it("reads blocked flags and refuses what is neither yes nor no", () => {
    expect([true, 1, "oui", "X", "Bloqué", "yes"].map(flagOf)).toEqual(Array(6).fill(true));
    expect([false, 0, "non", "", "No", null].map(flagOf)).toEqual(Array(6).fill(false));
    expect(flagOf("peut-être")).toBeNull();
    expect(flagOf(2)).toBeNull();
  });
});
