import { disputeOn, journalByClient, openDisputes } from "./state";
import type { JournalEntry } from "./types";

const e = (fields: Partial<JournalEntry> & { date: string }): JournalEntry => ({ client: "C1", invoices: [], level: "", channel: "appel", ...fields });

describe("what the journal says about a client", () => {
  it("marks the invoices named by an open dispute, and only those", () => {
    const cj = journalByClient([e({ date: "2026-11-01", invoices: ["F1"], dispute: "open", disputeReason: "litige-prix" })], "2026-11-22").get("c1");
    expect(disputeOn(cj, "F1")).toMatchObject({ since: "2026-11-01", reason: "litige-prix" });
    expect(disputeOn(cj, "f1")).not.toBeNull();
    expect(disputeOn(cj, "F2")).toBeNull();
  });

  it("lifts a dispute once a later entry says it is resolved", () => {
    const journal = [
      e({ date: "2026-11-10", invoices: ["F1"], dispute: "resolved" }),
      e({ date: "2026-11-01", invoices: ["F1"], dispute: "open" }),
    ];
    expect(disputeOn(journalByClient(journal, "2026-11-22").get("c1"), "F1")).toBeNull();
    // Seen on 05/11 the dispute was still open.
    expect(disputeOn(journalByClient(journal, "2026-11-05").get("c1"), "F1")).not.toBeNull();
  });

  it("treats a dispute naming no invoice as covering the whole account", () => {
    const cj = journalByClient([e({ date: "2026-11-01", dispute: "open" })], "2026-11-22").get("c1");
    expect(disputeOn(cj, "anything")).not.toBeNull();
  });

  it("matches the client of the journal with the ledger's whatever the case and accents", () => {
    const map = journalByClient([e({ date: "2026-11-01", client: "Société Générale  SA" })], "2026-11-22");
    expect([...map.keys()]).toEqual(["societe generale sa"]);
  });

  it("keeps the latest promise and the latest status", () => {
    const cj = journalByClient([
      e({ date: "2026-11-01", promiseDate: "2026-11-10", clientStatus: "douteux" }),
      e({ date: "2026-11-12", promiseDate: "2026-11-30", clientStatus: "contentieux" }),
    ], "2026-11-22").get("c1");
    expect(cj?.promise?.promiseDate).toBe("2026-11-30");
    expect(cj?.status?.status).toBe("contentieux");
  });

  it("forgets a planned next action once a later entry is written without one", () => {
    const cj = journalByClient([e({ date: "2026-11-01", nextActionDate: "2026-11-10" }), e({ date: "2026-11-05" })], "2026-11-22").get("c1");
    expect(cj?.nextAction).toBeUndefined();
  });

  it("lists open disputes for the dashboard", () => {
    const list = openDisputes([
      e({ date: "2026-11-01", invoices: ["F1", "F2"], dispute: "open", disputeAmount: 5000 }),
      e({ date: "2026-11-03", invoices: ["F2"], dispute: "resolved" }),
      e({ date: "2026-11-03", client: "C2", dispute: "open" }),
    ], "2026-11-22");
    expect(list.map((d) => [d.client, d.invoice])).toEqual([["C1", "F1"], ["C2", null]]);
  });
});
