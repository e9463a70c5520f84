// A balance-like plan exercising every part of a SheetPlan, shared by the .xlsx and Excel adapter tests.
import { emptyPlan, type SheetPlan } from "../../src/core/plan";

export const EUR = '#,##0.00 "€"';

export function balancePlan(rows = 3): SheetPlan {
  const data: (string | number | null)[][] = [["Client", "Facture", "Montant", "Jours de retard"]];
  for (let i = 0; i < rows; i++) data.push([`Client ${i}`, `F-${1000 + i}`, (i + 1) * 100.25, i * 10]);
  return {
    ...emptyPlan("balance", "Balance âgée"),
    blocks: [
      { at: "A1", values: [["Balance âgée au 31/03/2024"]], style: { bold: true, fontSize: 14 } },
      {
        at: "A3", values: data, columnFormats: [null, null, EUR, "0"],
        styles: [{ rows: [0, 0], style: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF", border: { weight: "thin" } } }],
      },
    ],
    tables: [{ name: "BalanceAgee", range: `A3:D${3 + rows}`, style: "TableStyleLight9", showTotals: true, totals: [{ label: "Total" }, null, "sum", null] }],
    conditionalFormats: [
      { range: `D4:D${3 + rows}`, rule: { kind: "cellValue", operator: "greaterThan", values: [90], fill: "#FFC7CE", fontColor: "#9C0006" } },
      { range: `C4:C${3 + rows}`, rule: { kind: "dataBar", color: "#5B9BD5" } },
    ],
    charts: [{ name: "byBucket", type: "columnStacked", data: `A3:C${3 + rows}`, title: "Encours", topLeft: "F3", bottomRight: "M20" }],
    freezeRows: 3,
    freezeColumns: 1,
    columnWidths: [28, 14, 16, null],
    rowGroups: [{ startRow: 5, endRow: 3 + rows, collapsed: true }],
    print: { orientation: "landscape", fitToPage: true, area: `A1:D${3 + rows}` },
    tabColor: "#1F4E79",
  };
}
