import { monthWindows, periodEndingAt } from "./period";

describe("month windows of the countback", () => {
  it("uses calendar months when the as-of date is a month-end", () => {
    expect(monthWindows("2024-03-31", 3)).toEqual([
      { start: "2024-03-01", end: "2024-03-31", days: 31 },
      { start: "2024-02-01", end: "2024-02-29", days: 29 },
      { start: "2024-01-01", end: "2024-01-31", days: 31 },
    ]);
    // A short month-end stays a calendar month too (not 30/01–29/02).
    expect(monthWindows("2024-02-29", 2)).toEqual([
      { start: "2024-02-01", end: "2024-02-29", days: 29 },
      { start: "2024-01-01", end: "2024-01-31", days: 31 },
    ]);
  });

  it("ends each month on the same day of the month otherwise, clamped to short months", () => {
    expect(monthWindows("2024-03-15", 2)).toEqual([
      { start: "2024-02-16", end: "2024-03-15", days: 29 },
      { start: "2024-01-16", end: "2024-02-15", days: 31 },
    ]);
    // 30/03: one month before is 29/02 (clamped), two months before is 30/01.
    expect(monthWindows("2024-03-30", 2)).toEqual([
      { start: "2024-03-01", end: "2024-03-30", days: 30 },
      { start: "2024-01-31", end: "2024-02-29", days: 30 },
    ]);
  });

  it("makes a 12-month period of 365 or 366 days", () => {
    expect(periodEndingAt("2024-12-31", 12)).toMatchObject({ start: "2024-01-01", end: "2024-12-31", days: 366 });
    expect(periodEndingAt("2023-06-30", 12)).toMatchObject({ start: "2022-07-01", end: "2023-06-30", days: 365 });
  });
});
