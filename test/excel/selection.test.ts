import { createExcelHarness, type ExcelHarness } from "../excel-host";
import { getSelectedRanges } from "../../src/excel/selection";
import { showCell, showIssue } from "../../src/excel/navigate";
import { ExcelFailure } from "../../src/excel/failure";

const balance = [
  ["Client", "Facture", "Reste dû"],
  ["Dupont", "F-1", 100],
  ["Martin", "F-2", 250.5],
  ["Durand", "F-3", 75],
  ["Petit", "F-4", 10],
];

describe("reading the selection and showing a cell", () => {
  let xl: ExcelHarness;
  let restore: () => void = () => undefined;
  afterEach(() => restore());
  const start = (sets?: Record<string, string>): void => {
    xl = createExcelHarness(
      { sheets: [{ name: "Balance âgée", values: balance }, { name: "Factures", values: [["N°"], ["F-1"]], visible: false }] },
      sets ? { requirementSets: sets } : {},
    );
    restore = xl.installGlobals();
  };

  it("gives every area of a multiple selection with its sheet, address and values", async () => {
    start();
    xl.setSelection("Balance âgée", ["A2:C2", "A4:C5"]);
    const areas = await getSelectedRanges();
    expect(areas.map((a) => [a.sheet, a.address, a.firstRow, a.values])).toEqual([
      ["Balance âgée", "A2:C2", 2, [["Dupont", "F-1", 100]]],
      ["Balance âgée", "A4:C5", 4, [["Durand", "F-3", 75], ["Petit", "F-4", 10]]],
    ]);
    expect(xl.syncCount()).toBe(2);
  });

  it("reads only the used part of whole rows selected", async () => {
    start();
    xl.setSelection("Balance âgée", ["3:4"]);
    const [area] = await getSelectedRanges();
    expect(area?.values).toEqual([["Martin", "F-2", 250.5], ["Durand", "F-3", 75]]);
    expect(area?.firstColumn).toBe(0);
  });

  it("gives an empty area when the selection is outside the data", async () => {
    start();
    xl.setSelection("Balance âgée", ["F10:G12"]);
    const [area] = await getSelectedRanges();
    expect(area).toMatchObject({ address: "F10:G12", values: [], firstRow: 10 });
  });

  it("reads the single selected range on hosts without multiple selections (ExcelApi 1.8)", async () => {
    start({ ExcelApi: "1.8" });
    xl.setSelection("Balance âgée", ["B3:C3"]);
    const areas = await getSelectedRanges();
    expect(areas.map((a) => a.values)).toEqual([[["F-2", 250.5]]]);
  });

  it("shows a data problem by activating its sheet, even hidden, and selecting its cell", async () => {
    start();
    await showIssue({ sheet: "Factures", row: 2, cell: "A2" });
    expect(xl.workbook.activeSheet?.name).toBe("Factures");
    expect(xl.workbook.requireSheet("Factures").visibility).toBe("Visible");
    expect(xl.workbook.selection?.rects).toEqual([{ row: 1, col: 0, rows: 1, cols: 1 }]);
  });

  it("selects the whole row when the problem has no cell", async () => {
    start();
    await showIssue({ sheet: "Balance âgée", row: 4, cell: null });
    expect(xl.workbook.selection?.rects[0]).toMatchObject({ row: 3, rows: 1 });
  });

  it("says which sheet is missing when it was deleted meanwhile", async () => {
    start();
    const failure = await showCell("Règlements", "B2").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).fr).toContain("« Règlements »");
  });
});
