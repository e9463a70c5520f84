// Build time (Node): the sample workbook (examples/cabinet-exemple.xlsx) as the emulated host's seed, with the
// demo's settings already in the workbook (the fictitious firm's payment details, a demo application id so the
// simulated Outlook sign-in is offered). The demo page bundles the JSON this writes.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { defaultSettings, settingsDocument, type EncoursSettings } from "../src/core/settings";
import type { CellValue, RawSheet } from "../src/core/sheet";
import { SETTINGS_KEY } from "../src/excel/settings";
import { readWorkbook } from "../src/xlsx/read-workbook";
import type { SheetSeed, WorkbookSeed } from "../test/excel-host/browser-host";

export const SAMPLE_WORKBOOK = join(__dirname, "..", "examples", "cabinet-exemple.xlsx");

/** The application id the demo's simulated sign-in answers to (no Microsoft tenant knows it). */
export const DEMO_CLIENT_ID = "00000000-0000-4000-8000-00000000e1c0";

/** The fictitious firm of the sample, as a user would enter it in Paramètres. */
export function demoSettings(): EncoursSettings {
  const settings = defaultSettings();
  settings.reminders.company = "Cabinet Exemple Expertise Comptable";
  settings.reminders.iban = "FR76 3000 6000 0112 3456 7890 189";
  settings.reminders.bic = "AGRIFRPP882";
  settings.reminders.signature = "Service relation clients\nCabinet Exemple Expertise Comptable\n01 23 45 67 89";
  settings.graph = { clientId: DEMO_CLIENT_ID };
  return settings;
}

/**
 * A sheet read from a file as the host's seed: values from A1, empty cells as "" (what Excel answers for
 * them), number formats aligned with the values ("General" where none was read).
 */
export function sheetSeedOf(sheet: RawSheet): SheetSeed {
  const topBlank = (sheet.firstRow ?? 1) - 1;
  const left = sheet.firstColumn ?? 0;
  const width = left + sheet.values.reduce((max, row) => Math.max(max, row.length), 0);
  const line = <T>(row: readonly (T | null | undefined)[], blank: T): T[] => {
    const out: T[] = [];
    for (let c = 0; c < width; c++) {
      const v = c < left ? undefined : row[c - left];
      out.push(v === null || v === undefined ? blank : v);
    }
    return out;
  };
  const values = [
    ...Array.from({ length: topBlank }, () => line<string | number | boolean>([], "")),
    ...sheet.values.map((row: CellValue[]) => line<string | number | boolean>(row, "")),
  ];
  const seed: SheetSeed = { name: sheet.name, values };
  if (sheet.numberFormats) {
    seed.numberFormats = [
      ...Array.from({ length: topBlank }, () => line<string>([], "General")),
      ...sheet.numberFormats.map((row) => line<string>(row, "General")),
    ];
  }
  return seed;
}

export async function demoSeed(workbookPath = SAMPLE_WORKBOOK): Promise<WorkbookSeed> {
  const book = await readWorkbook(new Uint8Array(await readFile(workbookPath)));
  return {
    sheets: book.sheets.map(sheetSeedOf),
    settings: { [SETTINGS_KEY]: settingsDocument(demoSettings()) },
  };
}

/** Writes the seed as JSON to `file` (folders created); returns its size in bytes. */
export async function writeDemoSeed(file: string, workbookPath = SAMPLE_WORKBOOK): Promise<number> {
  const text = JSON.stringify(await demoSeed(workbookPath));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, "utf8");
  return Buffer.byteLength(text, "utf8");
}
