// How the selected rows are recognised, per sheet: the aged balance written by Encours (each client, invoice and
// credit row says what it is in columns A–D: locateBalanceRow), the invoice sheet (its invoice-number column, so
// a sheet sorted since it was read is still understood), the journal (its client column).
import { detectColumns } from "../core/columns/detect";
import type { ColumnOverride } from "../core/columns/fields";
import type { RowTarget, SelectedCells, SelectionSheets } from "../core/reminders";
import { BALANCE_COLUMN, locateBalanceRow } from "../core/reports";
import type { CellValue } from "../core/sheet";
import { readRowBlocks, type RunOptions, type SelectedArea } from "../excel";
import type { ReminderWorkbook } from "./reminders-load";

const sameSheet = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Columns A–D of a balance row are what locateBalanceRow needs. */
const LOCATOR_WIDTH = BALANCE_COLUMN.document + 1;

function targetOf(values: readonly CellValue[]): RowTarget | null {
  const ref = locateBalanceRow(values);
  if (ref === null) return null;
  // An invoice row selects that invoice; a client row or one of its unapplied credits selects the account.
  return ref.kind === "invoice" && ref.invoice !== undefined ? { kind: "invoice", invoice: ref.invoice, client: ref.client } : { kind: "client", client: ref.client };
}

/**
 * The sheets the selection may be on, with how their rows read. The aged balance's rows are read from the
 * selected cells when they span columns A–D, else from the balance sheet itself (one read).
 */
export async function selectionSheets(
  areas: readonly SelectedArea[], workbook: ReminderWorkbook, override?: ColumnOverride, options: RunOptions = {},
): Promise<SelectionSheets> {
  const sheets: SelectionSheets = {};
  const { snapshot, journal } = workbook;

  const invoices = snapshot.inputs.invoices;
  if (invoices !== undefined) {
    const detection = detectColumns(invoices, "invoices", override);
    const number = detection.ok ? detection.columns.number : undefined;
    if (number !== undefined) sheets.invoiceSheets = [{ sheet: invoices.name, numberColumn: (invoices.firstColumn ?? 0) + number }];
  }
  const client = journal.location?.columns.client;
  if (journal.location !== null && client !== undefined) sheets.journalSheet = { sheet: journal.location.sheet, clientColumn: client };

  const balance = snapshot.owned.get("balance");
  if (balance !== undefined) {
    const onBalance = areas.filter((a) => sameSheet(a.sheet, balance.name) && a.values.length > 0);
    if (onBalance.length > 0) {
      const rows = new Map<number, RowTarget>();
      const covered = onBalance.every((a) => a.firstColumn === 0 && (a.values[0]?.length ?? 0) >= LOCATOR_WIDTH);
      if (covered) {
        for (const area of onBalance) {
          area.values.forEach((row, r) => {
            const target = targetOf(row);
            if (target !== null) rows.set(area.firstRow + r, target);
          });
        }
      } else {
        // The selection does not hold the balance's locator columns: read just those, on the selected rows.
        const blocks = onBalance.map((a) => ({ firstRow: a.firstRow, rowCount: a.values.length }));
        const read = await readRowBlocks(balance.name, blocks, LOCATOR_WIDTH, options);
        read.forEach((values, i) => {
          const firstRow = blocks[i]?.firstRow ?? 1;
          values.forEach((row, r) => {
            const target = targetOf(row);
            if (target !== null) rows.set(firstRow + r, target);
          });
        });
      }
      sheets.agedBalance = { sheet: balance.name, rows };
    } else {
      sheets.agedBalance = { sheet: balance.name, rows: new Map() };
    }
  }
  return sheets;
}

/** The selection as the plan reads it. */
export function selectedCells(areas: readonly SelectedArea[]): SelectedCells[] {
  return areas.map((a) => ({ sheet: a.sheet, address: a.address, values: a.values, firstRow: a.firstRow, firstColumn: a.firstColumn }));
}
