// The committed sample workbook is what the generator makes, and holds the cases the demo is meant to show.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { generateSample, SAMPLE_PATH } from "../../scripts/generate-sample";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import type { RawSheet } from "../../src/core/sheet";

const root = join(__dirname, "..", "..");

function column(sheet: RawSheet, headerRow: number, header: string): (string | number | boolean | null)[] {
  const headers = sheet.values[headerRow - 1] ?? [];
  const index = headers.indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  return sheet.values.slice(headerRow).map((r) => r[index] ?? "");
}

describe("examples/cabinet-exemple.xlsx", () => {
  it("is byte for byte what scripts/generate-sample.ts produces, on every run", async () => {
    const [first, second] = [await generateSample(), await generateSample()];
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(second.bytes))).toBe(0);
    const committed = await readFile(join(root, SAMPLE_PATH));
    expect(Buffer.compare(committed, Buffer.from(first.bytes))).toBe(0);
  });

  it("holds about 80 clients and 1,500 invoices over 18 months, with the special cases of a real portfolio", async () => {
    const book = await readWorkbook(new Uint8Array(await readFile(join(root, SAMPLE_PATH))));
    expect(book.sheetNames).toEqual(["Factures", "Règlements", "Clients"]);
    const [factures, reglements, clients] = book.sheets as [RawSheet, RawSheet, RawSheet];

    // Factures: a title above the header (row 3), real date cells, formulas read as their value.
    expect(factures.values[2]?.[0]).toBe("N° facture");
    expect(factures.numberFormats?.[3]?.[3]).toBe("dd/mm/yyyy");
    const numbers = column(factures, 3, "N° facture");
    expect(numbers.length).toBeGreaterThanOrEqual(1400);
    expect(numbers.length).toBeLessThanOrEqual(1600);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(column(factures, 3, "Devise").filter((d) => d === "USD").length).toBe(2);
    expect(column(factures, 3, "Échéance")).toContain("31/09/2026");
    expect(column(factures, 3, "Échéance")).toContain("");

    // Règlements: partial, grouped and unreferenced payments, credit notes, one write-off.
    const refs = column(reglements, 1, "N° facture");
    const types = column(reglements, 1, "Type");
    expect(refs.some((r) => typeof r === "string" && r.includes("; "))).toBe(true);
    expect(refs.filter((r) => r === "").length).toBeGreaterThan(20);
    expect(types.filter((t) => t === "Avoir").length).toBeGreaterThanOrEqual(5);
    expect(types.filter((t) => t === "Perte")).toHaveLength(1);

    // Clients: ~80, one blocked, one English-speaking, one without e-mail, one with an invalid one, a dispute noted.
    expect(clients.values.length - 1).toBe(80);
    expect(column(clients, 1, "Bloqué").filter((b) => b === "oui")).toHaveLength(1);
    expect(column(clients, 1, "Langue").filter((l) => l === "en")).toHaveLength(1);
    const emails = column(clients, 1, "E-mail");
    expect(emails.filter((e) => e === "")).toHaveLength(1);
    expect(emails.filter((e) => e !== "" && !String(e).includes("@"))).toHaveLength(1);
    expect(column(clients, 1, "Notes").some((n) => String(n).startsWith("Litige sur la facture F2026-"))).toBe(true);
    expect(new Set(column(clients, 1, "Catégorie"))).toEqual(new Set(["TPE", "PME", "Grand compte"]));
  });
});
