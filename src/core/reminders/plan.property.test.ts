import fc from "fast-check";
import { addDays, daysBetween } from "../days/day";
import type { JournalEntry } from "../journal/types";
import { DEFAULT_TEMPLATES } from "../templates/defaults";
import { buildDrafts } from "./drafts";
import { isValidEmail } from "./email";
import { AS_OF, client, CONFIRMED_SETTINGS, world, type Inv } from "./fixtures.test-helpers";
import { sameLevel } from "./level";
import { planReminders } from "./plan";
import { DEFAULT_SCHEDULE } from "./schedule";
import type { SelectedCells } from "./selection";

// Random small worlds: awkward client ids, invoices due from 60 days ago to 40 days ahead, a journal with
// disputes, promises and reminders already sent, and selections on any sheet and any rows.
const IDS = ["C1", "c2", "Dupont <script>alert(1)</script>", "Émile & Fils \"SA\"", "=cmd|' /C calc'!A0", "😀 Ltd\nLyon"];
const LEVELS = DEFAULT_SCHEDULE.map((s) => s.id).concat(["", "j + 10"]);

const invoiceArb = fc.record({
  client: fc.constantFrom(...IDS), dueOffset: fc.integer({ min: -60, max: 40 }), amount: fc.integer({ min: 1, max: 100_000_000 }),
  paidShare: fc.integer({ min: 0, max: 100 }), currency: fc.constantFrom("EUR", "EUR", "USD"),
});
const entryArb = fc.record({
  client: fc.constantFrom(...IDS.map((i) => i.toUpperCase()), ...IDS), dayOffset: fc.integer({ min: -40, max: 2 }), level: fc.constantFrom(...LEVELS),
  dispute: fc.constantFrom(undefined, "open", "resolved"), invoiceIndexes: fc.array(fc.nat(15), { maxLength: 3 }),
  promiseOffset: fc.option(fc.integer({ min: -10, max: 10 }), { nil: undefined }), channel: fc.constantFrom("e-mail", "appel", "courrier", "mise-en-demeure"),
});
const clientArb = fc.record({
  email: fc.constantFrom("", "a@b.fr", "x@@y", "a@b.fr; c@d.com", "Nom <n@ex.fr>", "z@z.com"), language: fc.constantFrom(undefined, "fr", "en"), blocked: fc.constantFrom(false, false, false, true),
});
const areaArb = fc.record({
  sheet: fc.constantFrom("Balance âgée", "Factures", "Clients", "Suivi des relances", "Feuil1"),
  firstRow: fc.integer({ min: 1, max: 20 }), rows: fc.integer({ min: 0, max: 20 }), firstColumn: fc.integer({ min: 0, max: 5 }),
});

const worldArb = fc.record({
  invoices: fc.array(invoiceArb, { minLength: 2, maxLength: 16 }),
  journal: fc.array(entryArb, { maxLength: 8 }),
  clients: fc.array(clientArb, { minLength: IDS.length, maxLength: IDS.length }),
  areas: fc.array(areaArb, { maxLength: 4 }),
  wholeBalance: fc.boolean(),
});

describe("reminder plan invariants over random worlds", () => {
  it("never crashes, never reminds a disputed or settled invoice, never repeats a level within its interval, and escapes every draft", () => {
    fc.assert(fc.property(worldArb, (w) => {
      const invoices: Inv[] = w.invoices.map((x, i) => ({
        invoice: `F${i}`, client: x.client, due: addDays(AS_OF, x.dueOffset), amount: x.amount,
        outstanding: Math.floor((x.amount * (100 - x.paidShare)) / 100), currency: x.currency,
      }));
      const journal: JournalEntry[] = w.journal.map((e, i) => {
        const entry: JournalEntry = {
          date: addDays(AS_OF, e.dayOffset), client: e.client, level: e.level, channel: e.channel,
          invoices: e.invoiceIndexes.map((n) => `f${n}`), source: { sheet: "Suivi des relances", row: i + 2 },
        };
        if (e.dispute !== undefined) entry.dispute = e.dispute;
        if (e.promiseOffset !== undefined) entry.promiseDate = addDays(AS_OF, e.promiseOffset);
        return entry;
      });
      const clients = IDS.map((id, i) => {
        const c = w.clients[i] ?? { email: "", language: undefined, blocked: false };
        return client({ id, emailsTo: c.email === "" ? [] : [c.email], blocked: c.blocked, source: { sheet: "Clients", row: i + 2 }, ...(c.language ? { language: c.language } : {}) });
      });
      const input = world({ invoices, journal, clients });
      const balanceRows = new Map(IDS.map((id, i) => [3 + i, { kind: "client" as const, client: id }]));
      const selection: SelectedCells[] = (w.wholeBalance ? [{ sheet: "Balance âgée", firstRow: 1, firstColumn: 0, rows: 10 }] : w.areas).map((a) => ({ sheet: a.sheet, firstRow: a.firstRow, firstColumn: a.firstColumn, values: Array.from({ length: a.rows }, () => [""]) }));
      const plan = planReminders({ ...input, journal, selection, sheets: { agedBalance: { sheet: "Balance âgée", rows: balanceRows } } });

      if (plan.clients.length === 0) expect(plan.messages.map((m) => m.code)).toContain("selection.empty");
      for (const c of plan.clients) {
        expect(c.actions.length > 0).toBe(c.skip === undefined);
        const excluded = new Set(c.excluded.map((x) => x.invoice));
        for (const inv of c.invoices) {
          expect(excluded.has(inv.invoice)).toBe(false);
          expect(inv.outstanding).toBeGreaterThan(0);
          if (c.step !== null && c.step.offsetDays > 0) expect(inv.daysOverdue).toBeGreaterThan(0);
          if (c.step !== null && c.step.offsetDays <= 0) expect(inv.daysOverdue <= 0 && inv.daysOverdue >= c.step.offsetDays).toBe(true);
        }
        for (const t of c.totals) {
          const mine = c.invoices.filter((i) => i.currency === t.currency);
          expect(t.outstanding).toBe(mine.reduce((s, i) => s + i.outstanding, 0));
          expect(t.penalties).toBe(mine.reduce((s, i) => s + i.penalty, 0));
        }
        if (c.actions.includes("email")) {
          expect(c.to.length).toBeGreaterThan(0);
          expect([...c.to, ...c.cc].every(isValidEmail)).toBe(true);
        }
        if (c.actions.length > 0 && c.step !== null) {
          const step = c.step;
          const recent = journal.filter((e) => e.client.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim() ===
            c.client.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim() && sameLevel(e.level, step.id) && daysBetween(e.date, AS_OF) < step.intervalDays);
          expect(recent).toEqual([]);
        }
      }
      const built = buildDrafts(plan, DEFAULT_TEMPLATES, CONFIRMED_SETTINGS, AS_OF);
      expect(built.problems).toEqual([]);
      const keys = new Set<string>();
      for (const d of built.drafts) {
        expect(d.html).not.toMatch(/<script|="cmd/i);
        expect(d.subject).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(d.idempotencyKey).toBe(d.idempotencyKey.toLowerCase());
        keys.add(d.idempotencyKey);
      }
      expect(keys.size).toBe(built.drafts.length);
    }), { numRuns: 300 });
  });
});
