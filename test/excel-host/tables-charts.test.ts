// Tables and charts as the report sheets create them; the host keeps enough to assert on.
import { chartSourceAddress } from "./types/chart";
import { createExcelHarness } from "./index";

const seed = () => ({
  sheets: [
    {
      name: "Données",
      values: [
        ["Tranche", "Montant"],
        ["Non échu", 1000],
        ["0-30", 500],
        ["31-60", 250],
      ],
    },
    { name: "Saisie", values: [["Client", "Montant"], ["Dupont", 10]], tables: [{ name: "TabSaisie", address: "A1:B2" }] },
  ],
});

describe("tables", () => {
  it("creates a table with headers, style and name, and reads its parts", async () => {
    const xl = createExcelHarness(seed());
    const read = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Données");
      const table = sheet.tables.add("A1:B4", true);
      table.name = "TabBalance";
      table.style = "TableStyleLight9";
      const header = table.getHeaderRowRange();
      const body = table.getDataBodyRange();
      header.load("values");
      body.load("address");
      await context.sync();
      return { header: header.values, body: body.address };
    });
    expect(read).toEqual({ header: [["Tranche", "Montant"]], body: "Données!A2:B4" });
    const table = xl.workbook.tables.find((t) => t.name === "TabBalance");
    expect(table?.style).toBe("TableStyleLight9");
    expect(table?.sheet.name).toBe("Données");
  });

  it("appends rows to a seeded table and grows it", async () => {
    const xl = createExcelHarness(seed());
    const address = await xl.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("TabSaisie");
      table.rows.add(undefined, [
        ["Martin", 20],
        ["Durand", 30],
      ]);
      const range = table.getRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Saisie!A1:B4");
    expect(xl.workbook.values("Saisie")).toEqual([
      ["Client", "Montant"],
      ["Dupont", 10],
      ["Martin", 20],
      ["Durand", 30],
    ]);
  });

  it("refuses a table overlapping another one", async () => {
    const xl = createExcelHarness(seed());
    let code = "";
    try {
      await xl.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Saisie").tables.add("B2:C3", true);
        await context.sync();
      });
    } catch (e) {
      code = (e as { code: string }).code;
    }
    expect(code).toBe("InvalidOperation");
  });

  it("lists tables with their names", async () => {
    const xl = createExcelHarness(seed());
    const names = await xl.Excel.run(async (context) => {
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      return tables.items.map((t) => t.name);
    });
    expect(names).toEqual(["TabSaisie"]);
  });
});

describe("charts", () => {
  it("stores a chart's type, source, series, title, axis titles and position", async () => {
    const xl = createExcelHarness(seed());
    await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Données");
      const chart = sheet.charts.add(xl.Excel.ChartType.columnClustered, sheet.getRange("A1:B4"), xl.Excel.ChartSeriesBy.columns);
      chart.title.text = "Balance âgée";
      chart.axes.valueAxis.title.text = "€";
      chart.legend.visible = false;
      chart.setPosition("D2", "K18");
      await context.sync();
    });
    const chart = xl.workbook.charts[0];
    expect(chart?.chartType).toBe("ColumnClustered");
    expect(chart && chartSourceAddress(chart)).toBe("Données!A1:B4");
    expect(chart?.series.map((s) => s.name)).toEqual(["Montant"]);
    expect(chart?.props["title.text"]).toBe("Balance âgée");
    expect(chart?.props["axes.valueAxis.title.text"]).toBe("€");
    expect(chart?.props["legend.visible"]).toBe(false);
    expect(chart?.position).toEqual({ start: "D2", end: "K18" });
  });

  it("records a secondary value axis and the series plotted on it", async () => {
    const xl = createExcelHarness({
      sheets: [{ name: "Historique", values: [["Mois", "Encours", "DSO"], ["janv.", 1000, 45], ["févr.", 1200, 50]] }],
    });
    await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Historique");
      const chart = sheet.charts.add(xl.Excel.ChartType.line, sheet.getRange("A1:C3"), xl.Excel.ChartSeriesBy.columns);
      chart.series.getItemAt(1).axisGroup = xl.Excel.ChartAxisGroup.secondary;
      chart.axes.getItem(xl.Excel.ChartAxisType.value, xl.Excel.ChartAxisGroup.secondary).title.text = "Jours";
      await context.sync();
    });
    const chart = xl.workbook.charts[0];
    expect(chart?.series).toEqual([{ name: "Encours" }, { name: "DSO", axisGroup: "Secondary" }]);
    expect(chart?.props["axes.getItem(Value,Secondary).title.text"]).toBe("Jours");
  });

  it("reads back a chart's title and its series names", async () => {
    const xl = createExcelHarness(seed());
    const read = await xl.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Données");
      const chart = sheet.charts.add("Pie", sheet.getRange("A1:B4"), "Auto");
      chart.title.text = "Répartition";
      await context.sync();
      const charts = context.workbook.worksheets.getItem("Données").charts;
      charts.load("items/name");
      chart.title.load("text");
      chart.series.load("items/name");
      await context.sync();
      return { names: charts.items.map((c) => c.name), title: chart.title.text, series: chart.series.items.map((s) => s.name) };
    });
    expect(read).toEqual({ names: ["Chart 1"], title: "Répartition", series: ["Montant"] });
  });
});
