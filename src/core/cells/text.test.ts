import { cellText, foldText, isBlank, isErrorValue } from "./text";

describe("cell text", () => {
  it("trims and collapses every kind of space, including no-break ones", () => {
    expect(cellText("  Dupont\u00A0\u00A0&\u202FFils\t SA \n")).toBe("Dupont & Fils SA");
    expect(cellText("ACME")).toBe("ACME");
  });
  it("renders numbers, booleans and empty cells", () => {
    expect(cellText(1234)).toBe("1234");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
  });
  it("keeps text that looks like a formula as plain text", () => {
    expect(cellText("=cmd|' /C calc'!A0")).toBe("=cmd|' /C calc'!A0");
  });
  it("treats whitespace-only cells as blank, but not zero or FALSE", () => {
    expect(isBlank(" \u00A0 ")).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
  });
  it("recognises Excel error values, in English and French", () => {
    for (const e of ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#VALEUR!", " #n/a "]) {
      expect(isErrorValue(e)).toBe(true);
    }
    expect(isErrorValue("#12")).toBe(false);
    expect(isErrorValue("N/A")).toBe(false);
    expect(isErrorValue(42)).toBe(false);
  });
  it("folds accents and case for comparisons", () => {
    expect(foldText("Échéance Œuvre")).toBe("echeance oeuvre");
  });
});
