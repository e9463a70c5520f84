import { createDrafts, draftRequestBody, lookupPath, REMINDER_KEY_PROPERTY_ID, type CreateDraftsDeps } from "../../src/mail/graph-drafts";
import type { DraftOutcome } from "../../src/mail/types";
import { draft, recordingSleep, startCheckedGraph, type CheckedGraph } from "../graph-server/harness";
import { graphContract, explain } from "../graph-server/schemas";
import type { FakeGraphOptions } from "../graph-server/server";

let graph: CheckedGraph | null = null;

afterEach(async () => {
  if (graph) {
    const { violations } = graph;
    await graph.close();
    graph = null;
    expect(violations).toEqual([]);
  }
});

async function serve(options: Omit<FakeGraphOptions, "checkRequestBody" | "onAnswer"> = {}): Promise<CheckedGraph> {
  graph = await startCheckedGraph(options);
  return graph;
}

function deps(g: CheckedGraph, over: Partial<CreateDraftsDeps> = {}) {
  const { sleep, asked } = recordingSleep();
  const tokenCalls: Array<{ forceRefresh?: boolean } | undefined> = [];
  const d: CreateDraftsDeps = {
    fetch,
    baseUrl: g.baseUrl,
    getToken: async (opts) => {
      tokenCalls.push(opts);
      return opts?.forceRefresh ? "valid-fresh" : "valid-1";
    },
    sleep,
    random: () => 0.5,
    timeoutMs: 5000, // only the tests about timeouts use short ones
    ...over,
  };
  return { deps: d, asked, tokenCalls };
}

const posts = (g: CheckedGraph) => g.requests().filter((r) => r.method === "POST").length;
const lookups = (g: CheckedGraph) => g.requests().filter((r) => r.method === "GET").length;

describe("createDrafts against a Graph-like server", () => {
  it("creates one Outlook draft per reminder and returns its id and webLink", async () => {
    const g = await serve();
    const drafts = [draft({ clientId: "C001" }), draft({ clientId: "C002", cc: ["dg@c002.example.fr"] })];
    const { deps: d } = deps(g);
    const outcomes = await createDrafts(drafts, d);

    const stored = g.messages();
    expect(stored).toHaveLength(2);
    outcomes.forEach((o, i) => {
      const message = stored.find((m) => m.id === o.id);
      expect(o).toMatchObject({ key: drafts[i]?.idempotencyKey, status: "created", attempts: 1 });
      expect(message?.properties.get(REMINDER_KEY_PROPERTY_ID)).toBe(drafts[i]?.idempotencyKey);
      expect(o.webLink).toBe(message?.webLink);
      expect(o.webLink).toMatch(/^https:\/\/outlook\.office365\.com\/owa\/\?ItemID=.+&exvsurl=1&viewmodel=ReadMessageItem$/);
    });
    expect(stored[1]?.cc).toEqual(["dg@c002.example.fr"]);
    expect(g.checked()).toBeGreaterThanOrEqual(4); // 2 request bodies + 2 answers
  });

  it("sends a body that Microsoft's message schema accepts, even for hostile client data", () => {
    const hostile = draft({
      clientId: `=cmd|' /C calc'!A0 <script>"Ø"</script> 😀`,
      subject: "Relance\r\nBcc: victim@example.com <script>alert(1)</script> 😀",
      to: [" a@example.fr ", ""],
      cc: ["b@example.fr"],
    });
    const body = draftRequestBody(hostile);
    const check = graphContract().draftRequest;
    expect(check(body) ? "" : explain(check)).toBe("");
    expect(body.subject).not.toMatch(/[\r\n]/);
    expect(body.toRecipients).toEqual([{ emailAddress: { address: "a@example.fr" } }]);
  });

  it("finds a draft by its key with a URL-encoded extended-property filter", () => {
    const url = new URL("https://graph.example" + lookupPath("o'brien|^j~2b~10|2026-11-22"));
    expect(url.searchParams.get("$filter")).toBe(
      `singleValueExtendedProperties/Any(ep: ep/id eq '${REMINDER_KEY_PROPERTY_ID}' and ep/value eq 'o''brien|^j~2b~10|2026-11-22')`,
    );
    expect(url.searchParams.get("$select")).toBe("id,webLink");
    expect(lookupPath("a b|c").split("?")[1]).not.toMatch(/[ :/]/);
  });

  it("waits the seconds given by Retry-After on a 429, then creates the draft without a second one", async () => {
    const g = await serve({ faults: [{ method: "POST", fromRequest: 1, fault: { kind: "throttle", retryAfter: "7" } }] });
    const { deps: d, asked } = deps(g);
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o?.status).toBe("created");
    expect(asked).toEqual([7000]);
    expect(lookups(g)).toBe(0); // a 429 means nothing was stored
    expect(g.messages()).toHaveLength(1);
  });

  it("understands Retry-After given as an HTTP date", async () => {
    const now = Date.UTC(2026, 10, 22, 9, 0, 0);
    const g = await serve({ faults: [{ fromRequest: 1, fault: { kind: "throttle", retryAfter: new Date(now + 3000).toUTCString() } }] });
    const { deps: d, asked } = deps(g, { now: () => now });
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o?.status).toBe("created");
    expect(asked).toEqual([3000]);
  });

  it("backs off exponentially with jitter when a 429 gives no Retry-After", async () => {
    const g = await serve({ faults: [{ method: "POST", fault: { kind: "throttle" }, times: 3 }] });
    const randoms = [0, 0.5, 1 - 1e-9];
    const { deps: d, asked } = deps(g, { random: () => randoms.shift() ?? 0 });
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o).toMatchObject({ status: "created", attempts: 4 });
    // 500 ms, 1 s, 2 s ceilings; each wait between half and all of its ceiling
    expect(asked).toEqual([250, 750, 2000]);
  });

  it("honours Retry-After on a 503 and looks the draft up before creating it again", async () => {
    const g = await serve({ faults: [{ method: "POST", fromRequest: 1, fault: { kind: "unavailable", retryAfter: "2" } }] });
    const { deps: d, asked } = deps(g);
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o).toMatchObject({ status: "created", attempts: 3 });
    expect(asked).toEqual([2000]);
    expect(lookups(g)).toBe(1);
    expect(g.messages()).toHaveLength(1);
  });

  it("backs off after a 500 and still creates exactly one draft", async () => {
    const g = await serve({ faults: [{ method: "POST", fault: { kind: "server-error" } }] });
    const { deps: d, asked } = deps(g, { random: () => 0 });
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o?.status).toBe("created");
    expect(asked).toEqual([250]);
    expect(g.messages()).toHaveLength(1);
  });

  it("re-acquires the token once after a 401 and goes on", async () => {
    const g = await serve({ faults: [{ fromRequest: 1, fault: { kind: "unauthorized" } }] });
    const { deps: d, tokenCalls } = deps(g);
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o?.status).toBe("created");
    expect(tokenCalls).toEqual([undefined, { forceRefresh: true }]);
  });

  it("shares one token refresh between drafts rejected together", async () => {
    const drafts = [1, 2, 3, 4].map((n) => draft({ clientId: `C00${n}` }));
    const g = await serve({ faults: drafts.map((x) => ({ key: x.idempotencyKey, fault: { kind: "unauthorized" as const } })) });
    const { deps: d, tokenCalls } = deps(g);
    const outcomes = await createDrafts(drafts, d);
    expect(outcomes.map((o) => o.status)).toEqual(["created", "created", "created", "created"]);
    expect(tokenCalls).toEqual([undefined, { forceRefresh: true }]);
  });

  it("fails with a French message when even a fresh token is refused, without asking for tokens endlessly", async () => {
    const g = await serve({ isValidToken: () => false });
    const { deps: d, tokenCalls } = deps(g);
    const outcomes = await createDrafts(Array.from({ length: 20 }, (_, n) => draft({ clientId: `C${n}` })), d);
    for (const o of outcomes) {
      expect(o).toMatchObject({ status: "failed", attempts: 2, error: { code: "InvalidAuthenticationToken" } });
      expect(o.error?.message).toMatch(/^Session Microsoft .* reconnectez-vous .* \/ Microsoft session/);
    }
    expect(tokenCalls.filter((c) => c?.forceRefresh).length).toBeLessThanOrEqual(3);
    expect(g.messages()).toHaveLength(0);
  });

  it("asks for a sign-in only once per batch when it fails", async () => {
    const g = await serve();
    let calls = 0;
    const { deps: d } = deps(g, {
      getToken: async () => {
        calls += 1;
        throw new Error("Connexion annulée. / Sign-in cancelled.");
      },
    });
    const outcomes = await createDrafts([draft({ clientId: "C001" }), draft({ clientId: "C002" })], d);
    expect(outcomes.map((o) => [o.status, o.error?.code, o.error?.message])).toEqual([
      ["failed", "AuthFailed", "Connexion annulée. / Sign-in cancelled."],
      ["failed", "AuthFailed", "Connexion annulée. / Sign-in cancelled."],
    ]);
    expect(calls).toBe(1);
    expect(g.requests()).toHaveLength(0);
  });

  it("fails a draft Graph refuses (4xx) at once, with Graph's code and a French message", async () => {
    const g = await serve({
      faults: [
        { key: draft({ clientId: "C001" }).idempotencyKey, fault: { kind: "refuse", status: 400, code: "ErrorInvalidRecipients", message: "At least one recipient is not valid." } },
        { key: draft({ clientId: "C002" }).idempotencyKey, fault: { kind: "refuse", status: 403, code: "ErrorAccessDenied", message: "Access is denied." } },
      ],
    });
    const [bad, denied] = await createDrafts([draft({ clientId: "C001" }), draft({ clientId: "C002" })], deps(g).deps);
    expect(bad).toMatchObject({ status: "failed", attempts: 1, error: { code: "ErrorInvalidRecipients" } });
    expect(bad?.error?.message).toMatch(/^Outlook a refusé le brouillon : vérifiez les adresses e-mail .* \/ Outlook rejected the draft/);
    expect(denied).toMatchObject({ status: "failed", attempts: 1, error: { code: "ErrorAccessDenied" } });
    expect(denied?.error?.message).toMatch(/^Accès refusé à la boîte aux lettres : .*Mail\.ReadWrite/);
    expect(g.messages()).toHaveLength(0);
  });

  it("after a timeout, finds the draft the server stored and answers it as existing", async () => {
    const g = await serve({ faults: [{ method: "POST", fault: { kind: "late", afterMs: 1500 } }] });
    const { deps: d } = deps(g, { timeoutMs: 300 });
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    const stored = g.messages();
    expect(stored).toHaveLength(1);
    expect(o).toMatchObject({ status: "existing", id: stored[0]?.id, webLink: stored[0]?.webLink, attempts: 2 });
  });

  it("after a timeout where nothing was stored, looks up, finds nothing, and creates the draft once", async () => {
    const g = await serve({ faults: [{ method: "POST", fault: { kind: "hang", store: false } }] });
    const { deps: d } = deps(g, { timeoutMs: 300 });
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o).toMatchObject({ status: "created", attempts: 3 });
    expect(g.messages()).toHaveLength(1);
  });

  it("after a connection dropped once the draft was stored, returns that draft instead of a second one", async () => {
    const g = await serve({ faults: [{ method: "POST", fault: { kind: "drop", store: true } }] });
    const { deps: d } = deps(g);
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(g.messages()).toHaveLength(1);
    expect(o).toMatchObject({ status: "existing", id: g.messages()[0]?.id });
  });

  it("gives up after a bounded number of attempts with a clear message saying the draft may exist", async () => {
    const g = await serve({ faults: [{ fault: { kind: "unavailable" }, times: 100 }] });
    const { deps: d, asked } = deps(g, { maxAttempts: 5 });
    const [o] = await createDrafts([draft({ clientId: "C001" })], d);
    expect(o).toMatchObject({ status: "failed", attempts: 5, error: { code: "RetriesExhausted", outcomeUnknown: true } });
    expect(o?.error?.message).toMatch(/^Outlook est indisponible \(HTTP 503\) après 5 tentatives\. .*reprenez le lot.* \/ Outlook is unavailable/);
    expect(g.requests()).toHaveLength(5);
    expect(asked).toHaveLength(4); // no pointless wait after the last attempt
  });

  it("on resume, returns the drafts already created and creates only the missing ones", async () => {
    const g = await serve();
    const batch = [draft({ clientId: "C001" }), draft({ clientId: "C002" }), draft({ clientId: "C003" })];
    const first = await createDrafts(batch.slice(0, 2), deps(g).deps);
    const again = await createDrafts(batch, { ...deps(g).deps, resume: true });
    expect(again.map((o) => o.status)).toEqual(["existing", "existing", "created"]);
    expect(again.slice(0, 2).map((o) => o.id)).toEqual(first.map((o) => o.id));
    expect(g.messages()).toHaveLength(3);
    expect(posts(g)).toBe(3);
  });

  it("refuses keys that could collide by case and duplicate keys, without calling Graph for them", async () => {
    const g = await serve();
    const ok = draft({ clientId: "C001" });
    const outcomes = await createDrafts(
      [ok, { ...draft({ clientId: "C002" }), idempotencyKey: "C002|J+10|2026-11-22" }, { ...ok }],
      deps(g).deps,
    );
    expect(outcomes.map((o) => [o.status, o.error?.code])).toEqual([
      ["created", undefined],
      ["failed", "InvalidKey"],
      ["failed", "DuplicateKey"],
    ]);
    expect(g.requests()).toHaveLength(1);
  });

  it("reports each draft's outcome as soon as it is known, once", async () => {
    const g = await serve();
    const seen: DraftOutcome[] = [];
    const drafts = [draft({ clientId: "C001" }), draft({ clientId: "C002" }), draft({ clientId: "C003" })];
    const outcomes = await createDrafts(drafts, { ...deps(g).deps, onProgress: (o) => seen.push(o) });
    expect(seen).toHaveLength(3);
    expect(new Set(seen)).toEqual(new Set(outcomes));
  });

  it("keeps to the concurrency asked for, never above Outlook's 4", async () => {
    const g = await serve({ latencyMs: 20 });
    const drafts = Array.from({ length: 12 }, (_, i) => draft({ clientId: `C${i}` }));
    await createDrafts(drafts, { ...deps(g).deps, maxConcurrent: 2 });
    expect(g.maxInFlight()).toBe(2);
    await createDrafts(
      drafts.map((x) => ({ ...x, idempotencyKey: x.idempotencyKey + "|b" })),
      { ...deps(g).deps, maxConcurrent: 50 },
    );
    expect(g.maxInFlight()).toBe(4);
  });
});
