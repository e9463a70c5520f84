// window.__encoursDemo.workbook: a read-only look at the in-browser workbook, for people curious in the
// console and for the browser tests (every answer is a copy: nothing here changes the workbook).
import { formatRect } from "../test/excel-host/address";
import type { BrowserHost } from "../test/excel-host/browser-host";
import type { CellValue } from "../test/excel-host/model/cell";

export interface DemoWorkbookView {
  /** Sheets in tab order, hidden ones included. */
  sheets(): { name: string; visible: boolean }[];
  /** Evaluated values of a sheet's used range from A1 (empty cells ""); null when there is no such sheet. */
  values(sheet: string): CellValue[][] | null;
  /** Custom properties of a sheet (how Encours marks the sheets it owns). */
  sheetProperties(sheet: string): Record<string, string> | null;
  activeSheet(): string | null;
  /** The selection: its sheet and areas ("C12", "A2:C5", "7:9"). */
  selection(): { sheet: string; areas: string[] } | null;
  /** Workbook settings (Excel.SettingCollection), as stored. */
  settings(): Record<string, unknown>;
  /** Batches answered so far (cleanup batches included). */
  batchCount(): number;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function workbookView(host: BrowserHost): DemoWorkbookView {
  const book = host.workbook;
  return Object.freeze({
    sheets: () => book.sheets.map((s) => ({ name: s.name, visible: s.visibility === "Visible" })),
    values: (sheet: string) => (book.sheet(sheet) ? copy(book.values(sheet)) : null),
    sheetProperties: (sheet: string) => {
      const found = book.sheet(sheet);
      return found ? Object.fromEntries(found.customProperties) : null;
    },
    activeSheet: () => book.activeSheet?.name ?? null,
    selection: () => (book.selection ? { sheet: book.selection.sheet.name, areas: book.selection.rects.map(formatRect) } : null),
    settings: () => copy(Object.fromEntries(book.settings)),
    batchCount: () => host.batches.length,
  });
}

/** What the pane frame needs from the page that holds the workbook: batches in and out as text. */
export interface HostLink {
  executeText(requestJson: string): string;
  isSetSupported(name: string, version?: string | number): boolean;
}

export interface DemoGlobals {
  __encoursDemo?: { workbook: DemoWorkbookView; language: string };
  __encoursDemoHost?: HostLink;
}

export function linkOf(host: BrowserHost): HostLink {
  return { executeText: (text) => host.executeText(text), isSetSupported: (name, version) => host.isSetSupported(name, version) };
}
