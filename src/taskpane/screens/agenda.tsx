// Agenda: the calls to make (with what each must obtain), promises due or broken, letters to send; recording
// an outcome writes the journal.
import { useCallback, useEffect, useState } from "react";
import { Badge, Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Agenda, AgendaItem, AgendaKind } from "../../core/agenda";
import type { IsoDay } from "../../core/days/day";
import { formatMoneyList } from "../../core/templates/format";
import { thrownMessage } from "../errors";
import { day } from "../format";
import { useI18n, type MessageKey } from "../i18n";
import type { Failure } from "../ports";
import { usePorts } from "../ports-context";
import { OutcomeDialog } from "./outcome-dialog";
import { Screen } from "./screen";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0,
    padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  line: { margin: 0, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type GroupId = "call" | "promise" | "letter" | "follow-up";
const GROUP_OF: Record<AgendaKind, GroupId> = {
  call: "call", "promise-due": "promise", "promise-broken": "promise", letter: "letter", "follow-up": "follow-up",
};
const GROUPS: readonly GroupId[] = ["call", "promise", "letter", "follow-up"];

export function itemKey(item: AgendaItem): string {
  return [item.kind, item.client, item.date, item.level ?? "", item.invoices.join(",")].join("|");
}

type State = { kind: "loading" } | { kind: "failed"; failure: Failure } | { kind: "ready"; asOf: IsoDay; agenda: Agenda };

export function AgendaScreen() {
  const ports = usePorts();
  const { t, local, language } = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [recorded, setRecorded] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<AgendaItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    setState({ kind: "loading" });
    try {
      const result = await ports.agenda();
      setState(result.ok ? { kind: "ready", asOf: result.asOf, agenda: result.agenda } : { kind: "failed", failure: result });
    } catch (error) {
      setState({ kind: "failed", failure: { ok: false, message: thrownMessage(error) } });
    }
  }, [ports]);

  useEffect(() => {
    void load();
  }, [load]);

  if (state.kind === "loading") {
    return <Screen title={t("agenda.heading")}><Spinner size="small" label={t("common.loading")} /></Screen>;
  }
  if (state.kind === "failed") {
    return (
      <Screen title={t("agenda.heading")}>
        <MessageBar intent="warning" layout="multiline" role="alert"><MessageBarBody>{local(state.failure.message)}</MessageBarBody></MessageBar>
        <div><Button onClick={() => void load()}>{t("common.retry")}</Button></div>
      </Screen>
    );
  }

  const { agenda, asOf } = state;
  return (
    <Screen title={t("agenda.heading")} intro={t("agenda.intro", { day: day(asOf, language) })}>
      {agenda.messages.map((message, index) => (
        <MessageBar key={index} intent="warning" layout="multiline"><MessageBarBody>{local(message.message)}</MessageBarBody></MessageBar>
      ))}
      {notice && <MessageBar intent="success" role="status"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {agenda.items.length === 0 && <p className={styles.muted}>{t("agenda.empty")}</p>}
      <div>
        <Button size="small" onClick={() => void load()}>{t("agenda.reload")}</Button>
      </div>
      {GROUPS.map((group) => {
        const items = agenda.items.filter((item) => GROUP_OF[item.kind] === group);
        if (items.length === 0) return null;
        return (
          <section key={group} className={styles.group} aria-labelledby={`agenda-${group}`}>
            <h3 id={`agenda-${group}`} className={styles.groupTitle}>{t(`agenda.group.${group}` as MessageKey)} ({items.length})</h3>
            <ul className={styles.list}>
              {items.map((item) => {
                const key = itemKey(item);
                const done = recorded.has(key);
                return (
                  <li key={key} className={styles.card} aria-label={local(item.title)}>
                    <p className={styles.title}>{local(item.title)}</p>
                    <div className={styles.row}>
                      {item.kind === "promise-due" || item.kind === "promise-broken" ? (
                        <Badge appearance="tint" color={item.kind === "promise-broken" ? "danger" : "warning"}>
                          {t(`agenda.kind.${item.kind}`)}
                        </Badge>
                      ) : null}
                      {item.late && <Badge appearance="tint" color="danger">{t("agenda.late", { day: day(item.date, language) })}</Badge>}
                    </div>
                    <p className={styles.line}>
                      {formatMoneyList(item.amounts, language)}
                      {item.invoices.length > 0 && ` · ${item.invoices.join(", ")}`}
                    </p>
                    {item.contact && <p className={styles.muted}>{item.contact}</p>}
                    <p className={styles.line}><strong>{t("agenda.goal")}</strong> {local(item.goal)}</p>
                    {item.note && <p className={styles.muted}>{item.note}</p>}
                    <div className={styles.row}>
                      {done ? (
                        <Badge appearance="filled" color="success">{t("agenda.recorded")}</Badge>
                      ) : (
                        <Button size="small" onClick={() => setEditing(item)}>{t("agenda.record")}</Button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {editing && (
        <OutcomeDialog
          item={editing}
          today={asOf}
          open
          onClose={() => setEditing(null)}
          onRecorded={() => {
            setRecorded((seen) => new Set([...seen, itemKey(editing)]));
            setNotice(t("agenda.recorded"));
            setEditing(null);
          }}
        />
      )}
    </Screen>
  );
}
