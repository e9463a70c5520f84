// Outlook sign-in state, with the button that changes it. Drafts go to Outlook only when signed in.
import { useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { thrownMessage } from "../errors";
import { useI18n } from "../i18n";
import type { AuthState } from "../ports";
import { usePorts } from "../ports-context";

export function AuthBar({ state, onChange }: { state: AuthState; onChange(state: AuthState): void }) {
  const ports = usePorts();
  const { t, local } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await ports.signIn();
      if (!result.ok) setError(local(result.message));
    } catch (e) {
      setError(local(thrownMessage(e)));
    } finally {
      setBusy(false);
      onChange(ports.authState());
    }
  };

  const signOut = async () => {
    setBusy(true);
    try {
      await ports.signOut();
    } catch {
      // Forgetting the account cannot fail in a way the user can act on.
    } finally {
      setBusy(false);
      onChange(ports.authState());
    }
  };

  return (
    <>
      <MessageBar intent={state === "signed-in" ? "success" : "info"} layout="multiline">
        <MessageBarBody>
          {state === "signed-in" ? t("auth.signedIn") : state === "signed-out" ? t("auth.signedOut") : t("auth.unsupported")}
        </MessageBarBody>
        {state !== "unsupported" && (
          <MessageBarActions>
            {state === "signed-in" ? (
              <Button onClick={() => void signOut()} disabled={busy}>{t("auth.signOut")}</Button>
            ) : (
              <Button onClick={() => void signIn()} disabled={busy}>{busy ? t("auth.signingIn") : t("auth.signIn")}</Button>
            )}
          </MessageBarActions>
        )}
      </MessageBar>
      {error && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
