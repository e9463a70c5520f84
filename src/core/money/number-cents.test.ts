import fc from "fast-check";
import { unitsToCents } from "./cents";
import { numberToCents } from "./number-cents";

describe("fast cents from Excel numbers", () => {
  it("agrees with unitsToCents on any number", () => {
    fc.assert(fc.property(fc.double({ noNaN: false }), (x) => Object.is(numberToCents(x), unitsToCents(x) === 0 ? 0 : unitsToCents(x))), { numRuns: 20000 });
  });
  it("agrees with unitsToCents on amounts near half cents and with two or three decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), fc.integer({ min: 0, max: 9 }), (mills, extra) => {
        const x = (mills * 10 + extra) / 1000;
        return numberToCents(x) === unitsToCents(x);
      }),
      { numRuns: 20000 },
    );
    expect(numberToCents(1.005)).toBe(101);
    expect(numberToCents(-2.675)).toBe(-268);
  });
});
