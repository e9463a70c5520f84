// Paramètres: input sheets and columns, buckets, schedule, templates, payment details, penalty rate, language,
// Outlook sign-in. Checked field by field (French messages) before being saved in the workbook.
import { Suspense, lazy, useState } from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Checkbox, Field, Input, MessageBar, MessageBarBody,
  Radio, RadioGroup, Select, Spinner, makeStyles, tokens,
} from "@fluentui/react-components";
import { isIsoDay } from "../../core/days/day";
import { thrownMessage } from "../errors";
import { useI18n } from "../i18n";
import type { AuthState, SettingsLoad } from "../ports";
import { usePorts } from "../ports-context";
import { bucketLabels, parseBounds, settingsFromForm, textsOf, type SettingsErrors, type SettingsTexts } from "../settings-form";
import type { EncoursSettings } from "../settings-model";
import { AuthBar } from "./auth-bar";
import { PaymentSection, PenaltySection } from "./settings-payment";
import { ScheduleSection } from "./settings-schedule";
import { SheetsSection } from "./settings-sheets";
import { Screen } from "./screen";

const TemplateEditor = lazy(() => import(/* webpackChunkName: "template-editor" */ "./template-editor"));

/** The section holding each checked field, opened when the field has an error. */
const SECTION_OF: Record<keyof SettingsErrors, string> = {
  buckets: "buckets", defaultTerms: "buckets", asOfDate: "buckets", schedule: "schedule", deadline: "payment", iban: "payment",
  bic: "payment", ecbRate: "penalties", margin: "penalties", clientId: "general",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface SettingsScreenProps {
  /** null while the settings are being read. */
  load: SettingsLoad | null;
  onReload(): void;
  onSaved(settings: EncoursSettings): void;
}

export function SettingsScreen({ load, onReload, onSaved }: SettingsScreenProps) {
  const { t, local } = useI18n();
  if (load === null) return <Screen title={t("settings.heading")}><Spinner size="small" label={t("common.loading")} /></Screen>;
  if (!load.ok) {
    return (
      <Screen title={t("settings.heading")}>
        <MessageBar intent="error" layout="multiline" role="alert"><MessageBarBody>{local(load.message)}</MessageBarBody></MessageBar>
        <div><Button onClick={onReload}>{t("common.retry")}</Button></div>
      </Screen>
    );
  }
  // No key on the content: a save must not remount the form (its confirmation and open sections would be lost);
  // a reload goes through load === null, which unmounts it.
  return <SettingsForm load={load} onSaved={onSaved} />;
}

type Saving = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "invalid" } | { kind: "failed"; message: string };

function SettingsForm({ load, onSaved }: { load: Extract<SettingsLoad, { ok: true }>; onSaved(settings: EncoursSettings): void }) {
  const ports = usePorts();
  const i18n = useI18n();
  const { t, local, language } = i18n;
  const styles = useStyles();
  const [settings, setSettings] = useState<EncoursSettings>(load.settings);
  const [texts, setTexts] = useState<SettingsTexts>(() => textsOf(load.settings, language));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState<Saving>({ kind: "idle" });
  const [editorOpen, setEditorOpen] = useState(false);
  const [open, setOpen] = useState<string[]>([]);
  const [auth, setAuth] = useState<AuthState>(() => ports.authState());
  const [fixedDay, setFixedDay] = useState(typeof load.settings.asOfMode === "object" ? load.settings.asOfMode.fixed : "");
  const readOnly = load.readOnly;
  const busy = saving.kind === "saving";
  const [today] = useState(() => ports.today());

  const change = (next: EncoursSettings) => {
    setSettings(next);
    if (saving.kind === "saved") setSaving({ kind: "idle" });
  };
  const onText = (field: keyof SettingsTexts, value: string) => {
    setTexts((x) => ({ ...x, [field]: value }));
    if (saving.kind === "saved") setSaving({ kind: "idle" });
  };

  const save = async () => {
    const checked = settingsFromForm(settings, texts, i18n);
    const asOfProblem = typeof settings.asOfMode === "object" && !isIsoDay(settings.asOfMode.fixed);
    if ("errors" in checked || asOfProblem) {
      const found: SettingsErrors = { ...("errors" in checked ? checked.errors : {}), ...(asOfProblem ? { asOfDate: t("settings.asOf.invalid") } : {}) };
      setErrors(found);
      setOpen((current) => [...new Set([...current, ...(Object.keys(found) as (keyof SettingsErrors)[]).map((k) => SECTION_OF[k])])]);
      setSaving({ kind: "invalid" });
      return;
    }
    setErrors({});
    setSaving({ kind: "saving" });
    try {
      const result = await ports.saveSettings(checked.settings);
      if (!result.ok) {
        setSaving({ kind: "failed", message: local(result.message) });
        return;
      }
      setSettings(result.settings);
      setTexts(textsOf(result.settings, language));
      setSaving({ kind: "saved" });
      setAuth(ports.authState());
      onSaved(result.settings);
    } catch (error) {
      setSaving({ kind: "failed", message: local(thrownMessage(error)) });
    }
  };

  const asOfChoice = typeof settings.asOfMode === "object" ? "fixed" : settings.asOfMode;
  const bounds = parseBounds(texts.buckets);

  return (
    <Screen title={t("settings.heading")}>
      {readOnly && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t("settings.newer")}</MessageBarBody></MessageBar>}
      {load.problems.filter((p) => p.code !== "settings.newer").map((p, i) => (
        <MessageBar key={i} intent="warning" layout="multiline"><MessageBarBody>{local(p.message)}</MessageBarBody></MessageBar>
      ))}
      <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems.map(String))}>
        <AccordionItem value="sheets">
          <AccordionHeader as="h3">{t("settings.section.sheets")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <SheetsSection settings={settings} onChange={change} disabled={readOnly || busy} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="buckets">
          <AccordionHeader as="h3">{t("settings.section.buckets")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <Field
              label={t("settings.buckets.label")}
              hint={bounds ? t("settings.buckets.preview", { list: bucketLabels(bounds, language).join(" · ") }) : t("settings.buckets.help")}
              validationMessage={errors.buckets}
            >
              <Input value={texts.buckets} onChange={(_, d) => onText("buckets", d.value)} disabled={readOnly || busy} />
            </Field>
            <Checkbox
              checked={settings.agingBasis === "due"}
              onChange={(_, d) => change({ ...settings, agingBasis: d.checked === true ? "due" : "invoice" })}
              label={t("settings.aging.byDue")}
              disabled={readOnly || busy}
            />
            <Checkbox
              checked={settings.autoLettrage}
              onChange={(_, d) => change({ ...settings, autoLettrage: d.checked === true })}
              label={t("settings.autoLettrage")}
              disabled={readOnly || busy}
            />
            <Field label={t("settings.defaultTerms")} validationMessage={errors.defaultTerms}>
              <Input inputMode="numeric" value={texts.defaultTerms} onChange={(_, d) => onText("defaultTerms", d.value)} disabled={readOnly || busy} />
            </Field>
            <Field label={t("settings.asOf")} validationMessage={errors.asOfDate}>
              <RadioGroup
                value={asOfChoice}
                onChange={(_, d) =>
                  change({ ...settings, asOfMode: d.value === "fixed" ? { fixed: fixedDay } : (d.value as "fin-du-mois-precedent" | "aujourdhui") })
                }
                disabled={readOnly || busy}
              >
                <Radio value="fin-du-mois-precedent" label={t("settings.asOf.previousMonthEnd")} />
                <Radio value="aujourdhui" label={t("settings.asOf.today")} />
                <Radio value="fixed" label={t("settings.asOf.fixed")} />
              </RadioGroup>
            </Field>
            {asOfChoice === "fixed" && (
              <Input
                type="date"
                aria-label={t("settings.asOf.fixed")}
                value={fixedDay}
                onChange={(_, d) => {
                  setFixedDay(d.value);
                  change({ ...settings, asOfMode: { fixed: d.value } });
                }}
                disabled={readOnly || busy}
              />
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="schedule">
          <AccordionHeader as="h3">{t("settings.section.schedule")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <ScheduleSection schedule={settings.schedule} onChange={(schedule) => change({ ...settings, schedule })} disabled={readOnly || busy} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="templates">
          <AccordionHeader as="h3">{t("settings.section.templates")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            {editorOpen ? (
              <Suspense fallback={<Spinner size="tiny" label={t("settings.templates.loading")} />}>
                <TemplateEditor
                  templates={settings.templates}
                  schedule={settings.schedule}
                  reminders={settings.reminders}
                  today={today}
                  disabled={readOnly || busy}
                  onChange={(templates) => change({ ...settings, templates })}
                />
              </Suspense>
            ) : (
              <div><Button onClick={() => setEditorOpen(true)}>{t("settings.templates.open")}</Button></div>
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="payment">
          <AccordionHeader as="h3">{t("settings.section.payment")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <PaymentSection
              reminders={settings.reminders} texts={texts} errors={errors} disabled={readOnly || busy}
              onReminders={(reminders) => change({ ...settings, reminders })} onText={onText}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="penalties">
          <AccordionHeader as="h3">{t("settings.section.penalties")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <PenaltySection
              reminders={settings.reminders} texts={texts} errors={errors} disabled={readOnly || busy}
              onReminders={(reminders) => change({ ...settings, reminders })} onText={onText}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="general">
          <AccordionHeader as="h3">{t("settings.section.general")}</AccordionHeader>
          <AccordionPanel className={styles.section}>
            <Field label={t("settings.uiLanguage")}>
              <Select value={settings.language} onChange={(_, d) => change({ ...settings, language: d.value as EncoursSettings["language"] })} disabled={readOnly || busy}>
                <option value="auto">{t("settings.uiLanguage.auto")}</option>
                <option value="fr">Français</option>
                <option value="en">English</option>
              </Select>
            </Field>
            <Field label={t("settings.language")}>
              <Select
                value={settings.reminders.defaultLanguage}
                onChange={(_, d) => change({ ...settings, reminders: { ...settings.reminders, defaultLanguage: d.value === "en" ? "en" : "fr" } })}
                disabled={readOnly || busy}
              >
                <option value="fr">{t("settings.language.fr")}</option>
                <option value="en">{t("settings.language.en")}</option>
              </Select>
            </Field>
            <Field label={t("settings.graph.clientId")} hint={t("settings.graph.help")} validationMessage={errors.clientId}>
              <Input value={texts.clientId} onChange={(_, d) => onText("clientId", d.value)} disabled={readOnly || busy} spellCheck={false} autoComplete="off" />
            </Field>
            <AuthBar state={auth} onChange={setAuth} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {errors.schedule && <MessageBar intent="error" layout="multiline"><MessageBarBody>{errors.schedule}</MessageBarBody></MessageBar>}
      {saving.kind === "invalid" && <MessageBar intent="error" role="alert"><MessageBarBody>{t("settings.invalid")}</MessageBarBody></MessageBar>}
      {saving.kind === "failed" && <MessageBar intent="error" layout="multiline" role="alert"><MessageBarBody>{saving.message}</MessageBarBody></MessageBar>}
      {saving.kind === "saved" && <MessageBar intent="success" role="status"><MessageBarBody>{t("settings.saved")}</MessageBarBody></MessageBar>}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={readOnly || busy}>{t("common.save")}</Button>
        {busy && <Spinner size="tiny" label={t("settings.saving")} />}
      </div>
    </Screen>
  );
}
