import { fecToLedger } from "./index";
import { fecAmount } from "./read";

const HEADER = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\tMontantdevise\tIdevise";

function line(f: {
  journal?: string; journalLib?: string; num?: string; date?: string; account?: string; aux?: string; auxLib?: string;
  piece?: string; pieceDate?: string; label?: string; debit?: string; credit?: string; let?: string;
}): string {
  return [
    f.journal ?? "VT", f.journalLib ?? "Ventes", f.num ?? "1", f.date ?? "20240110", f.account ?? "411000", "Clients",
    f.aux ?? "", f.auxLib ?? "", f.piece ?? "", f.pieceDate ?? "", f.label ?? "", f.debit ?? "0,00", f.credit ?? "0,00",
    f.let ?? "", "", "20240131", "", "",
  ].join("\t");
}

describe("reading a FEC export", () => {
  const sample = [
    HEADER,
    line({ num: "1", aux: "C001", auxLib: "ACME SA", piece: "F001", pieceDate: "20240105", debit: "1200,00", let: "AA" }),
    line({ num: "1", account: "706000", piece: "F001", credit: "1000,00" }),
    line({ num: "2", aux: "C001", auxLib: "ACME SA", piece: "F002", pieceDate: "20240103", debit: "600,00", let: "AA" }),
    line({ num: "3", aux: "C002", auxLib: "BETA", piece: "F003", date: "20240111", debit: "300,50" }),
    line({ journal: "BQ", journalLib: "Banque", num: "4", aux: "C001", auxLib: "ACME SA", piece: "VIR12", date: "20240201", label: "Règlement ACME", credit: "1800,00", let: "AA" }),
    line({ journal: "AV", journalLib: "Avoirs", num: "5", aux: "C002", auxLib: "BETA", piece: "AV1", date: "20240115", credit: "50,50" }),
    line({ journal: "OD", journalLib: "Opérations diverses", num: "6", aux: "C002", piece: "OD9", date: "20240120", label: "Créance irrécouvrable", credit: "10,00" }),
    "",
  ].join("\r\n");

  it("turns 411 debits into invoices with the client's terms, and ignores other accounts", () => {
    const r = fecToLedger(sample, { defaultTermsDays: 30, clientTerms: new Map([["C001", 45]]) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ledger.invoices).toEqual([
      { number: "F001", client: "C001", date: "2024-01-05", due: "2024-02-19", dueComputed: true, amount: 120000, currency: "EUR", source: { sheet: "FEC", row: 2 } },
      { number: "F002", client: "C001", date: "2024-01-03", due: "2024-02-17", dueComputed: true, amount: 60000, currency: "EUR", source: { sheet: "FEC", row: 4 } },
      { number: "F003", client: "C002", date: "2024-01-11", due: "2024-02-10", dueComputed: true, amount: 30050, currency: "EUR", source: { sheet: "FEC", row: 5 } },
    ]);
    expect(r.ledger.clients.get("C001")).toMatchObject({ name: "ACME SA", termsDays: 45 });
    expect(r.ledger.issues).toEqual([]);
  });

  it("links a lettered payment to the invoices with the same code, oldest first", () => {
    const r = fecToLedger(sample, {});
    if (!r.ok) throw new Error(r.fatal.message);
    const payment = r.ledger.credits.find((c) => c.reference === "VIR12");
    expect(payment).toMatchObject({ client: "C001", date: "2024-02-01", amount: 180000, kind: "payment", lettrage: "AA", invoiceRefs: ["F002", "F001"] });
  });

  it("recognises credit notes and write-offs from the journal and labels", () => {
    const r = fecToLedger(sample, {});
    if (!r.ok) throw new Error(r.fatal.message);
    expect(r.ledger.credits.map((c) => [c.reference, c.kind, c.amount, c.invoiceRefs])).toEqual([
      ["VIR12", "payment", 180000, ["F002", "F001"]], ["AV1", "credit-note", 5050, []], ["OD9", "write-off", 1000, []],
    ]);
  });

  it("accepts the | separator", () => {
    const piped = [HEADER, line({ aux: "C1", piece: "F1", debit: "10,00" })].map((l) => l.replace(/\t/g, "|")).join("\n");
    const r = fecToLedger(piped, {});
    expect(r.ok && r.ledger.invoices.map((i) => i.amount)).toEqual([1000]);
  });

  it("falls back to CompteNum when there is no auxiliary account", () => {
    const r = fecToLedger([HEADER, line({ account: "411DUPONT", piece: "F1", debit: "10,00" })].join("\n"), {});
    expect(r.ok && r.ledger.invoices[0]?.client).toBe("411DUPONT");
  });

  it("reports unreadable amounts and dates with the line number and the field's column", () => {
    const text = [
      HEADER,
      line({ aux: "C1", piece: "F1", debit: "12,3,4" }),
      line({ aux: "C1", piece: "F2", pieceDate: "20240231", debit: "10,00" }),
      line({ aux: "C1", piece: "F3", debit: "10,00" }),
    ].join("\n");
    const r = fecToLedger(text, {});
    if (!r.ok) throw new Error(r.fatal.message);
    expect(r.ledger.issues.map((i) => [i.code, i.sheet, i.row, i.cell])).toEqual([
      ["amount.unreadable", "FEC", 2, "L2"], ["date.impossible", "FEC", 3, "J3"],
    ]);
    expect(r.ledger.invoices.map((i) => i.number)).toEqual(["F3"]);
    expect(r.ledger.rejectedRows).toBe(2);
  });

  it("numbers a piece debited twice apart, with an info", () => {
    const text = [HEADER, line({ aux: "C1", piece: "AN", debit: "10,00" }), line({ aux: "C2", piece: "AN", debit: "20,00" })].join("\n");
    const r = fecToLedger(text, {});
    expect(r.ok && r.ledger.invoices.map((i) => i.number)).toEqual(["AN", "AN-2"]);
    expect(r.ok && r.ledger.issues[0]?.code).toBe("fec.repeated-piece");
  });

  it("refuses a file whose header lacks the accounts or amounts", () => {
    const r = fecToLedger("JournalCode\tEcritureDate\tPieceRef\n", {});
    expect(!r.ok && r.fatal.code).toBe("fec.header");
    expect(!r.ok && r.fatal.message).toContain("CompteNum");
    const empty = fecToLedger("\n\n", {});
    expect(!empty.ok && empty.fatal.code).toBe("fec.empty");
  });

  it("reads the Montant/Sens variant of the norm", () => {
    const text = "CompteNum|CompAuxNum|PieceRef|EcritureDate|Montant|Sens\n411|C1|F1|20240110|100,00|D\n411|C1|R1|20240120|40,00|C";
    const r = fecToLedger(text, {});
    expect(r.ok && r.ledger.invoices.map((i) => i.amount)).toEqual([10000]);
    expect(r.ok && r.ledger.credits.map((c) => c.amount)).toEqual([4000]);
  });
});

describe("FEC amounts", () => {
  it("reads decimal commas and points without thousands separators", () => {
    expect(fecAmount("1234,56")).toBe(123456);
    expect(fecAmount("1234.5")).toBe(123450);
    expect(fecAmount("-0,01")).toBe(-1);
    expect(fecAmount("1,234")).toBe(123);
    expect(fecAmount("1 234,00")).toBeNull();
  });
});
