import fc from "fast-check";
import { addMonths, daysBetween, endOfPreviousMonth, fromDayNumber, isIsoDay, toDayNumber } from "./day";

describe("calendar days", () => {
  it("counts 1970-01-01 as day zero and 2024-02-29 as a real day", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-02-31")).toBe(false);
  });
  it("round-trips every day between year 1 and 9999", () => {
    fc.assert(fc.property(fc.integer({ min: toDayNumber("0001-01-01"), max: toDayNumber("9999-12-31") }), (n) => toDayNumber(fromDayNumber(n)) === n));
  });
  it("measures calendar days across a leap day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
  });
  it("gives the end of the previous month as the default as-of date", () => {
    expect(endOfPreviousMonth("2026-11-22")).toBe("2026-10-31");
    expect(endOfPreviousMonth("2024-03-05")).toBe("2024-02-29");
  });
  it("clamps month arithmetic to the month's length", () => {
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-03-31", -13)).toBe("2023-02-28");
  });
});
