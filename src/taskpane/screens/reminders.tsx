// Relances: the selection → the plan per client (level, invoices, total, or why it is skipped), each draft
// exactly as it will be, then the drafts in Outlook (per-client status) or as .eml files when not signed in.
import { useEffect, useState } from "react";
import {
  Badge, Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens,
} from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronUp16Regular } from "@fluentui/react-icons";
import type { ClientPlan } from "../../core/reminders/plan-types";
import type { RenderedDraft } from "../../core/reminders/drafts";
import { formatDays, formatMoney } from "../../core/templates/format";
import { thrownMessage } from "../errors";
import { day } from "../format";
import { useI18n, type MessageKey } from "../i18n";
import type { AuthState, DraftStatus, Failure, ReminderPreview } from "../ports";
import { usePorts } from "../ports-context";
import { AuthBar } from "./auth-bar";
import { DraftPreview } from "./draft-preview";
import { Screen } from "./screen";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0,
    padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "left", padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  number: { textAlign: "right", padding: `2px ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, whiteSpace: "nowrap" },
  sectionTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type Phase =
  | { kind: "idle" }
  | { kind: "planning" }
  | { kind: "failed"; failure: Failure }
  | { kind: "planned"; preview: ReminderPreview };

/** Clients something is done for (a draft, a call or a letter), in the plan's order. */
function actionable(plan: ClientPlan): boolean {
  return plan.step !== null && plan.actions.length > 0;
}

export function RemindersScreen() {
  const ports = usePorts();
  const { t, local } = useI18n();
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [auth, setAuth] = useState<AuthState>(() => ports.authState());
  const [statuses, setStatuses] = useState<ReadonlyMap<string, DraftStatus>>(new Map());
  const [creating, setCreating] = useState(false);
  const [deliveryError, setDeliveryError] = useState<string | null>(null);

  const plan = async () => {
    setPhase({ kind: "planning" });
    setStatuses(new Map());
    setDeliveryError(null);
    try {
      const result = await ports.planReminders();
      setPhase(result.ok ? { kind: "planned", preview: result.preview } : { kind: "failed", failure: result });
    } catch (error) {
      setPhase({ kind: "failed", failure: { ok: false, message: thrownMessage(error) } });
    }
    // Planning reads the settings: the Outlook application id may have changed since the pane opened.
    setAuth(ports.authState());
  };

  const create = async (preview: ReminderPreview, only?: string[]) => {
    setCreating(true);
    setDeliveryError(null);
    const targets = only ?? preview.drafts.filter((d) => !preview.alreadyDrafted.includes(d.clientId)).map((d) => d.clientId);
    setStatuses((current) => {
      const next = new Map(current);
      for (const client of targets) next.set(client, { client, state: "pending" });
      return next;
    });
    const record = (status: DraftStatus) => setStatuses((current) => new Map(current).set(status.client, status));
    try {
      const result = await ports.createDrafts(preview, { ...(only ? { only } : {}), onStatus: record });
      if (result.ok) for (const status of result.statuses) record(status);
      else {
        setDeliveryError(local(result.message));
        setStatuses((current) => withoutPending(current, targets));
      }
    } catch (error) {
      setDeliveryError(local(thrownMessage(error)));
      setStatuses((current) => withoutPending(current, targets));
    } finally {
      setCreating(false);
      setAuth(ports.authState());
    }
  };

  return (
    <Screen title={t("reminders.heading")} intro={t("reminders.intro")}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void plan()} disabled={phase.kind === "planning" || creating}>
          {t("reminders.useSelection")}
        </Button>
        {phase.kind === "planning" && <Spinner size="tiny" label={t("reminders.planning")} />}
      </div>
      <AuthBar state={auth} onChange={setAuth} />
      {phase.kind === "failed" && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{local(phase.failure.message)}</MessageBarBody>
        </MessageBar>
      )}
      {phase.kind === "planned" && (
        <Planned
          preview={phase.preview}
          auth={auth}
          statuses={statuses}
          creating={creating}
          deliveryError={deliveryError}
          onCreate={(only) => void create(phase.preview, only)}
        />
      )}
    </Screen>
  );
}

function withoutPending(current: ReadonlyMap<string, DraftStatus>, clients: string[]): Map<string, DraftStatus> {
  const next = new Map(current);
  for (const client of clients) if (next.get(client)?.state === "pending") next.delete(client);
  return next;
}

interface PlannedProps {
  preview: ReminderPreview;
  auth: AuthState;
  statuses: ReadonlyMap<string, DraftStatus>;
  creating: boolean;
  deliveryError: string | null;
  onCreate(only?: string[]): void;
}

function Planned({ preview, auth, statuses, creating, deliveryError, onCreate }: PlannedProps) {
  const { t, local } = useI18n();
  const styles = useStyles();
  const todo = preview.plan.clients.filter(actionable);
  const skipped = preview.plan.clients.filter((c) => !actionable(c));
  const blocking = preview.problems.filter((p) => p.severity === "error");
  const drafts = new Map(preview.drafts.map((d) => [d.clientId, d]));
  const done = (client: string) => {
    const state = statuses.get(client)?.state;
    return state === "created" || state === "existing";
  };
  // What « Créer les brouillons » would still create: not drafted before today, not created in this pane.
  const remaining = preview.drafts.filter((d) => !preview.alreadyDrafted.includes(d.clientId) && !done(d.clientId)).map((d) => d.clientId);
  const toCreate = remaining.length;
  const createdHere = preview.drafts.filter((d) => done(d.clientId)).length;

  return (
    <>
      <p className={styles.line}>{t("reminders.clients", { count: preview.plan.clients.length })}</p>
      {preview.plan.messages.map((message, index) => (
        <MessageBar key={`${message.code}-${index}`} intent={message.severity === "error" ? "error" : message.severity === "warning" ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{local(message.message)}</MessageBarBody>
        </MessageBar>
      ))}
      {preview.plan.issues.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("reminders.notes", { count: preview.plan.issues.length })}</MessageBarTitle>
            <ul>{preview.plan.issues.slice(0, 10).map((issue, i) => <li key={i}>{local(issue.message)}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {blocking.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("reminders.templateErrors")}</MessageBarTitle>
            <ul>{blocking.map((p, i) => <li key={i}>{local(p.message)}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {todo.length > 0 && (
        <section aria-labelledby="reminders-todo">
          <h3 id="reminders-todo" className={styles.sectionTitle}>{t("reminders.toDo", { count: todo.length })}</h3>
          <ul className={styles.list}>
            {todo.map((client) => (
              <ClientCard
                key={client.client}
                client={client}
                draft={drafts.get(client.client)}
                alreadyDrafted={preview.alreadyDrafted.includes(client.client)}
                status={statuses.get(client.client)}
                canRetry={!creating && auth === "signed-in"}
                onRetry={() => onCreate([client.client])}
              />
            ))}
          </ul>
        </section>
      )}
      {toCreate === 0 && blocking.length === 0 && (
        createdHere > 0 ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t("reminders.allCreated", { count: createdHere })}</MessageBarBody>
          </MessageBar>
        ) : (
          <p className={styles.muted}>{t("reminders.nothing")}</p>
        )
      )}
      {toCreate > 0 && blocking.length === 0 && (
        auth === "signed-in" ? (
          <div className={styles.row}>
            <Button appearance="primary" onClick={() => onCreate(createdHere > 0 ? remaining : undefined)} disabled={creating}>
              {t("reminders.create", { count: toCreate })}
            </Button>
            {creating && <Spinner size="tiny" label={t("reminders.creating")} />}
          </div>
        ) : (
          <EmlDownloadBlock preview={preview} />
        )
      )}
      {deliveryError && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{deliveryError}</MessageBarBody>
        </MessageBar>
      )}
      {/* Outlook out of reach (offline, refused): the same drafts as .eml files, there and then. */}
      {deliveryError && auth === "signed-in" && toCreate > 0 && blocking.length === 0 && <EmlDownloadBlock preview={preview} />}
      {skipped.length > 0 && (
        <section aria-labelledby="reminders-skipped">
          <h3 id="reminders-skipped" className={styles.sectionTitle}>{t("reminders.skipped", { count: skipped.length })}</h3>
          <ul className={styles.list}>
            {skipped.map((client) => (
              <li key={client.client} className={styles.card}>
                <p className={styles.name}>{client.name}</p>
                <p className={styles.muted}>{client.skip ? local(client.skip.message) : ""}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

interface ClientCardProps {
  client: ClientPlan;
  draft: RenderedDraft | undefined;
  alreadyDrafted: boolean;
  status: DraftStatus | undefined;
  canRetry: boolean;
  onRetry(): void;
}

function ClientCard({ client, draft, alreadyDrafted, status, canRetry, onRetry }: ClientCardProps) {
  const { t, local, language } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const previewId = `preview-${client.client}`;
  return (
    <li className={styles.card} aria-label={client.name}>
      <div className={styles.row}>
        <p className={styles.name}>{client.name}</p>
        {status && <StatusBadge status={status} />}
      </div>
      {client.step && <p className={styles.line}>{t("reminders.level", { level: local(client.step.label) })}</p>}
      <div className={styles.row}>
        {client.actions.map((action) => (
          <Badge key={action} appearance="outline">{t(`reminders.action.${action}` as MessageKey)}</Badge>
        ))}
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">{t("reminders.invoice.col.number")}</th>
            <th className={styles.cell} scope="col">{t("reminders.invoice.col.due")}</th>
            <th className={styles.number} scope="col">{t("reminders.invoice.col.outstanding")}</th>
            <th className={styles.number} scope="col">{t("reminders.invoice.col.late")}</th>
          </tr>
        </thead>
        <tbody>
          {client.invoices.map((invoice) => (
            <tr key={invoice.invoice}>
              <td className={styles.cell}>{invoice.invoice}</td>
              <td className={styles.cell}>{day(invoice.due, language)}</td>
              <td className={styles.number}>{formatMoney(invoice.outstanding, invoice.currency, language)}</td>
              <td className={styles.number}>{invoice.daysOverdue > 0 ? formatDays(invoice.daysOverdue, language) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={styles.line}>
        <strong>
          {t("reminders.total", {
            total: client.totals.map((total) => formatMoney(total.outstanding, total.currency, language)).join(" + "),
          })}
        </strong>{" "}
        ({t("reminders.invoices", { count: client.invoices.length })})
      </p>
      {client.actions.includes("email") && (
        <p className={styles.muted}>{t("reminders.to", { to: client.to.join(", ") || t("reminders.noAddress") })}</p>
      )}
      {client.warnings.map((warning, index) => (
        <p key={index} className={styles.muted}>{t("reminders.warning", { text: local(warning) })}</p>
      ))}
      {alreadyDrafted && <p className={styles.muted}>{t("reminders.alreadyDrafted")}</p>}
      {status?.state === "created" || status?.state === "existing" ? (
        status.webLink && (
          <Link href={status.webLink} target="_blank" rel="noopener noreferrer">{t("reminders.openInOutlook")}</Link>
        )
      ) : null}
      {status?.state === "failed" && (
        <div className={styles.row}>
          {status.message && <p className={styles.line} role="alert">{local(status.message)}</p>}
          <Button size="small" onClick={onRetry} disabled={!canRetry}>{t("reminders.retry")}</Button>
        </div>
      )}
      {draft && (
        <>
          <div>
            <Button
              appearance="secondary" icon={open ? <ChevronUp16Regular /> : <ChevronDown16Regular />} iconPosition="after"
              aria-expanded={open} aria-controls={previewId} onClick={() => setOpen((o) => !o)}
            >
              {t("reminders.preview")}
            </Button>
          </div>
          {open && <div id={previewId}><DraftPreview draft={draft} clientName={client.name} /></div>}
        </>
      )}
    </li>
  );
}

function StatusBadge({ status }: { status: DraftStatus }) {
  const { t } = useI18n();
  const color = status.state === "failed" ? "danger" : status.state === "pending" ? "informative" : "success";
  return <Badge appearance="filled" color={color}>{t(`reminders.status.${status.state}`)}</Badge>;
}

/** The .eml fallback: the port builds the file, the browser saves it through a link. */
function EmlDownloadBlock({ preview }: { preview: ReminderPreview }) {
  const ports = usePorts();
  const { t, local } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => () => {
    if (file) URL.revokeObjectURL(file.url);
  }, [file]);

  const prepare = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await ports.downloadEml(preview);
      if (result.ok) setFile({ url: URL.createObjectURL(result.download.blob), name: result.download.fileName });
      else setError(local(result.message));
    } catch (e) {
      setError(local(thrownMessage(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.card}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void prepare()} disabled={busy}>{t("reminders.downloadEml")}</Button>
        {busy && <Spinner size="tiny" label={t("reminders.preparingEml")} />}
      </div>
      {file && (
        <>
          <p className={styles.line}>{t("reminders.emlReady", { name: file.name })}</p>
          <Link href={file.url} download={file.name}>{t("reminders.emlLink", { name: file.name })}</Link>
          <p className={styles.muted}>{t("reminders.emlHelp")}</p>
        </>
      )}
      {error && <MessageBar intent="error" role="alert"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
    </div>
  );
}
