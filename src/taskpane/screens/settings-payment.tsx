// Paramètres › Coordonnées de paiement et signature, and › Pénalités de retard (rate confirmed by the user).
import { Checkbox, Field, Input, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { annualRateBasisPoints, type ReminderSettings } from "../../core/reminders/settings";
import { formatRate } from "../../core/templates/format";
import { useI18n } from "../i18n";
import { parseBasisPoints, type SettingsErrors, type SettingsTexts } from "../settings-form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  /** Fluent inputs have a minimum width wider than a narrow pane's column. */
  input: { minWidth: 0, width: "100%" },
  // alignItems end: a label that wraps to two lines (« Taux de refinancement de la BCE (%) ») must not push its
  // input below its neighbour's.
  pair: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 130px), 1fr))", gap: tokens.spacingVerticalS, alignItems: "end", "& > *": { minWidth: 0 } },
});

interface Props {
  reminders: ReminderSettings;
  texts: SettingsTexts;
  errors: SettingsErrors;
  disabled: boolean;
  onReminders(next: ReminderSettings): void;
  onText(field: keyof SettingsTexts, value: string): void;
}

export function PaymentSection({ reminders, texts, errors, disabled, onReminders, onText }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const set = <K extends keyof ReminderSettings>(key: K, value: ReminderSettings[K]) => onReminders({ ...reminders, [key]: value });
  return (
    <div className={styles.root}>
      <Field label={t("settings.payment.company")}>
        <Input value={reminders.company} maxLength={200} onChange={(_, d) => set("company", d.value)} disabled={disabled} />
      </Field>
      <Field label={t("settings.payment.iban")} validationMessage={errors.iban}>
        <Input value={reminders.iban} maxLength={64} onChange={(_, d) => set("iban", d.value)} disabled={disabled} autoComplete="off" spellCheck={false} />
      </Field>
      <Field label={t("settings.payment.bic")} validationMessage={errors.bic}>
        <Input value={reminders.bic} maxLength={16} onChange={(_, d) => set("bic", d.value)} disabled={disabled} autoComplete="off" spellCheck={false} />
      </Field>
      <Field label={t("settings.payment.signature")}>
        <Textarea value={reminders.signature} maxLength={2000} rows={4} resize="vertical" onChange={(_, d) => set("signature", d.value)} disabled={disabled} />
      </Field>
      <Field label={t("settings.payment.deadline")} validationMessage={errors.deadline}>
        <Input inputMode="numeric" value={texts.deadline} onChange={(_, d) => onText("deadline", d.value)} disabled={disabled} />
      </Field>
    </div>
  );
}

export function PenaltySection({ reminders, texts, errors, disabled, onReminders, onText }: Props) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const ecb = parseBasisPoints(texts.ecbRate);
  const margin = parseBasisPoints(texts.margin);
  const total = ecb !== null && margin !== null ? annualRateBasisPoints({ ecbBasisPoints: ecb, marginBasisPoints: margin, confirmed: false }) : null;
  return (
    <div className={styles.root}>
      <div className={styles.pair}>
        <Field label={t("settings.penalty.ecb")} validationMessage={errors.ecbRate}>
          <Input className={styles.input} inputMode="decimal" value={texts.ecbRate} onChange={(_, d) => onText("ecbRate", d.value)} disabled={disabled} />
        </Field>
        <Field label={t("settings.penalty.margin")} validationMessage={errors.margin}>
          <Input className={styles.input} inputMode="decimal" value={texts.margin} onChange={(_, d) => onText("margin", d.value)} disabled={disabled} />
        </Field>
      </div>
      {total !== null && <p style={{ margin: 0 }}>{t("settings.penalty.total", { rate: formatRate(total, language) })}</p>}
      <Checkbox
        checked={reminders.penaltyRate.confirmed}
        onChange={(_, d) => onReminders({ ...reminders, penaltyRate: { ...reminders.penaltyRate, confirmed: d.checked === true } })}
        label={t("settings.penalty.confirm")}
        disabled={disabled}
      />
      {!reminders.penaltyRate.confirmed && (
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t("settings.penalty.unconfirmed")}</MessageBarBody></MessageBar>
      )}
      <p style={{ margin: 0 }}>{t("settings.penalty.indemnity")}</p>
    </div>
  );
}
