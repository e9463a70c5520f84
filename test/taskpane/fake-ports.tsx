// A fake of the taskpane's ports for component tests: every port answers something sensible by default, each
// test replaces what it is about. Plus a render helper with the Fluent theme, the language and the ports.
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { defaultSettings } from "../../src/core/settings/defaults";
import { I18nProvider, type UiLanguage } from "../../src/taskpane/i18n";
import type { TaskpanePorts } from "../../src/taskpane/ports";
import { PortsProvider } from "../../src/taskpane/ports-context";

// jsdom has no layout: Fluent's MessageBar watches its size with a ResizeObserver, which does nothing here.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: NoResizeObserver });
}

export function fakePorts(overrides: Partial<TaskpanePorts> = {}): TaskpanePorts {
  const base: TaskpanePorts = {
    today: () => "2025-11-14",
    refresh: async () => ({ ok: false, message: { fr: "non prévu", en: "not planned" }, issues: [] }),
    showSheet: async () => undefined,
    listIssues: async () => null,
    showIssue: async () => undefined,
    planReminders: async () => ({ ok: false, message: { fr: "non prévu", en: "not planned" } }),
    createDrafts: async () => ({ ok: true, statuses: [] }),
    downloadEml: async () => ({ ok: false, message: { fr: "non prévu", en: "not planned" } }),
    agenda: async () => ({ ok: true, asOf: "2025-11-14", agenda: { items: [], messages: [] } }),
    recordOutcome: async () => ({ ok: true }),
    loadSettings: async () => ({ ok: true, settings: defaultSettings(), problems: [], readOnly: false }),
    saveSettings: async (settings) => ({ ok: true, settings }),
    detectedColumns: async () => ({ ok: true, columns: { sheetNames: [], sheets: [] } }),
    authState: () => "signed-out",
    signIn: async () => ({ ok: true, account: "compta@cabinet.fr" }),
    signOut: async () => undefined,
  };
  return { ...base, ...overrides };
}

export function renderWith(ui: ReactElement, ports: TaskpanePorts, language: UiLanguage = "fr"): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <PortsProvider ports={ports}>{ui}</PortsProvider>
      </I18nProvider>
    </FluentProvider>,
  );
}
