// A port that throws instead of answering a Failure still gives the user a sentence, never a stack.
import { splitBilingual, type Localized } from "../core/reminders/language";

/** The readable part of anything thrown (ExcelFailure and SignInError messages are French / English). */
export function thrownText(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  return "Erreur inconnue / Unknown error";
}

/** A thrown value as a Failure message. */
export function thrownMessage(error: unknown): Localized {
  return splitBilingual(thrownText(error));
}
