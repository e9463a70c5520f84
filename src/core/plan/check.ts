// Consistency of a plan. A problem here is a bug in the code that built the plan (never bad user data):
// plan builders' tests call checkPlan, and both adapters call assertPlan before touching a workbook.
import {
  MAX_COLUMNS, MAX_ROWS, parseCell, parseRange, rangeContains, rangesOverlap, rectAt, type RangeRef,
} from "./address";
import type { Block, CellStyle, SheetPlan } from "./types";

const COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;
const MARKER_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** True when Excel accepts `name` as a worksheet name. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !SHEET_NAME_FORBIDDEN.test(name) &&
    !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

/** The problems of a plan, in English (for developers), empty when the plan is consistent. */
export function checkPlan(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const at = (what: string, fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      problems.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  if (!MARKER_KEY.test(plan.key)) problems.push(`key "${plan.key}" must be letters, digits and _ (starting with a letter)`);
  if (!isValidSheetName(plan.sheet)) problems.push(`sheet name "${plan.sheet}" is not a valid Excel sheet name`);

  const blockRects: RangeRef[] = [];
  plan.blocks.forEach((block, i) => at(`block ${i} at ${block.at}`, () => {
    const rect = checkBlock(block, problems, `block ${i} at ${block.at}`);
    if (!rect) return;
    blockRects.forEach((other, j) => {
      if (rangesOverlap(rect, other)) problems.push(`block ${i} overlaps block ${j}`);
    });
    blockRects.push(rect);
  }));

  const tableRects: RangeRef[] = [];
  plan.tables.forEach((table, i) => at(`table ${table.name}`, () => {
    if (!TABLE_NAME.test(table.name) || /^[A-Za-z]{1,3}\d+$/.test(table.name) || /^[RrCc]$/.test(table.name)) {
      problems.push(`table name "${table.name}" is not a valid Excel table name`);
    }
    if (plan.tables.findIndex((t) => t.name.toLowerCase() === table.name.toLowerCase()) !== i) {
      problems.push(`table name "${table.name}" is used twice`);
    }
    const rect = parseRange(table.range);
    if (tableRects.some((other) => rangesOverlap(rect, other))) problems.push(`table ${table.name} overlaps another table`);
    tableRects.push(rect);
    const width = rect.right - rect.left + 1;
    if (table.totals && table.totals.length !== width) problems.push(`table ${table.name}: ${table.totals.length} totals for ${width} columns`);
    if (table.headerRow !== false) checkHeaders(plan, rect, table.name, problems);
  }));

  plan.conditionalFormats.forEach((cf, i) => at(`conditional format ${i}`, () => {
    parseRange(cf.range);
    const rule = cf.rule;
    if (rule.kind === "cellValue") {
      if ((rule.operator === "between") !== (rule.values.length === 2)) problems.push(`conditional format ${i}: "between" takes two values, others one`);
      checkColor(rule.fill, `conditional format ${i} fill`, problems);
      checkColor(rule.fontColor, `conditional format ${i} font colour`, problems);
    } else if (rule.kind === "dataBar") {
      checkColor(rule.color, `conditional format ${i} bar colour`, problems);
    } else {
      for (const p of [rule.min, rule.mid, rule.max]) {
        if (!p) continue;
        checkColor(p.color, `conditional format ${i} scale colour`, problems);
        if (["number", "percent", "percentile"].includes(p.type) && p.value === undefined) problems.push(`conditional format ${i}: a ${p.type} point needs a value`);
      }
    }
  }));

  plan.charts.forEach((chart) => at(`chart ${chart.name}`, () => {
    const data = parseRange(chart.data);
    if (data.bottom - data.top < 1 || data.right - data.left < 1) problems.push(`chart ${chart.name}: data needs a header row, a label column and at least one value`);
    const a = parseCell(chart.topLeft);
    const b = parseCell(chart.bottomRight);
    if (b.row <= a.row || b.column <= a.column) problems.push(`chart ${chart.name}: bottomRight must be below and right of topLeft`);
    if (plan.charts.filter((c) => c.name === chart.name).length > 1) problems.push(`chart name "${chart.name}" is used twice`);
  }));

  if (!Number.isInteger(plan.freezeRows) || plan.freezeRows < 0 || plan.freezeRows >= MAX_ROWS) problems.push(`freezeRows ${plan.freezeRows} is not a row count`);
  if (!Number.isInteger(plan.freezeColumns) || plan.freezeColumns < 0 || plan.freezeColumns >= MAX_COLUMNS) problems.push(`freezeColumns ${plan.freezeColumns} is not a column count`);
  plan.columnWidths.forEach((w, i) => {
    if (w !== null && !(w > 0 && w <= 255)) problems.push(`column width ${i} = ${w} is outside 0–255 characters`);
  });
  plan.rowGroups.forEach((g, i) => {
    if (!Number.isInteger(g.startRow) || !Number.isInteger(g.endRow) || g.startRow < 1 || g.endRow < g.startRow || g.endRow > MAX_ROWS) {
      problems.push(`row group ${i} (${g.startRow}–${g.endRow}) is not a row span`);
    }
  });
  if (plan.print.area !== undefined) at("print area", () => parseRange(plan.print.area ?? ""));
  checkColor(plan.tabColor, "tab colour", problems);
  return problems;
}

/** Throws when the plan is inconsistent (a programming error, reported in English). */
export function assertPlan(plan: SheetPlan): void {
  const problems = checkPlan(plan);
  if (problems.length > 0) throw new Error(`Inconsistent sheet plan "${plan.key}": ${problems.join("; ")}`);
}

function checkBlock(block: Block, problems: string[], where: string): RangeRef | null {
  const rows = block.values.length;
  const columns = block.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) {
    problems.push(`${where}: empty block`);
    return null;
  }
  block.values.forEach((row, r) => {
    if (row.length !== columns) problems.push(`${where}: row ${r} has ${row.length} cells, row 0 has ${columns}`);
    row.forEach((v, c) => {
      if (typeof v === "number" && !Number.isFinite(v)) problems.push(`${where}: cell (${r}, ${c}) is ${v}`);
      if (typeof v === "string" && v.length > MAX_CELL_TEXT) problems.push(`${where}: cell (${r}, ${c}) has ${v.length} characters (Excel holds ${MAX_CELL_TEXT})`);
    });
  });
  if (block.numberFormats) {
    if (block.numberFormats.length !== rows || block.numberFormats.some((line) => line.length !== columns)) {
      problems.push(`${where}: numberFormats is not ${rows}×${columns}`);
    }
  }
  if (block.columnFormats && block.columnFormats.length > columns) problems.push(`${where}: ${block.columnFormats.length} column formats for ${columns} columns`);
  for (const c of block.textColumns ?? []) {
    if (!Number.isInteger(c) || c < 0 || c >= columns) problems.push(`${where}: text column ${c} is outside the block`);
  }
  const rect = rectAt(block.at, rows, columns);
  if (rect.bottom > MAX_ROWS || rect.right >= MAX_COLUMNS) problems.push(`${where}: runs past the edge of the sheet`);
  checkStyle(block.style, where, problems);
  (block.styles ?? []).forEach((run, i) => {
    const [r0, r1] = run.rows ?? [0, rows - 1];
    const [c0, c1] = run.columns ?? [0, columns - 1];
    if (r0 < 0 || r1 < r0 || r1 >= rows || c0 < 0 || c1 < c0 || c1 >= columns) problems.push(`${where}: style ${i} is outside the block`);
    checkStyle(run.style, `${where} style ${i}`, problems);
  });
  return rect;
}

function checkHeaders(plan: SheetPlan, rect: RangeRef, name: string, problems: string[]): void {
  const seen = new Set<string>();
  for (let col = rect.left; col <= rect.right; col++) {
    const value = valueAt(plan, rect.top, col);
    if (typeof value !== "string" || value.trim() === "") {
      problems.push(`table ${name}: header cell of column ${col - rect.left} is not a text`);
      continue;
    }
    const key = value.trim().toLowerCase();
    if (seen.has(key)) problems.push(`table ${name}: header "${value}" appears twice (Excel would rename it)`);
    seen.add(key);
  }
}

/** The planned value of a worksheet cell, or undefined when no block covers it. */
export function valueAt(plan: SheetPlan, row: number, column: number): string | number | boolean | null | undefined {
  for (const block of plan.blocks) {
    const rows = block.values.length;
    const columns = block.values[0]?.length ?? 0;
    if (rows === 0 || columns === 0) continue;
    const rect = rectAt(block.at, rows, columns);
    if (rangeContains(rect, { top: row, bottom: row, left: column, right: column })) {
      return block.values[row - rect.top]?.[column - rect.left];
    }
  }
  return undefined;
}

function checkStyle(style: CellStyle | undefined, where: string, problems: string[]): void {
  if (!style) return;
  checkColor(style.fontColor, `${where} font colour`, problems);
  checkColor(style.fill, `${where} fill`, problems);
  checkColor(style.border?.color, `${where} border colour`, problems);
  if (style.fontSize !== undefined && !(style.fontSize >= 1 && style.fontSize <= 409)) problems.push(`${where}: font size ${style.fontSize}`);
}

function checkColor(color: string | undefined, where: string, problems: string[]): void {
  if (color !== undefined && !COLOR.test(color)) problems.push(`${where}: "${color}" is not #RRGGBB`);
}
