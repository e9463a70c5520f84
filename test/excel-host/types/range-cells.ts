// Reading and writing the cells of a range (values, formulas, number formats, text, value types).
import { HostError, invalidArgument } from "../errors";
import { Formula, GENERAL } from "../model/cell";
import { interpretInput } from "../model/input";
import { formatText } from "../model/number-format";
import { readFormulas, readNumberFormats, readValues } from "../model/read";
import type { Host } from "./registry";
import { assertWritable, type RangeTarget } from "./range-target";

/**
 * Reads over 5,000,000 cells are refused: "A range is limited to 5,000,000 cells for read operations."
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * The code is RangeExceedsLimit ("The cell count in the range has exceeded the maximum supported number"),
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling#excel-specific-error-codes-and-messages
 */
export function checkReadSize(t: RangeTarget, host: Host, location: string): void {
  const cells = t.rect.rows * t.rect.cols;
  if (cells > host.maxReadCells) throw new HostError("RangeExceedsLimit", location, `${cells} cells`);
}

export function getValues(t: RangeTarget, host: Host): unknown {
  checkReadSize(t, host, "Range.values");
  return readValues(host.workbook, t.sheet, t.rect);
}

export function getFormulas(t: RangeTarget, host: Host): unknown {
  checkReadSize(t, host, "Range.formulas");
  return readFormulas(t.sheet, t.rect);
}

export function getNumberFormats(t: RangeTarget, host: Host): unknown {
  checkReadSize(t, host, "Range.numberFormat");
  return readNumberFormats(t.sheet, t.rect);
}

export function getText(t: RangeTarget, host: Host): unknown {
  checkReadSize(t, host, "Range.text");
  const values = readValues(host.workbook, t.sheet, t.rect);
  return values.map((row, i) => row.map((v, j) => formatText(v, t.sheet.numberFormat(t.rect.row + i, t.rect.col + j), host.workbook.date1904)));
}

export function getValueTypes(t: RangeTarget, host: Host): unknown {
  checkReadSize(t, host, "Range.valueTypes");
  const values = readValues(host.workbook, t.sheet, t.rect);
  return values.map((row) =>
    row.map((v) =>
      v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : /^#[A-Z/0-9]+[!?]?$|^#N\/A$/.test(v) ? "Error" : "String",
    ),
  );
}

/**
 * Calls fn for each cell of the range with the value given for it: a 2-D array must have exactly the
 * range's dimensions (else InvalidArgument, as Excel answers a mismatched array); a single value applies
 * to every cell; a single null is refused ("null isn't valid for single properties like range.values",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
function forEachInput(t: RangeTarget, value: unknown, location: string, fn: (row: number, col: number, v: unknown) => void): void {
  const { rows, cols, row, col } = t.rect;
  if (Array.isArray(value)) {
    if (value.length !== rows) throw invalidArgument(location, `${value.length} rows for ${rows}`);
    for (let i = 0; i < rows; i++) {
      const line: unknown = value[i];
      if (!Array.isArray(line) || line.length !== cols) {
        throw invalidArgument(location, `row ${i} has ${Array.isArray(line) ? line.length : "no"} columns for ${cols}`);
      }
      for (let j = 0; j < cols; j++) fn(row + i, col + j, line[j]);
    }
    return;
  }
  if (value === null || value === undefined) throw invalidArgument(location, "null");
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) fn(row + i, col + j, value);
}

/**
 * Range.values / Range.formulas setters. Text starting with "=" (or "+"/"-" that is not a number) is
 * stored as a formula: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
 * ("="), Excel interprets this value as a formula." (Range.values,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */
export function setValues(t: RangeTarget, value: unknown, location: string): void {
  assertWritable(t.sheet, location);
  const sheet = t.sheet;
  forEachInput(t, value, location, (r, c, v) => {
    const stored = interpretInput(v, sheet.numberFormat(r, c));
    if (stored !== null) sheet.setStored(r, c, stored);
  });
}

export function setNumberFormats(t: RangeTarget, value: unknown, location: string): void {
  assertWritable(t.sheet, location);
  forEachInput(t, value, location, (r, c, v) => {
    if (v === null || v === undefined) return;
    t.sheet.setNumberFormat(r, c, typeof v === "string" && v !== "" ? v : GENERAL);
  });
}

/** True when some cell of the range holds a formula (for tests and hasSpill-like checks). */
export function hasFormula(t: RangeTarget): boolean {
  for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) {
    const line = t.sheet.cells[r];
    if (!line) continue;
    for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) if (line[c] instanceof Formula) return true;
  }
  return false;
}
