// How the host stores and shows what is written to cells, the way Excel interprets typed input.
import { createExcelHarness, Formula } from "./index";

const xlWith = (values: (string | number | boolean)[][] = [["a"]], name = "Feuil1") => createExcelHarness({ sheets: [{ name, values }] });

describe("cells", () => {
  it("shows numbers and date serials through their number format in text", async () => {
    const xl = xlWith();
    const text = await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Feuil1").getRange("A2:C2");
      r.values = [[1234.5, 45322, 0.125]];
      r.numberFormat = [["#,##0.00", "dd/mm/yyyy", "0.0%"]];
      r.load("text,values,numberFormat");
      await context.sync();
      return { text: r.text, values: r.values, formats: r.numberFormat };
    });
    expect(text.text).toEqual([["1,234.50", "31/01/2024", "12.5%"]]);
    expect(text.values).toEqual([[1234.5, 45322, 0.125]]);
    expect(text.formats).toEqual([["#,##0.00", "dd/mm/yyyy", "0.0%"]]);
  });

  it("reads General for cells without a number format", async () => {
    const xl = xlWith([["x", 2]]);
    const formats = await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1");
      r.load("numberFormat");
      await context.sync();
      return r.numberFormat;
    });
    expect(formats).toEqual([["General", "General"]]);
  });

  it("turns numeric text into a number unless the cell is formatted as text", async () => {
    const xl = xlWith();
    const values = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Feuil1");
      sheet.getRange("A2").values = [["00123"]];
      const asText = sheet.getRange("B2");
      asText.numberFormat = [["@"]];
      asText.values = [["00123"]];
      const r = sheet.getRange("A2:B2");
      r.load("values,valueTypes");
      await context.sync();
      return { values: r.values, types: r.valueTypes };
    });
    expect(values.values).toEqual([[123, "00123"]]);
    expect(values.types).toEqual([["Double", "String"]]);
  });

  it("keeps text after a leading apostrophe and makes +/-/= text a formula", async () => {
    const xl = xlWith();
    const read = await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Feuil1").getRange("A2:D2");
      r.values = [["'=A1", "-Remise", "=A1", "-12.5"]];
      r.load("values,formulas");
      await context.sync();
      return { values: r.values, formulas: r.formulas };
    });
    expect(read.values).toEqual([["=A1", "#NAME?", "a", -12.5]]);
    expect(read.formulas).toEqual([["=A1", "=-Remise", "=A1", -12.5]]);
    expect(xl.workbook.requireSheet("Feuil1").stored(1, 2)).toBeInstanceOf(Formula);
  });

  it("leaves a cell unchanged where the written array holds null", async () => {
    const xl = xlWith([["garde", "remplace"]]);
    await xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Feuil1").getRange("A1:B1").values = [[null as unknown as string, "nouveau"]];
      await context.sync();
    });
    expect(xl.workbook.values("Feuil1")).toEqual([["garde", "nouveau"]]);
  });

  it("recomputes a formula from the cells it reads", async () => {
    const xl = xlWith([[10], [20]]);
    const read = async () =>
      xl.Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Feuil1").getRange("A3");
        r.load("values");
        await context.sync();
        return r.values[0]?.[0];
      });
    await xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Feuil1").getRange("A3").formulas = [["=SUM(A1:A2)*2"]];
      await context.sync();
    });
    expect(await read()).toBe(60);
    await xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Feuil1").getRange("A1").values = [[15]];
      await context.sync();
    });
    expect(await read()).toBe(70);
  });

  it("quotes sheet names that need it in addresses", async () => {
    const xl = xlWith([["x"]], "Balance âgée");
    const address = await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Balance âgée").getRange("B2:C3");
      r.load("address,rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      return [r.address, r.rowIndex, r.columnIndex, r.rowCount, r.columnCount];
    });
    expect(address).toEqual(["'Balance âgée'!B2:C3", 1, 1, 2, 2]);
  });

  it("navigates ranges like Excel: cell, offset, resize, entire row and column, used range", async () => {
    const xl = xlWith([["a", "b"], ["c", "d"], ["e", "f"]]);
    const addresses = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Feuil1");
      const base = sheet.getRange("A1:B2");
      const list = [
        base.getCell(1, 1),
        base.getOffsetRange(1, 0),
        base.getResizedRange(1, 1),
        base.getEntireRow(),
        base.getEntireColumn(),
        sheet.getRangeByIndexes(4, 2, 2, 3),
        sheet.getUsedRange(),
        base.getLastRow(),
        base.getRowsBelow(2),
      ];
      list.forEach((r) => r.load("address"));
      await context.sync();
      return list.map((r) => r.address);
    });
    expect(addresses).toEqual([
      "Feuil1!B2",
      "Feuil1!A2:B3",
      "Feuil1!A1:C3",
      "Feuil1!1:2",
      "Feuil1!A:B",
      "Feuil1!C5:E6",
      "Feuil1!A1:B3",
      "Feuil1!A2:B2",
      "Feuil1!A3:B4",
    ]);
  });

  it("answers a null object for the used range of a blank sheet, and A1 for getUsedRange", async () => {
    const xl = createExcelHarness({ sheets: [{ name: "Vide", values: [] }] });
    const read = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Vide");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      const used = sheet.getUsedRange();
      used.load("address");
      await context.sync();
      return { isNull: orNull.isNullObject, address: used.address };
    });
    expect(read).toEqual({ isNull: true, address: "Vide!A1" });
  });

  it("clears contents or formats, and deletes rows shifting the cells below up", async () => {
    const xl = xlWith([["h"], ["1"], ["2"], ["3"]]);
    await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Feuil1");
      sheet.getRange("A2").numberFormat = [["0.00"]];
      sheet.getRange("A2").clear(xl.Excel.ClearApplyTo.contents);
      sheet.getRange("3:3").delete(xl.Excel.DeleteShiftDirection.up);
      await context.sync();
    });
    const sheet = xl.workbook.requireSheet("Feuil1");
    expect(xl.workbook.values("Feuil1")).toEqual([["h"], [""], ["3"]]);
    expect(sheet.numberFormat(1, 0)).toBe("0.00");
  });
});
