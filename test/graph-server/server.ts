// A local stand-in for Microsoft Graph's /me/messages, for tests and the drafts bench.
// It answers like Graph (../shared/schemas/graph/README.md): POST → 201 with the whole message,
// GET with $filter on a single-value extended property → collection, Bearer token required,
// and it plays the faults a draft creator must survive (throttling, 5xx, 401, silence, dropped sockets).
import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";

export type Fault =
  /** 429; with a Retry-After header when `retryAfter` is given (seconds or HTTP date). */
  | { kind: "throttle"; retryAfter?: string }
  /** 503, with Retry-After when given. */
  | { kind: "unavailable"; retryAfter?: string }
  | { kind: "server-error" }
  /** A 4xx refusal with Graph's error code, e.g. 403 ErrorAccessDenied. */
  | { kind: "refuse"; status: number; code: string; message: string }
  /** 401 whatever the token. */
  | { kind: "unauthorized" }
  /** Never answers; stores the draft first when `store`. */
  | { kind: "hang"; store: boolean }
  /** Stores the draft, then answers 201 only after `afterMs` (after the client gave up). */
  | { kind: "late"; afterMs: number }
  /** Destroys the socket once the request is read; stores the draft first when `store`. */
  | { kind: "drop"; store: boolean };

export interface FaultRule {
  fault: Fault;
  method?: "GET" | "POST";
  /**
   * The first request, numbered from 1 as received by the server (all methods), at or after this number.
   * A rule naming a key is always tried before rules that do not, so it plays on that key's first request.
   */
  fromRequest?: number;
  /** The reminder key (extended property value) of a POST body or of a GET $filter. */
  key?: string;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

export interface StoredMessage {
  id: string;
  webLink: string;
  subject: string;
  to: string[];
  cc: string[];
  html: string;
  /** Extended properties as sent: id → value. */
  properties: Map<string, string>;
}

export interface RequestRecord {
  number: number;
  method: string;
  key: string | null;
  /** Status sent, or "hang" / "drop"; "late-201" when answered after the fault delay. */
  outcome: number | "hang" | "drop" | "late-201";
}

export type AnswerKind = "created" | "collection" | "error";

export interface FakeGraphOptions {
  /** Delay before every answer (default 0). */
  latencyMs?: number;
  faults?: FaultRule[];
  /** Default: tokens starting with "valid". */
  isValidToken?(token: string): boolean;
  /** Outlook's limit; a request beyond it gets 429 ApplicationThrottled with no Retry-After (default 4). */
  concurrencyLimit?: number;
  /** Checks a POST body; a returned string becomes 400 RequestBodyRead. */
  checkRequestBody?(body: unknown): string | null;
  /** Sees every body the server sends. */
  onAnswer?(kind: AnswerKind, status: number, body: unknown): void;
}

export interface FakeGraph {
  /** e.g. http://127.0.0.1:41234/v1.0 */
  baseUrl: string;
  messages(): StoredMessage[];
  requests(): RequestRecord[];
  /** The most requests the server had in hand at once. */
  maxInFlight(): number;
  addFault(rule: FaultRule): void;
  /** Fault rules not (fully) played yet. */
  pendingFaults(): FaultRule[];
  close(): Promise<void>;
}

const FILTER =
  /^singleValueExtendedProperties\/Any\(ep: ep\/id eq '((?:[^']|'')*)' and ep\/value eq '((?:[^']|'')*)'\)$/;
const unquote = (text: string): string => text.replace(/''/g, "'");

const graphDate = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

function errorBody(code: string, message: string, now: number): object {
  return {
    error: {
      code,
      message,
      innerError: { date: graphDate(now).replace(/Z$/, ""), "request-id": randomUUID(), "client-request-id": randomUUID() },
    },
  };
}

function asRecipients(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((r: unknown) => (r as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address)
    .filter((a): a is string => typeof a === "string");
}

function extendedProperties(body: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const list = (body as { singleValueExtendedProperties?: unknown } | null)?.singleValueExtendedProperties;
  if (Array.isArray(list)) {
    for (const p of list) {
      const { id, value } = (p ?? {}) as { id?: unknown; value?: unknown };
      if (typeof id === "string" && typeof value === "string") out.set(id, value);
    }
  }
  return out;
}

export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  const latencyMs = options.latencyMs ?? 0;
  const isValidToken = options.isValidToken ?? ((t: string) => t.startsWith("valid"));
  const limit = options.concurrencyLimit ?? 4;
  const rules: Array<FaultRule & { left: number }> = (options.faults ?? []).map((r) => ({ ...r, left: r.times ?? 1 }));
  const store: StoredMessage[] = [];
  const log: RequestRecord[] = [];
  let received = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let port = 0;
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };

  const takeFault = (method: string, number: number, key: string | null): Fault | null => {
    const ordered = [...rules.filter((r) => r.key !== undefined), ...rules.filter((r) => r.key === undefined)];
    for (const rule of ordered) {
      if (rule.left <= 0) continue;
      if (rule.method !== undefined && rule.method !== method) continue;
      if (rule.fromRequest !== undefined && number < rule.fromRequest) continue;
      if (rule.key !== undefined && rule.key !== key) continue;
      rule.left -= 1;
      return rule.fault;
    }
    return null;
  };

  const save = (body: unknown): StoredMessage => {
    const n = store.length + 1;
    const id = `AAMkAGVuY291cnMtZmFrZS1ncmFwaABGAAAAAAD${String(n).padStart(6, "0")}AAA=`;
    const b = (body ?? {}) as { subject?: unknown; body?: { content?: unknown } };
    const message: StoredMessage = {
      id,
      webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
      subject: typeof b.subject === "string" ? b.subject : "",
      to: asRecipients((body as { toRecipients?: unknown }).toRecipients),
      cc: asRecipients((body as { ccRecipients?: unknown }).ccRecipients),
      html: typeof b.body?.content === "string" ? b.body.content : "",
      properties: extendedProperties(body),
    };
    store.push(message);
    return message;
  };

  const created = (m: StoredMessage): object => {
    const at = graphDate(Date.now());
    const text = m.html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
    const recipients = (list: string[]) => list.map((address) => ({ emailAddress: { name: address, address } }));
    return {
      "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('fake-user')/messages/$entity`,
      "@odata.etag": `W/"CQAAABYAAAD${m.id.slice(-12)}"`,
      id: m.id,
      createdDateTime: at,
      lastModifiedDateTime: at,
      changeKey: `CQAAABYAAAD${m.id.slice(-12)}`,
      categories: [],
      receivedDateTime: at,
      sentDateTime: at,
      hasAttachments: false,
      internetMessageId: `<${m.id.slice(-16, -4)}@fake.prod.outlook.com>`,
      subject: m.subject,
      bodyPreview: text.slice(0, 255),
      importance: "normal",
      parentFolderId: "AQMkAGVuY291cnMtZHJhZnRzAAAuAAAD",
      conversationId: `AAQkAGVuY291cnMt${m.id.slice(-12)}`,
      isDeliveryReceiptRequested: false,
      isReadReceiptRequested: false,
      isRead: true,
      isDraft: true,
      webLink: m.webLink,
      inferenceClassification: "focused",
      body: { contentType: "html", content: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${m.html}</body></html>` },
      toRecipients: recipients(m.to),
      ccRecipients: recipients(m.cc),
      bccRecipients: [],
      replyTo: [],
      flag: { flagStatus: "notFlagged" },
    };
  };

  const server = http.createServer((req, res) => {
    const number = ++received;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let settled = false;
    // "In hand" ends when the answer is handed to the socket (or the connection ends), not on 'finish':
    // the client may read the answer and send its next request before 'finish' is emitted.
    const settle = () => {
      if (!settled) {
        settled = true;
        inFlight -= 1;
      }
    };
    res.on("close", settle);
    const overLimit = inFlight > limit;

    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = req.method ?? "GET";
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = null;
      let unreadable = false;
      if (raw !== "") {
        try {
          body = JSON.parse(raw);
        } catch {
          unreadable = true;
        }
      }
      const filter = url.searchParams.get("$filter");
      const match = filter === null ? null : FILTER.exec(filter);
      const key =
        method === "POST" ? (Array.from(extendedProperties(body).values())[0] ?? null) : match ? unquote(match[2] ?? "") : null;
      const record: RequestRecord = { number, method, key, outcome: "hang" };
      log.push(record);

      const send = (status: number, kind: AnswerKind, payload: object, headers: Record<string, string> = {}) => {
        options.onAnswer?.(kind, status, payload);
        if (res.destroyed) return;
        record.outcome = status;
        settle();
        res.writeHead(status, { "Content-Type": "application/json; odata.metadata=minimal", ...headers });
        res.end(JSON.stringify(payload));
      };
      const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
        send(status, "error", errorBody(code, message, Date.now()), headers);

      const respond = () => {
        if (overLimit) {
          return fail(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.");
        }
        const fault = takeFault(method, number, key);
        const auth = req.headers.authorization ?? "";
        const token = auth.startsWith("Bearer ") ? auth.slice("Bearer ".length) : "";
        if (fault?.kind === "unauthorized" || !isValidToken(token)) {
          return fail(
            401,
            "InvalidAuthenticationToken",
            token === "" ? "Access token is empty." : "Lifetime validation failed, the token is expired.",
          );
        }
        const isPost = method === "POST" && url.pathname === "/v1.0/me/messages";
        const isList = method === "GET" && url.pathname === "/v1.0/me/messages";
        if (!isPost && !isList) return fail(404, "ResourceNotFound", `Resource not found for the segment '${url.pathname}'.`);

        switch (fault?.kind) {
          case "throttle":
            return fail(429, "TooManyRequests", "Too many requests.", fault.retryAfter ? { "Retry-After": fault.retryAfter } : {});
          case "unavailable":
            return fail(503, "serviceNotAvailable", "Service unavailable.", fault.retryAfter ? { "Retry-After": fault.retryAfter } : {});
          case "server-error":
            return fail(500, "generalException", "An internal server error occurred.");
          case "refuse":
            return fail(fault.status, fault.code, fault.message);
          case "hang":
            if (fault.store && isPost) save(body);
            record.outcome = "hang";
            return;
          case "drop":
            if (fault.store && isPost) save(body);
            record.outcome = "drop";
            settle();
            req.socket.destroy();
            return;
          default:
            break;
        }

        if (isList) {
          if (filter === null || !match) {
            return fail(400, "BadRequest", "Invalid filter clause: only the extended-property filter is supported here.");
          }
          const propertyId = unquote(match[1] ?? "");
          const value = unquote(match[2] ?? "").toLowerCase(); // Graph may compare values case-insensitively
          const found = store.filter((m) => m.properties.get(propertyId)?.toLowerCase() === value);
          return send(200, "collection", {
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('fake-user')/messages(id,webLink)",
            value: found.map((m) => ({ "@odata.etag": `W/"CQAAABYAAAD${m.id.slice(-12)}"`, id: m.id, webLink: m.webLink })),
          });
        }

        if (unreadable) return fail(400, "RequestBodyRead", "Cannot read the request body.");
        const problem = options.checkRequestBody?.(body) ?? null;
        if (problem !== null) return fail(400, "RequestBodyRead", problem);
        const message = save(body);
        if (fault?.kind === "late") {
          record.outcome = "late-201";
          later(() => {
            const payload = created(message);
            options.onAnswer?.("created", 201, payload);
            if (res.destroyed) return;
            settle();
            res.writeHead(201, { "Content-Type": "application/json" });
            res.end(JSON.stringify(payload));
          }, fault.afterMs);
          return;
        }
        return send(201, "created", created(message), { Location: `http://127.0.0.1:${port}/v1.0/me/messages/${encodeURIComponent(message.id)}` });
      };

      if (latencyMs > 0) later(respond, latencyMs);
      else respond();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1.0`,
    messages: () => [...store],
    requests: () => [...log],
    maxInFlight: () => maxInFlight,
    addFault: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    pendingFaults: () => rules.filter((r) => r.left > 0),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
