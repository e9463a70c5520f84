// Accueil: the as-of date, « Actualiser » with the step under way, then the summary and the sheets written.
import { useEffect, useState } from "react";
import {
  Button, Field, Input, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Radio,
  RadioGroup, makeStyles, tokens,
} from "@fluentui/react-components";
import { asOfDay, type AsOfChoice } from "../as-of";
import { thrownMessage } from "../errors";
import { day, money, rate, seconds, wholeDays } from "../format";
import { useI18n } from "../i18n";
import type { TabId } from "../nav";
import { REFRESH_STEPS, type RefreshProgress, type RefreshResult } from "../ports";
import { usePorts } from "../ports-context";
import type { AsOfMode } from "../settings-model";
import { Screen } from "./screen";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 130px), 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  figure: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  sheets: { listStyleType: "none", paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface HomeProps {
  onRefreshed(result: RefreshResult): void;
  onNavigate(tab: TabId): void;
  /** The saved default (Paramètres), once read: it sets the first choice shown. */
  asOfMode?: AsOfMode;
}

type Status =
  | { kind: "idle" }
  | { kind: "running"; progress: RefreshProgress }
  | { kind: "done"; result: RefreshResult };

function choiceOf(mode: AsOfMode | undefined): { choice: AsOfChoice; typed: string } {
  if (mode === "aujourdhui") return { choice: "today", typed: "" };
  if (typeof mode === "object") return { choice: "date", typed: mode.fixed };
  return { choice: "month-end", typed: "" };
}

export function HomeScreen({ onRefreshed, onNavigate, asOfMode }: HomeProps) {
  const ports = usePorts();
  const { t, local, language } = useI18n();
  const styles = useStyles();
  const [today] = useState(() => ports.today());
  const [choice, setChoice] = useState<AsOfChoice>(() => choiceOf(asOfMode).choice);
  const [typed, setTyped] = useState(() => choiceOf(asOfMode).typed);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [touched, setTouched] = useState(false);
  const modeKey = JSON.stringify(asOfMode ?? null);

  // The saved default arrives after the first render: follow it until the user picks a choice.
  useEffect(() => {
    if (touched) return;
    const initial = choiceOf(asOfMode);
    setChoice(initial.choice);
    setTyped(initial.typed);
  }, [modeKey]);

  const asOf = asOfDay(choice, today, typed);
  const running = status.kind === "running";

  const refresh = async () => {
    if (asOf === null || running) return;
    setStatus({ kind: "running", progress: { step: "lecture" } });
    let result: RefreshResult;
    try {
      result = await ports.refresh(asOf, (progress) => setStatus({ kind: "running", progress }));
    } catch (error) {
      result = { ok: false, message: thrownMessage(error), issues: [] };
    }
    setStatus({ kind: "done", result });
    onRefreshed(result);
  };

  return (
    <Screen title={t("home.heading")} intro={t("home.intro")}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void refresh();
        }}
      >
        <Field label={t("home.asOf.legend")}>
          <RadioGroup
            value={choice}
            onChange={(_, data) => {
              setTouched(true);
              setChoice(data.value as AsOfChoice);
            }}
            disabled={running}
          >
            <Radio value="month-end" label={t("home.asOf.previousMonthEnd", { day: day(asOfDay("month-end", today, "") ?? today, language) })} />
            <Radio value="today" label={t("home.asOf.today", { day: day(today, language) })} />
            <Radio value="date" label={t("home.asOf.date")} />
          </RadioGroup>
        </Field>
        {choice === "date" && (
          <Field
            label={t("home.asOf.dateInput")}
            validationMessage={typed !== "" && asOf === null ? t("home.asOf.invalid") : undefined}
          >
            <Input type="date" value={typed} onChange={(_, data) => setTyped(data.value)} disabled={running} />
          </Field>
        )}
        <div>
          <Button appearance="primary" type="submit" disabled={asOf === null || running}>
            {running ? t("home.refreshing") : t("home.refresh")}
          </Button>
        </div>
      </form>
      {status.kind === "running" && <Progress progress={status.progress} />}
      {status.kind === "done" && !status.result.ok && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("home.failed.title")}</MessageBarTitle>
            {local(status.result.message)}
          </MessageBarBody>
          {status.result.action && (
            <MessageBarActions>
              {status.result.action === "settings" ? (
                <Button onClick={() => onNavigate("settings")}>{t("home.failed.settings")}</Button>
              ) : (
                <Button onClick={() => onNavigate("problems")}>{t("home.failed.problems")}</Button>
              )}
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {status.kind === "done" && status.result.ok && (
        <section aria-label={t("home.summary.heading", { day: day(status.result.asOf, language) })}>
          <h3>{t("home.summary.heading", { day: day(status.result.asOf, language) })}</h3>
          <dl className={styles.figures}>
            <Figure label={t("home.summary.encours")} value={money(status.result.summary.encours, language)} />
            <Figure label={t("home.summary.echu")} value={money(status.result.summary.echu, language)} />
            <Figure label={t("home.summary.tauxRetard")} value={rate(status.result.summary.overdueRateBasisPoints, language)} />
            <Figure
              label={t("home.summary.dso")}
              value={status.result.summary.dso === null ? "—" : t("home.summary.dsoValue", { days: wholeDays(status.result.summary.dso) })}
            />
            <Figure label={t("home.summary.clientsEnRetard")} value={String(status.result.summary.clientsOverdue)} />
            <Figure label={t("home.summary.problemes")} value={String(status.result.summary.problems)} />
          </dl>
          {status.result.summary.otherCurrencies.length > 0 && (
            <p>{t("home.summary.otherCurrencies", { list: status.result.summary.otherCurrencies.join(", ") })}</p>
          )}
          <p>{t("home.summary.duration", { seconds: seconds(status.result.elapsedMs, language) })}</p>
          {status.result.summary.problems > 0 && (
            <Link as="button" onClick={() => onNavigate("problems")}>
              {t("home.summary.showProblems", { count: status.result.summary.problems })}
            </Link>
          )}
          {status.result.sheets.length > 0 && (
            <>
              <h4>{t("home.summary.sheets")}</h4>
              <ul className={styles.sheets}>
                {status.result.sheets.map((sheet) => (
                  <li key={sheet.name}>
                    <Link as="button" onClick={() => void ports.showSheet(sheet.name).catch(() => undefined)} aria-label={t("home.summary.open", { name: sheet.name })}>
                      {sheet.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </Screen>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
    </div>
  );
}

function Progress({ progress }: { progress: RefreshProgress }) {
  const { t } = useI18n();
  const index = Math.max(0, REFRESH_STEPS.indexOf(progress.step));
  const known = progress.total !== undefined && progress.total > 0 && progress.done !== undefined;
  const within = known ? Math.min(1, Math.max(0, (progress.done ?? 0) / (progress.total ?? 1))) : 0;
  const name = t(`home.step.${progress.step}`);
  const count = progress.total !== undefined && progress.done !== undefined
    ? t("home.step.count", { done: progress.done, total: progress.total })
    : undefined;
  // While a step cannot say how far it is (the first read, before the sheet sizes are known) the bar moves
  // without a value rather than sitting empty.
  return (
    <Field label={t("home.step.label", { n: index + 1, name })} hint={count} validationState="none">
      <ProgressBar value={known ? (index + within) / REFRESH_STEPS.length : undefined} thickness="large" />
    </Field>
  );
}
