// CI's dependency audit (scripts/audit-production.ts): fails on a high or critical advisory in a production
// dependency, passes a clean report, and passes with a warning when the registry does not answer the audit.
import { auditVerdict, verdictMessage } from "../../scripts/audit/verdict";

// Shapes npm 10/11 prints with --json (audit report version 2), trimmed to the fields read.
const report = (vulnerabilities: Record<string, { severity: string }>) => {
  const counts = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };
  for (const v of Object.values(vulnerabilities)) {
    counts[v.severity as keyof typeof counts] += 1;
    counts.total += 1;
  }
  const full = Object.fromEntries(Object.entries(vulnerabilities).map(([name, v]) => [name, { name, severity: v.severity, isDirect: false, via: [], effects: [], range: "*", nodes: [], fixAvailable: true }]));
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities: full, metadata: { vulnerabilities: counts, dependencies: { prod: 120, dev: 0, total: 120 } } });
};

describe("the CI audit of production dependencies", () => {
  it("fails when a production dependency has a high or a critical advisory, naming the packages", () => {
    const verdict = auditVerdict(report({ jszip: { severity: "high" }, "@azure/msal-browser": { severity: "critical" }, "date-fns": { severity: "low" } }));
    expect(verdict).toEqual({ kind: "vulnerable", counts: { low: 1, moderate: 0, high: 1, critical: 1 }, packages: ["@azure/msal-browser (critical)", "jszip (high)"] });
    expect(verdictMessage(verdict)).toMatch(/^Audit des dépendances de production : 1 alerte\(s\) élevée\(s\) et 1 critique\(s\) — @azure\/msal-browser \(critical\), jszip \(high\)/);
  });

  it("passes when only low or moderate advisories remain, and says how many", () => {
    const verdict = auditVerdict(report({ "date-fns": { severity: "low" }, exceljs: { severity: "moderate" } }));
    expect(verdict).toEqual({ kind: "clean", counts: { low: 1, moderate: 1, high: 0, critical: 0 } });
    expect(verdictMessage(verdict)).toContain("faibles 1, modérées 1");
  });

  it("passes with a warning when the registry refuses the audit request, as this machine's mirror does (HTTP 405)", () => {
    const answered = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      method: "POST",
      statusCode: 405,
      body: "",
      error: { summary: "", detail: "" },
    });
    const verdict = auditVerdict(answered);
    expect(verdict).toEqual({ kind: "unanswered", reason: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk (HTTP 405)" });
    expect(verdictMessage(verdict)).toMatch(/^Avertissement : le registre npm n'a pas répondu/);
  });

  it("passes with a warning, never a silent pass, when npm printed no report at all (offline)", () => {
    expect(auditVerdict("")).toEqual({ kind: "unanswered", reason: "npm audit did not print a report: (nothing)" });
    expect(auditVerdict('{"error":{"code":"ENOTFOUND","summary":"request to https://registry.npmjs.org failed"}}')).toEqual({
      kind: "unanswered",
      reason: "request to https://registry.npmjs.org failed",
    });
  });
});
