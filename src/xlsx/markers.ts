// Owned-sheet markers in an .xlsx through ExcelJS. ExcelJS cannot write worksheet custom properties, so the
// marker is the workbook-level fallback of src/core/plan/markers.ts: a defined name `_EncoursSheet_<key>`
// referring to A1 of the owned sheet. Excel keeps the reference right when the user renames the sheet and
// turns it into #REF! (which ExcelJS drops on load) when the sheet is deleted.
import type ExcelJS from "exceljs";
import {
  keyOfMarkerName, markerDefinedName, quoteSheetName, resolveOwnedSheets, splitSheetAddress,
} from "../core/plan";

/** key → sheet name, as the workbook's marker names say. */
export function readMarkerNames(workbook: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const { name, ranges } of workbook.definedNames.model) {
    const key = keyOfMarkerName(name);
    const first = ranges[0];
    if (key === null || first === undefined) continue;
    const { sheet } = splitSheetAddress(first);
    if (sheet !== null) out.set(key, sheet);
  }
  return out;
}

/** The owned worksheets of the workbook: key → worksheet. */
export function findOwnedSheets(workbook: ExcelJS.Workbook): Map<string, ExcelJS.Worksheet> {
  const names = resolveOwnedSheets(
    workbook.worksheets.map((ws) => ({ name: ws.name, marker: null })),
    readMarkerNames(workbook),
  );
  const out = new Map<string, ExcelJS.Worksheet>();
  for (const [key, name] of names) {
    const ws = workbook.worksheets.find((w) => w.name.toLocaleLowerCase("fr") === name.toLocaleLowerCase("fr"));
    if (ws) out.set(key, ws);
  }
  return out;
}

/** The owned worksheet of `key`, if the workbook has one. */
export function findOwnedSheet(workbook: ExcelJS.Workbook, key: string): ExcelJS.Worksheet | undefined {
  return findOwnedSheets(workbook).get(key);
}

/** Marks `worksheet` as the owned sheet of `key` (replacing any earlier marker of that key). */
export function markOwnedSheet(workbook: ExcelJS.Workbook, key: string, worksheet: ExcelJS.Worksheet): void {
  const markerName = markerDefinedName(key);
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.name !== markerName);
  workbook.definedNames.add(`${quoteSheetName(worksheet.name)}!$A$1`, markerName);
}
