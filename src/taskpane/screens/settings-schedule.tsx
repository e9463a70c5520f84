// Paramètres › Calendrier des relances: the steps (days from the due date, channel, interval, label), checked
// by the core's validateSchedule as the user types.
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { CHANNELS } from "../../core/journal/labels";
import type { Channel } from "../../core/journal/types";
import type { ReminderStep } from "../../core/reminders/schedule";
import { validateSchedule } from "../../core/reminders/schedule-check";
import { defaultSchedule } from "../../core/settings/defaults";
import { useI18n, type MessageKey } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  step: {
    display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 120px), 1fr))", gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`,
    margin: 0, minWidth: 0, "& > *": { minWidth: 0 },
  },
  wide: { gridColumn: "1 / -1" },
  /** Fluent inputs have a minimum width wider than a narrow pane's column. */
  input: { minWidth: 0, width: "100%" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** A typed number as the schedule holds it: NaN when not a number, so validateSchedule reports it. */
function numberOf(text: string): number {
  return /^\s*[-+]?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function shown(n: number): string {
  return Number.isNaN(n) ? "" : String(n);
}

export function ScheduleSection({ schedule, onChange, disabled }: { schedule: ReminderStep[]; onChange(next: ReminderStep[]): void; disabled: boolean }) {
  const { t, local, language } = useI18n();
  const styles = useStyles();
  const problems = validateSchedule(schedule);

  const update = (index: number, patch: Partial<ReminderStep>) =>
    onChange(schedule.map((step, i) => (i === index ? { ...step, ...patch } : step)));

  const add = () => {
    const last = schedule[schedule.length - 1];
    const offset = last && Number.isInteger(last.offsetDays) ? last.offsetDays + 10 : 10;
    const id = `J${offset < 0 ? "-" : "+"}${Math.abs(offset)}`;
    onChange([...schedule, { id, offsetDays: offset, channel: "e-mail", intervalDays: 10, label: { fr: id, en: id.replace(/^J/, "D") } }]);
  };

  return (
    <div className={styles.root}>
      {schedule.map((step, index) => {
        const mine = problems.filter((p) => p.step === index);
        const message = (field: keyof ReminderStep) => {
          const p = mine.find((x) => x.field === field && x.severity === "error");
          return p ? local(p.message) : undefined;
        };
        return (
          <fieldset key={index} className={styles.step} aria-label={`${t("settings.schedule.step")} ${index + 1}`}>
            <Field label={t("settings.schedule.step")} validationMessage={message("id")}>
              <Input className={styles.input} value={step.id} onChange={(_, d) => update(index, { id: d.value })} disabled={disabled} />
            </Field>
            <Field label={t("settings.schedule.days")} validationMessage={message("offsetDays")}>
              <Input className={styles.input} type="number" value={shown(step.offsetDays)} onChange={(_, d) => update(index, { offsetDays: numberOf(d.value) })} disabled={disabled} />
            </Field>
            <Field label={t("settings.schedule.channel")}>
              <Select value={step.channel} onChange={(_, d) => update(index, { channel: d.value as Channel })} disabled={disabled}>
                {CHANNELS.map((c) => <option key={c} value={c}>{t(`settings.channel.${c}` as MessageKey)}</option>)}
              </Select>
            </Field>
            <Field label={t("settings.schedule.interval")} validationMessage={message("intervalDays")}>
              <Input className={styles.input} type="number" min={1} value={shown(step.intervalDays)} onChange={(_, d) => update(index, { intervalDays: numberOf(d.value) })} disabled={disabled} />
            </Field>
            <Field className={styles.wide} label={`${t("settings.schedule.label")} (${language})`}>
              <Input
                className={styles.input}
                value={step.label[language]}
                onChange={(_, d) => update(index, { label: { ...step.label, [language]: d.value } })}
                disabled={disabled}
              />
            </Field>
            <div className={styles.wide}>
              <Button size="small" onClick={() => onChange(schedule.filter((_, i) => i !== index))} disabled={disabled || schedule.length <= 1}>
                {t("settings.schedule.remove", { id: step.id })}
              </Button>
            </div>
          </fieldset>
        );
      })}
      {problems.filter((p) => p.step === null).map((p, i) => (
        <MessageBar key={i} intent="error"><MessageBarBody>{local(p.message)}</MessageBarBody></MessageBar>
      ))}
      <div className={styles.row}>
        <Button onClick={add} disabled={disabled}>{t("settings.schedule.add")}</Button>
        <Button onClick={() => onChange(defaultSchedule())} disabled={disabled}>{t("settings.schedule.reset")}</Button>
      </div>
    </div>
  );
}
