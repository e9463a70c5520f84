// The session Microsoft's client talks to: OfficeExtension.SessionBase._overrideSession points at it,
// so each ClientRequestContext (Excel.run) asks it for a request executor, and every batch goes to
// executeAsync(customData, requestFlags, { Url, Headers, Body }). The executor does what Excel on the
// web does around a batch: measures the request and response JSON against the 5 MB limit, then lets the
// protocol core answer from the in-memory workbook.
//
// "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be
// thrown if that limit is exceeded."
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// Over the limit the web host answers the Office error 5103 (5104 for responses), which the client maps to
// ErrorCode "RequestPayloadSizeLimitExceeded" ("ResponsePayloadSizeLimitExceeded") with HTTP status 400
// (RichApiMessageUtility.buildResponseOnError in the published library); the executor answers the same.
import { defaultMessage, httpStatusOf } from "./errors";
import { processRequest, ReferenceTable } from "./processor";
import { ActionType, ObjectPathType, type ExecutorRequest, type ExecutorResponse, type RequestBody } from "./protocol";
import type { Host } from "./types/registry";

export interface BatchRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  /** The batch Excel.run sends after the run body to release tracked objects (excluded from counts). */
  cleanup: boolean;
}

export interface SessionLimits {
  maxPayloadBytes: number;
}

function errorResponse(code: string, message?: string): ExecutorResponse {
  return {
    HttpStatusCode: httpStatusOf(code),
    ErrorCode: code,
    ErrorMessage: message ?? defaultMessage(code),
    Headers: null,
    Body: null,
  };
}

/** Excel.run's cleanup batch: only `_RemoveReference` calls on the workbook (and its instantiation). */
function isCleanup(body: RequestBody): boolean {
  const actions = body.Actions ?? [];
  const isRoot = (id: number): boolean => body.ObjectPaths?.[String(id)]?.ObjectPathType === ObjectPathType.globalObject;
  return (
    actions.some((a) => a.ActionType === ActionType.method && a.Name === "_RemoveReference") &&
    actions.every(
      (a) =>
        (a.ActionType === ActionType.method && a.Name === "_RemoveReference") ||
        (a.ActionType === ActionType.instantiate && isRoot(a.ObjectPathId)),
    )
  );
}

export class EmulatedSession {
  readonly batches: BatchRecord[] = [];
  readonly refs = new ReferenceTable();
  private failures: { code: string; times: number }[] = [];
  private later: { pass: number; code: string; actions: number } | null = null;

  constructor(
    private readonly host: Host,
    private readonly limits: SessionLimits,
  ) {}

  failNext(code: string, times: number): void {
    this.failures.push({ code, times });
  }

  /**
   * Lets `pass` batches through, then fails the next one with `code` after running its first `actions` actions.
   * The Excel API has no transaction (nothing in it undoes a batch), so a failure part-way through a batch can
   * leave the operations before it done: the host plays that worst case for code that must survive it.
   */
  failAfter(pass: number, code: string, actions = 0): void {
    this.later = { pass, code, actions };
  }

  // ---- the SessionBase surface the client calls ----------------------------------------------

  _resolveRequestUrlAndHeaderInfo(): Promise<null> {
    return Promise.resolve(null);
  }

  _createRequestExecutorOrNull(): { executeAsync: (customData: unknown, flags: number, req: ExecutorRequest) => Promise<ExecutorResponse> } {
    return { executeAsync: (_customData, _flags, req) => Promise.resolve(this.execute(req)) };
  }

  /** Set by the harness: the client's own EventRegistration, built in its realm. */
  eventRegistration: unknown = null;

  getEventRegistration(): unknown {
    return this.eventRegistration;
  }

  // ---- one batch ---------------------------------------------------------------------------

  execute(req: ExecutorRequest): ExecutorResponse {
    const requestText = JSON.stringify(req.Body);
    const requestBytes = Buffer.byteLength(requestText, "utf8");
    const body = JSON.parse(requestText) as RequestBody;
    const record: BatchRecord = { requestBytes, responseBytes: 0, actions: body.Actions?.length ?? 0, cleanup: isCleanup(body) };
    this.batches.push(record);

    const failure = record.cleanup ? undefined : this.failures[0];
    if (failure) {
      failure.times--;
      if (failure.times <= 0) this.failures.shift();
      return errorResponse(failure.code);
    }
    if (requestBytes > this.limits.maxPayloadBytes) return errorResponse("RequestPayloadSizeLimitExceeded");
    if (this.later && !record.cleanup) {
      if (this.later.pass > 0) this.later.pass--;
      else {
        const { code, actions } = this.later;
        this.later = null;
        processRequest({ ...body, Actions: (body.Actions ?? []).slice(0, actions) }, this.host, this.refs);
        return errorResponse(code);
      }
    }

    const response = processRequest(body, this.host, this.refs);
    const responseText = JSON.stringify(response);
    record.responseBytes = Buffer.byteLength(responseText, "utf8");
    if (record.responseBytes > this.limits.maxPayloadBytes) return errorResponse("ResponsePayloadSizeLimitExceeded");
    return {
      HttpStatusCode: 200,
      ErrorCode: "",
      ErrorMessage: "",
      Headers: {},
      Body: JSON.parse(responseText) as ExecutorResponse["Body"],
    };
  }
}
