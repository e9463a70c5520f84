// Applies a sheet plan to an ExcelJS workbook: the .xlsx twin of src/excel/apply-plan.ts (same plan, same
// cells, same marker rules). Used by the CLI and to build fixtures.
//
// What is written: values, number formats (with the Text format guarding text, src/core/plan/text-guard.ts),
// styles, tables, conditional formats, frozen panes, column widths (ExcelJS widths are characters, the plan's
// unit), outline grouping (row outline levels; a collapsed group's rows are hidden), page setup and tab colour.
// Not written: charts — ExcelJS 4 cannot write charts, so they are skipped silently; their data ranges are on
// the sheet, and the add-in draws the charts when it refreshes the workbook in Excel.
//
// Ownership: the owned sheet of `plan.key` is found by its marker (src/xlsx/markers.ts), never by name. It is
// replaced by a fresh sheet at the same tab position and under its current name (the user may have renamed
// it), so nothing of the previous report survives and the same plan always gives the same sheet. A user's
// sheet that has the wanted name is never touched: ours gets " (2)".
import type ExcelJS from "exceljs";
import {
  assertPlan, blockStyleAreas, cellAddress, freeSheetName, valueAt, freeTableName, parseRange, resolveBlock,
  type CellValueRule, type ColorScalePoint, type ConditionalFormatPlan, type SheetPlan, type TableTotal,
} from "../core/plan";
import type { CellValue } from "../core/sheet";
import { findOwnedSheet, markOwnedSheet } from "./markers";
import { argb, styleCell } from "./write-style";

/** Applies `plan` to the workbook and returns the worksheet it wrote. */
export function applyPlanXlsx(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  assertPlan(plan);
  const ws = freshOwnedSheet(workbook, plan);
  writeBlocks(ws, plan);
  writeTables(workbook, ws, plan);
  plan.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));
  if (plan.freezeRows > 0 || plan.freezeColumns > 0) {
    ws.views = [{ state: "frozen", xSplit: plan.freezeColumns, ySplit: plan.freezeRows }];
  }
  plan.columnWidths.forEach((width, i) => {
    if (width !== null) ws.getColumn(i + 1).width = width;
  });
  writeRowGroups(ws, plan);
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: plan.print.orientation,
    ...(plan.print.fitToPage ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(plan.print.area ? { printArea: plan.print.area } : {}),
  };
  if (plan.tabColor) ws.properties.tabColor = { argb: argb(plan.tabColor) };
  return ws;
}

/** Applies several plans in order. */
export function applyPlansXlsx(workbook: ExcelJS.Workbook, plans: readonly SheetPlan[]): void {
  for (const plan of plans) applyPlanXlsx(workbook, plan);
}

/** ExcelJS keeps the tab position in an untyped `orderNo`. */
function orderOf(ws: ExcelJS.Worksheet): number | undefined {
  const order: unknown = (ws as unknown as { orderNo?: unknown }).orderNo;
  return typeof order === "number" ? order : undefined;
}

function setOrder(ws: ExcelJS.Worksheet, order: number): void {
  (ws as unknown as { orderNo: number }).orderNo = order;
}

function freshOwnedSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const owned = findOwnedSheet(workbook, plan.key);
  let ws: ExcelJS.Worksheet;
  if (owned) {
    const { name, id } = owned;
    const order = orderOf(owned);
    workbook.removeWorksheet(id);
    ws = workbook.addWorksheet(name);
    if (order !== undefined) setOrder(ws, order);
  } else {
    ws = workbook.addWorksheet(freeSheetName(plan.sheet, workbook.worksheets.map((w) => w.name)));
  }
  markOwnedSheet(workbook, plan.key, ws);
  return ws;
}

function writeBlocks(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    const resolved = resolveBlock(block);
    const { top, left } = resolved.range;
    for (let r = 0; r < resolved.rows; r++) {
      const row = ws.getRow(top + r);
      const values = resolved.values[r] ?? [];
      const formats = resolved.formats[r] ?? [];
      for (let c = 0; c < resolved.columns; c++) {
        const value = values[c] ?? null;
        const format = formats[c] ?? null;
        if (value === null && format === null) continue;
        const cell = row.getCell(left + c + 1);
        // A string is always stored as a string cell by ExcelJS (never a formula); the Text format keeps it
        // text when a user later edits the cell.
        cell.value = value === "" ? null : value;
        if (format !== null) cell.numFmt = format;
      }
    }
    for (const area of blockStyleAreas(block)) {
      const rect = parseRange(area.address);
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row = ws.getRow(r);
        for (let c = rect.left; c <= rect.right; c++) styleCell(row.getCell(c + 1), area.style);
      }
    }
  }
}

function tableNamesOf(workbook: ExcelJS.Workbook, except: ExcelJS.Worksheet): string[] {
  const names: string[] = [];
  for (const ws of workbook.worksheets) {
    if (ws === except) continue;
    const tables: unknown[] = ws.getTables();
    for (const t of tables) {
      const name: unknown = (t as { name?: unknown }).name;
      if (typeof name === "string") names.push(name);
    }
  }
  return names;
}

const TOTAL_FUNCTION: Record<Exclude<TableTotal, { label: string }>, string> = {
  sum: "sum", count: "count", average: "average", min: "min", max: "max",
};

function writeTables(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const table of plan.tables) {
    const rect = parseRange(table.range);
    const hasHeader = table.headerRow !== false;
    const columns: ExcelJS.TableColumnProperties[] = [];
    const labels: { column: number; label: string }[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const i = c - rect.left;
      const header = hasHeader ? String(valueAt(plan, rect.top, c) ?? "") : `Colonne${i + 1}`;
      const total = table.showTotals ? table.totals?.[i] ?? null : null;
      const column: ExcelJS.TableColumnProperties = { name: header, filterButton: hasHeader };
      if (total !== null && typeof total === "object") {
        if (i === 0) column.totalsRowLabel = total.label;
        else labels.push({ column: c, label: total.label });
      } else if (total !== null) {
        column.totalsRowFunction = TOTAL_FUNCTION[total] as ExcelJS.TableColumnProperties["totalsRowFunction"];
      }
      columns.push(column);
    }
    const rows: CellValue[][] = [];
    for (let r = rect.top + (hasHeader ? 1 : 0); r <= rect.bottom; r++) {
      const line: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const value = valueAt(plan, r, c);
        line.push(value === undefined || value === "" ? null : value);
      }
      rows.push(line);
    }
    ws.addTable({
      name: freeTableName(table.name, tableNamesOf(workbook, ws)),
      ref: cellAddress(rect.top, rect.left),
      headerRow: hasHeader,
      totalsRow: table.showTotals === true,
      style: { theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns,
      rows,
    });
    const totalsRow = ws.getRow(rect.bottom + 1);
    for (const { column, label } of labels) totalsRow.getCell(column + 1).value = label;
  }
}

const OPERATOR: Record<CellValueRule["operator"], string> = {
  greaterThan: "greaterThan", greaterThanOrEqual: "greaterThanOrEqual", lessThan: "lessThan",
  lessThanOrEqual: "lessThanOrEqual", equalTo: "equal", notEqualTo: "notEqual", between: "between",
};

const CFVO: Record<ColorScalePoint["type"], ExcelJS.CfvoTypes> = {
  lowestValue: "min", highestValue: "max", number: "num", percent: "percent", percentile: "percentile",
};

function conditionalFormat(cf: ConditionalFormatPlan, priority: number): ExcelJS.ConditionalFormattingOptions {
  const rule = cf.rule;
  const ref = cf.range;
  if (rule.kind === "dataBar") {
    // ExcelJS writes a data bar's colour (its typings omit the field).
    const dataBar: ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> } = {
      type: "dataBar", priority, gradient: false, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: argb(rule.color) },
    };
    return { ref, rules: [dataBar] };
  }
  if (rule.kind === "colorScale") {
    const points = [rule.min, ...(rule.mid ? [rule.mid] : []), rule.max];
    return {
      ref,
      rules: [{
        type: "colorScale", priority,
        cfvo: points.map((p) => (p.value === undefined ? { type: CFVO[p.type] } : { type: CFVO[p.type], value: p.value })),
        color: points.map((p) => ({ argb: argb(p.color) })),
      }],
    };
  }
  const style: Partial<ExcelJS.Style> = {};
  if (rule.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } };
  if (rule.fontColor || rule.bold) {
    style.font = { ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}), ...(rule.bold ? { bold: true } : {}) };
  }
  return {
    ref,
    rules: [{
      type: "cellIs", priority, style,
      // ExcelJS passes the operator through to the file; its typings list only four of Excel's operators.
      operator: OPERATOR[rule.operator] as ExcelJS.CellIsOperators,
      formulae: rule.values.map((v) => String(v)),
    }],
  };
}

function writeRowGroups(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  if (plan.rowGroups.length === 0) return;
  const levels = new Map<number, number>();
  for (const group of plan.rowGroups) {
    for (let r = group.startRow; r <= group.endRow; r++) levels.set(r, (levels.get(r) ?? 0) + 1);
  }
  let max = 0;
  for (const [r, level] of levels) {
    ws.getRow(r).outlineLevel = Math.min(level, 7);
    max = Math.max(max, level);
  }
  for (const group of plan.rowGroups) {
    if (!group.collapsed) continue;
    for (let r = group.startRow; r <= group.endRow; r++) ws.getRow(r).hidden = true;
  }
  ws.properties.outlineLevelRow = Math.min(max, 7);
  if (plan.rowGroupSummary === "above") ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
}
