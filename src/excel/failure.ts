// Errors from Excel, turned into messages a DAF can act on: French first, then English (design.md §2).
// Codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling-
// (Excel.ErrorCodes, plus ActivityLimitReached / ServiceNotAvailable / RequestPayloadSizeLimitExceeded, which
// Excel on the web returns without a member in the enum).

/** What the failing work was doing, so the message can name the sheet. */
export interface FailureContext {
  /** The sheet being written or read, when the work is about one sheet. */
  sheet?: string;
}

/** An Excel error translated for the user. `message` is "français / English". */
export class ExcelFailure extends Error {
  override readonly name = "ExcelFailure";
  constructor(
    /** Excel's error code (e.g. "AccessDenied"), or "Unknown". */
    readonly code: string,
    readonly fr: string,
    readonly en: string,
    /** Excel's own message and location, for support. */
    readonly detail: string,
  ) {
    super(`${fr} / ${en}`);
  }
}

/** Codes that mean "Excel is busy right now": worth retrying after a short wait. */
export const BUSY_CODES: ReadonlySet<string> = new Set([
  "InvalidOperationInCellEditMode", // the user is typing in a cell
  "ActivityLimitReached", // Excel on the web throttles bursts of requests
  "ServiceNotAvailable", // Excel on the web, transient
  "Conflict", // another request changed the workbook at the same time
]);

interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string; message?: string; statement?: string };
}

/** True for the error objects Office.js rejects with (OfficeExtension.Error) and look-alikes. */
export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return typeof error === "object" && error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string";
}

export function errorCode(error: unknown): string {
  return isOfficeError(error) ? error.code : "Unknown";
}

function detailOf(error: unknown): string {
  if (!isOfficeError(error)) return error instanceof Error ? error.message : String(error);
  const where = error.debugInfo?.errorLocation ? ` (${error.debugInfo.errorLocation})` : "";
  return `${error.code}: ${error.message}${where}`;
}

/** The sheet named in a protection error, when Excel's message says which one. */
function protectedSheetOf(error: unknown, context: FailureContext): string | undefined {
  if (context.sheet) return context.sheet;
  const text = isOfficeError(error) ? `${error.message} ${error.debugInfo?.message ?? ""}` : "";
  const m = /sheet\s+["«']?(.+?)["»']?\s+is protected/i.exec(text);
  return m?.[1];
}

function looksProtected(error: unknown): boolean {
  if (!isOfficeError(error)) return false;
  return /protect/i.test(`${error.message} ${error.debugInfo?.message ?? ""}`);
}

/** The failure for a sheet the user protected: nothing was written. */
export function protectedSheetFailure(sheet: string, detail = ""): ExcelFailure {
  return new ExcelFailure(
    "AccessDenied",
    `La feuille « ${sheet} » est protégée : ôtez la protection (Révision > Ôter la protection de la feuille) puis relancez. Rien n'a été écrit.`,
    `The sheet "${sheet}" is protected: unprotect it (Review > Unprotect Sheet) and run again. Nothing was written.`,
    detail,
  );
}

/** The failure when Excel stayed busy (cell being edited, throttling) through every retry. */
export function busyFailure(code: string, detail: string): ExcelFailure {
  if (code === "InvalidOperationInCellEditMode") {
    return new ExcelFailure(
      code,
      "Excel est en train de modifier une cellule : terminez la saisie (Entrée ou Échap), puis relancez.",
      "Excel is editing a cell: finish the entry (Enter or Esc), then run again.",
      detail,
    );
  }
  return new ExcelFailure(
    code,
    "Excel est occupé et n'a pas répondu après plusieurs essais : patientez quelques secondes, puis relancez.",
    "Excel is busy and did not answer after several tries: wait a few seconds, then run again.",
    detail,
  );
}

/** Translates any error thrown inside Excel.run into an ExcelFailure (an ExcelFailure passes through). */
export function toExcelFailure(error: unknown, context: FailureContext = {}): ExcelFailure {
  if (error instanceof ExcelFailure) return error;
  const code = errorCode(error);
  const detail = detailOf(error);
  switch (code) {
    case "AccessDenied": {
      const sheet = protectedSheetOf(error, context);
      if (sheet && (looksProtected(error) || context.sheet)) return protectedSheetFailure(sheet, detail);
      return new ExcelFailure(
        code,
        "Excel refuse la modification : le classeur ou une feuille est protégé, ou le fichier est en lecture seule. Ôtez la protection (Révision) ou enregistrez une copie modifiable, puis relancez.",
        "Excel refused the change: the workbook or a sheet is protected, or the file is read-only. Remove the protection (Review) or save an editable copy, then run again.",
        detail,
      );
    }
    case "ItemNotFound":
      return new ExcelFailure(
        code,
        context.sheet
          ? `La feuille « ${context.sheet} » (ou une plage, un tableau qu'elle contient) est introuvable : elle a peut-être été renommée ou supprimée. Vérifiez le classeur, puis relancez.`
          : "Un élément du classeur (feuille, tableau ou plage) est introuvable : il a peut-être été renommé ou supprimé pendant l'opération. Relancez.",
        context.sheet
          ? `The sheet "${context.sheet}" (or a range or table in it) was not found: it may have been renamed or deleted. Check the workbook, then run again.`
          : "An item of the workbook (sheet, table or range) was not found: it may have been renamed or deleted meanwhile. Run again.",
        detail,
      );
    case "InvalidArgument":
      return new ExcelFailure(
        code,
        "Excel a refusé une donnée envoyée par Encours. Relancez ; si l'erreur revient, signalez-la avec le détail technique.",
        "Excel refused data sent by Encours. Run again; if the error comes back, report it with the technical detail.",
        detail,
      );
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
      return new ExcelFailure(
        code,
        "Cette version d'Excel ne prend pas en charge une fonction utilisée par Encours : mettez Excel à jour (Fichier > Compte > Options de mise à jour) ou utilisez Excel pour le web.",
        "This version of Excel does not support a feature Encours uses: update Excel (File > Account > Update Options) or use Excel on the web.",
        detail,
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new ExcelFailure(
        code,
        "Le volume de données échangé avec Excel dépasse sa limite pour une seule requête. Relancez ; si l'erreur revient, utilisez Excel pour Windows ou Mac, ou réduisez la taille des feuilles.",
        "The amount of data exchanged with Excel exceeds its limit for one request. Run again; if the error comes back, use Excel for Windows or Mac, or make the sheets smaller.",
        detail,
      );
    case "InvalidOperation":
      if (looksProtected(error)) return protectedSheetFailure(protectedSheetOf(error, context) ?? "?", detail);
      return new ExcelFailure(
        code,
        "Excel n'a pas pu effectuer l'opération dans l'état actuel du classeur (filtre, fusion de cellules, tableau…). Vérifiez la feuille concernée, puis relancez.",
        "Excel could not do the operation in the workbook's current state (filter, merged cells, table…). Check the sheet concerned, then run again.",
        detail,
      );
    case "InvalidOperationInCellEditMode":
    case "ActivityLimitReached":
    case "ServiceNotAvailable":
    case "Conflict":
      return busyFailure(code, detail);
    case "GeneralException":
      return new ExcelFailure(
        code,
        "Excel a rencontré une erreur interne. Enregistrez le classeur, relancez ; si l'erreur revient, fermez et rouvrez le classeur.",
        "Excel hit an internal error. Save the workbook and run again; if it comes back, close and reopen the workbook.",
        detail,
      );
    default:
      return new ExcelFailure(
        code,
        `Excel a renvoyé une erreur (${code}). Relancez ; si l'erreur revient, signalez-la avec le détail technique.`,
        `Excel returned an error (${code}). Run again; if it comes back, report it with the technical detail.`,
        detail,
      );
  }
}
