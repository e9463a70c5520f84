// The demo's workbook: the sample (bundled seed) in the emulated host, with the add-in's workbook settings
// kept in this browser (localStorage) so that what the user saved in Paramètres is still there after a
// reload, as it would be in a saved workbook. Everything else starts again from the sample on each load.
import seed from "encours-demo-seed";
import { createBrowserHost, type BrowserHost, type WorkbookSeed } from "../test/excel-host/browser-host";

export const STORAGE_KEY = "encours-demo.workbook-settings.v1";

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The workbook settings saved by an earlier visit, or null (nothing saved, unreadable, storage refused). */
export function storedSettings(storage: StorageLike | null): Record<string, unknown> | null {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function settingsText(host: BrowserHost): string {
  return JSON.stringify(Object.fromEntries(host.workbook.settings));
}

/** The sample workbook, with the settings of an earlier visit; settings changes are kept as they happen. */
export function openDemoWorkbook(storage: StorageLike | null, base: WorkbookSeed = seed): BrowserHost {
  const kept = storedSettings(storage);
  const host = createBrowserHost(kept ? { ...base, settings: kept } : base);
  // Excel always has a selection: A1 of the active sheet when the workbook opens.
  const first = host.workbook.activeSheet;
  if (first) host.activate(first.name);
  let last = settingsText(host);
  host.onBatch(() => {
    const now = settingsText(host);
    if (now === last) return;
    last = now;
    try {
      storage?.setItem(STORAGE_KEY, now);
    } catch {
      // Storage full or refused (private mode): the settings last until the page is closed.
    }
  });
  return host;
}

/** Forgets what this browser kept: the next load starts from the sample as shipped. */
export function forgetDemoWorkbook(storage: StorageLike | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing kept, or storage refused.
  }
}

/** localStorage, when the page may use it. */
export function pageStorage(win: Window): StorageLike | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
