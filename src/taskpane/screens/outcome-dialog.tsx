// Recording what a call or a letter gave: a promise (date, amount), a dispute (reason), no answer… The port
// appends it to the Suivi des relances journal.
import { useState, type FormEvent } from "react";
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, MessageBar,
  MessageBarBody, Radio, RadioGroup, Select, Textarea, makeStyles, tokens,
} from "@fluentui/react-components";
import type { AgendaItem, AgendaOutcome } from "../../core/agenda";
import { parseAmount } from "../../core/cells/amount";
import { isIsoDay, toDayNumber, type IsoDay } from "../../core/days/day";
import { DISPUTE_REASONS, DISPUTE_REASON_LABELS } from "../../core/journal/labels";
import type { DisputeReason } from "../../core/journal/types";
import { thrownMessage } from "../errors";
import { useI18n, type I18n } from "../i18n";
import { usePorts } from "../ports-context";

export type OutcomeKind = "promise" | "dispute" | "noAnswer" | "paid" | "sent" | "other";

/** What a call can give; what a letter to send can give. */
const CALL_KINDS: readonly OutcomeKind[] = ["promise", "dispute", "noAnswer", "paid", "other"];
const LETTER_KINDS: readonly OutcomeKind[] = ["sent", "other"];

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  surface: { maxWidth: "min(480px, calc(100vw - 24px))", boxSizing: "border-box" },
});

export interface OutcomeForm {
  kind: OutcomeKind;
  promiseDate: string;
  promiseAmount: string;
  disputeReason: DisputeReason | "";
  comment: string;
  nextAction: string;
}

export type FormErrors = Partial<Record<"promiseDate" | "promiseAmount" | "disputeReason" | "nextAction", string>>;

/** The journal outcome of the form, or the French (or English) errors to show beside the fields. */
export function outcomeOf(form: OutcomeForm, today: IsoDay, i18n: Pick<I18n, "t">): { outcome: AgendaOutcome } | { errors: FormErrors } {
  const { t } = i18n;
  const errors: FormErrors = {};
  const outcome: AgendaOutcome = {};
  const comment = form.comment.trim();
  outcome.outcome = comment === "" ? t(`outcome.kind.${form.kind}`) : `${t(`outcome.kind.${form.kind}`)} — ${comment}`;
  if (form.kind === "promise") {
    if (!isIsoDay(form.promiseDate)) errors.promiseDate = t("outcome.error.promiseDate");
    else if (toDayNumber(form.promiseDate) < toDayNumber(today)) errors.promiseDate = t("outcome.error.promiseDatePast");
    else outcome.promiseDate = form.promiseDate;
    if (form.promiseAmount.trim() !== "") {
      const amount = parseAmount(form.promiseAmount);
      if (!amount.ok || amount.cents <= 0) errors.promiseAmount = t("outcome.error.promiseAmount");
      else outcome.promiseAmount = amount.cents;
    }
  }
  if (form.kind === "dispute") {
    if (form.disputeReason === "") errors.disputeReason = t("outcome.error.disputeReason");
    else {
      outcome.dispute = "open";
      outcome.disputeReason = form.disputeReason;
    }
  }
  if (form.nextAction !== "") {
    if (!isIsoDay(form.nextAction)) errors.nextAction = t("outcome.error.promiseDate");
    else outcome.nextActionDate = form.nextAction;
  }
  return Object.keys(errors).length > 0 ? { errors } : { outcome };
}

interface Props {
  item: AgendaItem;
  today: IsoDay;
  open: boolean;
  onClose(): void;
  onRecorded(): void;
}

export function OutcomeDialog({ item, today, open, onClose, onRecorded }: Props) {
  const ports = usePorts();
  const i18n = useI18n();
  const { t, local, language } = i18n;
  const styles = useStyles();
  const [form, setForm] = useState<OutcomeForm>({
    kind: item.kind === "letter" ? "sent" : "promise", promiseDate: "", promiseAmount: "", disputeReason: "", comment: "", nextAction: "",
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const set = <K extends keyof OutcomeForm>(key: K, value: OutcomeForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = outcomeOf(form, today, i18n);
    if ("errors" in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    setFailure(null);
    try {
      const result = await ports.recordOutcome(item, checked.outcome);
      if (result.ok) onRecorded();
      else setFailure(local(result.message));
    } catch (error) {
      setFailure(local(thrownMessage(error)));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <DialogBody>
            <DialogTitle>{t("agenda.recordFor", { client: item.name })}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={t("outcome.kind")}>
                <RadioGroup value={form.kind} onChange={(_, data) => set("kind", data.value as OutcomeKind)}>
                  {(item.kind === "letter" ? LETTER_KINDS : CALL_KINDS).map((kind) => <Radio key={kind} value={kind} label={t(`outcome.kind.${kind}`)} />)}
                </RadioGroup>
              </Field>
              {form.kind === "promise" && (
                <>
                  <Field label={t("outcome.promiseDate")} required validationMessage={errors.promiseDate}>
                    <Input type="date" value={form.promiseDate} min={today} onChange={(_, d) => set("promiseDate", d.value)} />
                  </Field>
                  <Field label={t("outcome.promiseAmount")} validationMessage={errors.promiseAmount}>
                    <Input inputMode="decimal" value={form.promiseAmount} onChange={(_, d) => set("promiseAmount", d.value)} />
                  </Field>
                </>
              )}
              {form.kind === "dispute" && (
                <Field label={t("outcome.disputeReason")} required validationMessage={errors.disputeReason}>
                  <Select value={form.disputeReason} onChange={(_, d) => set("disputeReason", d.value as DisputeReason | "")}>
                    <option value="">—</option>
                    {DISPUTE_REASONS.map((reason) => (
                      <option key={reason} value={reason}>{DISPUTE_REASON_LABELS[reason][language]}</option>
                    ))}
                  </Select>
                </Field>
              )}
              <Field label={t("outcome.comment")}>
                <Textarea value={form.comment} onChange={(_, d) => set("comment", d.value)} resize="vertical" />
              </Field>
              <Field label={t("outcome.nextAction")} validationMessage={errors.nextAction}>
                <Input type="date" value={form.nextAction} onChange={(_, d) => set("nextAction", d.value)} />
              </Field>
              {failure && <MessageBar intent="error" role="alert"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
            </DialogContent>
            <DialogActions>
              <Button type="button" onClick={onClose} disabled={saving}>{t("common.cancel")}</Button>
              <Button type="submit" appearance="primary" disabled={saving}>{t("outcome.save")}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
