import { bestPossibleDso, countbackDso } from "./dso";
import { monthWindows } from "./period";

const windows = monthWindows("2024-03-31", 12); // March (31), February (29), January (31), December (31)…
const sales = (first: number[]) => [...first, ...Array<number>(12 - first.length).fill(0)];

describe("DSO by the countback method", () => {
  it("counts whole months used up plus the fraction of the last one", () => {
    // Encours 25 000 €; March sales 10 000 €, February 8 000 €, January 12 000 €.
    // March used up (31 d, 15 000 left), February used up (29 d, 7 000 left), January: 7 000 / 12 000 × 31 = 18.0833 d.
    // DSO = 31 + 29 + 18.0833 = 78.0833 days.
    const dso = countbackDso(2_500_000, windows, sales([1_000_000, 800_000, 1_200_000]));
    expect(dso.days).toBeCloseTo(31 + 29 + (7000 / 12000) * 31, 10);
    expect(dso).toMatchObject({ wholeMonths: 2, wholeDays: 60, capped: false });
    expect(dso.fraction).toMatchObject({ remaining: 700_000, sales: 1_200_000, window: { start: "2024-01-01" } });
  });

  it("gives a fraction of the current month when the encours is smaller than its sales", () => {
    // 5 000 € of encours against 10 000 € of March sales: 0.5 × 31 = 15.5 days.
    expect(countbackDso(500_000, windows, sales([1_000_000])).days).toBe(15.5);
  });

  it("counts a month without sales as a whole month", () => {
    // Nothing invoiced in March: 31 days; then 4 000 of February's 8 000: 0.5 × 29 = 14.5 → 45.5 days.
    expect(countbackDso(400_000, windows, sales([0, 800_000])).days).toBe(45.5);
  });

  it("caps the DSO at the period and flags it when the encours exceeds a year of sales", () => {
    // 100 € invoiced in March only, 1 000 € owed: every month used up → 366 days (Apr 2023–Mar 2024), capped.
    const dso = countbackDso(100_000, windows, sales([10_000]));
    expect(dso).toMatchObject({ capped: true, wholeMonths: 12, days: 366 });
  });

  it("has no DSO without sales over the period", () => {
    expect(countbackDso(100_000, windows, sales([])).days).toBeNull();
  });

  it("is zero when nothing is owed", () => {
    expect(countbackDso(0, windows, sales([1_000_000])).days).toBe(0);
    expect(countbackDso(-5_000, windows, sales([1_000_000])).days).toBe(0);
  });

  it("computes the best possible DSO from the non-échu encours", () => {
    // 36 500 € non échu, 365 000 € invoiced over 365 days → 36.5 days.
    expect(bestPossibleDso(3_650_000, 36_500_000, 365)).toBe(36.5);
    expect(bestPossibleDso(3_650_000, 0, 365)).toBeNull();
  });
});
