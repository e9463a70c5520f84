// The emulated host answers Microsoft's own client: these tests drive Excel.run as an add-in would and
// check what Microsoft's library does with our answers.
import { createExcelHarness, type ExcelHarness } from "./index";

const facturesSeed = () => ({
  sheets: [
    {
      name: "Factures",
      values: [
        ["N°", "Client", "Montant", "Échéance"],
        ["F-001", "Dupont SA", 1200.5, 45322],
        ["F-002", "Martin SARL", 800, 45350],
      ],
    },
  ],
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error("expected the run to fail");
}

describe("emulated Excel host behind Microsoft's client", () => {
  let xl: ExcelHarness;
  beforeEach(() => {
    xl = createExcelHarness(facturesSeed());
  });

  it("returns the seeded values of the used range through Excel.run", async () => {
    const values = await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Factures").getUsedRange(true);
      r.load("values");
      await context.sync();
      return r.values;
    });
    expect(values).toEqual(facturesSeed().sheets[0]?.values);
  });

  it("lets Microsoft's client raise PropertyNotLoaded when a value is read before sync", async () => {
    let caught: unknown;
    await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Factures").getUsedRange(true);
      r.load("values");
      try {
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- reading before sync is the point of this test
        void r.values;
      } catch (e) {
        caught = e;
      }
      await context.sync();
    });
    expect(caught).toBeInstanceOf(xl.OfficeExtension.Error);
    expect((caught as OfficeExtension.Error).code).toBe(xl.OfficeExtension.ErrorCodes.propertyNotLoaded);
  });

  it("records each batch with its request and response sizes, the cleanup batch apart", async () => {
    await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Factures").getRange("A1:D3");
      r.load("values");
      await context.sync();
      r.getCell(0, 0).values = [["Numéro"]];
      await context.sync();
    });
    expect(xl.syncCount()).toBe(2);
    expect(xl.batches.filter((b) => b.cleanup)).toHaveLength(1);
    const first = xl.batches[0];
    expect(first?.requestBytes).toBeGreaterThan(0);
    expect(first?.responseBytes).toBeGreaterThan(JSON.stringify(facturesSeed().sheets[0]?.values).length);
    expect(xl.workbook.values("Factures")[0]?.[0]).toBe("Numéro");
    xl.resetStats();
    expect(xl.syncCount()).toBe(0);
  });

  it("answers ItemNotFound for a missing sheet and a null object for getItemOrNullObject", async () => {
    expect(
      await codeOf(
        xl.Excel.run(async (context) => {
          const s = context.workbook.worksheets.getItem("Absente");
          s.load("name");
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    const isNull = await xl.Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItemOrNullObject("Absente");
      await context.sync();
      return s.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it("rejects a 2-D array whose size differs from the range with InvalidArgument", async () => {
    const code = await codeOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Factures").getRange("A1:B2").values = [["a", "b", "c"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("stores text starting with = written as a value as a formula", async () => {
    const read = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Factures");
      sheet.getRange("C4").values = [["=SUM(C2:C3)"]];
      const cell = sheet.getRange("C4");
      cell.load("values,formulas");
      await context.sync();
      return { values: cell.values, formulas: cell.formulas };
    });
    expect(read.formulas).toEqual([["=SUM(C2:C3)"]]);
    expect(read.values).toEqual([[2000.5]]);
  });

  it("invalidates a range used in a later run without trackedObjects, as Microsoft's client does", async () => {
    const range = await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Factures").getRange("A1");
      r.load("address");
      await context.sync();
      return r;
    });
    const code = await codeOf(
      xl.Excel.run(range, async (context) => {
        range.load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidObjectPath");
  });

  it("keeps a range tracked with trackedObjects usable in a later run", async () => {
    const range = await xl.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Factures").getRange("B2:C3");
      context.trackedObjects.add(r);
      await context.sync();
      return r;
    });
    const values = await xl.Excel.run(range, async (context) => {
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([
      ["Dupont SA", 1200.5],
      ["Martin SARL", 800],
    ]);
  });

  it("answers ApiNotFound for worksheet events, which the host never raises", async () => {
    const code = await codeOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Factures").onChanged.add(async () => undefined);
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  it("answers ApiNotFound for worksheet custom properties on a host limited to ExcelApi 1.11", async () => {
    const old = createExcelHarness(facturesSeed(), { requirementSets: { ExcelApi: "1.11" } });
    expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(false);
    const code = await codeOf(
      old.Excel.run(async (context) => {
        const props = context.workbook.worksheets.getItem("Factures").customProperties;
        props.load("items");
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });
});
