// What the pane shows instead of Encours when it cannot run: no Office, no answer from Office, not Excel, an
// Excel too old. A clear sentence and a way to try again — never a white page.
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { HostCheck } from "./boot";
import { I18nProvider, useI18n, type MessageKey, type UiLanguage } from "./i18n";

const TEXT: Record<Exclude<HostCheck["kind"], "ready">, { title: MessageKey; body: MessageKey }> = {
  "no-office": { title: "boot.noOffice.title", body: "boot.noOffice.body" },
  timeout: { title: "boot.timeout.title", body: "boot.timeout.body" },
  "unsupported-host": { title: "boot.unsupported.title", body: "boot.unsupported.body" },
  "old-excel": { title: "boot.unsupported.title", body: "boot.oldExcel.body" },
  "load-failed": { title: "boot.loadFailed.title", body: "boot.loadFailed.body" },
};

function Message({ kind, onReload }: { kind: Exclude<HostCheck["kind"], "ready">; onReload(): void }) {
  const { t } = useI18n();
  return (
    <div style={{ padding: 12 }} role="alert">
      <MessageBar intent={kind === "timeout" ? "warning" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(TEXT[kind].title)}</MessageBarTitle>
          {t(TEXT[kind].body)}
        </MessageBarBody>
        {(kind === "timeout" || kind === "no-office" || kind === "load-failed") && (
          <MessageBarActions>
            <Button onClick={onReload}>{t("boot.reload")}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
    </div>
  );
}

export function HostMessage({ kind, language, dark = false, onReload }: {
  kind: Exclude<HostCheck["kind"], "ready">; language: UiLanguage; dark?: boolean; onReload?: () => void;
}) {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <div style={{ minHeight: "100vh" }}>
        <I18nProvider language={language}>
          <Message kind={kind} onReload={onReload ?? (() => window.location.reload())} />
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}
