// Writing a value into a cell the way Excel interprets it (Range.values is treated like typed input):
// text starting with "=" becomes a formula; "+…", "-…" and "@…" that are not numbers become formulas
// too, as when typed; numeric text becomes a number, "TRUE"/"FALSE" a boolean; a leading apostrophe keeps the rest as text; a
// cell formatted as Text ("@") keeps whatever is written as text. null leaves the cell unchanged.
// Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
// interprets this value as a formula." https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
// null in a 2-D array leaves that cell unchanged; "" clears it:
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
// (The conversion of numeric and TRUE/FALSE text models Excel's typed-input parsing, invariant locale only.)
import { Formula, type StoredCell } from "./cell";

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

export function interpretInput(input: unknown, numberFormat: string): StoredCell | null {
  if (input === null || input === undefined) return null; // unchanged
  if (typeof input === "number" || typeof input === "boolean") return input;
  if (typeof input !== "string") return String(input);
  if (input === "") return undefined;
  if (numberFormat === "@") return input;
  if (input.startsWith("'")) return input.slice(1);
  if (input.startsWith("=") && input.length > 1) return new Formula(input);
  const trimmed = input.trim();
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  if (NUMERIC.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return percent ? n / 100 : n;
  }
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) return new Formula(`=${input}`);
  if (input.startsWith("@") && input.length > 1) return new Formula(`=${input.slice(1)}`);
  return input;
}

/** Range.formulas: same as typed input (a formula when it starts with "="). */
export function interpretFormulaInput(input: unknown, numberFormat: string): StoredCell | null {
  return interpretInput(input, numberFormat);
}
