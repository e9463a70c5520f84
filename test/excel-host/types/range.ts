// Excel.Range: https://learn.microsoft.com/javascript/api/excel/excel.range
import { isEntireColumn, isEntireRow, MAX_COLUMNS, MAX_ROWS, type Rect } from "../address";
import { HostError, invalidArgument, notFound } from "../errors";
import { conditionalFormatCollectionType } from "./conditional-format";
import { rangeFormatType } from "./range-format";
import { getFormulas, getNumberFormats, getText, getValues, getValueTypes, setNumberFormats, setValues } from "./range-cells";
import { shiftCells } from "./range-shift";
import { assertWritable, boundingRect, checkedRect, intersect, rangeAddress, type RangeTarget } from "./range-target";
import { hostObject, isHostObject, type HostObject, type TypeDef } from "./registry";
import { worksheetType } from "./worksheet";

const sub = (t: RangeTarget, rect: Rect, location: string): HostObject =>
  hostObject(rangeType, { sheet: t.sheet, rect: checkedRect(rect, location) });

const otherRange = (arg: unknown, location: string): RangeTarget => {
  if (isHostObject(arg) && arg.def === rangeType) return arg.target as RangeTarget;
  throw invalidArgument(location, "expected a Range");
};

const count = (arg: unknown): number => (arg === undefined || arg === null ? 1 : Number(arg));

/** Used part of a range; undefined when none of its cells is used. */
export function usedPart(t: RangeTarget, valuesOnly: unknown): Rect | undefined {
  const used = t.sheet.usedRect(valuesOnly === true);
  return used ? intersect(used, t.rect) : undefined;
}

function setHidden(t: RangeTarget, value: unknown, rows: boolean): void {
  const set = rows ? t.sheet.hiddenRows : t.sheet.hiddenColumns;
  const start = rows ? t.rect.row : t.rect.col;
  const n = rows ? t.rect.rows : t.rect.cols;
  for (let i = start; i < start + n; i++) {
    if (value === true) set.add(i);
    else set.delete(i);
  }
}

function allHidden(t: RangeTarget, rows: boolean): boolean {
  const set = rows ? t.sheet.hiddenRows : t.sheet.hiddenColumns;
  const start = rows ? t.rect.row : t.rect.col;
  const n = rows ? t.rect.rows : t.rect.cols;
  for (let i = start; i < start + n; i++) if (!set.has(i)) return false;
  return true;
}

export const rangeType: TypeDef<RangeTarget> = {
  name: "Range",
  scalars: {
    Address: { get: (t) => rangeAddress(t) },
    AddressLocal: { get: (t) => rangeAddress(t) },
    CellCount: { get: (t) => t.rect.rows * t.rect.cols },
    RowCount: { get: (t) => t.rect.rows },
    ColumnCount: { get: (t) => t.rect.cols },
    RowIndex: { get: (t) => t.rect.row },
    ColumnIndex: { get: (t) => t.rect.col },
    Values: { get: getValues, set: (t, v) => setValues(t, v, "Range.values") },
    Formulas: { get: getFormulas, set: (t, v) => setValues(t, v, "Range.formulas") },
    FormulasLocal: { get: getFormulas, set: (t, v) => setValues(t, v, "Range.formulasLocal") },
    NumberFormat: { get: getNumberFormats, set: (t, v) => setNumberFormats(t, v, "Range.numberFormat") },
    NumberFormatLocal: { get: getNumberFormats, set: (t, v) => setNumberFormats(t, v, "Range.numberFormatLocal") },
    Text: { get: getText },
    ValueTypes: { get: getValueTypes },
    IsEntireColumn: { get: (t) => isEntireColumn(t.rect) },
    IsEntireRow: { get: (t) => isEntireRow(t.rect) },
    RowHidden: { get: (t) => allHidden(t, true), set: (t, v) => setHidden(t, v, true) },
    ColumnHidden: { get: (t) => allHidden(t, false), set: (t, v) => setHidden(t, v, false) },
    Hidden: { get: (t) => allHidden(t, true) || allHidden(t, false) },
  },
  navs: {
    Format: (t) => hostObject(rangeFormatType, t),
    Worksheet: (t) => hostObject(worksheetType, t.sheet),
    ConditionalFormats: (t) => hostObject(conditionalFormatCollectionType, t),
  },
  methods: {
    GetCell: (t, [r, c]) => sub(t, { row: t.rect.row + Number(r), col: t.rect.col + Number(c), rows: 1, cols: 1 }, "Range.getCell"),
    GetRow: (t, [r]) => sub(t, { ...t.rect, row: t.rect.row + Number(r), rows: 1 }, "Range.getRow"),
    GetColumn: (t, [c]) => sub(t, { ...t.rect, col: t.rect.col + Number(c), cols: 1 }, "Range.getColumn"),
    GetOffsetRange: (t, [dr, dc]) =>
      sub(t, { ...t.rect, row: t.rect.row + Number(dr), col: t.rect.col + Number(dc) }, "Range.getOffsetRange"),
    GetResizedRange: (t, [dr, dc]) =>
      sub(t, { ...t.rect, rows: t.rect.rows + Number(dr), cols: t.rect.cols + Number(dc) }, "Range.getResizedRange"),
    GetAbsoluteResizedRange: (t, [rows, cols]) =>
      sub(t, { ...t.rect, rows: Number(rows), cols: Number(cols) }, "Range.getAbsoluteResizedRange"),
    GetBoundingRect: (t, [other]) => sub(t, boundingRect(t.rect, otherRange(other, "Range.getBoundingRect").rect), "Range.getBoundingRect"),
    GetIntersection: (t, [other]) => {
      const rect = intersect(t.rect, otherRange(other, "Range.getIntersection").rect);
      if (!rect) throw notFound("Range.getIntersection");
      return sub(t, rect, "Range.getIntersection");
    },
    GetIntersectionOrNullObject: (t, [other]) => {
      const rect = intersect(t.rect, otherRange(other, "Range.getIntersectionOrNullObject").rect);
      return rect ? sub(t, rect, "Range.getIntersectionOrNullObject") : null;
    },
    GetEntireRow: (t) => sub(t, { row: t.rect.row, rows: t.rect.rows, col: 0, cols: MAX_COLUMNS }, "Range.getEntireRow"),
    GetEntireColumn: (t) => sub(t, { row: 0, rows: MAX_ROWS, col: t.rect.col, cols: t.rect.cols }, "Range.getEntireColumn"),
    GetLastRow: (t) => sub(t, { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 }, "Range.getLastRow"),
    GetLastColumn: (t) => sub(t, { ...t.rect, col: t.rect.col + t.rect.cols - 1, cols: 1 }, "Range.getLastColumn"),
    GetLastCell: (t) =>
      sub(t, { row: t.rect.row + t.rect.rows - 1, col: t.rect.col + t.rect.cols - 1, rows: 1, cols: 1 }, "Range.getLastCell"),
    GetRowsAbove: (t, [n]) => sub(t, { ...t.rect, row: t.rect.row - count(n), rows: count(n) }, "Range.getRowsAbove"),
    GetRowsBelow: (t, [n]) => sub(t, { ...t.rect, row: t.rect.row + t.rect.rows, rows: count(n) }, "Range.getRowsBelow"),
    GetColumnsBefore: (t, [n]) => sub(t, { ...t.rect, col: t.rect.col - count(n), cols: count(n) }, "Range.getColumnsBefore"),
    GetColumnsAfter: (t, [n]) => sub(t, { ...t.rect, col: t.rect.col + t.rect.cols, cols: count(n) }, "Range.getColumnsAfter"),
    // "If there are no used cells within the range, this function will throw an ItemNotFound error."
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrange-member(1)
    GetUsedRange: (t, [valuesOnly]) => {
      const rect = usedPart(t, valuesOnly);
      if (!rect) throw notFound("Range.getUsedRange");
      return sub(t, rect, "Range.getUsedRange");
    },
    GetUsedRangeOrNullObject: (t, [valuesOnly]) => {
      const rect = usedPart(t, valuesOnly);
      return rect ? sub(t, rect, "Range.getUsedRangeOrNullObject") : null;
    },
    _ValidateArraySize: (t, [rows, cols]) => {
      if (Number(rows) !== t.rect.rows || Number(cols) !== t.rect.cols) {
        throw invalidArgument("Range.values", `${String(rows)}x${String(cols)} for ${t.rect.rows}x${t.rect.cols}`);
      }
      return undefined;
    },
    Clear: (t, [applyTo]) => {
      assertWritable(t.sheet, "Range.clear");
      const what = applyTo === "Contents" || applyTo === "Formats" ? applyTo : "All";
      t.sheet.clear(t.rect, what);
      return undefined;
    },
    Delete: (t, [shift]) => {
      assertWritable(t.sheet, "Range.delete");
      if (shift !== "Up" && shift !== "Left") throw invalidArgument("Range.delete", String(shift));
      t.sheet.clear(t.rect, "All");
      shiftCells(t.sheet, t.rect, shift);
      return undefined;
    },
    Insert: (t, [shift]) => {
      assertWritable(t.sheet, "Range.insert");
      if (shift !== "Down" && shift !== "Right") throw invalidArgument("Range.insert", String(shift));
      shiftCells(t.sheet, t.rect, shift);
      return sub(t, t.rect, "Range.insert");
    },
    Select: (t, _args, host) => {
      host.workbook.selection = { sheet: t.sheet, rects: [t.rect] };
      host.workbook.activeSheet = t.sheet;
      return undefined;
    },
    // Outline: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-group
    Group: (t, [by]) => {
      assertWritable(t.sheet, "Range.group");
      if (by !== "ByRows" && by !== "ByColumns") throw invalidArgument("Range.group", String(by));
      const start = by === "ByRows" ? t.rect.row : t.rect.col;
      const end = start + (by === "ByRows" ? t.rect.rows : t.rect.cols) - 1;
      t.sheet.outline.push({ by, start, end });
      return undefined;
    },
    Ungroup: (t, [by]) => {
      const start = by === "ByRows" ? t.rect.row : t.rect.col;
      const end = start + (by === "ByRows" ? t.rect.rows : t.rect.cols) - 1;
      const index = t.sheet.outline.findIndex((g) => g.by === by && g.start === start && g.end === end);
      if (index < 0) throw new HostError("InvalidOperation", "Range.ungroup", "no such group");
      t.sheet.outline.splice(index, 1);
      return undefined;
    },
    ShowGroupDetails: (t, [by]) => {
      setHidden(t, false, by === "ByRows");
      return undefined;
    },
    HideGroupDetails: (t, [by]) => {
      setHidden(t, true, by === "ByRows");
      return undefined;
    },
  },
  since: {
    GetUsedRangeOrNullObject: "1.4",
    GetIntersectionOrNullObject: "1.4",
    GetResizedRange: "1.3",
    GetAbsoluteResizedRange: "1.7",
    ConditionalFormats: "1.6",
    Group: "1.10",
    Ungroup: "1.10",
    ShowGroupDetails: "1.10",
    HideGroupDetails: "1.10",
    IsEntireColumn: "1.7",
    IsEntireRow: "1.7",
    NumberFormatLocal: "1.7",
    Hidden: "1.2",
    RowHidden: "1.2",
    ColumnHidden: "1.2",
  },
};
