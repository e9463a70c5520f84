// Outlook drafts through Microsoft Graph: POST /me/messages, one per reminder, never twice.
//
// Rules (../shared/schemas/graph/README.md has the Graph facts):
// - at most 4 requests in flight (Outlook's per-mailbox limit); a waiting draft holds no slot;
// - 429 and 503 wait for Retry-After (seconds or HTTP date), else exponential backoff with jitter;
// - 401: the token is re-acquired once (forceRefresh, shared by concurrent 401s), then the draft fails;
// - other 4xx: the draft fails with Graph's code and a French message;
// - a timeout, a dropped connection or a 5xx leaves the outcome unknown: before any new POST the draft is
//   looked up by its idempotency key (an extended property written in the same POST), and returned as
//   "existing" when found. With `resume: true`, every draft is looked up before its first POST.
//   /me/messages spans every folder, so a reminder already sent from Drafts is found as well.
import { exhaustedError, refusalError, type LastProblem } from "./graph-errors";
import { createLimiter } from "./limiter";
import { keyProblem } from "./reminder-key";
import { backoffMs, retryAfterMs } from "./retry-timing";
import type { DraftError, DraftMessage, DraftOutcome } from "./types";

/** Our named property in our own GUID namespace; the Name part is matched case-sensitively by Graph. */
export const REMINDER_KEY_PROPERTY_ID = "String {3e579771-ca45-478d-9107-e29af8f04703} Name EncoursReminderKey";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

/** Outlook allows 4 concurrent requests per app and mailbox. */
export const MAX_CONCURRENT_REQUESTS = 4;

/** How long a timed-out request keeps its slot after it is abandoned. */
export const ABORT_GRACE_MS = 1000;

export interface CreateDraftsDeps {
  fetch: typeof fetch;
  /** A Graph token with Mail.ReadWrite; `forceRefresh` after a 401. Never stored by this module. */
  getToken(opts?: { forceRefresh?: boolean }): Promise<string>;
  /** Default https://graph.microsoft.com/v1.0. */
  baseUrl?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Clock for Retry-After dates, in ms since the epoch. */
  now?: () => number;
  /** In [0, 1), for the backoff jitter. */
  random?: () => number;
  /** Requests in flight, 1 to 4 (default 4; larger values are lowered to 4). */
  maxConcurrent?: number;
  /** Per request, until the whole answer is read (default 30 s). */
  timeoutMs?: number;
  /** HTTP requests per draft, creations and look-ups together (default 6). */
  maxAttempts?: number;
  /** A Retry-After longer than this is cut to it (default 120 s). */
  maxRetryAfterMs?: number;
  /** Look every draft up before creating it (taskpane reopened mid-batch). */
  resume?: boolean;
  /** Called once per draft with its final outcome, as soon as it is known. */
  onProgress?(outcome: DraftOutcome): void;
}

/** The Graph JSON body for a draft; exported for the contract test against message.schema.json. */
export function draftRequestBody(draft: DraftMessage): Record<string, unknown> {
  const recipients = (addresses: string[]) =>
    addresses.map((a) => a.trim()).filter((a) => a !== "").map((address) => ({ emailAddress: { address } }));
  return {
    subject: draft.subject.replace(/[\r\n]+/g, " "),
    body: { contentType: "HTML", content: draft.html },
    toRecipients: recipients(draft.to),
    ccRecipients: recipients(draft.cc),
    singleValueExtendedProperties: [{ id: REMINDER_KEY_PROPERTY_ID, value: draft.idempotencyKey }],
  };
}

/** OData string literal: single quotes are doubled. */
const odataString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** The look-up URL of the draft holding `key` (relative to the base URL). */
export function lookupPath(key: string): string {
  const filter =
    `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(REMINDER_KEY_PROPERTY_ID)}` +
    ` and ep/value eq ${odataString(key)})`;
  return `/me/messages?$filter=${encodeURIComponent(filter)}&$select=id,webLink`;
}

type HttpResult =
  | { kind: "answer"; status: number; retryAfter: string | null; body: unknown }
  | { kind: "unknown"; reason: "timeout" | "network" };

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Forced token refreshes allowed in one batch (concurrent 401s share one). */
const MAX_REFRESHES_PER_BATCH = 3;

/**
 * One token for the whole batch. After a 401, `renew` gives a newer token: the one another draft already
 * obtained, or a forced refresh shared by every draft rejected meanwhile. A failed refresh, or more than
 * MAX_REFRESHES_PER_BATCH of them, stops renewals, so a batch never keeps asking the user to sign in.
 * The first sign-in failure is shared too: every draft fails with it, nobody asks again.
 */
class TokenHolder {
  private current: Promise<string> | null = null;
  private value: string | null = null;
  private refreshing: Promise<string> | null = null;
  private refreshes = 0;
  private stopped = false;

  constructor(private readonly source: CreateDraftsDeps["getToken"]) {}

  get(): Promise<string> {
    if (this.current === null) this.current = this.follow(this.source());
    return this.current;
  }

  async renew(rejected: string): Promise<string | null> {
    if (this.value !== null && this.value !== rejected) return this.value;
    if (this.refreshing === null) {
      if (this.stopped || this.refreshes >= MAX_REFRESHES_PER_BATCH) return null;
      this.refreshes += 1;
      this.value = null;
      const fresh = this.follow(this.source({ forceRefresh: true }));
      this.current = fresh;
      this.refreshing = fresh;
      fresh.then(
        () => undefined,
        () => {
          this.stopped = true;
        },
      ).finally(() => {
        if (this.refreshing === fresh) this.refreshing = null;
      });
    }
    try {
      const token = await this.refreshing;
      return token === rejected ? null : token;
    } catch {
      return null;
    }
  }

  private follow(p: Promise<string>): Promise<string> {
    p.then(
      (token) => {
        if (this.current === p) this.value = token;
      },
      () => undefined,
    );
    return p;
  }
}

function authFailure(error: unknown): DraftError {
  const detail = error instanceof Error && error.message ? error.message : "";
  // Token providers throw French-first messages; keep them, and never print a token.
  return {
    code: "AuthFailed",
    message: detail || "Connexion à Microsoft impossible : reconnectez-vous. / Could not sign in to Microsoft: sign in again.",
  };
}

function invalidKeyError(key: string, problem: string): DraftError {
  return {
    code: "InvalidKey",
    message:
      `Clé d'idempotence inutilisable « ${key} » (${problem}) : construisez-la avec reminderKey(). / ` +
      `Unusable idempotency key "${key}" (${problem}): build it with reminderKey().`,
  };
}

function duplicateKeyError(key: string): DraftError {
  return {
    code: "DuplicateKey",
    message:
      `Deux brouillons du lot ont la même clé « ${key} » : un seul est créé. / ` +
      `Two drafts in the batch share the key "${key}": only one is created.`,
  };
}

/**
 * Creates one Outlook draft per message and answers one outcome per message, in input order.
 * Never rejects: every problem becomes a "failed" outcome with a French message.
 */
export async function createDrafts(drafts: DraftMessage[], deps: CreateDraftsDeps): Promise<DraftOutcome[]> {
  const baseUrl = (deps.baseUrl ?? GRAPH_BASE_URL).replace(/\/+$/, "");
  const sleep = deps.sleep ?? defaultSleep;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const maxAttempts = Math.max(1, deps.maxAttempts ?? 6);
  const maxRetryAfterMs = deps.maxRetryAfterMs ?? 120_000;
  const limiter = createLimiter(Math.min(MAX_CONCURRENT_REQUESTS, Math.max(1, Math.floor(deps.maxConcurrent ?? MAX_CONCURRENT_REQUESTS))));
  const tokens = new TokenHolder((opts) => deps.getToken(opts));

  /** One HTTP exchange inside a limiter slot; the timeout covers reading the whole answer. */
  const send = (method: "GET" | "POST", path: string, token: string, body?: unknown): Promise<HttpResult> =>
    limiter.run(async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
        if (body !== undefined) headers["Content-Type"] = "application/json";
        const response = await deps.fetch(baseUrl + path, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: controller.signal,
        });
        const text = await response.text();
        let parsed: unknown = null;
        try {
          parsed = text === "" ? null : JSON.parse(text);
        } catch {
          parsed = null;
        }
        return { kind: "answer", status: response.status, retryAfter: response.headers.get("Retry-After"), body: parsed };
      } catch {
        if (!controller.signal.aborted) return { kind: "unknown", reason: "network" };
        // The server may still be working on the abandoned request and count it against the mailbox's
        // limit: keep its slot a little longer before handing it to the next request.
        await sleep(ABORT_GRACE_MS);
        return { kind: "unknown", reason: "timeout" };
      } finally {
        clearTimeout(timer);
      }
    });

  const deliver = async (draft: DraftMessage): Promise<DraftOutcome> => {
    const key = draft.idempotencyKey;
    let attempts = 0;
    let unknown = deps.resume === true; // must look up before the next POST
    let retries = 0;
    let last: LastProblem | null = null;
    let token: string;

    const done = (o: Omit<DraftOutcome, "key" | "attempts">): DraftOutcome => ({ key, attempts, ...o });
    const failed = (error: DraftError): DraftOutcome => done({ status: "failed", error });

    try {
      token = await tokens.get();
    } catch (error) {
      return failed(authFailure(error));
    }

    /** Wait before the next request (not after the last one). */
    const wait = async (retryAfter: string | null): Promise<void> => {
      if (attempts >= maxAttempts) return;
      retries += 1;
      const asked = retryAfterMs(retryAfter, now());
      await sleep(asked === null ? backoffMs(retries, random) : Math.min(asked, maxRetryAfterMs));
    };

    /** A 401: true when a newer token is there to retry with (once per draft). */
    let renewed = false;
    const renewToken = async (): Promise<boolean> => {
      if (renewed) return false;
      renewed = true;
      const fresh = await tokens.renew(token);
      if (fresh === null) return false;
      token = fresh;
      return true;
    };

    while (attempts < maxAttempts) {
      attempts += 1;
      if (unknown) {
        const result = await send("GET", lookupPath(key), token);
        if (result.kind === "unknown") {
          last = result;
          await wait(null);
          continue;
        }
        const { status, body } = result;
        if (status === 200) {
          const first = Array.isArray((body as { value?: unknown } | null)?.value)
            ? ((body as { value: unknown[] }).value[0] as { id?: unknown; webLink?: unknown } | undefined)
            : undefined;
          if (first && typeof first.id === "string") {
            return done({ status: "existing", id: first.id, ...(typeof first.webLink === "string" ? { webLink: first.webLink } : {}) });
          }
          if (Array.isArray((body as { value?: unknown } | null)?.value)) {
            unknown = false; // certainly not there: create it
            continue;
          }
          last = { kind: "unavailable", status };
          await wait(null);
          continue;
        }
        if (status === 401) {
          if (await renewToken()) continue;
          return failed(refusalError(401, body));
        }
        if (status === 429 || status >= 500) {
          last = status === 429 ? { kind: "throttled", status } : { kind: "unavailable", status };
          await wait(status === 429 || status === 503 ? result.retryAfter : null);
          continue;
        }
        return failed({ ...refusalError(status, body), outcomeUnknown: true });
      }

      const result = await send("POST", "/me/messages", token, draftRequestBody(draft));
      if (result.kind === "unknown") {
        unknown = true;
        last = result;
        await wait(null);
        continue;
      }
      const { status, body } = result;
      if (status === 201 || status === 200) {
        const message = body as { id?: unknown; webLink?: unknown } | null;
        if (message && typeof message.id === "string") {
          return done({ status: "created", id: message.id, ...(typeof message.webLink === "string" ? { webLink: message.webLink } : {}) });
        }
        unknown = true; // created, but the answer is unreadable: find it
        continue;
      }
      if (status === 401) {
        if (await renewToken()) continue;
        return failed(refusalError(401, body));
      }
      if (status === 429) {
        last = { kind: "throttled", status };
        await wait(result.retryAfter);
        continue;
      }
      if (status >= 500) {
        // A gateway may answer 5xx after the mailbox stored the item: look before creating again.
        unknown = true;
        last = status === 503 && result.retryAfter !== null ? { kind: "throttled", status } : { kind: "unavailable", status };
        await wait(status === 503 ? result.retryAfter : null);
        continue;
      }
      return failed(refusalError(status, body));
    }
    return failed(exhaustedError(attempts, last ?? { kind: "unknown", reason: "network" }, unknown));
  };

  const seen = new Map<string, number>();
  const outcomes = drafts.map(async (draft, index) => {
    const key = draft.idempotencyKey;
    const problem = keyProblem(key);
    let outcome: DraftOutcome;
    if (problem !== null) {
      outcome = { key, status: "failed", error: invalidKeyError(key, problem), attempts: 0 };
    } else if ((seen.get(key.toLowerCase()) ?? index) !== index) {
      outcome = { key, status: "failed", error: duplicateKeyError(key), attempts: 0 };
    } else {
      seen.set(key.toLowerCase(), index);
      outcome = await deliver(draft);
    }
    deps.onProgress?.(outcome);
    return outcome;
  });
  return Promise.all(outcomes);
}
