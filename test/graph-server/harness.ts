// The fake Graph server wired to Microsoft's schemas, and a draft factory, for the delivery tests.
import { startFakeGraph, type FakeGraph, type FakeGraphOptions } from "./server";
import { explain, graphContract } from "./schemas";
import { reminderKey } from "../../src/mail/reminder-key";
import type { DraftMessage } from "../../src/mail/types";

export interface CheckedGraph extends FakeGraph {
  /** Every request body or answer that broke the contract, explained. */
  violations: string[];
  /** How many bodies were checked against the schemas. */
  checked(): number;
}

/** A fake Graph whose every POST body and every answer is validated against the Graph schemas. */
export async function startCheckedGraph(options: Omit<FakeGraphOptions, "checkRequestBody" | "onAnswer"> = {}): Promise<CheckedGraph> {
  const contract = graphContract();
  const violations: string[] = [];
  let checked = 0;
  const graph = await startFakeGraph({
    ...options,
    checkRequestBody(body) {
      checked += 1;
      if (contract.draftRequest(body)) return null;
      const why = explain(contract.draftRequest);
      violations.push(`request: ${why}`);
      return `The request body does not match microsoft.graph.message: ${why}`;
    },
    onAnswer(kind, status, body) {
      checked += 1;
      const validate = kind === "created" ? contract.created : kind === "collection" ? contract.collection : contract.error;
      if (!validate(body)) violations.push(`${kind} ${status}: ${explain(validate)}`);
    },
  });
  return Object.assign(graph, { violations, checked: () => checked });
}

/** A reminder draft; only what a test cares about needs to be given. */
export function draft(over: Partial<DraftMessage> & { clientId: string }): DraftMessage {
  const level = over.level ?? "J+10";
  const day = over.day ?? "2026-11-22";
  return {
    level,
    day,
    to: [`compta@${over.clientId.toLowerCase().replace(/[^a-z0-9]/g, "") || "client"}.example.fr`],
    cc: [],
    subject: `Relance — factures échues (${over.clientId})`,
    html: `<p>Bonjour,</p><p>Sauf erreur de notre part, la facture F-001 reste impayée.</p>`,
    text: "Bonjour,\nSauf erreur de notre part, la facture F-001 reste impayée.",
    language: "fr",
    idempotencyKey: reminderKey(over.clientId, level, day),
    ...over,
  };
}

/**
 * A sleep that records what was asked and really waits a twentieth of it (2 to 60 ms): enough for a
 * socket closed by the client to reach the server before the next request, without slowing tests.
 */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    sleep: (ms: number) => {
      asked.push(ms);
      return new Promise((resolve) => setTimeout(resolve, Math.min(60, Math.max(2, ms / 20))));
    },
  };
}
