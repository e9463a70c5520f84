// Renders the dashboard sheet of a report workbook to a PNG, so a person can look at it:
//   npx tsx scripts/render-dashboard.ts [REPORT.xlsx] [OUT.png] [SHEET_KEY]
// (defaults: examples/cabinet-exemple-rapport.xlsx → docs/dashboard.png; run `npx tsx scripts/demo-report.ts` first).
// Steps: copy the workbook keeping only the dashboard sheet (found by its marker), convert it to PDF with
// LibreOffice headless in a French locale (fr-FR number and date formats), then the first page to PNG with pdftoppm.
// Needs: LibreOffice Calc, poppler-utils, and the Carlito font (metric-compatible with Calibri, the workbook's
// font): `apt-get install -y libreoffice-calc poppler-utils fonts-crosextra-carlito`.
// ExcelJS cannot write charts, so the PNG shows the charts' data band where Excel would draw the charts.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { findOwnedSheet } from "../src/xlsx/markers";

const ROOT = join(__dirname, "..");

function which(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function requireTools(): string {
  const office = ["libreoffice", "soffice"].find(which);
  const missing: string[] = [];
  if (office === undefined) missing.push("libreoffice-calc");
  if (!which("pdftoppm")) missing.push("poppler-utils");
  if (missing.length > 0) {
    process.stderr.write(
      `Outils manquants / Missing tools: ${missing.join(", ")}\n` +
        `  apt-get update && apt-get install -y libreoffice-calc poppler-utils fonts-crosextra-carlito\n`,
    );
    process.exit(2);
  }
  if (spawnSync("sh", ["-c", "fc-list | grep -qi carlito"]).status !== 0) {
    process.stderr.write("Police Carlito absente : les largeurs de colonnes différeront d'Excel (apt-get install -y fonts-crosextra-carlito).\n");
  }
  return office as string;
}

/** A LibreOffice user profile whose locale is fr-FR, so number formats render as in a French Excel. */
function frenchProfile(dir: string): string {
  const user = join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>fr-FR</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>fr</value></prop></item>
</oor:items>
`,
  );
  return `file://${join(dir, "profile")}`;
}

async function main(): Promise<void> {
  const input = resolve(process.argv[2] ?? join(ROOT, "examples", "cabinet-exemple-rapport.xlsx"));
  const output = resolve(process.argv[3] ?? join(ROOT, "docs", "dashboard.png"));
  const office = requireTools();
  if (!existsSync(input)) {
    process.stderr.write(`Introuvable / Not found: ${input} (npx tsx scripts/demo-report.ts)\n`);
    process.exit(2);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const key = process.argv[4] ?? "dashboard";
  const dashboard = findOwnedSheet(workbook, key);
  if (dashboard === undefined) {
    process.stderr.write(`Pas de feuille « ${key} » dans / No "${key}" sheet in ${input}\n`);
    process.exit(2);
  }
  for (const ws of [...workbook.worksheets]) if (ws !== dashboard) workbook.removeWorksheet(ws.id);
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => n.ranges.every((r) => r.includes(dashboard.name)));

  const work = mkdtempSync(join(tmpdir(), "encours-render-"));
  try {
    const xlsx = join(work, "tableau-de-bord.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    execFileSync(office, [`-env:UserInstallation=${frenchProfile(work)}`, "--headless", "--convert-to", "pdf", "--outdir", work, xlsx], { stdio: "ignore" });
    const pdf = join(work, "tableau-de-bord.pdf");
    if (!existsSync(pdf)) throw new Error("LibreOffice n'a pas produit de PDF / LibreOffice produced no PDF");
    execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", pdf, join(work, "page")]);
    const page = readdirSync(work).find((f) => f.startsWith("page") && f.endsWith(".png"));
    if (page === undefined) throw new Error("pdftoppm n'a pas produit d'image / pdftoppm produced no image");
    const pages = execFileSync("pdfinfo", [pdf]).toString().match(/Pages:\s+(\d+)/)?.[1] ?? "?";
    mkdirSync(dirname(output), { recursive: true });
    renameSync(join(work, page), output);
    process.stdout.write(`${output} (page 1 / ${pages})\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
