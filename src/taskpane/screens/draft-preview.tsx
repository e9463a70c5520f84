// A draft exactly as it will be created: its addresses, subject and HTML body. The HTML (built by our escaping
// templates) is shown in a sandboxed frame: no script, no form, no navigation, no access to the taskpane.
// A mail is laid out for a reading pane wider than the taskpane: the frame lays it out wider and shows it scaled
// down to the pane's width (never below 70 %, where it scrolls sideways instead), so the invoice table is whole.
import { useEffect, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { RenderedDraft } from "../../core/reminders/drafts";
import { useI18n } from "../i18n";

/** The width mail readers lay a message out in; the preview shows that layout scaled to the pane. */
export const MAIL_LAYOUT_WIDTH = 600;
const MIN_SCALE = 0.7;
const FRAME_HEIGHT = 360;

/** The scale that fits a mail laid out at MAIL_LAYOUT_WIDTH into `width` pixels (1 when it fits already). */
export function previewScale(width: number): number {
  if (!(width > 0)) return 1;
  return Math.min(1, Math.max(MIN_SCALE, width / MAIL_LAYOUT_WIDTH));
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { margin: 0, overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  viewport: {
    height: `${FRAME_HEIGHT}px`,
    overflow: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  frame: { border: "none", display: "block", transformOrigin: "0 0" },
});

function useWidth<T extends HTMLElement>(): [React.RefObject<T>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const node = ref.current;
    if (!node) return undefined;
    setWidth(node.clientWidth);
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(() => setWidth(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function DraftPreview({ draft, clientName }: { draft: RenderedDraft; clientName: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [viewport, width] = useWidth<HTMLDivElement>();
  const scale = previewScale(width);
  return (
    <div className={styles.root}>
      <p className={styles.line}>{t("reminders.to", { to: draft.to.join(", ") || t("reminders.noAddress") })}</p>
      {draft.cc.length > 0 && <p className={styles.line}>{t("reminders.cc", { cc: draft.cc.join(", ") })}</p>}
      <p className={styles.line}><strong>{t("reminders.subject", { subject: draft.subject })}</strong></p>
      <div ref={viewport} className={styles.viewport} data-scale={scale.toFixed(2)}>
        <iframe
          className={styles.frame}
          style={{ width: `${100 / scale}%`, height: `${FRAME_HEIGHT / scale}px`, transform: scale < 1 ? `scale(${scale})` : undefined }}
          title={t("reminders.previewFor", { client: clientName })}
          sandbox=""
          referrerPolicy="no-referrer"
          srcDoc={draft.html}
        />
      </div>
    </div>
  );
}
