import fc from "fast-check";
import { centsToUnits, unitsToCents } from "./cents";

describe("cents from Excel numbers", () => {
  it("rounds half away from zero as a person reads the number", () => {
    expect(unitsToCents(1.005)).toBe(101);
    expect(unitsToCents(-1.005)).toBe(-101);
    expect(unitsToCents(0.1 + 0.2)).toBe(30);
    expect(unitsToCents(1234.564)).toBe(123456);
    expect(unitsToCents(1e-7)).toBe(0);
  });
  it("refuses what is not a finite amount", () => {
    expect(unitsToCents(Number.NaN)).toBeNull();
    expect(unitsToCents(Number.POSITIVE_INFINITY)).toBeNull();
    expect(unitsToCents(1e300)).toBeNull();
  });
  it("gives back the same cents for any amount written with two decimals", () => {
    fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (c) => unitsToCents(centsToUnits(c)) === c));
  });
});
