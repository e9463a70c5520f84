import fc from "fast-check";
import { basisPointsSummingTo100, roundDiv, share } from "./share";

describe("exact shares", () => {
  it("rounds a share to basis points half away from zero", () => {
    // 1 / 3 = 33.333 % → 3 333 bp; 2 / 3 = 66.667 % → 6 667 bp; 1 / 8 = 12.5 % exactly → 1 250 bp.
    expect(share(1, 3).bp).toBe(3333);
    expect(share(2, 3).bp).toBe(6667);
    expect(share(1, 8).bp).toBe(1250);
    // 1 / 20 000 = 0.5 bp → 1 bp (half away from zero); −1 / 20 000 → −1 bp.
    expect(share(1, 20000).bp).toBe(1);
    expect(share(-1, 20000).bp).toBe(-1);
  });

  it("gives no share of a zero whole", () => {
    expect(share(5, 0).bp).toBeNull();
  });

  it("stays exact on amounts too large for a float product", () => {
    // 9e15 cents × 10 000 overflows 2^53; the result must still be exactly 1/3.
    expect(share(3_000_000_000_000_000, 9_000_000_000_000_000).bp).toBe(3333);
    expect(roundDiv(7, 2)).toBe(4);
    expect(roundDiv(-7, 2)).toBe(-4);
  });

  it("makes the bucket percentages add up to exactly 100 %", () => {
    // 3 equal thirds: 3 333 + 3 333 + 3 334 (one basis point to the first largest remainder… all equal → first).
    expect(basisPointsSummingTo100([1, 1, 1])).toEqual([3334, 3333, 3333]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const total = parts.reduce((s, p) => s + p, 0);
        const bp = basisPointsSummingTo100(parts);
        if (total === 0) return bp === null;
        return bp !== null && bp.reduce((s, p) => s + p, 0) === 10000 &&
          // each share is within one basis point of its exact value
          bp.every((b, i) => Math.abs(b - ((parts[i] as number) * 10000) / total) < 1);
      }),
    );
  });
});
