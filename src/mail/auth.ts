// Sign-in for Graph (Mail.ReadWrite), behind a TokenProvider that the UI and createDrafts use without
// knowing MSAL. The decisions live here and are tested with fakes; src/mail/auth-office.ts wires the
// real MSAL and Office objects.
//
// - Nested app authentication (NAA) where Office supports it (requirement set NestedAppAuth 1.1):
//   MSAL's nestable client, silent first (with the active or first known account), a popup when MSAL says
//   interaction is required (InteractionRequiredAuthError, or no account yet).
// - Elsewhere (older Office, Office on the web with a local file…): an Office dialog opens our small auth
//   page (src/mail/auth-dialog.ts), which signs in with MSAL's standard client and sends the token back.
// Tokens live in memory only (and in MSAL's own cache): never in the workbook, settings or logs.

export const GRAPH_SCOPES = ["Mail.ReadWrite"];
export const AUTHORITY = "https://login.microsoftonline.com/common";

export interface Account {
  username: string;
  name?: string;
}

export type AuthState = "signed-out" | "signed-in" | "unsupported";

export interface TokenProvider {
  /** A Graph access token; `forceRefresh` after Graph answered 401. May open a sign-in window. */
  getToken(opts?: { forceRefresh?: boolean }): Promise<string>;
  signIn(): Promise<Account>;
  signOut(): Promise<void>;
  state(): AuthState;
}

export type AuthErrorCode = "cancelled" | "not-configured" | "unsupported" | "failed";

/** What sign-in failures become: a code for the UI and a French-first message. */
export class SignInError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "SignInError";
  }
}

export const CANCELLED_MESSAGE =
  "Connexion annulée : les brouillons n'ont pas été créés. Reconnectez-vous, ou téléchargez les fichiers .eml. / " +
  "Sign-in cancelled: no draft was created. Sign in again, or download the .eml files.";

// ---- The narrow surface of MSAL we use (MSAL's PublicClientApplication satisfies it) ----

export interface MsalAccount {
  username: string;
  name?: string;
  homeAccountId: string;
}

export interface MsalTokenResult {
  accessToken: string;
  account: MsalAccount | null;
}

export interface MsalLike {
  getActiveAccount(): MsalAccount | null;
  getAllAccounts(): MsalAccount[];
  setActiveAccount(account: MsalAccount | null): void;
  acquireTokenSilent(request: { scopes: string[]; account?: MsalAccount; forceRefresh?: boolean }): Promise<MsalTokenResult>;
  acquireTokenPopup(request: { scopes: string[]; account?: MsalAccount }): Promise<MsalTokenResult>;
}

/** What the auth dialog page sends back (src/mail/auth-dialog.ts). */
export interface DialogToken {
  accessToken: string;
  /** Expiry, ms since the epoch. */
  expiresOn: number;
  account: Account;
}

export interface TokenProviderDeps {
  /** The Entra application (client) id from the settings; empty when not configured. */
  clientId: string;
  /** Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"). */
  naaSupported(): boolean;
  /** createNestablePublicClientApplication({ auth: { clientId, authority } }). */
  createNestable(config: { auth: { clientId: string; authority: string } }): Promise<MsalLike>;
  /** Opens the Office dialog auth page and resolves with its answer; absent outside Office. */
  dialog?: (request: { clientId: string; forceRefresh: boolean }) => Promise<DialogToken>;
  now?: () => number;
}

/** MSAL errors that mean "ask the user" (InteractionRequiredAuthError, or no account to be silent with). */
export function needsInteraction(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, errorCode } = error as { name?: unknown; errorCode?: unknown };
  if (name === "InteractionRequiredAuthError") return true;
  return (
    typeof errorCode === "string" &&
    ["interaction_required", "login_required", "consent_required", "no_account_error", "no_tokens_found", "no_account_found"].includes(errorCode)
  );
}

/** The user closed the popup or the dialog (MSAL: "user_cancelled" in the browser, "user_canceled" via NAA). */
export function isCancellation(error: unknown): boolean {
  if (error instanceof SignInError) return error.code === "cancelled";
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return code === "user_cancelled" || code === "user_canceled";
}

function failure(error: unknown): SignInError {
  if (error instanceof SignInError) return error;
  if (isCancellation(error)) return new SignInError("cancelled", CANCELLED_MESSAGE);
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  const tag = typeof code === "string" && code !== "" ? ` (${code})` : "";
  return new SignInError(
    "failed",
    `Connexion à Microsoft impossible${tag} : réessayez, ou téléchargez les fichiers .eml. / ` +
      `Could not sign in to Microsoft${tag}: try again, or download the .eml files.`,
  );
}

const NOT_CONFIGURED = new SignInError(
  "not-configured",
  "Identifiant d'application Microsoft (client id) absent des paramètres : voir « Connexion à Outlook » dans le README. / " +
    "Microsoft application (client) id missing from the settings: see \"Connexion à Outlook\" in the README.",
);

const UNSUPPORTED = new SignInError(
  "unsupported",
  "Cette version d'Office ne permet pas de se connecter à Outlook depuis le complément : téléchargez les fichiers .eml. / " +
    "This Office version cannot sign in to Outlook from the add-in: download the .eml files.",
);

/** Renew a dialog token this long before it expires. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

export type SignInMode = "naa" | "dialog" | "none";

export interface DecidingTokenProvider extends TokenProvider {
  /** Which way sign-in goes, decided on first use. */
  mode(): SignInMode;
}

export function createTokenProvider(deps: TokenProviderDeps): DecidingTokenProvider {
  const now = deps.now ?? Date.now;
  let chosen: SignInMode | null = null;
  let pca: Promise<MsalLike> | null = null;
  let account: Account | null = null;
  let dialogToken: DialogToken | null = null;
  /** One interactive sign-in at a time: concurrent callers share it. */
  let interactive: Promise<{ token: string; account: Account }> | null = null;

  const mode = (): SignInMode => {
    if (chosen === null) chosen = deps.naaSupported() ? "naa" : deps.dialog ? "dialog" : "none";
    return chosen;
  };

  const shared = (run: () => Promise<{ token: string; account: Account }>) => {
    if (interactive === null) {
      interactive = run().finally(() => {
        interactive = null;
      });
    }
    return interactive;
  };

  const toAccount = (a: MsalAccount | null): Account | null =>
    a ? { username: a.username, ...(a.name ? { name: a.name } : {}) } : null;

  const viaNaa = async (forceRefresh: boolean): Promise<{ token: string; account: Account }> => {
    if (pca === null) {
      pca = deps.createNestable({ auth: { clientId: deps.clientId, authority: AUTHORITY } });
      pca.catch(() => undefined);
    }
    let client: MsalLike;
    try {
      client = await pca;
    } catch (error) {
      // MSAL could not start in nested mode: use the dialog when there is one.
      pca = null;
      if (deps.dialog) {
        chosen = "dialog";
        return viaDialog(forceRefresh);
      }
      throw failure(error);
    }
    const known = client.getActiveAccount() ?? client.getAllAccounts()[0] ?? undefined;
    try {
      const result = await client.acquireTokenSilent({
        scopes: GRAPH_SCOPES,
        ...(known ? { account: known } : {}),
        ...(forceRefresh ? { forceRefresh: true } : {}),
      });
      if (result.account) client.setActiveAccount(result.account);
      return { token: result.accessToken, account: toAccount(result.account ?? known ?? null) ?? { username: "" } };
    } catch (error) {
      if (!needsInteraction(error)) throw failure(error);
    }
    return shared(async () => {
      try {
        const result = await client.acquireTokenPopup({ scopes: GRAPH_SCOPES, ...(known ? { account: known } : {}) });
        if (result.account) client.setActiveAccount(result.account);
        return { token: result.accessToken, account: toAccount(result.account) ?? { username: "" } };
      } catch (error) {
        throw failure(error);
      }
    });
  };

  const viaDialog = async (forceRefresh: boolean): Promise<{ token: string; account: Account }> => {
    const open = deps.dialog;
    if (!open) throw UNSUPPORTED;
    if (!forceRefresh && dialogToken && dialogToken.expiresOn - EXPIRY_MARGIN_MS > now()) {
      return { token: dialogToken.accessToken, account: dialogToken.account };
    }
    return shared(async () => {
      try {
        const answer = await open({ clientId: deps.clientId, forceRefresh });
        dialogToken = answer;
        return { token: answer.accessToken, account: answer.account };
      } catch (error) {
        dialogToken = null;
        throw failure(error);
      }
    });
  };

  const acquire = async (forceRefresh: boolean) => {
    if (deps.clientId.trim() === "") throw NOT_CONFIGURED;
    const way = mode();
    const got = way === "naa" ? await viaNaa(forceRefresh) : way === "dialog" ? await viaDialog(forceRefresh) : null;
    if (got === null) throw UNSUPPORTED;
    account = got.account;
    return got;
  };

  return {
    mode,
    async getToken(opts) {
      return (await acquire(opts?.forceRefresh === true)).token;
    },
    async signIn() {
      return (await acquire(false)).account;
    },
    async signOut() {
      account = null;
      dialogToken = null;
      if (pca !== null) {
        try {
          (await pca).setActiveAccount(null);
        } catch {
          // nothing to forget
        }
      }
    },
    state() {
      if (deps.clientId.trim() === "" || mode() === "none") return "unsupported";
      return account ? "signed-in" : "signed-out";
    },
  };
}
