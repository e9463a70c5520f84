import fc from "fast-check";
import { neutralizeFormulaText, needsTextFormat, startsLikeFormula, TEXT_FORMAT } from "./text-guard";
import { resolveBlock } from "./cells";
import { INJECTION_CATALOGUE } from "./injection-catalogue";


describe("formula text guard", () => {
  it.each(INJECTION_CATALOGUE)("writes the injection payload %j as text", (payload) => {
    expect(startsLikeFormula(payload)).toBe(true);
    expect(neutralizeFormulaText(payload)).toEqual({ value: payload, forceText: true });
  });

  it("keeps negative amounts and other numbers as numbers", () => {
    for (const n of [-1, -1234.56, 0, 42]) expect(neutralizeFormulaText(n)).toEqual({ value: n, forceText: false });
  });

  it("never alters the text itself, only how it is written", () => {
    fc.assert(fc.property(fc.string(), (s) => neutralizeFormulaText(s).value === s));
  });

  it("guards every text that starts like a formula, whatever its length", () => {
    fc.assert(fc.property(
      fc.constantFrom("=", "+", "-", "@"), fc.string({ maxLength: 600 }), fc.constantFrom("", " ", "\t", "\r\n"),
      (lead, rest, blank) => needsTextFormat(blank + lead + rest),
    ));
  });

  it("writes number-like and date-like text as text so Excel does not convert it", () => {
    for (const s of ["00123", "1/2", "12/01/2024", "TRUE", "#N/A", "1,5", "5%"]) expect(needsTextFormat(s)).toBe(true);
  });

  it("leaves empty cells, booleans and long plain notes alone", () => {
    expect(needsTextFormat("")).toBe(false);
    expect(needsTextFormat(null)).toBe(false);
    expect(needsTextFormat(true)).toBe(false);
    expect(needsTextFormat("Note ".repeat(60))).toBe(false);
  });

  it("gives every catalogue cell of a block the Text format, and money cells their own", () => {
    const resolved = resolveBlock({
      at: "B2",
      values: [...INJECTION_CATALOGUE.map((p) => [p, -12.5])],
      columnFormats: [null, '#,##0.00 "€"'],
    });
    for (const line of resolved.formats) expect(line).toEqual([TEXT_FORMAT, '#,##0.00 "€"']);
  });
});
