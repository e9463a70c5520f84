import { BrowserAuthError, ClientAuthError, InteractionRequiredAuthError, ServerError } from "@azure/msal-browser";
import {
  AUTHORITY,
  createTokenProvider,
  GRAPH_SCOPES,
  SignInError,
  type DialogToken,
  type MsalAccount,
  type MsalLike,
  type MsalTokenResult,
  type TokenProviderDeps,
} from "../../src/mail/auth";
import { dialogMessage, parseDialogMessage } from "../../src/mail/auth-dialog-protocol";
import { createDrafts } from "../../src/mail/graph-drafts";
import { draft, recordingSleep, startCheckedGraph } from "../graph-server/harness";

const alice: MsalAccount = { username: "alice@cabinet.fr", name: "Alice Martin", homeAccountId: "a.1" };

/** A scripted MSAL: each call takes the next planned answer and is recorded. */
function fakeMsal(plan: {
  active?: MsalAccount | null;
  all?: MsalAccount[];
  silent?: Array<MsalTokenResult | Error>;
  popup?: Array<MsalTokenResult | Error>;
}) {
  const calls: Array<{ kind: "silent" | "popup" | "setActive"; arg: unknown }> = [];
  let active = plan.active ?? null;
  const next = async (queue: Array<MsalTokenResult | Error> | undefined, what: string) => {
    const answer = queue?.shift();
    if (answer === undefined) throw new Error(`unplanned ${what}`);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const msal: MsalLike = {
    getActiveAccount: () => active,
    getAllAccounts: () => plan.all ?? (active ? [active] : []),
    setActiveAccount: (a) => {
      calls.push({ kind: "setActive", arg: a });
      active = a;
    },
    acquireTokenSilent: (request) => {
      calls.push({ kind: "silent", arg: request });
      return next(plan.silent, "acquireTokenSilent");
    },
    acquireTokenPopup: async (request) => {
      calls.push({ kind: "popup", arg: request });
      await new Promise((r) => setTimeout(r, 5)); // a window the user looks at
      return next(plan.popup, "acquireTokenPopup");
    },
  };
  return { msal, calls };
}

function provider(over: Partial<TokenProviderDeps> & { msal?: MsalLike } = {}) {
  const created: unknown[] = [];
  const deps: TokenProviderDeps = {
    clientId: "11111111-2222-3333-4444-555555555555",
    naaSupported: () => true,
    createNestable: async (config) => {
      created.push(config);
      if (!over.msal) throw new Error("no MSAL in this test");
      return over.msal;
    },
    ...over,
  };
  return { tokens: createTokenProvider(deps), created };
}

const token = (accessToken: string, account: MsalAccount | null = alice): MsalTokenResult => ({ accessToken, account });

describe("sign-in for Outlook drafts", () => {
  it("gets a token silently with the active account through nested app auth", async () => {
    const { msal, calls } = fakeMsal({ active: alice, silent: [token("t-silent")] });
    const { tokens, created } = provider({ msal });
    expect(tokens.state()).toBe("signed-out");
    expect(await tokens.getToken()).toBe("t-silent");
    expect(created).toEqual([{ auth: { clientId: "11111111-2222-3333-4444-555555555555", authority: AUTHORITY } }]);
    expect(AUTHORITY).toBe("https://login.microsoftonline.com/common");
    expect(calls.filter((c) => c.kind === "silent").map((c) => c.arg)).toEqual([{ scopes: ["Mail.ReadWrite"], account: alice }]);
    expect(calls.some((c) => c.kind === "popup")).toBe(false);
    expect(tokens.mode()).toBe("naa");
    expect(tokens.state()).toBe("signed-in");
  });

  it("uses a known account when none is active yet", async () => {
    const { msal, calls } = fakeMsal({ active: null, all: [alice], silent: [token("t")] });
    await provider({ msal }).tokens.getToken();
    expect(calls[0]).toEqual({ kind: "silent", arg: { scopes: GRAPH_SCOPES, account: alice } });
  });

  it("opens a popup when MSAL says interaction is required, then stays silent with that account", async () => {
    const bob: MsalAccount = { username: "bob@cabinet.fr", homeAccountId: "b.2" };
    const { msal, calls } = fakeMsal({
      active: alice,
      silent: [new InteractionRequiredAuthError("consent_required", "corr-1", "AADSTS65001"), token("t-later", bob)],
      popup: [token("t-popup", bob)],
    });
    const { tokens } = provider({ msal });
    expect(await tokens.signIn()).toEqual({ username: "bob@cabinet.fr" });
    expect(calls.map((c) => c.kind)).toEqual(["silent", "popup", "setActive"]);
    expect(await tokens.getToken()).toBe("t-later");
    expect(calls[3]).toEqual({ kind: "silent", arg: { scopes: GRAPH_SCOPES, account: bob } });
  });

  it("opens a popup on first use, when there is no account to be silent with", async () => {
    const { msal, calls } = fakeMsal({ active: null, all: [], silent: [new BrowserAuthError("no_account_error", "corr-1")], popup: [token("t-first")] });
    expect(await provider({ msal }).tokens.getToken()).toBe("t-first");
    expect(calls.map((c) => c.kind)).toEqual(["silent", "popup", "setActive"]);
  });

  it("says « Connexion annulée » when the user closes the popup (browser or Office broker)", async () => {
    for (const cancel of [new BrowserAuthError("user_cancelled", "corr-1"), new ClientAuthError("user_canceled", "corr-1")]) {
      const { msal } = fakeMsal({ active: null, silent: [new InteractionRequiredAuthError("interaction_required", "corr-1")], popup: [cancel] });
      const { tokens } = provider({ msal });
      const error = await tokens.getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SignInError);
      expect((error as SignInError).code).toBe("cancelled");
      expect((error as SignInError).message).toMatch(/^Connexion annulée/);
      expect(tokens.state()).toBe("signed-out");
    }
  });

  it("asks the user once when several drafts need a token at the same time", async () => {
    const irq = () => new InteractionRequiredAuthError("interaction_required", "corr-1");
    const { msal, calls } = fakeMsal({ active: null, silent: [irq(), irq(), irq()], popup: [token("t-shared")] });
    const { tokens } = provider({ msal });
    expect(await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()])).toEqual(["t-shared", "t-shared", "t-shared"]);
    expect(calls.filter((c) => c.kind === "popup")).toHaveLength(1);
  });

  it("passes forceRefresh to MSAL after Graph refused a token", async () => {
    const { msal, calls } = fakeMsal({ active: alice, silent: [token("t-new")] });
    await provider({ msal }).tokens.getToken({ forceRefresh: true });
    expect(calls[0]?.arg).toEqual({ scopes: GRAPH_SCOPES, account: alice, forceRefresh: true });
  });

  it("does not pop up a window for errors a sign-in cannot fix", async () => {
    const { msal, calls } = fakeMsal({ active: alice, silent: [new ServerError("temporarily_unavailable", "AADSTS50196 t-secret-xyz")] });
    const error = (await provider({ msal }).tokens.getToken().catch((e: unknown) => e)) as SignInError;
    expect(error.code).toBe("failed");
    expect(error.message).toMatch(/^Connexion à Microsoft impossible \(temporarily_unavailable\)/);
    expect(error.message).not.toContain("t-secret");
    expect(calls.some((c) => c.kind === "popup")).toBe(false);
  });

  describe("where Office has no nested app auth", () => {
    const dialogAnswer = (accessToken: string, expiresOn: number): DialogToken => ({ accessToken, expiresOn, account: { username: "alice@cabinet.fr" } });

    it("chooses the Office dialog and never starts MSAL's nested client", async () => {
      const opened: unknown[] = [];
      const { tokens, created } = provider({
        naaSupported: () => false,
        dialog: async (request) => {
          opened.push(request);
          return dialogAnswer("t-dialog", Date.UTC(2026, 10, 22, 10));
        },
        now: () => Date.UTC(2026, 10, 22, 9),
      });
      expect(await tokens.getToken()).toBe("t-dialog");
      expect(tokens.mode()).toBe("dialog");
      expect(created).toEqual([]);
      // the token is reused until 5 minutes before it expires, and renewed when Graph refuses it
      expect(await tokens.getToken()).toBe("t-dialog");
      await tokens.getToken({ forceRefresh: true });
      expect(opened).toEqual([
        { clientId: "11111111-2222-3333-4444-555555555555", forceRefresh: false },
        { clientId: "11111111-2222-3333-4444-555555555555", forceRefresh: true },
      ]);
    });

    it("opens the dialog again when the token is about to expire", async () => {
      let opened = 0;
      const { tokens } = provider({
        naaSupported: () => false,
        dialog: async () => dialogAnswer(`t${++opened}`, Date.UTC(2026, 10, 22, 9, 4)),
        now: () => Date.UTC(2026, 10, 22, 9),
      });
      expect([await tokens.getToken(), await tokens.getToken()]).toEqual(["t1", "t2"]);
    });

    it("says « Connexion annulée » when the user closes the dialog", async () => {
      const { tokens } = provider({
        naaSupported: () => false,
        dialog: async () => {
          throw new SignInError("cancelled", "Connexion annulée : … / Sign-in cancelled: …");
        },
      });
      await expect(tokens.signIn()).rejects.toMatchObject({ code: "cancelled", message: expect.stringMatching(/^Connexion annulée/) });
    });

    it("falls back to the dialog when MSAL cannot start in nested mode", async () => {
      const { tokens } = provider({ dialog: async () => dialogAnswer("t-dialog", Date.UTC(2030, 0, 1)) });
      expect(await tokens.getToken()).toBe("t-dialog");
      expect(tokens.mode()).toBe("dialog");
    });

    it("reports that sign-in is impossible outside Office, and when no client id is configured", async () => {
      const outside = provider({ naaSupported: () => false }).tokens;
      expect(outside.state()).toBe("unsupported");
      await expect(outside.getToken()).rejects.toMatchObject({ code: "unsupported" });
      const unconfigured = provider({ clientId: " " }).tokens;
      expect(unconfigured.state()).toBe("unsupported");
      await expect(unconfigured.getToken()).rejects.toMatchObject({ code: "not-configured", message: expect.stringMatching(/client id/) });
    });
  });

  it("reads the dialog's answer, and treats anything odd as a failure", () => {
    expect(parseDialogMessage(dialogMessage({ status: "success", accessToken: "t", expiresOn: 5, username: "a@b.fr" }))).toEqual({
      ok: true,
      token: { accessToken: "t", expiresOn: 5, account: { username: "a@b.fr" } },
    });
    expect(parseDialogMessage(dialogMessage({ status: "cancelled" }))).toMatchObject({ ok: false, cancelled: true });
    expect(parseDialogMessage("<html>")).toMatchObject({ ok: false, cancelled: false, code: "unreadable_message" });
    expect(parseDialogMessage(JSON.stringify({ status: "success", accessToken: "" }))).toMatchObject({ ok: false });
  });

  it("lets createDrafts recover from a 401 through the provider's forced refresh", async () => {
    const graph = await startCheckedGraph({ faults: [{ fromRequest: 1, fault: { kind: "unauthorized" } }] });
    try {
      const { msal, calls } = fakeMsal({ active: alice, silent: [token("valid-1"), token("valid-2")] });
      const { tokens } = provider({ msal });
      const [outcome] = await createDrafts([draft({ clientId: "C1" })], {
        fetch,
        baseUrl: graph.baseUrl,
        getToken: (opts) => tokens.getToken(opts),
        sleep: recordingSleep().sleep,
      });
      expect(outcome?.status).toBe("created");
      expect(calls.filter((c) => c.kind === "silent").map((c) => (c.arg as { forceRefresh?: boolean }).forceRefresh)).toEqual([undefined, true]);
      expect(graph.violations).toEqual([]);
    } finally {
      await graph.close();
    }
  });
});
