// The journal sheet "Suivi des relances" in Excel: created on first use, found by its marker, read back as
// the user left it, and only ever appended to (src/excel/journal.ts), on the emulated host.
import { createExcelHarness, type ExcelHarness, type SheetSeed } from "../excel-host";
import { appendJournal, readJournal, markDraftsPending, PENDING_DRAFTS_KEY } from "../../src/excel/journal";
import { dayToSerial } from "../../src/core/cells/date";
import { journalHeaders, type JournalEntry } from "../../src/core/journal";
import { ExcelFailure } from "../../src/excel/failure";

const serial = (day: string) => dayToSerial(day, false);

function entry(over: Partial<JournalEntry> & { client: string }): JournalEntry {
  return { date: "2026-11-22", invoices: ["F-1"], level: "J+10", channel: "e-mail", ...over };
}

describe("the journal sheet in Excel", () => {
  let xl: ExcelHarness;
  let restore: () => void = () => undefined;
  const start = (sheets: SheetSeed[], sets?: Record<string, string>): void => {
    xl = createExcelHarness({ sheets }, sets ? { requirementSets: sets } : {});
    restore = xl.installGlobals();
  };
  afterEach(() => restore());

  it("creates the journal with its header row on first use and marks it as ours", async () => {
    start([{ name: "Factures", values: [["N° facture"]] }]);
    const result = await appendJournal([entry({ client: "C1", draftKey: "^c1|^j~2b~10|2026-11-22" })]);
    expect(result).toMatchObject({ created: true, appended: 1, sheet: "Suivi des relances", rows: { first: 2, last: 2 } });
    const values = xl.workbook.values("Suivi des relances");
    expect(values[0]).toEqual(journalHeaders("fr"));
    expect(values[1]?.slice(0, 5)).toEqual([serial("2026-11-22"), "C1", "F-1", "J+10", "E-mail"]);
    const sheet = xl.workbook.requireSheet("Suivi des relances");
    expect(sheet.customProperties.get("EncoursSheet")).toBe("journal");
    expect(sheet.numberFormat(1, 0)).toBe("dd/mm/yyyy");
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
  });

  it("leaves a user's sheet named « Suivi des relances » alone and creates its own beside it", async () => {
    start([{ name: "Suivi des relances", values: [["Mes notes", "à moi"]] }]);
    const result = await appendJournal([entry({ client: "C1" })]);
    expect(result.sheet).toBe("Suivi des relances (2)");
    expect(xl.workbook.values("Suivi des relances")).toEqual([["Mes notes", "à moi"]]);
  });

  it("appends N rows in one batch below the last row, whatever N, once the journal is located", async () => {
    start([{ name: "Factures", values: [["N° facture"]] }]);
    await appendJournal([entry({ client: "C0" })]);
    for (const n of [1, 40]) {
      const read = await readJournal();
      xl.resetStats();
      const entries = Array.from({ length: n }, (_, i) => entry({ client: `N${n}-${i}` }));
      const result = await appendJournal(entries, { location: read.location });
      expect(xl.syncCount()).toBe(1);
      expect(result.batches).toBe(1);
      expect(result.appended).toBe(n);
    }
    const values = xl.workbook.values("Suivi des relances");
    expect(values).toHaveLength(1 + 1 + 1 + 40);
    expect(values[2]?.[1]).toBe("N1-0");
    expect(values[42]?.[1]).toBe("N40-39");
  });

  it("never overwrites a row the user typed after the journal was read", async () => {
    start([{ name: "Factures", values: [["N° facture"]] }]);
    await appendJournal([entry({ client: "C0" })]);
    const read = await readJournal();
    // The user types a row while the drafts are being created.
    xl.workbook.requireSheet("Suivi des relances").setStored(2, 1, "saisie utilisateur");
    xl.workbook.requireSheet("Suivi des relances").setStored(2, 0, serial("2026-11-21"));
    await appendJournal([entry({ client: "C9" })], { location: read.location });
    const values = xl.workbook.values("Suivi des relances");
    expect(values[2]?.[1]).toBe("saisie utilisateur");
    expect(values[3]?.[1]).toBe("C9");
  });

  it("keeps names that look like formulas, tags and emoji as text, exactly as given", async () => {
    start([{ name: "Factures", values: [["N° facture"]] }]);
    const nasty = ["=cmd|' /C calc'!A0", "<script>alert(1)</script>", "Café 😀 « Ø »", "+33 1 23", "@SUM(A1)", "-12", "00123"];
    await appendJournal([entry({ client: "C0" })]);
    const read = await readJournal();
    await appendJournal(nasty.map((name) => entry({ client: name, outcome: name })), { location: read.location });
    const sheet = xl.workbook.requireSheet("Suivi des relances");
    nasty.forEach((name, i) => {
      const stored = sheet.stored(2 + i, 1);
      expect(stored).toBe(name);
      expect(sheet.numberFormat(2 + i, 1)).toBe("@");
    });
    const back = await readJournal();
    expect(back.entries.slice(1).map((e) => e.client)).toEqual(nasty);
  });

  it("reads a journal the user reordered, with a blank row and a bad date, reports them and appends in the user's column order", async () => {
    const headers = ["Client", "Note perso", "Date", "Niveau", "Canal", "Clé brouillon", "Litige"];
    const rows: (string | number)[][] = [
      headers,
      ["C1", "rappeler", serial("2026-10-01"), "J+5", "Appel", "", ""],
      ["", "", "", "", "", "", ""],
      ["C2", "", "31/02/2026", "J+10", "E-mail", "", "Oui"],
      ["C3", "x", serial("2026-10-03"), "J+10", "E-mail", "k3", ""],
    ];
    start([{ name: "Suivi", values: rows, customProperties: { EncoursSheet: "journal" } }]);
    const read = await readJournal();
    expect(read.entries.map((e) => e.client)).toEqual(["C1", "C3"]);
    expect(read.issues.map((i) => [i.code, i.cell])).toEqual([["journal.date-unreadable", "C4"]]);
    expect(read.location).toMatchObject({ sheet: "Suivi", headerRow: 1, columns: { client: 0, date: 2, level: 3, channel: 4, draftKey: 5, dispute: 6 } });
    const before = xl.workbook.values("Suivi");

    await appendJournal([entry({ client: "C4", draftKey: "k4", draftId: "AAMk-4", outcome: "ok" })], { location: read.location });
    const after = xl.workbook.values("Suivi");
    // Existing rows unchanged, the user's own column left empty on the new row.
    expect(after.slice(0, before.length).map((r) => r.slice(0, headers.length))).toEqual(before);
    const added = after[5] ?? [];
    expect(added.slice(0, 7)).toEqual(["C4", "", serial("2026-11-22"), "J+10", "E-mail", "k4", ""]);
    // Our columns the user had deleted come back at the right of the used range, with their header.
    const header = after[0] ?? [];
    const idColumn = header.indexOf("Id brouillon");
    const outcomeColumn = header.indexOf("Résultat");
    expect(idColumn).toBeGreaterThanOrEqual(headers.length);
    expect(added[idColumn]).toBe("AAMk-4");
    expect(added[outcomeColumn]).toBe("ok");
    const again = await readJournal();
    expect(again.entries.find((e) => e.client === "C4")).toMatchObject({ draftKey: "k4", draftId: "AAMk-4", outcome: "ok", date: "2026-11-22" });
  });

  it("refuses to append to a protected journal, before writing anything", async () => {
    start([{ name: "Suivi des relances", values: [journalHeaders("fr")], customProperties: { EncoursSheet: "journal" }, protected: true }]);
    await expect(appendJournal([entry({ client: "C1" })])).rejects.toBeInstanceOf(ExcelFailure);
    expect(xl.workbook.values("Suivi des relances")).toHaveLength(1);
  });

  it("keeps the record of a batch of drafts in progress until it is cleared with the journal rows", async () => {
    start([{ name: "Factures", values: [["N° facture"]] }]);
    await markDraftsPending(["k1", "k2"]);
    expect((await readJournal()).pendingKeys).toEqual(["k1", "k2"]);
    await appendJournal([entry({ client: "C1", draftKey: "k1" })], { pendingKeys: [] });
    const read = await readJournal();
    expect(read.pendingKeys).toEqual([]);
    expect(xl.workbook.settings.get(PENDING_DRAFTS_KEY)).toBeDefined();
  });

  it("finds the journal on hosts without worksheet custom properties (ExcelApi 1.11), through the registry", async () => {
    start([{ name: "Factures", values: [["N° facture"]] }], { ExcelApi: "1.11" });
    await appendJournal([entry({ client: "C1" })]);
    const read = await readJournal();
    expect(read.location?.sheet).toBe("Suivi des relances");
    await appendJournal([entry({ client: "C2" })], { location: read.location });
    expect((await readJournal()).entries.map((e) => e.client)).toEqual(["C1", "C2"]);
  });
});
