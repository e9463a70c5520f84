// Never a white page or a stack trace: a rendering error shows a message and a way back.
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "./i18n";

interface Props {
  children: ReactNode;
  /** Default: reload the page. */
  onReload?: () => void;
}

function CrashMessage({ onReload }: { onReload: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("crash.title")}</MessageBarTitle>
          {t("crash.body")}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onReload}>{t("crash.reload")}</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    // The error's kind only: messages may quote client data (no client data in logs).
    console.error(`Encours: rendering error (${error.name})`);
  }

  private readonly reload = () => {
    if (this.props.onReload) this.props.onReload();
    else window.location.reload();
  };

  override render() {
    return this.state.failed ? <CrashMessage onReload={this.reload} /> : this.props.children;
  }
}
