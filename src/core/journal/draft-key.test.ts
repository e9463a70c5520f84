import fc from "fast-check";
import { reminderKey } from "../../mail/reminder-key";
import { alreadyDrafted, draftKey } from "./draft-key";
import type { JournalEntry } from "./types";

const entry = (draftKeyValue: string): JournalEntry => ({ date: "2026-11-22", client: "C1", invoices: [], level: "J+10", channel: "e-mail", draftKey: draftKeyValue });

describe("the draft key (client + level + day)", () => {
  it("never holds an upper-case letter, so two keys cannot differ only by case", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (client, level) => {
      const key = draftKey(client, level, "2026-11-22");
      return key === key.toLowerCase();
    }));
  });

  it("gives different keys to clients whose ids differ only by case", () => {
    expect(draftKey("DUPONT", "J+10", "2026-11-22")).not.toBe(draftKey("dupont", "J+10", "2026-11-22"));
  });

  it("gives the same key to the same level typed differently", () => {
    const key = draftKey("C0042", "J+10", "2026-11-22");
    expect(draftKey("C0042", " j + 10 ", "2026-11-22")).toBe(key);
    expect(draftKey("  C0042 ", "J+10", "2026-11-22")).toBe(key);
    expect(draftKey("C0042", "J-5", "2026-11-22")).toBe(draftKey("C0042", "J\u22125", "2026-11-22"));
  });

  it("is the key src/mail computes for the same canonical client, level and day", () => {
    fc.assert(fc.property(fc.string().map((s) => s.trim().replace(/\s+/g, " ").normalize("NFC")), (client) =>
      draftKey(client, "J+30", "2026-11-22") === reminderKey(client, "J+30", "2026-11-22")));
  });

  it("keeps pipes, emoji and quotes in a client id from mixing with the separators", () => {
    const a = draftKey("A|B", "J+10", "2026-11-22");
    const b = draftKey("A", "B|J+10", "2026-11-22");
    expect(a).not.toBe(b);
    expect(a.split("|")).toHaveLength(3);
    expect(draftKey("Café 😀 \"x\"", "J+10", "2026-11-22").split("|")).toHaveLength(3);
  });

  it("finds a draft already recorded in the journal", () => {
    const key = draftKey("C1", "J+10", "2026-11-22");
    expect(alreadyDrafted([entry(key)], key)).toBe(true);
    expect(alreadyDrafted([entry(key)], draftKey("C1", "J+15", "2026-11-22"))).toBe(false);
    expect(alreadyDrafted([entry(key.toUpperCase())], key)).toBe(true);
  });
});
