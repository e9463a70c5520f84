import { journalHeaders } from "./columns";
import { parseJournalRows, splitInvoiceList } from "./parse";
import { journalRowFromEntry } from "./row";
import type { JournalEntry } from "./types";

// Excel serial of 2026-11-02 in the 1900 system: days since 1899-12-30 = 46 328.
const SERIAL_2026_11_02 = 46328;

describe("reading the follow-up journal back", () => {
  it("reads the rows Encours wrote, field by field", () => {
    const entry: JournalEntry = {
      date: "2026-11-02", client: "C042", invoices: ["F-101", "F-102"], level: "J+10", channel: "e-mail",
      draftId: "AAMk1", draftLink: "https://outlook.office.com/x", draftKey: "^c042|^j~2b~10|2026-11-02",
      outcome: "Brouillon créé", promiseDate: "2026-11-15", promiseAmount: 123456, dispute: "open",
      disputeReason: "facture-non-recue", disputeAmount: 5000, clientStatus: "douteux", nextActionDate: "2026-11-07",
      author: "Marie",
    };
    const values = [journalHeaders("fr"), journalRowFromEntry(entry)];
    const { entries, issues } = parseJournalRows(values, 1, "Suivi des relances");
    expect(issues).toEqual([]);
    expect(entries).toEqual([{ ...entry, source: { sheet: "Suivi des relances", row: 2 } }]);
  });

  it("writes the date as an Excel serial and the amounts in euros", () => {
    const row = journalRowFromEntry({ date: "2026-11-02", client: "C1", invoices: [], level: "", channel: "appel", promiseAmount: 123456 });
    expect(row[0]).toBe(SERIAL_2026_11_02);
    expect(row).toContain(1234.56);
  });

  it("keeps a client name starting with = as plain text, never a formula", () => {
    const row = journalRowFromEntry({ date: "2026-11-02", client: "=cmd|' /C calc'!A0", invoices: ["+F1"], level: "J+10", channel: "e-mail" });
    expect(row[1]).toBe("=cmd|' /C calc'!A0");
    expect(row[2]).toBe("+F1");
  });

  it("finds columns by their header when the user reordered them and added their own", () => {
    const values = [
      ["Suivi des relances — cabinet Martin"],
      [],
      ["Remarque perso", "Client", "Litige", "Motif litige", "Date", "Canal", "Factures"],
      ["à voir", "Dupont SA", "oui", "Litige prix", "05/11/2026", "Appel", "F1; F2"],
    ];
    const { entries, issues } = parseJournalRows(values, 1, "Suivi");
    expect(issues).toEqual([]);
    expect(entries).toEqual([{
      date: "2026-11-05", client: "Dupont SA", invoices: ["F1", "F2"], level: "", channel: "appel",
      dispute: "open", disputeReason: "litige-prix", source: { sheet: "Suivi", row: 4 },
    }]);
  });

  it("reads English headers and labels", () => {
    const values = [
      ["Date", "Customer", "Invoices", "Dispute", "Dispute reason", "Channel"],
      ["2026-11-05", "ACME", "INV-1", "Yes", "Invoice not received", "Call"],
    ];
    const { entries } = parseJournalRows(values, 1, "Follow-up");
    expect(entries[0]).toMatchObject({ client: "ACME", dispute: "open", disputeReason: "facture-non-recue", channel: "appel" });
  });

  it("skips blank rows and keeps the worksheet row of each entry", () => {
    const values = [["Date", "Client", "Niveau"], [null, "", "  "], ["01/11/2026", "C1", "J+10"], [], ["02/11/2026", "C2", "j + 15"]];
    const { entries, issues } = parseJournalRows(values, 5, "Suivi");
    expect(issues).toEqual([]);
    expect(entries.map((e) => [e.client, e.source?.row, e.level])).toEqual([["C1", 7, "J+10"], ["C2", 9, "j + 15"]]);
  });

  it("reports an unreadable date with its cell address and leaves that row out", () => {
    // Columns start at C (firstColumn 2): the Date column is C, the data row is worksheet row 11.
    const values = [["Date", "Client", "Litige"], ["31/02/2026", "C1", "Oui"]];
    const { entries, issues } = parseJournalRows(values, 10, "Suivi", { firstColumn: 2 });
    expect(entries).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "error", code: "journal.date-unreadable", cell: "C11", row: 11 });
    expect(issues[0]?.message).toMatch(/^Date illisible « 31\/02\/2026 » en Suivi!C11.*litige.* \/ Unreadable date/);
  });

  it("keeps the row but reports an unreadable promise date and amount", () => {
    const values = [["Date", "Client", "Date promesse", "Montant promis"], ["01/11/2026", "C1", "bientôt", "12,3,4"]];
    const { entries, issues } = parseJournalRows(values, 1, "Suivi");
    expect(entries).toHaveLength(1);
    expect(entries[0]?.promiseDate).toBeUndefined();
    expect(entries[0]?.promiseAmount).toBeUndefined();
    expect(issues.map((i) => [i.code, i.cell])).toEqual([["journal.promise-date-unreadable", "C2"], ["journal.amount-unreadable", "D2"]]);
  });

  it("reads a dispute cell it cannot understand as an open dispute, with a warning", () => {
    const values = [["Date", "Client", "Litige"], ["01/11/2026", "C1", "peut-être"]];
    const { entries, issues } = parseJournalRows(values, 1, "Suivi");
    expect(entries[0]?.dispute).toBe("open");
    expect(issues[0]).toMatchObject({ code: "journal.dispute-unreadable", cell: "C2", severity: "warning" });
  });

  it("treats a dispute reason without the dispute cell as an open dispute", () => {
    const values = [["Date", "Client", "Litige", "Motif litige"], ["01/11/2026", "C1", "", "Difficultés financières"]];
    expect(parseJournalRows(values, 1, "Suivi").entries[0]).toMatchObject({ dispute: "open", disputeReason: "difficultes-financieres" });
  });

  it("reads a resolved dispute", () => {
    const values = [["Date", "Client", "Litige"], ["01/11/2026", "C1", "Résolu"]];
    expect(parseJournalRows(values, 1, "Suivi").entries[0]?.dispute).toBe("resolved");
  });

  it("infers the channel of a row without one from the presence of a draft", () => {
    const values = [["Date", "Client", "Canal", "Id brouillon"], ["01/11/2026", "C1", "", "AAMk"], ["01/11/2026", "C2", "", ""], ["01/11/2026", "C3", "pigeon", ""]];
    const { entries, issues } = parseJournalRows(values, 1, "Suivi");
    expect(entries.map((e) => e.channel)).toEqual(["e-mail", "appel", "appel"]);
    expect(issues.map((i) => i.cell)).toEqual(["C4"]);
  });

  it("reports a row without a client", () => {
    const values = [["Date", "Client", "Niveau"], ["01/11/2026", "", "J+10"]];
    const { entries, issues } = parseJournalRows(values, 1, "Suivi");
    expect(entries).toEqual([]);
    expect(issues[0]).toMatchObject({ code: "journal.client-missing", cell: "B2" });
  });

  it("says so when the sheet has no header row, and reads nothing", () => {
    const { entries, issues } = parseJournalRows([["x", "y"], [1, 2]], 1, "Suivi");
    expect(entries).toEqual([]);
    expect(issues[0]?.code).toBe("journal.no-header");
  });

  it("reads an empty sheet as an empty journal without complaint", () => {
    expect(parseJournalRows([], 1, "Suivi")).toEqual({ entries: [], issues: [] });
  });

  it("reads a numeric client code and a numeric invoice number as text", () => {
    const values = [["Date", "Client", "Factures"], [SERIAL_2026_11_02, 411001, 1001]];
    expect(parseJournalRows(values, 1, "Suivi").entries[0]).toMatchObject({ date: "2026-11-02", client: "411001", invoices: ["1001"] });
  });

  it("splits invoice lists on semicolons, commas and line breaks", () => {
    expect(splitInvoiceList("F1; F2,F3\nF 4")).toEqual(["F1", "F2", "F3", "F 4"]);
  });
});

describe("writing a journal row", () => {
  it("writes a day Excel cannot hold as its text instead of failing", () => {
    const row = journalRowFromEntry({ date: "1899-12-31", client: "C1", invoices: [], level: "", channel: "appel" });
    expect(row[0]).toBe("1899-12-31");
  });

  it("writes the labels in English for an English workbook", () => {
    const row = journalRowFromEntry({ date: "2026-11-02", client: "C1", invoices: [], level: "J+5", channel: "appel", dispute: "resolved", disputeReason: "litige-prix" }, { language: "en" });
    expect(row).toEqual(expect.arrayContaining(["Call", "Resolved", "Price dispute"]));
  });
});
