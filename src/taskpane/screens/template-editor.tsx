// Paramètres › Modèles de relance: subject and text per level and language, the placeholders to insert, the
// problems found (unknown placeholder…) and a live preview with a sample client. Loaded on demand
// (React.lazy): it is not part of the initial bundle.
import { useMemo, useRef, useState } from "react";
import {
  Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, Tooltip, makeStyles, tokens,
} from "@fluentui/react-components";
import { addDays, type IsoDay } from "../../core/days/day";
import type { Language } from "../../core/reminders/language";
import type { ClientPlan } from "../../core/reminders/plan-types";
import { sendsEmail, type ReminderStep } from "../../core/reminders/schedule";
import { latePaymentPenalty, recoveryIndemnity } from "../../core/reminders/penalties";
import { annualRateBasisPoints, type ReminderSettings } from "../../core/reminders/settings";
import { draftData } from "../../core/templates/data";
import { DEFAULT_TEMPLATES } from "../../core/templates/defaults";
import { PLACEHOLDERS } from "../../core/templates/placeholders";
import { renderDraft } from "../../core/templates/render";
import type { ReminderTemplate } from "../../core/templates/types";
import { templateFor, validateTemplate } from "../../core/templates/validate";
import { useI18n } from "../i18n";
import { DraftPreview } from "./draft-preview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  pair: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  /** A select no wider than the pane, whatever the length of its options (level labels are long). */
  fit: { minWidth: 0, maxWidth: "100%" },
  fitSelect: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  body: { fontFamily: tokens.fontFamilyMonospace },
});

export interface TemplateEditorProps {
  templates: ReminderTemplate[];
  schedule: ReminderStep[];
  reminders: ReminderSettings;
  /** The day the preview is written on. */
  today: IsoDay;
  disabled: boolean;
  onChange(next: ReminderTemplate[]): void;
}

/**
 * A client that exercises every placeholder: two overdue invoices, a contact, a level; its penalties and
 * indemnity computed from the settings being edited, as a real plan would.
 */
export function sampleClient(step: ReminderStep, language: Language, today: IsoDay, reminders: ReminderSettings): ClientPlan {
  const late = Math.max(1, step.offsetDays);
  const due1 = addDays(today, -late - 12);
  const due2 = addDays(today, -late);
  const rate = annualRateBasisPoints(reminders.penaltyRate);
  const invoices = [
    { invoice: "F-2025-0412", date: addDays(due1, -30), due: due1, currency: "EUR", amount: 240000, outstanding: 120000, daysOverdue: late + 12 },
    { invoice: "F-2025-0457", date: addDays(due2, -30), due: due2, currency: "EUR", amount: 86400, outstanding: 86400, daysOverdue: late },
  ].map((i) => ({ ...i, penalty: latePaymentPenalty(i.outstanding, rate, i.daysOverdue) }));
  return {
    client: "EXEMPLE", name: language === "fr" ? "Exemple Industries SARL" : "Example Industries Ltd", language, step, actions: ["email"],
    invoices,
    excluded: [],
    totals: [{ currency: "EUR", amount: 326400, outstanding: 206400, penalties: invoices.reduce((sum, i) => sum + i.penalty, 0), invoices: 2 }],
    indemnity: recoveryIndemnity(invoices.length, reminders.recoveryIndemnity), oldestDue: due1, oldestDaysOverdue: late + 12,
    to: ["comptabilite@exemple.fr"], cc: [], contact: language === "fr" ? "Mme Martin" : "Ms Martin", warnings: [],
  };
}

function defaultTemplate(level: string, language: Language): ReminderTemplate {
  const found = templateFor(DEFAULT_TEMPLATES, level, language);
  return found ? { ...found, level } : { level, language, subject: "", body: "" };
}

export default function TemplateEditor({ templates, schedule, reminders, today, disabled, onChange }: TemplateEditorProps) {
  const { t, local } = useI18n();
  const styles = useStyles();
  const levels = schedule.filter(sendsEmail);
  const [level, setLevel] = useState(levels[0]?.id ?? "");
  const [language, setLanguage] = useState<Language>(reminders.defaultLanguage);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [target, setTarget] = useState<"subject" | "body">("body");

  const step = levels.find((s) => s.id === level) ?? levels[0];
  const stored = step ? templateFor(templates, step.id, language) : null;
  const current = stored ?? (step ? defaultTemplate(step.id, language) : null);

  const problems = useMemo(() => (current ? validateTemplate(current) : []), [current]);
  const preview = useMemo(() => {
    if (!current || !step || problems.some((p) => p.severity === "error")) return null;
    return renderDraft(current, draftData(sampleClient(step, language, today, reminders), reminders, today));
  }, [current, step, language, today, reminders, problems]);

  if (!step || !current) return <p>{t("settings.templates.noLevel")}</p>;

  const save = (next: ReminderTemplate) => {
    const index = stored ? templates.indexOf(stored) : -1;
    onChange(index >= 0 ? templates.map((x, i) => (i === index ? next : x)) : [...templates, next]);
  };

  const insert = (name: string) => {
    const element = target === "subject" ? subjectRef.current : bodyRef.current;
    const source = current[target];
    const token = `{${name}}`;
    const start = element?.selectionStart ?? source.length;
    const end = element?.selectionEnd ?? start;
    save({ ...current, [target]: source.slice(0, start) + token + source.slice(end) });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <div className={styles.root}>
      <div className={styles.pair}>
        <Field label={t("settings.templates.level")}>
          <Select className={styles.fit} select={{ className: styles.fitSelect }} value={step.id} onChange={(_, d) => setLevel(d.value)}>
            {levels.map((s) => <option key={s.id} value={s.id}>{local(s.label)}</option>)}
          </Select>
        </Field>
        <Field label={t("settings.templates.language")}>
          <Select value={language} onChange={(_, d) => setLanguage(d.value as Language)}>
            <option value="fr">{t("settings.language.fr")}</option>
            <option value="en">{t("settings.language.en")}</option>
          </Select>
        </Field>
      </div>
      {!stored && <p style={{ margin: 0 }}>{t("settings.templates.missing")}</p>}
      <Field label={t("settings.templates.subject")}>
        <Input ref={subjectRef} value={current.subject} onFocus={() => setTarget("subject")} onChange={(_, d) => save({ ...current, subject: d.value })} disabled={disabled} />
      </Field>
      <Field label={t("settings.templates.body")}>
        <Textarea
          ref={bodyRef}
          className={styles.body}
          value={current.body}
          rows={12}
          resize="vertical"
          onFocus={() => setTarget("body")}
          onChange={(_, d) => save({ ...current, body: d.value })}
          disabled={disabled}
        />
      </Field>
      <Field label={t("settings.templates.placeholders")}>
        <div className={styles.chips}>
          {PLACEHOLDERS.map((p) => (
            <Tooltip key={p.name} content={local(p.description)} relationship="description">
              <Button
                size="small"
                aria-label={t("settings.templates.insert", { name: `{${p.name}}` })}
                onClick={() => insert(p.name)}
                disabled={disabled || (p.block && target === "subject")}
              >
                {`{${p.name}}`}
              </Button>
            </Tooltip>
          ))}
        </div>
      </Field>
      {problems.length > 0 && (
        <MessageBar intent={problems.some((p) => p.severity === "error") ? "error" : "warning"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("settings.templates.problems")}</MessageBarTitle>
            <ul>{problems.map((p, i) => <li key={i}>{local(p.message)}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button onClick={() => save(defaultTemplate(step.id, language))} disabled={disabled}>{t("settings.templates.reset")}</Button>
      </div>
      {preview && (
        <section aria-label={t("settings.templates.preview")}>
          <h4 style={{ margin: 0 }}>{t("settings.templates.preview")}</h4>
          <DraftPreview
            draft={{ clientId: "EXEMPLE", level: step.id, day: today, to: ["comptabilite@exemple.fr"], cc: [], subject: preview.subject, html: preview.html, text: preview.text, language, idempotencyKey: "" }}
            clientName={language === "fr" ? "Exemple Industries SARL" : "Example Industries Ltd"}
          />
        </section>
      )}
    </div>
  );
}
