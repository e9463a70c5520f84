// The part of the emulated host that Node and the browser share: an in-memory workbook seeded from a
// WorkbookSeed, the Host the protocol core answers from, and the requirement sets it plays. No Node import
// here (nor in anything it imports): the in-browser demo bundles it. index.ts (Node, vm realm) and
// browser-host.ts (a page that loaded office.js with a script tag) each put Microsoft's client in front of it.
import { interpretInput } from "./model/input";
import { EmulatedWorkbook } from "./model/workbook";
import { makeIsSetSupported } from "./requirements";
import type { Host } from "./types/registry";
import { namedRecord } from "./types/named-item";
import { seedTable } from "./types/table";
import type { HostOptions, SheetSeed, WorkbookSeed } from "./index";

export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = { ExcelApi: "1.17" };
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_READ_CELLS = 5_000_000;

export interface HostCore {
  workbook: EmulatedWorkbook;
  host: Host;
  isSetSupported(name: string, version?: string | number): boolean;
}

export function seedSheet(book: EmulatedWorkbook, host: Host, seed: SheetSeed): void {
  const sheet = book.addSheet(seed.name);
  seed.values.forEach((row, r) => row.forEach((v, c) => sheet.setStored(r, c, v === "" ? undefined : v)));
  seed.numberFormats?.forEach((row, r) => row.forEach((f, c) => sheet.setNumberFormat(r, c, f)));
  seed.formulas?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (!f) return;
      const stored = interpretInput(f, "General");
      if (stored !== null) sheet.setStored(r, c, stored);
    }),
  );
  for (const [k, v] of Object.entries(seed.customProperties ?? {})) sheet.customProperties.set(k, v);
  for (const t of seed.tables ?? []) seedTable(host, sheet, t.name, t.address);
  if (seed.visible === false) sheet.visibility = "Hidden";
  sheet.protected = seed.protected === true;
}

/** A workbook holding the seed (first visible sheet active) and the Host over it, as configured. */
export function createHostCore(seed: WorkbookSeed, options: HostOptions = {}): HostCore {
  const workbook = new EmulatedWorkbook(options.date1904 === true);
  const isSetSupported = makeIsSetSupported(options.requirementSets ?? DEFAULT_REQUIREMENT_SETS);
  const host: Host = {
    workbook,
    supports: (set, version) => isSetSupported(set, version),
    maxReadCells: options.maxReadCells ?? MAX_READ_CELLS,
  };
  for (const s of seed.sheets) seedSheet(workbook, host, s);
  for (const [k, v] of Object.entries(seed.settings ?? {})) workbook.settings.set(k, v);
  for (const n of seed.names ?? []) workbook.names.push(namedRecord(workbook, n.name, n.refersTo));
  workbook.activeSheet = workbook.sheets.find((s) => s.visibility === "Visible");
  return { workbook, host, isSetSupported };
}
