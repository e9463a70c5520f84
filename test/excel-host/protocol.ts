// Shapes of the messages Microsoft's client library (OfficeExtension runtime inside
// node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js) exchanges with a host.
// Read from the published library's request builder (ClientRequestBase.buildRequestMessageBodyAndRequestFlags)
// and response reader (ClientRequestContext.processRequestExecutorResponseMessage); nothing here is copied.

/** ObjectPathType values used by the client's ObjectPathFactory. */
export const ObjectPathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
} as const;

/** ActionType values used by the client's action factories. */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Parallel to Arguments: 0 for a plain value, the ObjectPath id when the argument is a client object. */
  ReferencedObjectPathIds?: unknown[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ErrorInfo {
  Code: string;
  Message: string;
  Location: string;
  /** Index in Actions of the failing action: the client uses it to print the failing statement. */
  ActionIndex: number;
  HttpStatusCode: number;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: ErrorInfo;
}

/** What an IRequestExecutor resolves with (see OfficeJsRequestExecutor / RichApiMessageUtility.buildResponseOnSuccess|OnError). */
export interface ExecutorResponse {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string> | null;
  Body: ResponseBody | null;
}

export interface ExecutorRequest {
  Url: string;
  Headers: Record<string, string>;
  Body: RequestBody;
}
