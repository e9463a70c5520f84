// The real wiring of the TokenProvider inside Office: MSAL's nestable client and the Office dialog.
// The page opened by the dialog is src/mail/auth-dialog.ts (its own webpack entry, e.g. auth.html,
// registered as a "Single-page application" redirect URI of the Entra app, like brk-multihub://<domain>
// for NAA; see the README).
import { createNestablePublicClientApplication } from "@azure/msal-browser";
import { createTokenProvider, SignInError, CANCELLED_MESSAGE, type DecidingTokenProvider, type DialogToken } from "./auth";
import { parseDialogMessage } from "./auth-dialog-protocol";

const inOffice = (): boolean => typeof Office !== "undefined" && Office.context !== undefined && Office.context !== null;

/** Office dialog error 12006: the user closed the dialog window. */
const DIALOG_CLOSED_BY_USER = 12006;

function openAuthDialog(dialogUrl: string, request: { clientId: string; forceRefresh: boolean }): Promise<DialogToken> {
  const url = new URL(dialogUrl);
  url.searchParams.set("clientId", request.clientId);
  if (request.forceRefresh) url.searchParams.set("fresh", "1");
  return new Promise<DialogToken>((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
      if (opened.status === Office.AsyncResultStatus.Failed) {
        reject(new SignInError("failed", `Fenêtre de connexion impossible à ouvrir (${opened.error.code}). / Could not open the sign-in window.`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
        if (!("message" in arg)) return;
        // Only our own page may answer (Office passes the sender's origin).
        if (arg.origin !== undefined && arg.origin !== url.origin) return;
        dialog.close();
        const answer = parseDialogMessage(arg.message);
        if (answer.ok) resolve(answer.token);
        else if (answer.cancelled) reject(new SignInError("cancelled", CANCELLED_MESSAGE));
        else reject(new SignInError("failed", `Connexion à Microsoft impossible (${answer.code}). / Could not sign in to Microsoft (${answer.code}).`));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = "error" in arg ? arg.error : 0;
        reject(
          code === DIALOG_CLOSED_BY_USER
            ? new SignInError("cancelled", CANCELLED_MESSAGE)
            : new SignInError("failed", `La fenêtre de connexion s'est fermée (${code}). / The sign-in window closed (${code}).`),
        );
      });
    });
  });
}

/**
 * The provider for the taskpane. `clientId` comes from the settings; `dialogUrl` is the absolute URL of
 * the auth page on the add-in's own domain.
 */
export function createOfficeTokenProvider(clientId: string, dialogUrl: string): DecidingTokenProvider {
  return createTokenProvider({
    clientId,
    naaSupported: () => inOffice() && Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
    createNestable: (config) => createNestablePublicClientApplication(config),
    dialog: inOffice() && typeof Office.context.ui?.displayDialogAsync === "function" ? (request) => openAuthDialog(dialogUrl, request) : undefined,
  });
}
