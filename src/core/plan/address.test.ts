import fc from "fast-check";
import { cellAddress, parseCell, parseRange, quoteSheetName, rangeAddress, splitSheetAddress } from "./address";

describe("A1 addressing", () => {
  it("reads and writes cells at the corners of the grid", () => {
    expect(parseCell("A1")).toEqual({ row: 1, column: 0 });
    expect(parseCell("$XFD$1048576")).toEqual({ row: 1048576, column: 16383 });
    expect(cellAddress(12, 27)).toBe("AB12");
  });

  it("round-trips any cell address", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 0, max: 16383 }), (row, column) => {
      expect(parseCell(cellAddress(row, column))).toEqual({ row, column });
    }));
  });

  it("normalises a range whose corners are given in any order", () => {
    expect(rangeAddress(parseRange("C4:A1"))).toBe("A1:C4");
    expect(rangeAddress(parseRange("B2"))).toBe("B2:B2");
  });

  it("refuses addresses outside the sheet", () => {
    expect(() => parseCell("A0")).toThrow(RangeError);
    expect(() => parseCell("XFE1")).toThrow(RangeError);
    expect(() => parseCell("A1048577")).toThrow(RangeError);
  });

  it("quotes sheet names for references and reads them back", () => {
    for (const name of ["Balance âgée", "L'année", "Sheet1", "A1", "Tableau de bord"]) {
      const ref = `${quoteSheetName(name)}!$A$1`;
      expect(splitSheetAddress(ref)).toEqual({ sheet: name, address: "$A$1" });
    }
    expect(quoteSheetName("Factures")).toBe("Factures");
    expect(quoteSheetName("L'année")).toBe("'L''année'");
  });
});
