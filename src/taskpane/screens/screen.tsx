// The frame of every section: its heading, a line saying what it is for, then its content.
import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function Screen({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h2 className={styles.title}>{title}</h2>
      {intro && <p className={styles.intro}>{intro}</p>}
      {children}
    </div>
  );
}
