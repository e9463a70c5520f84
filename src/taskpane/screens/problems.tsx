// Problèmes de données: every issue of the last refresh with its place (Factures!E12), grouped by kind,
// with what to do; a click selects the cell in Excel.
import { useMemo, useState } from "react";
import { Badge, Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import { thrownText } from "../errors";
import { useI18n, type MessageKey } from "../i18n";
import { usePorts } from "../ports-context";
import { Screen } from "./screen";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, minWidth: 0,
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  message: { margin: 0, overflowWrap: "anywhere" },
});

/** Groups of issue codes, by the part before the first dot ("amount.unreadable" → amount). */
const FAMILIES: Readonly<Record<string, GroupId>> = {
  amount: "amount", date: "date", invoice: "invoice", invoices: "invoice", payment: "payment", payments: "payment",
  client: "client", email: "client", columns: "columns", sheet: "sheet", ledger: "sheet", fec: "sheet", row: "sheet",
  currency: "currency", journal: "journal", history: "journal", selection: "selection",
};

type GroupId = "amount" | "date" | "invoice" | "payment" | "client" | "columns" | "sheet" | "currency" | "journal" | "selection" | "other";

const GROUP_ORDER: readonly GroupId[] = ["sheet", "columns", "amount", "date", "invoice", "payment", "client", "currency", "journal", "selection", "other"];

export function issueGroup(code: string): GroupId {
  const family = code.split(".")[0] ?? "";
  return FAMILIES[family] ?? "other";
}

/** Where the issue is, as Excel writes it: Factures!E12, 'Mes factures'!12:12, Factures. */
export function issuePlace(issue: Pick<Issue, "sheet" | "row" | "cell">): string {
  const sheet = /^[\p{L}\p{N}_]+$/u.test(issue.sheet) ? issue.sheet : `'${issue.sheet.replace(/'/g, "''")}'`;
  if (issue.cell !== null) return `${sheet}!${issue.cell}`;
  if (issue.row !== null) return `${sheet}!${issue.row}:${issue.row}`;
  return sheet;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
/** Long lists are shown a page at a time. */
const PAGE = 50;

export function ProblemsScreen({ issues }: { issues: Issue[] | null }) {
  const { t } = useI18n();
  const styles = useStyles();
  const groups = useMemo(() => {
    const byGroup = new Map<GroupId, Issue[]>();
    for (const issue of issues ?? []) {
      const id = issueGroup(issue.code);
      const list = byGroup.get(id);
      if (list) list.push(issue);
      else byGroup.set(id, [issue]);
    }
    for (const list of byGroup.values()) {
      list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    }
    return GROUP_ORDER.flatMap((id) => {
      const list = byGroup.get(id);
      return list ? [{ id, issues: list }] : [];
    });
  }, [issues]);

  if (issues === null) {
    return (
      <Screen title={t("problems.heading")}>
        <MessageBar intent="info"><MessageBarBody>{t("problems.notYet")}</MessageBarBody></MessageBar>
      </Screen>
    );
  }
  if (issues.length === 0) {
    return (
      <Screen title={t("problems.heading")}>
        <MessageBar intent="success"><MessageBarBody>{t("problems.none")}</MessageBarBody></MessageBar>
      </Screen>
    );
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  return (
    <Screen title={t("problems.heading")} intro={t("problems.intro")}>
      <p style={{ margin: 0 }}>
        {t("problems.count", { count: issues.length })}
        {errors > 0 && ` · ${t("problems.errors", { count: errors })}`}
        {warnings > 0 && ` · ${t("problems.warnings", { count: warnings })}`}
      </p>
      {groups.map((group) => (
        <section key={group.id} className={styles.group} aria-labelledby={`problems-${group.id}`}>
          <h3 id={`problems-${group.id}`} className={styles.groupTitle}>
            {t(`problems.group.${group.id}` as MessageKey)} ({group.issues.length})
          </h3>
          <IssueList issues={group.issues} />
        </section>
      ))}
    </Screen>
  );
}

function IssueList({ issues }: { issues: Issue[] }) {
  const ports = usePorts();
  const { t, local } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const [failure, setFailure] = useState<string | null>(null);

  const show = async (issue: Issue) => {
    setFailure(null);
    try {
      await ports.showIssue(issue);
    } catch (error) {
      setFailure(t("problems.showFailed", { detail: local(thrownText(error)) }));
    }
  };

  return (
    <>
      {failure && <MessageBar intent="error" role="alert"><MessageBarBody>{failure}</MessageBarBody></MessageBar>}
      <ul className={styles.list}>
        {issues.slice(0, shown).map((issue, index) => {
          const place = issuePlace(issue);
          return (
            <li key={`${place}|${issue.code}|${index}`} className={styles.item}>
              <div className={styles.head}>
                <Badge
                  appearance="tint"
                  color={issue.severity === "error" ? "danger" : issue.severity === "warning" ? "warning" : "informative"}
                >
                  {t(`problems.severity.${issue.severity}`)}
                </Badge>
                <Link as="button" onClick={() => void show(issue)} aria-label={t("problems.goTo", { place })}>
                  {place}
                </Link>
              </div>
              <p className={styles.message}>{local(issue.message)}</p>
            </li>
          );
        })}
      </ul>
      {issues.length > shown && (
        <div>
          <Button onClick={() => setShown((n) => n + PAGE)}>+ {Math.min(PAGE, issues.length - shown)}</Button>
        </div>
      )}
    </>
  );
}
