// The emulated Excel host behind Microsoft's own client library (design.md §9).
//
//   const xl = createExcelHarness({ sheets: [{ name: "Factures", values: [["N°", "Montant"], ["F1", 12.5]] }] });
//   const restore = xl.installGlobals();          // code under test uses the globals Excel / Office
//   await Excel.run(async (ctx) => { … });        // Microsoft's batching, load/sync, errors
//   expect(xl.workbook.values("Factures")).toEqual(…); expect(xl.syncCount()).toBe(2);
//   restore();
// The workbook, its seeding and the Host are shared with the in-browser host (host-core.ts, browser-host.ts).
import { parseAddress } from "./address";
import type { CellValue } from "./model/cell";
import type { EmulatedWorkbook } from "./model/workbook";
import { createHostCore, MAX_PAYLOAD_BYTES } from "./host-core";
import { loadOfficeRealm } from "./office-client";
import { EmulatedSession, type BatchRecord } from "./session";

export { EmulatedWorkbook } from "./model/workbook";
export { EmulatedSheet } from "./model/sheet";
export { Formula } from "./model/cell";
export type { BatchRecord } from "./session";
export type { CellValue } from "./model/cell";

export interface SheetSeed {
  name: string;
  /** From A1. Stored as given (no interpretation): seed formulas with `formulas`. */
  values: (string | number | boolean)[][];
  numberFormats?: string[][];
  /** Formulas from A1 ("" or absent = keep the value). */
  formulas?: string[][];
  protected?: boolean;
  visible?: boolean;
  tables?: { name: string; address: string }[];
  customProperties?: Record<string, string>;
}

export interface HostOptions {
  /** Default { ExcelApi: "1.17" }. */
  requirementSets?: Record<string, string>;
  /** Default 5 * 1024 * 1024 (Excel on the web). */
  maxPayloadBytes?: number;
  date1904?: boolean;
  /** Default 5,000,000 cells per read. */
  maxReadCells?: number;
  /** Office.context.platform; default "OfficeOnline". */
  platform?: string;
}

export interface OfficeStub {
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    platform: string;
    host: string;
    diagnostics: { host: string; platform: string; version: string };
  };
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  onReady(): Promise<{ host: string; platform: string }>;
}

export interface ExcelHarness {
  /** Microsoft's Excel namespace from the vm realm. */
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  Office: OfficeStub;
  /** In-memory model: sheets, cells, formats, tables, charts, settings, selection. */
  workbook: EmulatedWorkbook;
  /** Every batch sent; `cleanup` marks the per-run cleanup batch. */
  batches: BatchRecord[];
  /** Batches excluding cleanup batches. */
  syncCount(): number;
  resetStats(): void;
  /** Sets globalThis.Excel / OfficeExtension / Office for code under test; returns an uninstall function. */
  installGlobals(): () => void;
  /** The next N batches fail with that error code (e.g. "InvalidOperationInCellEditMode"). */
  failNext(code: string, times?: number): void;
  /** `pass` batches succeed, then one fails with `code` after running its first `actions` actions (default 0). */
  failAfter(pass: number, code: string, actions?: number): void;
  setSelection(sheet: string, addresses: string[]): void;
}

export interface WorkbookSeed {
  sheets: SheetSeed[];
  settings?: Record<string, unknown>;
  /** Workbook-scoped defined names: refersTo "=Feuil1!$A$1" or a constant formula. */
  names?: { name: string; refersTo: string }[];
}

export function createExcelHarness(
  seed: WorkbookSeed,
  options: HostOptions = {},
): ExcelHarness {
  const { workbook, host, isSetSupported } = createHostCore(seed, options);

  const platform = options.platform ?? "OfficeOnline";
  const office: OfficeStub = {
    context: {
      requirements: { isSetSupported: (name, version) => isSetSupported(name, version) },
      platform,
      host: "Excel",
      diagnostics: { host: "Excel", platform, version: "16.0" },
    },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    onReady: () => Promise.resolve({ host: "Excel", platform }),
  };
  const realm = loadOfficeRealm(office);
  const session = new EmulatedSession(host, { maxPayloadBytes: options.maxPayloadBytes ?? MAX_PAYLOAD_BYTES });
  const OfficeExtensionNs = realm.OfficeExtension as typeof OfficeExtension & {
    SessionBase: { _overrideSession?: unknown };
    EventRegistration: new (register: () => Promise<void>, unregister: () => Promise<void>) => unknown;
    GenericEventRegistration: { _testReadyImpl?: () => Promise<void> };
  };
  OfficeExtensionNs.SessionBase._overrideSession = session;
  // The host raises no events: registrations are accepted by Microsoft's EventRegistration; the
  // _Register…Event methods they send to the host answer ApiNotFound (see README).
  session.eventRegistration = new OfficeExtensionNs.EventRegistration(
    () => Promise.resolve(),
    () => Promise.resolve(),
  );
  // Generic (Excel object) events wait for the common API's rich-API message channel, which this realm
  // does not have: the library's own readiness hook says it is ready.
  OfficeExtensionNs.GenericEventRegistration._testReadyImpl = () => Promise.resolve();
  const ExcelNs = realm.Excel as typeof Excel;

  return {
    Excel: ExcelNs,
    OfficeExtension: OfficeExtensionNs,
    Office: office,
    workbook,
    batches: session.batches,
    syncCount: () => session.batches.filter((b) => !b.cleanup).length,
    resetStats: () => {
      session.batches.length = 0;
    },
    installGlobals: () => {
      const g = globalThis as Record<string, unknown>;
      const saved = { Excel: g.Excel, OfficeExtension: g.OfficeExtension, Office: g.Office };
      g.Excel = ExcelNs;
      g.OfficeExtension = OfficeExtensionNs;
      g.Office = office;
      return () => {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete g[k];
          else g[k] = v;
        }
      };
    },
    failNext: (code, times = 1) => session.failNext(code, times),
    failAfter: (pass, code, actions = 0) => session.failAfter(pass, code, actions),
    setSelection: (sheetName, addresses) => {
      const sheet = workbook.requireSheet(sheetName);
      const rects = addresses.map((a) => {
        const parsed = parseAddress(a);
        if (!parsed) throw new Error(`Bad address ${a}`);
        return parsed.rect;
      });
      workbook.selection = { sheet, rects };
      workbook.activeSheet = sheet;
    },
  };
}

/** Values of a sheet's used range from A1 (evaluated), for assertions. */
export function sheetValues(harness: ExcelHarness, sheet: string): CellValue[][] {
  return harness.workbook.values(sheet);
}
