// Errors the emulated host answers, shaped like Excel's so that Microsoft's client raises an
// OfficeExtension.Error whose `code` is the one Excel would give.
// Codes and their meaning: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
// ("Error codes and messages" tables).

const statusOf: Record<string, number> = {
  AccessDenied: 403,
  ApiNotFound: 404,
  GeneralException: 500,
  InvalidArgument: 400,
  InvalidObjectPath: 400,
  InvalidOperation: 400,
  InvalidOperationInCellEditMode: 400,
  InvalidReference: 400,
  ItemAlreadyExists: 400,
  ItemNotFound: 404,
  InvalidSelection: 400,
  RangeExceedsLimit: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
};

/** The doc's message for each code (same link as above). */
const messageOf: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of the Office application.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path is not working for what you are trying to do.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidSelection: "The current selection is invalid for this operation.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export class HostError extends Error {
  readonly code: string;
  readonly location: string;
  readonly httpStatusCode: number;

  constructor(code: string, location: string, detail?: string) {
    super(detail ? `${messageOf[code] ?? code} (${detail})` : (messageOf[code] ?? code));
    this.code = code;
    this.location = location;
    this.httpStatusCode = statusOf[code] ?? 400;
  }
}

export function defaultMessage(code: string): string {
  return messageOf[code] ?? code;
}

export function httpStatusOf(code: string): number {
  return statusOf[code] ?? 400;
}

export const notFound = (location: string, detail?: string): HostError => new HostError("ItemNotFound", location, detail);
export const invalidArgument = (location: string, detail?: string): HostError =>
  new HostError("InvalidArgument", location, detail);
export const apiNotFound = (location: string, detail?: string): HostError => new HostError("ApiNotFound", location, detail);
