// Paramètres › Feuilles et colonnes: which sheet holds invoices, payments and clients, and in which column
// each field was found — shown, and overridable field by field.
import { useEffect, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetKind } from "../../core/columns/fields";
import { thrownMessage } from "../errors";
import { useI18n, type MessageKey } from "../i18n";
import type { DetectedColumns, DetectedSheet, Failure } from "../ports";
import { usePorts } from "../ports-context";
import type { EncoursSettings } from "../settings-model";

const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  kind: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  caption: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 200px), 1fr))", gap: tokens.spacingVerticalS, "& > *": { minWidth: 0 } },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

type Detection = { kind: "loading" } | { kind: "failed"; failure: Failure } | { kind: "ready"; columns: DetectedColumns };

export function SheetsSection({ settings, onChange, disabled }: { settings: EncoursSettings; onChange(next: EncoursSettings): void; disabled: boolean }) {
  const ports = usePorts();
  const { t, local } = useI18n();
  const styles = useStyles();
  const [detection, setDetection] = useState<Detection>({ kind: "loading" });
  const [round, setRound] = useState(0);
  // Detection depends only on the sheet choice and the overrides: re-detect when they change, not on every edit.
  const key = JSON.stringify([settings.inputSheets, settings.columnOverrides]);

  useEffect(() => {
    let live = true;
    setDetection((d) => (d.kind === "ready" ? d : { kind: "loading" }));
    ports.detectedColumns(settings).then(
      (result) => live && setDetection(result.ok ? { kind: "ready", columns: result.columns } : { kind: "failed", failure: result }),
      (error: unknown) => live && setDetection({ kind: "failed", failure: { ok: false, message: thrownMessage(error) } }),
    );
    return () => {
      live = false;
    };
  }, [ports, key, round]);

  const chooseSheet = (kind: SheetKind, sheet: string) => {
    const inputSheets = { ...settings.inputSheets };
    if (sheet === "") delete inputSheets[kind];
    else inputSheets[kind] = sheet;
    // Another sheet has other columns: its overrides start afresh.
    const columnOverrides = { ...settings.columnOverrides };
    delete columnOverrides[kind];
    onChange({ ...settings, inputSheets, columnOverrides });
  };

  const chooseColumn = (kind: SheetKind, field: string, column: string) => {
    const current = { ...(settings.columnOverrides[kind] ?? {}) };
    if (column === "") delete current[field];
    else current[field] = column;
    const columnOverrides = { ...settings.columnOverrides };
    if (Object.keys(current).length === 0) delete columnOverrides[kind];
    else columnOverrides[kind] = current;
    onChange({ ...settings, columnOverrides });
  };

  if (detection.kind === "loading") return <Spinner size="tiny" label={t("settings.columns.loading")} />;
  if (detection.kind === "failed") {
    return (
      <div className={styles.root}>
        <MessageBar intent="warning" layout="multiline"><MessageBarBody>{local(detection.failure.message)}</MessageBarBody></MessageBar>
        <div><Button onClick={() => setRound((n) => n + 1)}>{t("settings.columns.reload")}</Button></div>
      </div>
    );
  }
  const { columns } = detection;
  return (
    <div className={styles.root}>
      {KINDS.map((kind) => {
        const found = columns.sheets.find((s) => s.kind === kind);
        return (
          <div key={kind} className={styles.kind}>
            <Field label={t(`settings.sheet.${kind}` as MessageKey)}>
              <Select value={settings.inputSheets[kind] ?? ""} onChange={(_, d) => chooseSheet(kind, d.value)} disabled={disabled}>
                <option value="">
                  {t("settings.sheet.auto")}
                  {found?.sheet && !settings.inputSheets[kind] ? ` (${found.sheet})` : ""}
                </option>
                {columns.sheetNames.map((name) => <option key={name} value={name}>{name}</option>)}
              </Select>
            </Field>
            {found && <SheetFields sheet={found} override={settings.columnOverrides[kind] ?? {}} disabled={disabled} onChoose={(field, column) => chooseColumn(kind, field, column)} />}
          </div>
        );
      })}
      <div><Button onClick={() => setRound((n) => n + 1)}>{t("settings.columns.reload")}</Button></div>
    </div>
  );
}

function SheetFields({ sheet, override, disabled, onChoose }: {
  sheet: DetectedSheet; override: Partial<Record<string, string>>; disabled: boolean; onChoose(field: string, column: string): void;
}) {
  const { t, local } = useI18n();
  const styles = useStyles();
  if (sheet.sheet === null) {
    return <p className={styles.missing}>{sheet.problem ? local(sheet.problem) : t("settings.sheet.notFound")}</p>;
  }
  const options = sheet.headers.map((h) => ({ value: h.text.trim() !== "" ? h.text : h.column, label: h.text.trim() !== "" ? `${h.column} — ${h.text}` : h.column }));
  return (
    <>
      {sheet.headerRow !== null && <p className={styles.caption}>{t("settings.columns.heading", { sheet: sheet.sheet, row: sheet.headerRow })}</p>}
      {sheet.problem && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{local(sheet.problem)}</MessageBarBody></MessageBar>}
      <div className={styles.fields}>
        {sheet.fields.map((f) => {
          const chosen = override[f.field] ?? "";
          const detected = f.column === null ? t("settings.columns.none") : `${f.column}${f.header ? ` — ${f.header}` : ""}`;
          const extra = chosen !== "" && !options.some((o) => o.value === chosen) ? [{ value: chosen, label: chosen }] : [];
          const missing = f.required && f.column === null;
          return (
            <Field
              key={f.field}
              label={`${local(f.label)}${f.required ? ` (${t("settings.columns.required")})` : ""}`}
              validationState={missing ? "error" : "none"}
              validationMessage={missing ? t("settings.columns.missing") : undefined}
              hint={missing ? undefined : t("settings.columns.detected", { column: detected })}
            >
              <Select value={chosen} onChange={(_, d) => onChoose(f.field, d.value)} disabled={disabled}>
                <option value="">{t("settings.columns.auto", { column: f.column ?? "—" })}</option>
                {[...extra, ...options].map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            </Field>
          );
        })}
      </div>
    </>
  );
}
