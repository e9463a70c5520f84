// The proof of issue 6, item 3: with every fault Graph can throw at us, each client gets exactly one
// draft, none is lost, what we report matches what the mailbox holds, and Outlook's limit of 4
// concurrent requests is kept. Every body exchanged is checked against Microsoft's Graph schemas.
import { createDrafts, REMINDER_KEY_PROPERTY_ID, type CreateDraftsDeps } from "../../src/mail/graph-drafts";
import type { DraftMessage, DraftOutcome } from "../../src/mail/types";
import { draft, recordingSleep, startCheckedGraph, type CheckedGraph } from "../graph-server/harness";
import type { FaultRule } from "../graph-server/server";

const clients = Array.from({ length: 30 }, (_, i) => `CLI-${String(i).padStart(2, "0")}`);
const batch: DraftMessage[] = clients.map((clientId) => draft({ clientId }));
const keyOf = (i: number): string => batch[i]?.idempotencyKey ?? "";

const TIMEOUT_MS = 2000;

/** Every fault of the issue, by request number (whichever draft it hits) and by client. */
const faults: FaultRule[] = [
  { fromRequest: 1, fault: { kind: "throttle", retryAfter: "1" } },
  { fromRequest: 2, fault: { kind: "throttle" } },
  { fromRequest: 3, fault: { kind: "unavailable", retryAfter: "2" } },
  { fromRequest: 5, fault: { kind: "server-error" } },
  { fromRequest: 7, fault: { kind: "unauthorized" } },
  { fromRequest: 8, fault: { kind: "drop", store: true } },
  { key: keyOf(5), method: "POST", fault: { kind: "late", afterMs: TIMEOUT_MS * 2 } },
  { key: keyOf(7), method: "POST", fault: { kind: "hang", store: false } },
  { key: keyOf(9), method: "POST", fault: { kind: "hang", store: true } },
  { key: keyOf(11), method: "POST", fault: { kind: "drop", store: true } },
  { key: keyOf(13), method: "POST", fault: { kind: "drop", store: false } },
  { key: keyOf(15), method: "POST", fault: { kind: "unavailable" } },
  { key: keyOf(15), method: "GET", fault: { kind: "unavailable", retryAfter: "1" } },
  { key: keyOf(17), method: "POST", fault: { kind: "server-error" } },
  { key: keyOf(17), method: "GET", fault: { kind: "drop", store: false } },
  { key: keyOf(19), method: "POST", fault: { kind: "throttle" }, times: 2 },
  { key: keyOf(21), method: "POST", fault: { kind: "unauthorized" } },
  { key: keyOf(23), method: "POST", fault: { kind: "late", afterMs: TIMEOUT_MS * 2 } },
  { key: keyOf(23), method: "GET", fault: { kind: "hang", store: false } },
  { key: keyOf(25), method: "POST", fault: { kind: "throttle", retryAfter: new Date(Date.UTC(2026, 10, 22, 9, 0, 4)).toUTCString() } },
  { key: keyOf(27), method: "POST", fault: { kind: "drop", store: true } },
  { key: keyOf(27), method: "GET", fault: { kind: "throttle", retryAfter: "1" } },
];

function clientDeps(graph: CheckedGraph): CreateDraftsDeps & { asked: number[]; refreshes: () => number } {
  const { sleep, asked } = recordingSleep();
  let refreshes = 0;
  return {
    fetch,
    baseUrl: graph.baseUrl,
    getToken: async (opts) => {
      if (opts?.forceRefresh) refreshes += 1;
      return `valid-${refreshes}`;
    },
    sleep,
    now: () => Date.UTC(2026, 10, 22, 9, 0, 0),
    random: () => 0.3,
    timeoutMs: TIMEOUT_MS,
    asked,
    refreshes: () => refreshes,
  };
}

/** What the mailbox holds must be exactly one draft per client, equal to what we reported. */
function expectOneDraftPerClient(graph: CheckedGraph, outcomes: DraftOutcome[]): void {
  const stored = graph.messages();
  const byKey = new Map<string, typeof stored>();
  for (const m of stored) {
    const key = m.properties.get(REMINDER_KEY_PROPERTY_ID) ?? "(none)";
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  expect(stored).toHaveLength(batch.length);
  batch.forEach((d, i) => {
    const copies = byKey.get(d.idempotencyKey) ?? [];
    expect({ client: d.clientId, copies: copies.length }).toEqual({ client: d.clientId, copies: 1 });
    const outcome = outcomes[i];
    expect(outcome?.key).toBe(d.idempotencyKey);
    expect(["created", "existing"]).toContain(outcome?.status);
    expect(outcome?.id).toBe(copies[0]?.id);
    expect(outcome?.webLink).toBe(copies[0]?.webLink);
    expect(copies[0]?.subject).toBe(d.subject);
    expect(copies[0]?.to).toEqual(d.to);
  });
}

describe("Graph delivery under faults (issue 6 proof)", () => {
  let graph: CheckedGraph;

  afterEach(async () => {
    await graph.close();
  });

  it("gives each of 30 clients exactly one draft despite 429, 503, 500, 401, timeouts and dropped connections", async () => {
    graph = await startCheckedGraph({ faults });
    const deps = clientDeps(graph);
    const progress: DraftOutcome[] = [];
    const outcomes = await createDrafts(batch, { ...deps, onProgress: (o) => progress.push(o) });

    expect(outcomes.filter((o) => o.status === "failed")).toEqual([]);
    expectOneDraftPerClient(graph, outcomes);
    expect(progress).toHaveLength(batch.length);

    // every injected fault was really played
    expect(graph.pendingFaults()).toEqual([]);
    // drafts whose creation answer was lost were found, not created again
    for (const i of [5, 9, 11, 23, 27]) expect(outcomes[i]?.status).toBe("existing");
    // Retry-After honoured: seconds and an HTTP date 4 s ahead of the client's clock
    expect(deps.asked).toEqual(expect.arrayContaining([1000, 2000, 4000]));
    expect(deps.refreshes()).toBeGreaterThanOrEqual(1);

    expect(graph.maxInFlight()).toBeLessThanOrEqual(4);
    expect(graph.violations).toEqual([]);
    expect(graph.checked()).toBeGreaterThan(2 * batch.length);
  });

  it("resumes a batch interrupted by a closed taskpane without creating any draft twice", async () => {
    graph = await startCheckedGraph({
      faults: [
        { key: keyOf(3), method: "POST", fault: { kind: "unavailable" } },
        { key: keyOf(20), method: "POST", fault: { kind: "drop", store: true } },
      ],
    });
    // First session: the page dies after 14 requests have been sent; their answers never come back.
    let sent = 0;
    const dying: typeof fetch = (input, init) => {
      sent += 1;
      const real = fetch(input, init);
      if (sent <= 14) return real;
      real.catch(() => undefined);
      return new Promise<Response>(() => undefined);
    };
    void createDrafts(batch, { ...clientDeps(graph), fetch: dying });
    await waitFor(() => graph.requests().length >= 18);
    await new Promise((r) => setTimeout(r, 50)); // the last answers are written, never read

    // Second session: the taskpane reopens and runs the whole batch again, in resume mode.
    const outcomes = await createDrafts(batch, { ...clientDeps(graph), resume: true });

    expect(outcomes.filter((o) => o.status === "failed")).toEqual([]);
    expect(outcomes.filter((o) => o.status === "existing").length).toBeGreaterThanOrEqual(14);
    expectOneDraftPerClient(graph, outcomes);
    expect(graph.requests().length).toBeLessThan(18 + 2 * batch.length);
    expect(graph.maxInFlight()).toBeLessThanOrEqual(4); // the dead session sends nothing more
    expect(graph.violations).toEqual([]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 10));
  }
}
