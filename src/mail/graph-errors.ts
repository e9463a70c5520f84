// Graph failures turned into messages a CFO can act on (French first, then English).
// We branch on Graph's error code and the HTTP status, never on Graph's (English, changing) message.
import type { DraftError } from "./types";

/** The code and message of a Graph error body `{ error: { code, message } }`, when it is one. */
export function graphErrorOf(body: unknown): { code: string; message: string } | null {
  if (typeof body !== "object" || body === null) return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== "string") return null;
  return { code, message: typeof message === "string" ? message : "" };
}

const clip = (text: string, max = 200): string => (text.length > max ? text.slice(0, max - 1) + "…" : text);

/** A refused draft (4xx other than 401/429, or 401 after a fresh token). */
export function refusalError(status: number, body: unknown): DraftError {
  const graph = graphErrorOf(body);
  const code = graph?.code ?? `HTTP${status}`;
  const detail = graph?.message ? ` Graph: ${clip(graph.message)}` : "";
  const tag = `(HTTP ${status}, ${code})`;
  const say = (fr: string, en: string): DraftError => ({ code, message: `${fr} ${tag}. / ${en} ${tag}.${detail}` });

  if (status === 401) {
    return say(
      "Session Microsoft refusée ou expirée : reconnectez-vous puis relancez le lot",
      "Microsoft session refused or expired: sign in again and rerun the batch",
    );
  }
  if (code === "ErrorQuotaExceeded") {
    return say("Boîte aux lettres pleine : libérez de la place dans Outlook", "Mailbox full: free some space in Outlook");
  }
  if (status === 413 || code === "ErrorMessageSizeExceeded") {
    return say(
      "Message trop volumineux pour Outlook : réduisez le nombre de factures du courriel",
      "Message too large for Outlook: put fewer invoices in the e-mail",
    );
  }
  if (status === 403) {
    return say(
      "Accès refusé à la boîte aux lettres : l'application doit avoir l'autorisation Mail.ReadWrite (consentement à demander à l'administrateur)",
      "Access to the mailbox denied: the application needs the Mail.ReadWrite permission (ask the administrator for consent)",
    );
  }
  if (status === 404 || code === "MailboxNotEnabledForRESTAPI") {
    return say(
      "Boîte aux lettres introuvable ou hors Exchange Online : utilisez les fichiers .eml",
      "Mailbox not found or not on Exchange Online: use the .eml files",
    );
  }
  if (status === 400) {
    return say(
      "Outlook a refusé le brouillon : vérifiez les adresses e-mail du client et l'objet",
      "Outlook rejected the draft: check the client's e-mail addresses and the subject",
    );
  }
  return say("Outlook a refusé le brouillon", "Outlook rejected the draft");
}

/** Why the last try did not succeed, to explain a draft that ran out of attempts. */
export type LastProblem =
  | { kind: "throttled"; status: number }
  | { kind: "unavailable"; status: number }
  | { kind: "unknown"; reason: "timeout" | "network" };

export function exhaustedError(attempts: number, last: LastProblem, outcomeUnknown: boolean): DraftError {
  const maybe = outcomeUnknown
    ? " Le brouillon a peut-être été créé : reprenez le lot, Encours le retrouvera au lieu de le recréer."
    : "";
  const maybeEn = outcomeUnknown
    ? " The draft may exist: resume the batch and Encours will find it instead of creating it again."
    : "";
  let fr: string;
  let en: string;
  switch (last.kind) {
    case "throttled":
      fr = `Outlook limite le nombre de requêtes (HTTP ${last.status}) : brouillon non créé après ${attempts} tentatives, réessayez dans quelques minutes.`;
      en = `Outlook is throttling requests (HTTP ${last.status}): draft not created after ${attempts} attempts, try again in a few minutes.`;
      break;
    case "unavailable":
      fr = `Outlook est indisponible (HTTP ${last.status}) après ${attempts} tentatives.`;
      en = `Outlook is unavailable (HTTP ${last.status}) after ${attempts} attempts.`;
      break;
    case "unknown":
      fr = `Pas de réponse d'Outlook (${last.reason === "timeout" ? "délai dépassé" : "connexion coupée"}) après ${attempts} tentatives.`;
      en = `No answer from Outlook (${last.reason === "timeout" ? "timed out" : "connection dropped"}) after ${attempts} attempts.`;
      break;
  }
  return { code: "RetriesExhausted", message: `${fr}${maybe} / ${en}${maybeEn}`, ...(outcomeUnknown ? { outcomeUnknown } : {}) };
}
