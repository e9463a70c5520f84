// Page layout (fit to page, print area) and defined names: what the refresh and the owned-sheet markers of an
// .xlsx written by Encours rely on.
import { createExcelHarness } from "./index";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error("expected the run to fail");
}

describe("page layout", () => {
  it("fits the sheet to one page wide and sets its print area", async () => {
    const xl = createExcelHarness({ sheets: [{ name: "Tableau de bord", values: [["x"]] }] });
    const zoom = await xl.Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Tableau de bord").pageLayout;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea("A1:P60");
      layout.load("zoom");
      await context.sync();
      return layout.zoom;
    });
    expect(zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(xl.workbook.requireSheet("Tableau de bord").pageLayoutProps.printArea).toBe("A1:P60");
  });

  it("refuses a print scale outside 10–400 %", async () => {
    const xl = createExcelHarness({ sheets: [{ name: "S", values: [["x"]] }] });
    const code = await codeOf(xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").pageLayout.zoom = { scale: 5 };
      await context.sync();
    }));
    expect(code).toBe("InvalidArgument");
  });

  it("does not know page layout before ExcelApi 1.9", async () => {
    const xl = createExcelHarness({ sheets: [{ name: "S", values: [["x"]] }] }, { requirementSets: { ExcelApi: "1.8" } });
    const code = await codeOf(xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").pageLayout.setPrintArea("A1:B2");
      await context.sync();
    }));
    expect(code).toBe("ApiNotFound");
  });
});

describe("defined names", () => {
  it("lists names with their formula, following a renamed sheet and turning to #REF! for a deleted one", async () => {
    const xl = createExcelHarness({
      sheets: [{ name: "Balance âgée", values: [["x"]] }, { name: "Historique", values: [["y"]] }, { name: "Autre", values: [["z"]] }],
      names: [{ name: "_EncoursSheet_balance", refersTo: "='Balance âgée'!$A$1" }, { name: "_EncoursSheet_history", refersTo: "=Historique!$A$1" }, { name: "Taux", refersTo: "=0.2" }],
    });
    const listed = await xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Balance âgée").name = "Balance 2025";
      context.workbook.worksheets.getItem("Historique").delete();
      const names = context.workbook.names;
      names.load("items/name,items/type,items/formula,items/value");
      await context.sync();
      return names.items.map((n) => [n.name, n.type, n.formula, n.value]);
    });
    expect(listed).toEqual([
      ["_EncoursSheet_balance", "Range", "='Balance 2025'!$A$1", "'Balance 2025'!$A$1"],
      ["_EncoursSheet_history", "Error", "=#REF!", "#REF!"],
      ["Taux", "Double", "=0.2", "0.2"],
    ]);
  });

  it("adds a name for a range and refuses a second one of the same name", async () => {
    const xl = createExcelHarness({ sheets: [{ name: "S", values: [["x"]] }] });
    await xl.Excel.run(async (context) => {
      context.workbook.names.add("_EncoursSheet_journal", context.workbook.worksheets.getItem("S").getRange("A1"));
      await context.sync();
    });
    expect(xl.workbook.names.map((n) => n.name)).toEqual(["_EncoursSheet_journal"]);
    const code = await codeOf(xl.Excel.run(async (context) => {
      context.workbook.names.add("_encourssheet_JOURNAL", "=S!$B$2");
      await context.sync();
    }));
    expect(code).toBe("ItemAlreadyExists");
  });
});
