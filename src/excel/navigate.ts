// Showing the user where a data problem is: activate its sheet and select the cell (or the row).
// A hidden sheet is made visible first — the user asked to see the cell.
import type { Issue } from "../core/issues";
import { runExcel, type RunOptions } from "./run";

/** Activates `sheet` and selects `address` ("E12", "12:12", "A1:C3"), in one batch. */
export async function showCell(sheet: string, address: string, options: RunOptions = {}): Promise<void> {
  await runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.visibility = "Visible";
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  }, { ...options, sheet });
}

/** Shows an issue's cell, else its row, else the top of its sheet. */
export async function showIssue(issue: Pick<Issue, "sheet" | "row" | "cell">, options: RunOptions = {}): Promise<void> {
  const address = issue.cell ?? (issue.row !== null ? `${issue.row}:${issue.row}` : "A1");
  await showCell(issue.sheet, address, options);
}
