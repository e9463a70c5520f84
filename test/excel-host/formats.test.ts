// Formatting the report sheets: fonts, fills, widths, conditional formats, outline groups, page layout.
import { createExcelHarness } from "./index";

const seed = () => ({
  sheets: [
    {
      name: "Rapport",
      values: [
        ["Client", "Montant"],
        ["Dupont SA", 1200],
        ["Établissements Martin et Fils", 800],
      ],
    },
  ],
});

describe("formats", () => {
  it("stores font, fill, alignment and wrap on a range and reads them back", async () => {
    const xl = createExcelHarness(seed());
    const read = await xl.Excel.run(async (context) => {
      const header = context.workbook.worksheets.getItem("Rapport").getRange("A1:B1");
      header.format.font.bold = true;
      header.format.font.color = "#FFFFFF";
      header.format.fill.color = "#1F4E79";
      header.format.horizontalAlignment = xl.Excel.HorizontalAlignment.center;
      header.format.wrapText = true;
      header.load("format/horizontalAlignment,format/wrapText,format/font/bold,format/font/color,format/fill/color");
      await context.sync();
      return {
        bold: header.format.font.bold,
        color: header.format.font.color,
        fill: header.format.fill.color,
        align: header.format.horizontalAlignment,
        wrap: header.format.wrapText,
      };
    });
    expect(read).toEqual({ bold: true, color: "#FFFFFF", fill: "#1F4E79", align: "Center", wrap: true });
  });

  it("stores borders per side", async () => {
    const xl = createExcelHarness(seed());
    const read = await xl.Excel.run(async (context) => {
      const total = context.workbook.worksheets.getItem("Rapport").getRange("A3:B3");
      const bottom = total.format.borders.getItem(xl.Excel.BorderIndex.edgeBottom);
      bottom.style = xl.Excel.BorderLineStyle.continuous;
      bottom.weight = xl.Excel.BorderWeight.medium;
      bottom.color = "#000000";
      bottom.load("style,weight,color");
      await context.sync();
      return [bottom.style, bottom.weight, bottom.color];
    });
    expect(read).toEqual(["Continuous", "Medium", "#000000"]);
  });

  it("answers null for a format that differs across the range, as Excel does", async () => {
    const xl = createExcelHarness(seed());
    const bold = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rapport");
      sheet.getRange("A1").format.font.bold = true;
      const both = sheet.getRange("A1:B1");
      both.load("format/font/bold");
      await context.sync();
      return both.format.font.bold;
    });
    expect(bold).toBeNull();
  });

  it("sets column widths and autofits them to the longest text", async () => {
    const xl = createExcelHarness(seed());
    const widths = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rapport");
      sheet.getRange("B:B").format.columnWidth = 90;
      sheet.getRange("A:A").format.autofitColumns();
      const a = sheet.getRange("A1");
      const b = sheet.getRange("B1");
      a.load("format/columnWidth");
      b.load("format/columnWidth");
      await context.sync();
      return [a.format.columnWidth, b.format.columnWidth];
    });
    expect(widths[1]).toBe(90);
    expect(widths[0]).toBeGreaterThan(90); // "Établissements Martin et Fils" is long
    const sheet = xl.workbook.requireSheet("Rapport");
    expect(sheet.autofittedColumns.has(0)).toBe(true);
  });

  it("stores conditional formats with their rule and format", async () => {
    const xl = createExcelHarness(seed());
    await xl.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Rapport").getRange("B2:B3");
      const cf = range.conditionalFormats.add(xl.Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=$B2>1000";
      cf.custom.format.fill.color = "#F8CBAD";
      cf.custom.format.font.color = "#9C0006";
      await context.sync();
    });
    const [cf] = xl.workbook.requireSheet("Rapport").conditionalFormats;
    expect(cf?.type).toBe("Custom");
    expect(cf?.rect).toEqual({ row: 1, col: 1, rows: 2, cols: 1 });
    expect(cf?.props).toEqual({
      "custom.rule.formula": "=$B2>1000",
      "custom.format.fill.color": "#F8CBAD",
      "custom.format.font.color": "#9C0006",
    });
  });

  it("groups rows for the outline and shows the requested levels", async () => {
    const xl = createExcelHarness(seed());
    await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rapport");
      sheet.getRange("2:3").group(xl.Excel.GroupOption.byRows);
      sheet.showOutlineLevels(1, 0);
      sheet.getRange("2:3").hideGroupDetails(xl.Excel.GroupOption.byRows);
      await context.sync();
    });
    const sheet = xl.workbook.requireSheet("Rapport");
    expect(sheet.outline).toEqual([{ by: "ByRows", start: 1, end: 2 }]);
    expect(sheet.outlineLevels).toEqual({ rows: 1, columns: 0 });
    expect([...sheet.hiddenRows]).toEqual([1, 2]);
  });

  it("answers ApiNotFound for outline groups on a host below ExcelApi 1.10", async () => {
    const xl = createExcelHarness(seed(), { requirementSets: { ExcelApi: "1.9" } });
    let code = "";
    try {
      await xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Rapport").getRange("2:3").group("ByRows");
        await context.sync();
      });
    } catch (e) {
      code = (e as { code: string }).code;
    }
    expect(code).toBe("ApiNotFound");
  });

  it("sets the page orientation", async () => {
    const xl = createExcelHarness(seed());
    await xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Rapport").pageLayout.orientation = xl.Excel.PageOrientation.landscape;
      await context.sync();
    });
    expect(xl.workbook.requireSheet("Rapport").pageOrientation).toBe("Landscape");
  });
});
