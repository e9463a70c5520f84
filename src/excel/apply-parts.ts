// Queueing the parts of a sheet plan on an Office.js worksheet: styles, tables, conditional formats, charts,
// layout. Each function only queues actions (no sync); apply-plan.ts decides the batches.
import {
  cellAddress, parseRange, valueAt,
  type BorderSpec, type CellStyle, type ChartPlan, type ChartType, type ConditionalFormatPlan, type SheetPlan,
  type TablePlan, type TableTotal,
} from "../core/plan";

/** Excel column width in characters of the default font → points (Office.js format.columnWidth is in points). */
export function charactersToPoints(characters: number): number {
  // Calibri 11: 7 px per character plus 5 px of padding; 1 px = 0.75 pt at 96 dpi.
  return Math.round(Math.trunc(characters * 7 + 5) * 0.75 * 100) / 100;
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium", thick: "Thick" } as const;

type Side = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function borderSides(spec: BorderSpec): Side[] {
  const edges = spec.edges ?? ["top", "bottom", "left", "right"];
  const sides: Side[] = [];
  if (edges.includes("top")) sides.push("EdgeTop");
  if (edges.includes("bottom")) sides.push("EdgeBottom");
  if (edges.includes("top") || edges.includes("bottom")) sides.push("InsideHorizontal");
  if (edges.includes("left")) sides.push("EdgeLeft");
  if (edges.includes("right")) sides.push("EdgeRight");
  if (edges.includes("left") || edges.includes("right")) sides.push("InsideVertical");
  return sides;
}

export function queueStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontalAlignment !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontalAlignment];
  if (style.verticalAlignment !== undefined) format.verticalAlignment = VERTICAL[style.verticalAlignment];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border !== undefined) {
    for (const side of borderSides(style.border)) {
      const border = format.borders.getItem(side);
      border.style = "Continuous";
      border.weight = WEIGHT[style.border.weight];
      border.color = style.border.color ?? "#000000";
    }
  }
}

const SUBTOTAL: Record<Exclude<TableTotal, { label: string }>, number> = { sum: 109, count: 103, average: 101, min: 105, max: 104 };

/** A column name inside a structured reference: ' [ ] # are escaped with an apostrophe. */
export function structuredColumn(name: string): string {
  return name.replace(/(['[\]#])/g, "'$1");
}

/** The totals row as Range.formulas: labels as text, functions as SUBTOTAL over the table column. */
export function totalsRow(plan: SheetPlan, table: TablePlan, tableName: string): string[] {
  const rect = parseRange(table.range);
  const out: string[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const total = table.totals?.[c - rect.left] ?? null;
    if (total === null) out.push("");
    else if (typeof total === "object") out.push(total.label);
    else {
      const header = String(valueAt(plan, rect.top, c) ?? "");
      out.push(`=SUBTOTAL(${SUBTOTAL[total]},${tableName}[${structuredColumn(header)}])`);
    }
  }
  return out;
}

export function queueTable(
  worksheet: Excel.Worksheet, plan: SheetPlan, table: TablePlan, name: string,
): void {
  const rect = parseRange(table.range);
  const added = worksheet.tables.add(table.range, table.headerRow !== false);
  added.name = name;
  added.style = table.style ?? "TableStyleMedium2";
  if (table.showTotals) {
    added.showTotals = true;
    const row = rect.bottom + 1;
    const totals = worksheet.getRange(`${cellAddress(row, rect.left)}:${cellAddress(row, rect.right)}`);
    totals.formulas = [totalsRow(plan, table, name)];
  }
}

const OPERATOR = {
  greaterThan: "GreaterThan", greaterThanOrEqual: "GreaterThanOrEqual", lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual", equalTo: "EqualTo", notEqualTo: "NotEqualTo", between: "Between",
} as const;

const CRITERION = {
  lowestValue: "LowestValue", highestValue: "HighestValue", number: "Number", percent: "Percent", percentile: "Percentile",
} as const;

export function queueConditionalFormat(worksheet: Excel.Worksheet, cf: ConditionalFormatPlan): void {
  const formats = worksheet.getRange(cf.range).conditionalFormats;
  const rule = cf.rule;
  if (rule.kind === "dataBar") {
    const added = formats.add("DataBar");
    added.dataBar.positiveFormat.fillColor = rule.color;
    added.dataBar.positiveFormat.gradientFill = false;
  } else if (rule.kind === "colorScale") {
    const added = formats.add("ColorScale");
    const point = (p: typeof rule.min): Excel.ConditionalColorScaleCriterion => ({
      type: CRITERION[p.type],
      color: p.color,
      ...(p.value !== undefined ? { formula: String(p.value) } : {}),
    });
    added.colorScale.criteria = {
      minimum: point(rule.min),
      ...(rule.mid ? { midpoint: point(rule.mid) } : {}),
      maximum: point(rule.max),
    };
  } else {
    const added = formats.add("CellValue");
    const [first, second] = rule.values;
    added.cellValue.rule = {
      operator: OPERATOR[rule.operator],
      formula1: String(first),
      ...(second !== undefined ? { formula2: String(second) } : {}),
    };
    if (rule.fill) added.cellValue.format.fill.color = rule.fill;
    if (rule.fontColor) added.cellValue.format.font.color = rule.fontColor;
    if (rule.bold) added.cellValue.format.font.bold = true;
  }
}

const CHART_TYPE = {
  columnStacked: "ColumnStacked", doughnut: "Doughnut", barClustered: "BarClustered", line: "Line",
  columnClustered: "ColumnClustered", lineMarkers: "LineMarkers",
} as const satisfies Record<ChartType, string>;

/** Series names of a chart, in Excel's order: the header row (by columns) or the label column (by rows). */
export function seriesNames(plan: SheetPlan, chart: ChartPlan): string[] {
  const rect = parseRange(chart.data);
  const out: string[] = [];
  if ((chart.seriesBy ?? "columns") === "columns") {
    for (let c = rect.left + 1; c <= rect.right; c++) out.push(String(valueAt(plan, rect.top, c) ?? ""));
  } else {
    for (let r = rect.top + 1; r <= rect.bottom; r++) out.push(String(valueAt(plan, r, rect.left) ?? ""));
  }
  return out;
}

export function queueChart(
  worksheet: Excel.Worksheet, plan: SheetPlan, chart: ChartPlan, secondaryAxis: boolean,
): void {
  const added = worksheet.charts.add(
    CHART_TYPE[chart.type], worksheet.getRange(chart.data), (chart.seriesBy ?? "columns") === "columns" ? "Columns" : "Rows",
  );
  added.name = chart.name;
  added.title.text = chart.title;
  added.setPosition(chart.topLeft, chart.bottomRight);
  if (chart.legend === "none") added.legend.visible = false;
  else {
    added.legend.visible = true;
    added.legend.position = chart.legend === "right" ? "Right" : chart.legend === "top" ? "Top" : "Bottom";
  }
  if (chart.type === "doughnut") return;
  if (chart.categoryAxisTitle) added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
  if (chart.valueAxisTitle) added.axes.valueAxis.title.text = chart.valueAxisTitle;
  const secondary = chart.secondaryAxisSeries ?? [];
  if (secondary.length > 0 && secondaryAxis) {
    const names = seriesNames(plan, chart);
    names.forEach((name, i) => {
      if (secondary.includes(name)) added.series.getItemAt(i).axisGroup = "Secondary";
    });
    if (chart.secondaryAxisTitle) added.axes.getItem("Value", "Secondary").title.text = chart.secondaryAxisTitle;
  }
}
