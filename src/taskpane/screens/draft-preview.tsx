// A draft exactly as it will be created: its addresses, subject and HTML body. The HTML (built by our escaping
// templates) is shown in a sandboxed frame: no script, no form, no navigation, no access to the taskpane.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RenderedDraft } from "../../core/reminders/drafts";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { margin: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  frame: {
    width: "100%",
    height: "360px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
});

export function DraftPreview({ draft, clientName }: { draft: RenderedDraft; clientName: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <p className={styles.line}>{t("reminders.to", { to: draft.to.join(", ") || t("reminders.noAddress") })}</p>
      {draft.cc.length > 0 && <p className={styles.line}>{t("reminders.cc", { cc: draft.cc.join(", ") })}</p>}
      <p className={styles.line}><strong>{t("reminders.subject", { subject: draft.subject })}</strong></p>
      <iframe
        className={styles.frame}
        title={t("reminders.previewFor", { client: clientName })}
        sandbox=""
        referrerPolicy="no-referrer"
        srcDoc={draft.html}
      />
    </div>
  );
}
