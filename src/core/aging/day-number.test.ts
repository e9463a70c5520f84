import fc from "fast-check";
import { fromDayNumber, toDayNumber } from "../days/day";
import { isoDayNumber, isoDayReader } from "./day-number";

describe("reading ISO days in the aging engine", () => {
  it("reads every day between year 1 and 9999 like the calendar module", () => {
    fc.assert(fc.property(fc.integer({ min: toDayNumber("0001-01-01"), max: toDayNumber("9999-12-31") }), (n) => isoDayNumber(fromDayNumber(n)) === n));
  });
  it("rejects what is not a real ISO day", () => {
    for (const bad of ["2023-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "2024-1-01", "24-01-01", "2024/01/01", "2024-0a-01", "0000-01-01", ""]) {
      expect(() => isoDayNumber(bad)).toThrow(RangeError);
    }
  });
  it("reads days again and again like isoDayNumber, and still rejects a bad day after good ones", () => {
    const read = isoDayReader();
    for (const day of ["2024-02-29", "2024-02-29", "2024-03-01", "2024-02-29", "1999-12-31"]) expect(read(day)).toBe(toDayNumber(day));
    expect(() => read("2023-02-29")).toThrow(RangeError);
    expect(() => read("")).toThrow(RangeError);
  });
});
