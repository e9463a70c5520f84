// `npm run audit:prod` (called by .ci/run): `npm audit --omit=dev --audit-level=high`, read by scripts/audit/verdict.ts.
// Exit 1 on a high or critical advisory in a production dependency; 0 when clean, or when the registry does not
// answer the audit (with a warning).
import { spawnSync } from "node:child_process";
import { auditVerdict, verdictMessage } from "./audit/verdict";

const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", timeout: 120_000 });
const verdict = auditVerdict(run.stdout ?? "");
const message = verdictMessage(verdict);
if (verdict.kind === "vulnerable") {
  console.error(message);
  process.exit(1);
}
console.log(message);
