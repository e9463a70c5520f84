import { checkPlan, assertPlan } from "./check";
import { emptyPlan, type SheetPlan } from "./types";

function plan(over: Partial<SheetPlan>): SheetPlan {
  return { ...emptyPlan("balance", "Balance âgée"), ...over };
}

describe("plan consistency", () => {
  it("accepts a plan with a table over its block and a chart on its data", () => {
    const p = plan({
      blocks: [{ at: "A1", values: [["Mois", "Encours"], ["2024-01", 10], ["2024-02", 12]] }],
      tables: [{ name: "Encours_T", range: "A1:B3", showTotals: true, totals: [{ label: "Total" }, "sum"] }],
      charts: [{ name: "trend", type: "line", data: "A1:B3", title: "Encours", topLeft: "D1", bottomRight: "J15" }],
      freezeRows: 1,
      columnWidths: [12, null],
      rowGroups: [{ startRow: 2, endRow: 3, collapsed: true }],
      print: { orientation: "landscape", fitToPage: true, area: "A1:B3" },
      tabColor: "#1F4E79",
    });
    expect(checkPlan(p)).toEqual([]);
  });

  it("reports a ragged block", () => {
    expect(checkPlan(plan({ blocks: [{ at: "A1", values: [[1, 2], [3]] }] }))).toEqual([
      expect.stringContaining("row 1 has 1 cells"),
    ]);
  });

  it("reports number formats that do not match the values", () => {
    const problems = checkPlan(plan({ blocks: [{ at: "A1", values: [[1, 2]], numberFormats: [["0"]] }] }));
    expect(problems).toEqual([expect.stringContaining("numberFormats is not 1×2")]);
  });

  it("reports overlapping blocks and a table without text headers", () => {
    const problems = checkPlan(plan({
      blocks: [{ at: "A1", values: [[1, 2], [3, 4]] }, { at: "B2", values: [[5]] }],
      tables: [{ name: "Ventes", range: "A1:B2" }],
    }));
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining("overlaps block 0"),
      expect.stringContaining("header cell of column 0 is not a text"),
    ]));
  });

  it("reports duplicate table headers, which Excel would rename", () => {
    const problems = checkPlan(plan({
      blocks: [{ at: "A1", values: [["Client", "client"], ["x", "y"]] }],
      tables: [{ name: "Ventes", range: "A1:B2" }],
    }));
    expect(problems).toEqual([expect.stringContaining('header "client" appears twice')]);
  });

  it("reports a sheet name Excel refuses and a marker key that cannot name a marker", () => {
    const problems = checkPlan({ ...plan({}), sheet: "Balance: 2024", key: "my key" });
    expect(problems).toHaveLength(2);
  });

  it("reports a text longer than an Excel cell holds", () => {
    expect(checkPlan(plan({ blocks: [{ at: "A1", values: [["x".repeat(32_768)]] }] }))).toEqual([expect.stringContaining("32768 characters")]);
  });

  it("reports a non-finite number as a bug", () => {
    expect(() => assertPlan(plan({ blocks: [{ at: "A1", values: [[Number.NaN]] }] }))).toThrow(/NaN/);
  });
});
