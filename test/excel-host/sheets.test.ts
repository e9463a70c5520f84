// Worksheets, their markers and settings, the selection: what the add-in's owned-sheet logic relies on.
import { createExcelHarness } from "./index";

const seed = () => ({
  sheets: [
    { name: "Factures", values: [["N°"], ["F1"]] },
    { name: "Archives", values: [["x"]], visible: false },
  ],
  settings: { "encours.version": 1 },
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    return (e as { code: string }).code;
  }
  throw new Error("expected the run to fail");
}

describe("worksheets", () => {
  it("adds, renames, moves, hides and lists sheets", async () => {
    const xl = createExcelHarness(seed());
    const listed = await xl.Excel.run(async (context) => {
      const added = context.workbook.worksheets.add("Balance âgée");
      added.position = 0;
      added.tabColor = "#1F4E79";
      await context.sync();
      added.name = "Balance âgée (2)";
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/position");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.visibility, s.position]);
    });
    expect(listed).toEqual([
      ["Balance âgée (2)", "Visible", 0],
      ["Factures", "Visible", 1],
      ["Archives", "Hidden", 2],
    ]);
    expect(xl.workbook.requireSheet("Balance âgée (2)").tabColor).toBe("#1F4E79");
  });

  it("refuses a second sheet with the same name, whatever the case", async () => {
    const xl = createExcelHarness(seed());
    const code = await codeOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.add("FACTURES");
        await context.sync();
      }),
    );
    expect(code).toBe("ItemAlreadyExists");
  });

  it("finds a sheet by its id after it was renamed in the same run", async () => {
    const xl = createExcelHarness(seed());
    const name = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Factures");
      sheet.load("id");
      await context.sync();
      sheet.name = "Factures 2024";
      await context.sync();
      const again = context.workbook.worksheets.getItem(sheet.id);
      again.load("name");
      await context.sync();
      return again.name;
    });
    expect(name).toBe("Factures 2024");
  });

  it("marks a sheet with a custom property and finds it again by the marker", async () => {
    const xl = createExcelHarness(seed());
    await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Balance âgée");
      sheet.customProperties.add("encours.role", "balance");
      await context.sync();
    });
    const found = await xl.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const markers = sheets.items.map((s) => s.customProperties.getItemOrNullObject("encours.role"));
      markers.forEach((m) => m.load("value"));
      await context.sync();
      return sheets.items
        .map((s, i) => ({ name: s.name, marker: markers[i] }))
        .filter(({ marker }) => marker && !marker.isNullObject)
        .map(({ name, marker }) => [name, marker?.value]);
    });
    expect(found).toEqual([["Balance âgée", "balance"]]);
    expect(xl.workbook.requireSheet("Balance âgée").customProperties.get("encours.role")).toBe("balance");
  });

  it("keeps a workbook-level marker in document custom properties on a host without sheet custom properties", async () => {
    const xl = createExcelHarness(seed(), { requirementSets: { ExcelApi: "1.11" } });
    await xl.Excel.run(async (context) => {
      context.workbook.properties.custom.add("encours.sheets", '{"balance":"{id}"}');
      await context.sync();
    });
    const read = await xl.Excel.run(async (context) => {
      const marker = context.workbook.properties.custom.getItemOrNullObject("encours.sheets");
      const absent = context.workbook.properties.custom.getItemOrNullObject("absent");
      marker.load("value");
      await context.sync();
      return { value: marker.value, absent: absent.isNullObject };
    });
    expect(read).toEqual({ value: '{"balance":"{id}"}', absent: true });
    expect(xl.workbook.documentCustomProperties.get("encours.sheets")).toBe('{"balance":"{id}"}');
  });

  it("lists custom properties with their keys and values", async () => {
    const xl = createExcelHarness({ sheets: [{ name: "S", values: [], customProperties: { a: "1", b: "2" } }] });
    const items = await xl.Excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem("S").customProperties;
      props.load("items/key,items/value");
      await context.sync();
      return props.items.map((p) => [p.key, p.value]);
    });
    expect(items).toEqual([
      ["a", "1"],
      ["b", "2"],
    ]);
  });

  it("freezes the header row and records it", async () => {
    const xl = createExcelHarness(seed());
    await xl.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Factures").freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(xl.workbook.requireSheet("Factures").freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("refuses to delete or hide the last visible sheet", async () => {
    const xl = createExcelHarness(seed());
    const code = await codeOf(
      xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Factures").visibility = xl.Excel.SheetVisibility.hidden;
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
  });

  it("reads and writes workbook settings", async () => {
    const xl = createExcelHarness(seed());
    const read = await xl.Excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("encours.asOf", "2024-03-31");
      const version = settings.getItemOrNullObject("encours.version");
      const missing = settings.getItemOrNullObject("absent");
      version.load("value");
      await context.sync();
      return { version: version.value, missing: missing.isNullObject };
    });
    expect(read).toEqual({ version: 1, missing: true });
    expect(xl.workbook.settings.get("encours.asOf")).toBe("2024-03-31");
  });

  it("reports the user's selection, with several areas through getSelectedRanges", async () => {
    const xl = createExcelHarness(seed());
    xl.setSelection("Factures", ["A2:A3", "C5"]);
    const read = await xl.Excel.run(async (context) => {
      const areas = context.workbook.getSelectedRanges();
      areas.load("address,areaCount");
      areas.areas.load("items/address");
      await context.sync();
      return { address: areas.address, count: areas.areaCount, items: areas.areas.items.map((r) => r.address) };
    });
    expect(read).toEqual({ address: "Factures!A2:A3,Factures!C5", count: 2, items: ["Factures!A2:A3", "Factures!C5"] });
    const code = await codeOf(
      xl.Excel.run(async (context) => {
        const r = context.workbook.getSelectedRange();
        r.load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidSelection");
  });

  it("addresses several blocks at once with getRanges", async () => {
    const xl = createExcelHarness(seed());
    const read = await xl.Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Factures").getRanges("A1:A2, C3");
      areas.load("address,cellCount");
      await context.sync();
      return [areas.address, areas.cellCount];
    });
    expect(read).toEqual(["Factures!A1:A2,Factures!C3", 3]);
  });

  it("moves the selection when a range is selected", async () => {
    const xl = createExcelHarness(seed());
    await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Factures");
      sheet.activate();
      sheet.getRange("B4").select();
      await context.sync();
    });
    expect(xl.workbook.selection?.sheet.name).toBe("Factures");
    expect(xl.workbook.selection?.rects).toEqual([{ row: 3, col: 1, rows: 1, cols: 1 }]);
  });
});
