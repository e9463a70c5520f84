import fc from "fast-check";
import { dayNumberOf, fromDayNumber } from "../days/day";
import { dayToSerial, decideDateOrder, parseDateValue, serialToDay, type DateContext, type DateParse } from "./date";

const FR: DateContext = { date1904: false, order: "dmy" };
const US: DateContext = { date1904: false, order: "mdy" };

function day(result: DateParse): string {
  return result.ok ? result.day : result.code;
}

describe("Excel serials in the 1900 system", () => {
  it("maps the first serials the way Excel shows them", () => {
    expect(serialToDay(1, false)).toBe("1900-01-01");
    expect(serialToDay(59, false)).toBe("1900-02-28");
    expect(serialToDay(61, false)).toBe("1900-03-01");
    expect(serialToDay(45322, false)).toBe("2024-01-31");
    expect(serialToDay(2958465, false)).toBe("9999-12-31");
  });

  it("drops the time of day", () => {
    expect(serialToDay(45322.75, false)).toBe("2024-01-31");
  });

  it("refuses the fictitious 29 February 1900 with its own code", () => {
    expect(serialToDay(60, false)).toBeNull();
    expect(day(parseDateValue(60, FR))).toBe("date.fictitious-1900-02-29");
    expect(day(parseDateValue(60.5, FR))).toBe("date.fictitious-1900-02-29");
  });

  it("refuses serials before 1900-01-01 and after 9999-12-31", () => {
    expect(serialToDay(0, false)).toBeNull();
    expect(serialToDay(0.5, false)).toBeNull();
    expect(serialToDay(-3, false)).toBeNull();
    expect(serialToDay(2958466, false)).toBeNull();
    expect(day(parseDateValue(0, FR))).toBe("date.out-of-range");
    expect(day(parseDateValue(2958466, FR))).toBe("date.out-of-range");
    expect(day(parseDateValue(Number.NaN, FR))).toBe("date.out-of-range");
  });

  it("turns days back into serials", () => {
    expect(dayToSerial("1900-01-01", false)).toBe(1);
    expect(dayToSerial("1900-02-28", false)).toBe(59);
    expect(dayToSerial("1900-03-01", false)).toBe(61);
    expect(() => dayToSerial("1899-12-31", false)).toThrow(RangeError);
  });
});

describe("Excel serials in the 1904 system", () => {
  it("counts from 1904-01-01 = 0", () => {
    expect(serialToDay(0, true)).toBe("1904-01-01");
    expect(serialToDay(43860, true)).toBe("2024-01-31");
    expect(serialToDay(-1, true)).toBeNull();
    expect(serialToDay(2957004, true)).toBeNull();
    expect(dayToSerial("9999-12-31", true)).toBe(2957003);
    expect(day(parseDateValue(43860, { date1904: true, order: "dmy" }))).toBe("2024-01-31");
  });

  it("differs from the 1900 system by 1462 days", () => {
    expect(dayToSerial("2024-01-31", false) - dayToSerial("2024-01-31", true)).toBe(1462);
  });
});

describe("round trips between days and serials", () => {
  const first = dayNumberOf(1900, 3, 1);
  const last = dayNumberOf(9999, 12, 31);
  it("gives back the same day for any day from 1900-03-01 to 9999-12-31, in both systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.boolean(), (dn, date1904) => {
        const iso = fromDayNumber(dn);
        if (date1904 && iso < "1904-01-01") return true;
        return serialToDay(dayToSerial(iso, date1904), date1904) === iso;
      }),
      { numRuns: 5000 },
    );
  });
});

describe("dates typed as text", () => {
  it.each([
    ["31/01/2024", "2024-01-31"],
    ["1/2/2024", "2024-02-01"],
    ["31-01-2024", "2024-01-31"],
    ["31.01.2024", "2024-01-31"],
    ["31 01 2024", "2024-01-31"],
    ["31/01/24", "2024-01-31"],
    ["31/01/2024 00:00", "2024-01-31"],
    ["2024-01-31", "2024-01-31"],
    ["2024-01-31T00:00:00", "2024-01-31"],
    ["2024-01-31T23:10:00Z", "2024-01-31"],
    ["2024-01-31 00:00", "2024-01-31"],
    ["2024/1/5", "2024-01-05"],
    ["20240131", "2024-01-31"],
    ["12-Jan-24", "2024-01-12"],
    ["12-janv.-2024", "2024-01-12"],
    ["12 janv. 2024", "2024-01-12"],
    ["12 January 2024", "2024-01-12"],
    ["1er mars 2024", "2024-03-01"],
    ["5 févr. 2024", "2024-02-05"],
    ["5 fevr 2024", "2024-02-05"],
    ["15 août 2024", "2024-08-15"],
    ["15 aout 2024", "2024-08-15"],
    ["3 déc. 2024", "2024-12-03"],
    ["3 sept. 2024", "2024-09-03"],
    ["3 juil. 2024", "2024-07-03"],
    ["3 avr 24", "2024-04-03"],
    ["3 mai 2024", "2024-05-03"],
    ["January 12, 2024", "2024-01-12"],
    ["Mar 12, 2024", "2024-03-12"],
    ["lundi 12 février 2024", "2024-02-12"],
    ["Mon, 12 Feb 2024", "2024-02-12"],
    ["  31/01/2024\u00A0", "2024-01-31"],
  ])("reads %j as %s (day first)", (text, expected) => {
    expect(day(parseDateValue(text, FR))).toBe(expected);
  });

  it("reads two-digit years 00–69 as 20xx and 70–99 as 19xx", () => {
    expect(day(parseDateValue("01/02/00", FR))).toBe("2000-02-01");
    expect(day(parseDateValue("01/02/69", FR))).toBe("2069-02-01");
    expect(day(parseDateValue("01/02/70", FR))).toBe("1970-02-01");
    expect(day(parseDateValue("01/02/99", FR))).toBe("1999-02-01");
  });

  it("reads month first when the column is mm/dd", () => {
    expect(day(parseDateValue("02/01/2024", US))).toBe("2024-02-01");
    expect(day(parseDateValue("12/31/2024", US))).toBe("2024-12-31");
    expect(day(parseDateValue("31/12/2024", US))).toBe("date.impossible");
  });

  it.each([
    ["31/02/2024", "date.impossible"],
    ["29/02/2023", "date.impossible"],
    ["2024-13-01", "date.impossible"],
    ["00/01/2024", "date.impossible"],
    ["31 févr. 2024", "date.impossible"],
    ["31/01/1899", "date.out-of-range"],
    ["hier", "date.unreadable"],
    ["31/01", "date.unreadable"],
    ["31/01-2024", "date.unreadable"],
    ["31/01/202", "date.unreadable"],
    ["12 foo 2024", "date.unreadable"],
    ["#N/A", "date.error-value"],
    ["#VALUE!", "date.error-value"],
    ["", "date.empty"],
  ])("refuses %j with %s", (text, code) => {
    expect(day(parseDateValue(text, FR))).toBe(code);
  });

  it("refuses booleans and empty cells", () => {
    expect(day(parseDateValue(false, FR))).toBe("date.boolean");
    expect(day(parseDateValue(null, FR))).toBe("date.empty");
  });

  it("accepts leap days that exist", () => {
    expect(day(parseDateValue("29/02/2024", FR))).toBe("2024-02-29");
  });

  it("reads back any real day written dd/mm/yyyy, with any separator, padded or not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf(1900, 1, 1), max: dayNumberOf(9999, 12, 31) }),
        fc.constantFrom("/", "-", ".", " "),
        fc.boolean(),
        (dn, sep, padded) => {
          const iso = fromDayNumber(dn);
          const [y = "", m = "", d = ""] = iso.split("-");
          const [dd, mm] = padded ? [d, m] : [String(Number(d)), String(Number(m))];
          return day(parseDateValue(`${dd}${sep}${mm}${sep}${y}`, FR)) === iso;
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("deciding dd/mm against mm/dd for a column", () => {
  it("decides day first when some first part exceeds 12", () => {
    expect(decideDateOrder(["01/02/2024", "25/02/2024"], "en")).toBe("dmy");
  });
  it("decides month first when some second part exceeds 12", () => {
    expect(decideDateOrder(["01/02/2024", "02/25/2024", 45000, "2024-01-31"], "fr")).toBe("mdy");
  });
  it("lets the locale decide without evidence", () => {
    expect(decideDateOrder(["01/02/2024", "03/04/2024"], "fr")).toBe("dmy");
    expect(decideDateOrder(["01/02/2024"], "en")).toBe("mdy");
  });
});
