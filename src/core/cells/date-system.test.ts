import fc from "fast-check";
import { dayToSerial } from "./date";
import { dateSystemOf } from "./date-system";

// What Excel shows for a day in a few common formats (dd/mm/yyyy, m/d/yy, d mmm yyyy).
function shown(iso: string, style: number): string {
  const [y, m, d] = iso.split("-");
  const months = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
  if (style === 0) return `${d}/${m}/${y}`;
  if (style === 1) return `${Number(m)}/${Number(d)}/${(y ?? "").slice(2)}`;
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
}

describe("the workbook's date system, told by how its dates are shown", () => {
  it("is 1900 when Excel shows 45322 as 31/01/2024", () => {
    expect(dateSystemOf([[45322, "F-1", 1200.5]], [["31/01/2024", "F-1", "1 200,50 €"]])).toEqual({ date1904: false, votes1900: 1, votes1904: 0 });
  });

  it("is 1904 when Excel shows 45322 as 01/02/2028, four years and a day later", () => {
    expect(dateSystemOf([[45322], [45330]], [["01/02/2028"], ["9 févr. 2028"]])).toEqual({ date1904: true, votes1900: 0, votes1904: 2 });
  });

  it("ignores amounts, text, numbers shown without a day and a year, and cells too narrow to show them", () => {
    const verdict = dateSystemOf([[1015.23, "31/01/2024", 45322, 45322, 45322]], [["1 015,23 €", "31/01/2024", "janv.-24", "####", ""]]);
    expect(verdict).toEqual({ date1904: false, votes1900: 0, votes1904: 0 });
  });

  it("tells the system back for any day shown in any common format", () => {
    const day = fc.integer({ min: 1, max: 28 }).chain((d) =>
      fc.record({ y: fc.integer({ min: 1990, max: 2060 }), m: fc.integer({ min: 1, max: 12 }), d: fc.constant(d) }));
    fc.assert(fc.property(fc.array(day, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.integer({ min: 0, max: 2 }), (days, date1904, style) => {
      const isos = days.map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
      const values = isos.map((iso) => [dayToSerial(iso, date1904)]);
      const texts = isos.map((iso) => [shown(iso, style)]);
      expect(dateSystemOf(values, texts).date1904).toBe(date1904);
    }));
  });
});
