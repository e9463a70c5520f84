// The taskpane: Office theme, language, the five sections behind a tab list, and a safety net around all of it.
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { FluentProvider, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import type { Issue } from "../core/issues";
import { ErrorBoundary } from "./error-boundary";
import { I18nProvider, useI18n, type UiLanguage } from "./i18n";
import { TABS, type TabId } from "./nav";
import type { RefreshResult, SettingsLoad, TaskpanePorts } from "./ports";
import { PortsProvider, usePorts } from "./ports-context";
import { AgendaScreen } from "./screens/agenda";
import { HomeScreen } from "./screens/home";
import { ProblemsScreen } from "./screens/problems";
import { RemindersScreen } from "./screens/reminders";
import { SettingsScreen } from "./screens/settings";
import { thrownMessage } from "./errors";
import type { EncoursSettings } from "./settings-model";

const useStyles = makeStyles({
  // On a div inside the provider, not on the provider: Fluent copies the provider's classes onto its portals
  // (tooltips, dialogs), where a full-height box would cover the pane.
  page: { minHeight: "100vh", boxSizing: "border-box" },
  shell: { display: "flex", flexDirection: "column", minWidth: 0, maxWidth: "100%" },
  // One row down to 320 px: tight tabs, Paramètres as the gear Office users know (named for screen readers and
  // in its tooltip); a row that still does not fit scrolls rather than wraps.
  tabs: {
    flexWrap: "nowrap",
    overflowX: "auto",
    scrollbarWidth: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  tab: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS, flexShrink: 0 },
  panel: { padding: tokens.spacingHorizontalM, minWidth: 0, overflowWrap: "anywhere" },
});

export interface AppProps {
  ports: TaskpanePorts;
  /** From Office's display language; a language forced in Paramètres wins once the settings are read. */
  language: UiLanguage;
  dark: boolean;
  initialTab?: TabId;
  onReload?: () => void;
}

export function App({ ports, language, dark, initialTab, onReload }: AppProps) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<UiLanguage | null>(null);
  const shown = chosen ?? language;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={shown}>
      <div className={styles.page}>
        <I18nProvider language={shown}>
          <ErrorBoundary onReload={onReload}>
            <PortsProvider ports={ports}>
              <Shell initialTab={initialTab ?? "home"} onLanguage={setChosen} onReload={onReload} />
            </PortsProvider>
          </ErrorBoundary>
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}

interface ShellProps {
  initialTab: TabId;
  onLanguage(language: UiLanguage | null): void;
  onReload: (() => void) | undefined;
}

function Shell({ initialTab, onLanguage, onReload }: ShellProps) {
  const ports = usePorts();
  const { t } = useI18n();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>(initialTab);
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set([initialTab]));
  const [issues, setIssues] = useState<Issue[] | null>(null);
  const [settings, setSettings] = useState<SettingsLoad | null>(null);

  const navigate = useCallback((next: TabId) => {
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set([...seen, next])));
  }, []);

  const loadSettings = useCallback(() => {
    setSettings(null);
    ports.loadSettings().then(
      (load) => {
        setSettings(load);
        if (load.ok && load.settings.language !== "auto") onLanguage(load.settings.language);
      },
      (error: unknown) => setSettings({ ok: false, message: thrownMessage(error) }),
    );
  }, [ports, onLanguage]);

  useEffect(() => {
    let live = true;
    ports.listIssues().then(
      (list) => live && list !== null && setIssues((current) => current ?? list),
      () => undefined,
    );
    loadSettings();
    return () => {
      live = false;
    };
  }, [ports, loadSettings]);

  const onSaved = useCallback((saved: EncoursSettings) => {
    setSettings((current) => (current && current.ok ? { ...current, settings: saved, problems: [] } : current));
    onLanguage(saved.language === "auto" ? null : saved.language);
  }, [onLanguage]);

  const onRefreshed = useCallback((result: RefreshResult) => {
    setIssues(result.ok || result.issues.length > 0 ? result.issues : null);
  }, []);

  const panels: Record<TabId, () => ReactNode> = {
    home: () => (
      <HomeScreen onRefreshed={onRefreshed} onNavigate={navigate} asOfMode={settings?.ok ? settings.settings.asOfMode : undefined} />
    ),
    problems: () => <ProblemsScreen issues={issues} />,
    reminders: () => <RemindersScreen />,
    agenda: () => <AgendaScreen />,
    settings: () => <SettingsScreen load={settings} onReload={loadSettings} onSaved={onSaved} />,
  };

  const label = (id: TabId): string => {
    if (id !== "problems") return t(`tab.${id}`);
    const count = issues?.length ?? 0;
    return count > 0 ? `${t("tab.problems")} (${count})` : t("tab.problems");
  };

  return (
    <div className={styles.shell}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => navigate(data.value as TabId)}
        aria-label={t("app.nav")}
      >
        {TABS.map((id) =>
          id === "settings" ? (
            <Tab
              key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`} className={styles.tab}
              icon={<Settings20Regular />} aria-label={label(id)} title={label(id)}
            />
          ) : (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`} className={styles.tab} title={id === "problems" ? t("tab.problems.full") : undefined}>
              {label(id)}
            </Tab>
          ),
        )}
      </TabList>
      {TABS.filter((id) => visited.has(id)).map((id) => (
        <div
          key={id}
          id={`panel-${id}`}
          role="tabpanel"
          aria-labelledby={`tab-${id}`}
          hidden={id !== tab}
          className={styles.panel}
        >
          {/* A section that fails shows the reload message; the other sections keep working. */}
          <ErrorBoundary onReload={onReload}>{panels[id]()}</ErrorBoundary>
        </div>
      ))}
    </div>
  );
}
