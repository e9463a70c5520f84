// The small page opened in an Office dialog where nested app authentication is not available.
// It signs in with MSAL's standard client (redirect flow inside the dialog window, MSAL's cache in
// sessionStorage so it dies with the dialog) and sends the token to the taskpane with messageParent.
// Webpack: an entry "auth" with this file and a bare auth.html; its URL is a SPA redirect URI of the app.
import { createStandardPublicClientApplication, type AuthenticationResult } from "@azure/msal-browser";
import { AUTHORITY, GRAPH_SCOPES, isCancellation } from "./auth";
import { dialogMessage, type DialogMessage } from "./auth-dialog-protocol";

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(dialogMessage(message));
}

function success(result: AuthenticationResult): DialogMessage {
  return {
    status: "success",
    accessToken: result.accessToken,
    expiresOn: result.expiresOn ? result.expiresOn.getTime() : 0,
    username: result.account?.username ?? "",
    ...(result.account?.name ? { name: result.account.name } : {}),
  };
}

export async function runAuthDialogPage(): Promise<void> {
  await Office.onReady();
  const here = new URL(window.location.href);
  const clientId = here.searchParams.get("clientId") ?? sessionStorage.getItem("encours.clientId") ?? "";
  // The redirect comes back without our query string: keep the client id for that second load.
  sessionStorage.setItem("encours.clientId", clientId);
  const fresh = here.searchParams.get("fresh") === "1";
  try {
    const pca = await createStandardPublicClientApplication({
      auth: { clientId, authority: AUTHORITY, redirectUri: `${here.origin}${here.pathname}` },
      cache: { cacheLocation: "sessionStorage" },
    });
    const returned = await pca.handleRedirectPromise();
    if (returned) {
      send(success(returned));
      return;
    }
    await pca.acquireTokenRedirect({ scopes: GRAPH_SCOPES, ...(fresh ? { prompt: "select_account" } : {}) });
  } catch (error) {
    const code = (error as { errorCode?: unknown } | null)?.errorCode;
    send(isCancellation(error) ? { status: "cancelled" } : { status: "failure", code: typeof code === "string" ? code : "unknown_error" });
  }
}
