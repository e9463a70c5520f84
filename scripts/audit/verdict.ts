// Reads what `npm audit --omit=dev --json` printed and decides what CI does with it: pass when the production
// dependencies have no high or critical advisory, fail when they have one, and pass with a warning when the
// registry did not answer the audit (a mirror without the advisories endpoint, no network): the audit then
// says nothing either way, and the warning says so.

export type AuditVerdict =
  | { kind: "clean"; counts: SeverityCounts }
  | { kind: "vulnerable"; counts: SeverityCounts; packages: string[] }
  | { kind: "unanswered"; reason: string };

export interface SeverityCounts {
  low: number;
  moderate: number;
  high: number;
  critical: number;
}

interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { severity?: string }>;
  metadata?: { vulnerabilities?: Partial<SeverityCounts> };
  message?: string;
  statusCode?: number;
  error?: { summary?: string; code?: string };
}

const BLOCKING = new Set(["high", "critical"]);

export function auditVerdict(stdout: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    return { kind: "unanswered", reason: `npm audit did not print a report: ${stdout.trim().slice(0, 200) || "(nothing)"}` };
  }
  if (typeof report !== "object" || report === null || !report.metadata?.vulnerabilities) {
    const reason = report?.message ?? report?.error?.summary ?? report?.error?.code ?? "no advisories in the answer";
    return { kind: "unanswered", reason: report?.statusCode ? `${reason} (HTTP ${report.statusCode})` : reason };
  }
  const found = report.metadata.vulnerabilities;
  const counts: SeverityCounts = { low: found.low ?? 0, moderate: found.moderate ?? 0, high: found.high ?? 0, critical: found.critical ?? 0 };
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.has(v.severity ?? ""))
    .map(([name, v]) => `${name} (${v.severity})`)
    .sort();
  if (counts.high + counts.critical > 0 || packages.length > 0) return { kind: "vulnerable", counts, packages };
  return { kind: "clean", counts };
}

export function verdictMessage(verdict: AuditVerdict): string {
  switch (verdict.kind) {
    case "clean":
      return `Audit des dépendances de production : aucune alerte élevée ou critique (faibles ${verdict.counts.low}, modérées ${verdict.counts.moderate}). / Production dependency audit: no high or critical advisory.`;
    case "vulnerable":
      return `Audit des dépendances de production : ${verdict.counts.high} alerte(s) élevée(s) et ${verdict.counts.critical} critique(s) — ${verdict.packages.join(", ")}. Mettez-les à jour (npm audit fix --omit=dev) avant de publier. / Production dependency audit: high or critical advisories, update them before shipping.`;
    case "unanswered":
      return `Avertissement : le registre npm n'a pas répondu à l'audit (${verdict.reason}) ; rien n'est vérifié ici, relancez là où le registre répond. / Warning: the npm registry did not answer the audit; nothing was checked here.`;
  }
}
