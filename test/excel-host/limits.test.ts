// What only Excel decides about size, busy states and protection, as Microsoft's client surfaces it.
import { createExcelHarness } from "./index";

async function errorOf(promise: Promise<unknown>): Promise<OfficeExtension.Error> {
  try {
    await promise;
  } catch (e) {
    return e as OfficeExtension.Error;
  }
  throw new Error("expected the run to fail");
}

const seed = () => ({ sheets: [{ name: "Factures", values: [["N°", "Montant"]] }, { name: "Verrouillée", values: [["x"]], protected: true }] });

describe("Excel's limits and refusals", () => {
  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const xl = createExcelHarness(seed());
    const text = "x".repeat(100);
    const rows = Array.from({ length: 60_000 }, () => [text]); // ≈ 6 MB of JSON
    const error = await errorOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Factures").getRange(`A2:A${rows.length + 1}`).values = rows;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(xl.batches[0]?.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(xl.workbook.values("Factures")).toEqual([["N°", "Montant"]]);
  });

  it("accepts the same data written in batches under the limit", async () => {
    const xl = createExcelHarness(seed());
    const rows = Array.from({ length: 60_000 }, (_, i) => [`${i}-${"x".repeat(100)}`]);
    await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Factures");
      for (const start of [0, 30_000]) {
        sheet.getRangeByIndexes(start + 1, 0, 30_000, 1).values = rows.slice(start, start + 30_000);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point
        await context.sync();
      }
    });
    expect(xl.syncCount()).toBe(2);
    expect(xl.workbook.values("Factures")[60_000]?.[0]).toBe(rows[59_999]?.[0]);
  });

  it("refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded", async () => {
    const long = "y".repeat(200);
    const xl = createExcelHarness({ sheets: [{ name: "Gros", values: Array.from({ length: 30_000 }, () => [long]) }] });
    const error = await errorOf(
      xl.Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Gros").getUsedRange(true);
        r.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("honours a configured payload limit", async () => {
    const xl = createExcelHarness(seed(), { maxPayloadBytes: 2000 });
    const error = await errorOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Factures").getRange("A2:A40").values = Array.from({ length: 39 }, () => ["z".repeat(60)]);
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("refuses to read more than 5,000,000 cells with RangeExceedsLimit", async () => {
    const xl = createExcelHarness(seed());
    const error = await errorOf(
      xl.Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Factures").getRange("A:E"); // 5 × 1,048,576 cells
        r.load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("RangeExceedsLimit");
  });

  it("fails the next batches with the requested code, then works again", async () => {
    const xl = createExcelHarness(seed());
    xl.failNext("InvalidOperationInCellEditMode", 2);
    const read = () =>
      xl.Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Factures").getRange("A1");
        r.load("values");
        await context.sync();
        return r.values;
      });
    expect((await errorOf(read())).code).toBe("InvalidOperationInCellEditMode");
    expect((await errorOf(read())).code).toBe(xl.Excel.ErrorCodes.invalidOperationInCellEditMode);
    expect(await read()).toEqual([["N°"]]);
  });

  it("refuses writes to a protected sheet and leaves its cells alone", async () => {
    const xl = createExcelHarness(seed());
    const error = await errorOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Verrouillée").getRange("A1").values = [["écrasé"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(xl.workbook.values("Verrouillée")).toEqual([["x"]]);
    const isProtected = await xl.Excel.run(async (context) => {
      const p = context.workbook.worksheets.getItem("Verrouillée").protection;
      p.load("protected");
      await context.sync();
      return p.protected;
    });
    expect(isProtected).toBe(true);
  });

  it("applies the actions before a failing one, as Excel does not roll a batch back", async () => {
    const xl = createExcelHarness(seed());
    const error = await errorOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Factures").getRange("B1").values = [["Montant TTC"]];
        context.workbook.worksheets.getItem("Absente").getRange("A1").values = [["?"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    expect(xl.workbook.values("Factures")).toEqual([["N°", "Montant TTC"]]);
  });
});
