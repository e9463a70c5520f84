// From the cells a user selected (several areas, any sheets) to the clients and invoices to remind.
// Rows are recognised by where they come from, not by what the selected cells hold: a row of the aged
// balance through the caller's row locator, a row of an invoice sheet, of the Clients sheet or of the journal
// through the source row the ledger and the journal keep. Selecting any cell of a row selects that row.
import type { CurrencyAging } from "../aging/types";
import { columnLetters, sheetIssue, type Issue } from "../issues";
import type { Ledger } from "../ledger/types";
import { matchKey } from "../journal/state";
import type { JournalEntry } from "../journal/types";
import type { CellValue } from "../sheet";

/** One selected area, as read from Excel's getSelectedRanges (values may be ragged or empty). */
export interface SelectedCells {
  sheet: string;
  /** A1 address of the area without the sheet ("B5:D9"), for messages; computed when absent. */
  address?: string;
  values: CellValue[][];
  /** 1-based worksheet row of values[0]. */
  firstRow: number;
  /** 0-based worksheet column of values[r][0]. */
  firstColumn: number;
  /** Number of rows when `values` was not read (e.g. whole columns); default values.length. */
  rowCount?: number;
}

/** What a row of the aged balance shows: a client's summary row or one of its invoices. */
export type RowTarget = { kind: "client"; client: string } | { kind: "invoice"; invoice: string; client?: string };

/** Maps a worksheet row of the aged balance to what it shows (null for headers, totals, blank rows). */
export type RowLocator = ((row: number) => RowTarget | null) | ReadonlyMap<number, RowTarget>;

export interface SelectionSheets {
  /** The aged balance written by Encours and how its rows read (from its sheet plan). */
  agedBalance?: { sheet: string; rows: RowLocator };
  /**
   * Optional: invoice sheets whose invoice-number column is known (0-based worksheet column). When a selected
   * area covers that column, the number read in the cell wins over the row the ledger remembers (the sheet
   * may have been sorted since it was read). Without it, rows are recognised through the ledger's source rows.
   */
  invoiceSheets?: { sheet: string; numberColumn: number }[];
  /** Optional: the journal sheet and its client column (0-based), read the same way. */
  journalSheet?: { sheet: string; clientColumn: number };
}

/** What was selected for one client: the whole account, or only some invoices. */
export interface ClientSelection {
  client: string;
  whole: boolean;
  /** Invoice numbers picked one by one (empty when whole). */
  invoices: string[];
}

export interface ResolvedSelection {
  /** In the order first met in the selection. */
  clients: ClientSelection[];
  /** Areas or rows that named nothing usable (info), and rows naming unknown clients or invoices (warning). */
  issues: Issue[];
}

export const EMPTY_SELECTION_MESSAGE =
  "La sélection ne contient aucun client ni facture : sélectionnez des lignes de la Balance âgée ou de la feuille Factures. / " +
  "The selection holds no customer or invoice: select rows of the aged balance (Balance âgée) or of the invoice sheet (Factures).";

const sheetKey = (name: string) => name.trim().toLowerCase();

function locate(locator: RowLocator, row: number): RowTarget | null {
  return typeof locator === "function" ? locator(row) : locator.get(row) ?? null;
}

function areaAddress(area: SelectedCells, rows: number): string {
  if (area.address !== undefined && area.address !== "") return area.address;
  let width = 1;
  for (const r of area.values) if (r.length > width) width = r.length;
  const first = `${columnLetters(area.firstColumn)}${area.firstRow}`;
  const last = `${columnLetters(area.firstColumn + width - 1)}${area.firstRow + Math.max(rows, 1) - 1}`;
  return first === last ? first : `${first}:${last}`;
}

interface Inputs {
  selection: readonly SelectedCells[];
  sheets: SelectionSheets;
  aging: readonly CurrencyAging[];
  ledger: Ledger;
  journal: readonly JournalEntry[];
}

/**
 * The clients and invoices named by the selection. A client row (aged balance, Clients sheet, journal)
 * selects the whole account; an invoice row (aged balance, invoice sheet) selects that invoice; a client
 * selected both ways is selected whole. Unrelated areas and rows are reported as information, never an error.
 */
export function resolveSelection(input: Inputs): ResolvedSelection {
  const issues: Issue[] = [];
  // Canonical client ids: those of the aging and the ledger, found by match key.
  const clientIds = new Map<string, string>();
  const invoiceClient = new Map<string, string[]>();
  for (const ca of input.aging) {
    for (const inv of ca.invoices) {
      if (!clientIds.has(matchKey(inv.client))) clientIds.set(matchKey(inv.client), inv.client);
      const list = invoiceClient.get(matchKey(inv.invoice)) ?? [];
      if (!list.includes(inv.client)) list.push(inv.client);
      invoiceClient.set(matchKey(inv.invoice), list);
    }
  }
  for (const id of input.ledger.clients.keys()) if (!clientIds.has(matchKey(id))) clientIds.set(matchKey(id), id);

  // Rows of the input sheets, by sheet then worksheet row.
  const invoiceRows = new Map<string, Map<number, { invoice: string; client: string }>>();
  for (const inv of input.ledger.invoices) {
    const rows = invoiceRows.get(sheetKey(inv.source.sheet)) ?? new Map();
    rows.set(inv.source.row, { invoice: inv.number, client: inv.client });
    invoiceRows.set(sheetKey(inv.source.sheet), rows);
    if (!clientIds.has(matchKey(inv.client))) clientIds.set(matchKey(inv.client), inv.client);
    const owners = invoiceClient.get(matchKey(inv.number)) ?? [];
    if (!owners.some((o) => matchKey(o) === matchKey(inv.client))) owners.push(inv.client);
    invoiceClient.set(matchKey(inv.number), owners);
  }
  // A client named by its name (Clients sheet) rather than its code is understood too; codes win.
  for (const [id, info] of input.ledger.clients) {
    const name = matchKey(info.name ?? "");
    if (name !== "" && !clientIds.has(name)) clientIds.set(name, id);
  }
  const clientRows = new Map<string, Map<number, string>>();
  const addClientRow = (sheet: string, row: number, client: string) => {
    const rows = clientRows.get(sheetKey(sheet)) ?? new Map<number, string>();
    if (!rows.has(row)) rows.set(row, client);
    clientRows.set(sheetKey(sheet), rows);
  };
  for (const info of input.ledger.clients.values()) if (info.source !== undefined) addClientRow(info.source.sheet, info.source.row, info.id);
  for (const entry of input.journal) if (entry.source !== undefined) addClientRow(entry.source.sheet, entry.source.row, entry.client);
  const balance = input.sheets.agedBalance;

  const picked = new Map<string, ClientSelection>();
  const pickClient = (client: string) => {
    const sel = picked.get(client);
    if (sel === undefined) picked.set(client, { client, whole: true, invoices: [] });
    else {
      sel.whole = true;
      sel.invoices = [];
    }
  };
  const pickInvoice = (client: string, invoice: string) => {
    const sel = picked.get(client);
    if (sel === undefined) picked.set(client, { client, whole: false, invoices: [invoice] });
    else if (!sel.whole && !sel.invoices.some((i) => matchKey(i) === matchKey(invoice))) sel.invoices.push(invoice);
  };
  const unknownClients = new Map<string, { sheet: string; row: number }>();
  const canonical = (client: string, sheet: string, row: number): string | null => {
    const id = clientIds.get(matchKey(client));
    if (id === undefined && !unknownClients.has(client)) unknownClients.set(client, { sheet, row });
    return id ?? null;
  };

  for (const area of input.selection) {
    const rows = area.rowCount ?? area.values.length;
    const address = areaAddress(area, rows);
    const key = sheetKey(area.sheet);
    const isBalance = balance !== undefined && sheetKey(balance.sheet) === key;
    const invoicesHere = invoiceRows.get(key);
    const clientsHere = clientRows.get(key);
    const numberColumn = input.sheets.invoiceSheets?.find((x) => sheetKey(x.sheet) === key)?.numberColumn;
    const clientColumn = input.sheets.journalSheet !== undefined && sheetKey(input.sheets.journalSheet.sheet) === key ? input.sheets.journalSheet.clientColumn : undefined;
    const cellAt = (r: number, column: number | undefined): string | null => {
      if (column === undefined) return null;
      const value = area.values[r]?.[column - area.firstColumn];
      const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
      return text === "" ? null : text;
    };
    if (!isBalance && invoicesHere === undefined && clientsHere === undefined && numberColumn === undefined && clientColumn === undefined) {
      issues.push(sheetIssue("info", "selection.other-sheet",
        `Sélection ${area.sheet}!${address} ignorée : cette feuille n'est ni la Balance âgée, ni une feuille de factures, ni la feuille Clients, ni le Suivi des relances. / ` +
        `Selection ${area.sheet}!${address} ignored: this sheet is neither the aged balance, an invoice sheet, the Clients sheet nor the follow-up journal.`,
        area.sheet));
      continue;
    }
    let ignored = 0;
    for (let r = 0; r < rows; r += 1) {
      const row = area.firstRow + r;
      let used = false;
      if (isBalance && balance !== undefined) {
        const target = locate(balance.rows, row);
        if (target?.kind === "client") {
          const id = canonical(target.client, area.sheet, row);
          if (id !== null) { pickClient(id); used = true; }
        } else if (target?.kind === "invoice") {
          const owners = target.client !== undefined ? [target.client] : invoiceClient.get(matchKey(target.invoice)) ?? [];
          for (const owner of owners) {
            const id = canonical(owner, area.sheet, row);
            if (id !== null) { pickInvoice(id, target.invoice); used = true; }
          }
        }
      }
      const typedNumber = cellAt(r, numberColumn);
      const invoiceRow = invoicesHere?.get(row);
      if (typedNumber !== null) {
        for (const owner of invoiceClient.get(matchKey(typedNumber)) ?? []) {
          pickInvoice(owner, typedNumber);
          used = true;
        }
      } else if (invoiceRow !== undefined) {
        pickInvoice(invoiceRow.client, invoiceRow.invoice);
        used = true;
      }
      const typedClient = cellAt(r, clientColumn);
      const clientRow = typedClient ?? clientsHere?.get(row);
      if (clientRow !== undefined) {
        const id = canonical(clientRow, area.sheet, row);
        if (id !== null) { pickClient(id); used = true; }
      }
      if (!used) ignored += 1;
    }
    if (ignored > 0 && rows > 0) {
      issues.push(sheetIssue("info", "selection.rows-ignored",
        `${area.sheet}!${address} : ${ignored} ligne${ignored > 1 ? "s" : ""} sans client ni facture (en-tête, totaux, cellules vides ou ligne non lue) ignorée${ignored > 1 ? "s" : ""}. / ` +
        `${area.sheet}!${address}: ${ignored} row${ignored > 1 ? "s" : ""} without a customer or invoice (header, totals, blank cells or a row that could not be read) ignored.`,
        area.sheet));
    }
  }
  for (const [client, at] of unknownClients) {
    issues.push({
      severity: "warning", code: "selection.unknown-client",
      message: `Client « ${client} » (${at.sheet}, ligne ${at.row}) introuvable dans les factures : vérifiez son code. / Customer “${client}” (${at.sheet}, row ${at.row}) not found among the invoices: check its code.`,
      sheet: at.sheet, row: at.row, column: null, cell: null,
    });
  }
  return { clients: [...picked.values()], issues };
}
