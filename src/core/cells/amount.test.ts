import fc from "fast-check";
import { parseAmount, type AmountParse } from "./amount";
import { formatAmount } from "../money/format";

function cents(result: AmountParse): number | string {
  return result.ok ? result.cents : result.code;
}

describe("reading amounts typed as text", () => {
  it.each([
    ["1 234,56", 123456],
    ["1\u00A0234,56", 123456],
    ["1\u202F234,56", 123456],
    ["1\u2009234,56", 123456],
    ["1.234,56", 123456],
    ["1,234.56", 123456],
    ["1234.56 €", 123456],
    ["1234,56€", 123456],
    ["-12,00", -1200],
    ["(12,00)", -1200],
    ["12,00-", -1200],
    ["\u221212,00", -1200],
    ["+12,5", 1250],
    ["12 €", 1200],
    ["EUR 12", 1200],
    ["€1,234.56", 123456],
    ["-€1,234.56", -123456],
    ["(1 234,56 €)", -123456],
    ["1'234.56", 123456],
    ["1\u2019234,56", 123456],
    ["1 234 567,8", 123456780],
    ["1.234.567", 123456700],
    ["0,5", 50],
    [",5", 50],
    ["  42  ", 4200],
    ["0012,30", 1230],
  ])("reads %j as %d cents", (text, expected) => {
    expect(cents(parseAmount(text))).toBe(expected);
  });

  it("reads a lone separator before three digits as grouping, since money has two decimals", () => {
    expect(cents(parseAmount("1,234"))).toBe(123400);
    expect(cents(parseAmount("1.234"))).toBe(123400);
    expect(cents(parseAmount("12.345"))).toBe(1234500);
  });

  it("reads a lone separator as decimal when the digits cannot be a thousands group", () => {
    expect(cents(parseAmount("1234,567"))).toBe(123457);
    expect(cents(parseAmount("0,125"))).toBe(13);
    expect(cents(parseAmount("1 234,567"))).toBe(123457);
    expect(cents(parseAmount("12,5"))).toBe(1250);
  });

  it("keeps the currency written next to the amount", () => {
    const r = parseAmount("USD 12.50");
    expect(r).toEqual({ ok: true, cents: 1250, currency: "USD" });
    expect(parseAmount("12 €")).toEqual({ ok: true, cents: 1200, currency: "EUR" });
    expect(parseAmount("12,00")).toEqual({ ok: true, cents: 1200 });
  });
});

describe("refusing what is not an amount", () => {
  it.each([
    ["12,3,4", "amount.unreadable"],
    ["abc", "amount.unreadable"],
    ["1.2.3,4,5", "amount.unreadable"],
    ["12 34", "amount.unreadable"],
    ["1 234.567,89", "amount.unreadable"],
    ["12,", "amount.unreadable"],
    ["--12", "amount.unreadable"],
    ["(-12)", "amount.unreadable"],
    ["12 abc", "amount.unreadable"],
    ["12 € $", "amount.unreadable"],
    ["12%", "amount.unreadable"],
    ["1e5", "amount.unreadable"],
    ["", "amount.empty"],
    ["   ", "amount.empty"],
    ["#N/A", "amount.error-value"],
    ["#VALUE!", "amount.error-value"],
    ["#REF!", "amount.error-value"],
    ["#DIV/0!", "amount.error-value"],
    ["#NAME?", "amount.error-value"],
    ["#NULL!", "amount.error-value"],
    ["#NUM!", "amount.error-value"],
    ["#SPILL!", "amount.error-value"],
    ["#CALC!", "amount.error-value"],
    ["#GETTING_DATA", "amount.error-value"],
    ["#VALEUR!", "amount.error-value"],
    ["99999999999999999999", "amount.out-of-range"],
  ])("refuses %j with %s", (text, code) => {
    expect(cents(parseAmount(text))).toBe(code);
  });

  it("refuses booleans, empty cells and non-finite numbers", () => {
    expect(cents(parseAmount(true))).toBe("amount.boolean");
    expect(cents(parseAmount(null))).toBe("amount.empty");
    expect(cents(parseAmount(Number.NaN))).toBe("amount.out-of-range");
  });

  it("says in French then English what to fix", () => {
    const r = parseAmount("12,3,4");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^Montant illisible « 12,3,4 ».* \/ Unreadable amount/);
  });
});

describe("Excel numbers", () => {
  it("rounds numbers to the cent, half away from zero", () => {
    expect(cents(parseAmount(1234.565))).toBe(123457);
    expect(cents(parseAmount(-0.005))).toBe(-1);
    expect(cents(parseAmount(-0))).toBe(0);
    expect(Object.is((parseAmount(-0.001) as { cents: number }).cents, 0)).toBe(true);
  });
});

describe("formatting then reading an amount", () => {
  it("formats like a French and an English reader expect", () => {
    expect(formatAmount(123456, "EUR", "fr")).toBe("1\u202F234,56\u00A0€");
    expect(formatAmount(123456, "EUR", "en")).toBe("€1,234.56");
    expect(formatAmount(-1200, "EUR", "fr")).toBe("-12,00\u00A0€");
    expect(formatAmount(-1200, "EUR", "en")).toBe("-€12.00");
    expect(formatAmount(5, "CHF", "en")).toBe("CHF\u00A00.05");
    expect(formatAmount(123456789, "USD", "fr")).toBe("1\u202F234\u202F567,89\u00A0$");
  });

  it("gives back the same cents for any amount, currency and language", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("EUR", "USD", "GBP", "CHF"),
        fc.constantFrom<"fr" | "en">("fr", "en"),
        (c, currency, locale) => {
          const r = parseAmount(formatAmount(c, currency, locale));
          return r.ok && r.cents === c && r.currency === currency;
        },
      ),
      { numRuns: 3000 },
    );
  });
});
