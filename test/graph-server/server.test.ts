// The fake Graph must answer like Graph: every body it sends is checked against Microsoft's schemas,
// and it refuses request bodies that Graph would refuse.
import { startCheckedGraph, type CheckedGraph } from "./harness";
import { graphContract } from "./schemas";
import { REMINDER_KEY_PROPERTY_ID, lookupPath } from "../../src/mail/graph-drafts";

describe("the Graph-like test server", () => {
  let graph: CheckedGraph;
  beforeEach(async () => {
    graph = await startCheckedGraph();
  });
  afterEach(async () => {
    await graph.close();
  });

  const post = (body: unknown, token = "valid-1") =>
    fetch(`${graph.baseUrl}/me/messages`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });

  const message = {
    subject: "Relance",
    body: { contentType: "HTML", content: "<p>Bonjour</p>" },
    toRecipients: [{ emailAddress: { address: "compta@client.fr" } }],
    singleValueExtendedProperties: [{ id: REMINDER_KEY_PROPERTY_ID, value: "c1|j+10|2026-11-22" }],
  };

  it("creates a draft with a full 201 body and finds it by its extended property", async () => {
    const created = await post(message);
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; webLink: string; isDraft: boolean; body: { contentType: string } };
    expect(graphContract().created(body)).toBe(true);
    expect(body).toMatchObject({ isDraft: true, body: { contentType: "html" } });

    const found = await fetch(graph.baseUrl + lookupPath("c1|j+10|2026-11-22"), { headers: { Authorization: "Bearer valid-1" } });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ value: [{ id: body.id, webLink: body.webLink }] });
    const none = await fetch(graph.baseUrl + lookupPath("c2|j+10|2026-11-22"), { headers: { Authorization: "Bearer valid-1" } });
    expect(await none.json()).toMatchObject({ value: [] });
    expect(graph.violations).toEqual([]);
  });

  it("refuses a missing or expired token with Graph's 401 error body", async () => {
    for (const token of ["", "expired-1"]) {
      const answer = await post(message, token);
      expect(answer.status).toBe(401);
      const body = await answer.json();
      expect(graphContract().error(body)).toBe(true);
      expect(body).toMatchObject({ error: { code: "InvalidAuthenticationToken" } });
    }
    expect(graph.messages()).toHaveLength(0);
  });

  it("refuses, as Graph does, a body with a member Graph does not know", async () => {
    const answer = await post({ ...message, toRecipient: "compta@client.fr" });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: "RequestBodyRead" } });
    expect(graph.messages()).toHaveLength(0);
    graph.violations.length = 0; // that bad body was sent on purpose
  });

  it("answers other paths with a 404 error body", async () => {
    const answer = await fetch(`${graph.baseUrl}/me/events`, { headers: { Authorization: "Bearer valid-1" } });
    expect(answer.status).toBe(404);
    expect(graphContract().error(await answer.json())).toBe(true);
  });
});
