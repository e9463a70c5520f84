import { createExcelHarness, type ExcelHarness } from "../excel-host";
import { runExcel } from "../../src/excel/run";
import { ExcelFailure } from "../../src/excel/failure";
import { readSheet } from "../../src/excel/read-input";

describe("the one door to Excel", () => {
  let xl: ExcelHarness;
  let restore: () => void;
  const waits: number[] = [];
  const sleep = async (ms: number): Promise<void> => {
    waits.push(ms);
  };

  beforeEach(() => {
    waits.length = 0;
    xl = createExcelHarness({ sheets: [{ name: "Factures", values: [["N°", "Montant"], ["F1", 12.5]] }] });
    restore = xl.installGlobals();
  });
  afterEach(() => restore());

  it("waits and tries again while the user is editing a cell, then succeeds", async () => {
    xl.failNext("InvalidOperationInCellEditMode", 2);
    const sheet = await readSheet("Factures", { sleep });
    expect(sheet?.values).toEqual([["N°", "Montant"], ["F1", 12.5]]);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThan(waits[0] ?? 0);
  });

  it("gives up with a French message saying what to do when the cell edit never ends", async () => {
    xl.failNext("InvalidOperationInCellEditMode", 10);
    const failure = await runExcel(async (context) => {
      const r = context.workbook.worksheets.getItem("Factures").getRange("A1");
      r.load("values");
      await context.sync();
      return r.values;
    }, { sleep, attempts: 3 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).message).toMatch(/^Excel est en train de modifier une cellule : terminez la saisie \(Entrée ou Échap\), puis relancez\. \/ Excel is editing a cell/);
    expect(waits).toHaveLength(2);
  });

  it("turns a missing sheet into a message naming it", async () => {
    const failure = await readSheet("Règlements", { sleep }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect((failure as ExcelFailure).code).toBe("ItemNotFound");
    expect((failure as ExcelFailure).fr).toContain("« Règlements »");
    expect(waits).toHaveLength(0);
  });

  it("tells the user to update Excel when the host lacks an API", async () => {
    const old = createExcelHarness({ sheets: [{ name: "A", values: [[1]] }] }, { requirementSets: { ExcelApi: "1.3" } });
    restore();
    restore = old.installGlobals();
    const failure = await runExcel(async (context) => {
      const used = context.workbook.worksheets.getItem("A").getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      return used.isNullObject;
    }, { sleep }).catch((e: unknown) => e);
    expect((failure as ExcelFailure).code).toBe("ApiNotFound");
    expect((failure as ExcelFailure).fr).toMatch(/mettez Excel à jour/);
  });
});
