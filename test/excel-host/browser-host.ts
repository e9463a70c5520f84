// The emulated Excel host in a browser page (the demo, the browser tests): the same protocol core and session
// as the Node harness (host-core.ts, session.ts), answering batches given as JSON text, so that Microsoft's
// office.js loaded with a script tag in this window or in a same-origin frame (browser-office.ts) can talk to
// it without sharing objects across realms. Nothing here imports Node; the page's bundle provides
// browser-buffer.ts as `Buffer` for session.ts.
import { parseAddress, type Rect } from "./address";
import type { CellValue } from "./model/cell";
import type { EmulatedWorkbook } from "./model/workbook";
import { createHostCore, MAX_PAYLOAD_BYTES } from "./host-core";
import { EmulatedSession, type BatchRecord } from "./session";
import type { ExecutorRequest } from "./protocol";
import type { HostOptions, WorkbookSeed } from "./index";

export type { HostOptions, SheetSeed, WorkbookSeed } from "./index";
export type { Rect } from "./address";

export interface BrowserHost {
  /** The in-memory workbook (read it; change it only through batches or the methods below). */
  readonly workbook: EmulatedWorkbook;
  /** Every batch answered (cleanup batches flagged). */
  readonly batches: BatchRecord[];
  isSetSupported(name: string, version?: string | number): boolean;
  /** One batch: the executor request as JSON text in, the executor response as JSON text out. */
  executeText(requestJson: string): string;
  /** Called after every batch (for a view of the workbook to re-render); returns the unsubscribe function. */
  onBatch(listener: (record: BatchRecord) => void): () => void;
  /** Selects cells as the user would ("A2:C5", "7:7"), activating their sheet. */
  setSelection(sheet: string, addresses: string[]): void;
  /** Selects rectangles (0-based) on a sheet, activating it. */
  selectRects(sheet: string, rects: Rect[]): void;
  /** Activates a sheet (a click on its tab) and selects its A1, as Excel does. */
  activate(sheet: string): void;
  /** Evaluated values of a sheet's used range from A1. */
  values(sheet: string): CellValue[][];
}

export function createBrowserHost(seed: WorkbookSeed, options: HostOptions = {}): BrowserHost {
  const { workbook, host, isSetSupported } = createHostCore(seed, options);
  const session = new EmulatedSession(host, { maxPayloadBytes: options.maxPayloadBytes ?? MAX_PAYLOAD_BYTES });
  const listeners = new Set<(record: BatchRecord) => void>();

  const selectRects = (sheetName: string, rects: Rect[]) => {
    const sheet = workbook.requireSheet(sheetName);
    workbook.selection = { sheet, rects };
    workbook.activeSheet = sheet;
  };

  return {
    workbook,
    batches: session.batches,
    isSetSupported,
    executeText(requestJson) {
      const response = session.execute(JSON.parse(requestJson) as ExecutorRequest);
      const record = session.batches[session.batches.length - 1];
      if (record) {
        for (const listener of listeners) {
          try {
            listener(record);
          } catch (error) {
            console.error("Encours demo: a workbook view failed to update", error);
          }
        }
      }
      return JSON.stringify(response);
    },
    onBatch(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setSelection(sheetName, addresses) {
      selectRects(
        sheetName,
        addresses.map((a) => {
          const parsed = parseAddress(a);
          if (!parsed) throw new Error(`Bad address ${a}`);
          return parsed.rect;
        }),
      );
    },
    selectRects,
    activate(sheetName) {
      selectRects(sheetName, [{ row: 0, col: 0, rows: 1, cols: 1 }]);
    },
    values: (sheetName) => workbook.values(sheetName),
  };
}
