// Graph misbehaving while the drafts of a selection are created: every selected client still ends with exactly
// one draft, none is lost, and the journal matches the server's store.
import { createReminderDrafts, planFromSelection } from "../../src/usecases/reminders";
import { readJournal } from "../../src/excel/journal";
import { REMINDER_KEY_PROPERTY_ID } from "../../src/mail/graph-drafts";
import { TODAY, invoiceSheet, settings, startWorld, type InvoiceRow, type World } from "./reminders-fixture";

let world: World | null = null;
afterEach(async () => {
  if (world) {
    const { violations } = world.graph;
    await world.close();
    world = null;
    expect(violations).toEqual([]);
  }
});

const ROWS: InvoiceRow[] = Array.from({ length: 8 }, (_, i) => ({
  number: `F-${700 + i}`, client: `G${i}`, name: `Client ${i}`, date: "2026-10-01", due: "2026-11-10", amount: 100 + i, email: `g${i}@example.fr`,
}));

async function plannedDrafts(w: World) {
  w.xl.setSelection("Factures", ["A2:A9"]);
  const result = await planFromSelection({ today: TODAY, settings: settings() });
  if (!result.ok) throw new Error(result.message.fr);
  return result;
}

function serverState(w: World) {
  return w.graph.messages().map((m) => [m.properties.get(REMINDER_KEY_PROPERTY_ID), m.id]).sort();
}

describe("creating the drafts of a selection while Graph misbehaves", () => {
  it("gets every client exactly one draft through 429, 503, 500, 401, a timeout and a dropped connection", async () => {
    const w = (world = await startWorld([invoiceSheet(ROWS)]));
    const plan = await plannedDrafts(w);
    const key = (i: number) => plan.drafts[i]?.idempotencyKey ?? "";
    w.graph.addFault({ key: key(0), method: "POST", fault: { kind: "throttle", retryAfter: "1" } });
    w.graph.addFault({ key: key(1), method: "POST", fault: { kind: "throttle" } });
    w.graph.addFault({ key: key(2), method: "POST", fault: { kind: "unavailable", retryAfter: "2" } });
    w.graph.addFault({ key: key(3), method: "POST", fault: { kind: "server-error" } });
    w.graph.addFault({ key: key(4), method: "POST", fault: { kind: "unauthorized" } });
    w.graph.addFault({ key: key(5), method: "POST", fault: { kind: "late", afterMs: 400 } });
    w.graph.addFault({ key: key(6), method: "POST", fault: { kind: "drop", store: true } });

    const result = await createReminderDrafts({
      plan: plan.plan, drafts: plan.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: { ...w.graphOptions, timeoutMs: 200 },
    });
    expect(result.outcomes.filter((o) => o.status === "failed")).toEqual([]);
    expect(w.graph.messages()).toHaveLength(8);
    expect(new Set(w.graph.messages().map((m) => m.properties.get(REMINDER_KEY_PROPERTY_ID))).size).toBe(8);
    const journal = await readJournal();
    expect(journal.entries.map((e) => [e.draftKey, e.draftId]).sort()).toEqual(serverState(w));
    expect(journal.pendingKeys).toEqual([]);
  });

  it("journals nothing for a draft Graph refuses, and creates only that one when asked again", async () => {
    const w = (world = await startWorld([invoiceSheet(ROWS)]));
    const plan = await plannedDrafts(w);
    const refused = plan.drafts[3];
    if (refused === undefined) throw new Error("no draft");
    w.graph.addFault({ key: refused.idempotencyKey, method: "POST", fault: { kind: "refuse", status: 403, code: "ErrorAccessDenied", message: "Access is denied." } });
    const first = await createReminderDrafts({ plan: plan.plan, drafts: plan.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    expect(first.outcomes.find((o) => o.key === refused.idempotencyKey)).toMatchObject({ status: "failed", error: { code: "ErrorAccessDenied" } });
    expect(first.journalAppended).toBe(7);

    const again = await plannedDrafts(w);
    expect(again.drafts.map((d) => d.clientId)).toEqual([refused.clientId]);
    const second = await createReminderDrafts({ plan: again.plan, drafts: again.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    expect(second.outcomes.map((o) => o.status)).toEqual(["created"]);
    expect(w.graph.messages()).toHaveLength(8);
    expect((await readJournal()).entries.map((e) => [e.draftKey, e.draftId]).sort()).toEqual(serverState(w));
  });

  it("keeps a draft whose fate is unknown recorded, and finds it by its key on the next run instead of creating it twice", async () => {
    const w = (world = await startWorld([invoiceSheet(ROWS)]));
    const plan = await plannedDrafts(w);
    const lost = plan.drafts[2];
    if (lost === undefined) throw new Error("no draft");
    // The server stores the draft but never answers; look-ups time out as well.
    w.graph.addFault({ key: lost.idempotencyKey, method: "POST", fault: { kind: "hang", store: true } });
    w.graph.addFault({ key: lost.idempotencyKey, method: "GET", fault: { kind: "hang", store: false }, times: 2 });
    const first = await createReminderDrafts({
      plan: plan.plan, drafts: plan.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: { ...w.graphOptions, timeoutMs: 100, maxAttempts: 3 },
    });
    expect(first.outcomes.find((o) => o.key === lost.idempotencyKey)).toMatchObject({ status: "failed", error: { outcomeUnknown: true } });
    const journal = await readJournal();
    expect(journal.entries).toHaveLength(7);
    expect(journal.pendingKeys).toEqual([lost.idempotencyKey]);

    expect(w.graph.pendingFaults()).toEqual([]); // Graph answers again
    const again = await plannedDrafts(w);
    const second = await createReminderDrafts({ plan: again.plan, drafts: again.drafts, mode: "graph", tokenProvider: w.tokenProvider, graph: w.graphOptions });
    expect(second.resumed).toBe(true);
    expect(second.outcomes.map((o) => [o.clientId, o.status])).toEqual([[lost.clientId, "existing"]]);
    expect(w.graph.messages()).toHaveLength(8);
    expect((await readJournal()).entries.map((e) => [e.draftKey, e.draftId]).sort()).toEqual(serverState(w));
  });
});
