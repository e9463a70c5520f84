// Bundle budget and time to interactive of the task pane (issue "Taskpane"): the initial JavaScript of
// taskpane.html must stay within 250 KB gzip; the time to interactive is measured in Debian's headless Chromium
// on the demo page (Microsoft's office.js client + the emulated host + the real task pane), from navigation to
// the pane's tabs answering. Not a test: figures to read, and an exit code when the budget is exceeded.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { buildDemo } from "../../demo/build";
import { startDemoServer } from "../../demo/server";

const ROOT = path.resolve(__dirname, "../..");
const BUDGET_KB = 250;
const CHROMIUM = "/usr/bin/chromium";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function buildAddin(out: string): void {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT, stdio: "ignore",
  });
}

/** The scripts taskpane.html loads itself (the initial bundle), as opposed to chunks loaded on demand. */
function initialScripts(out: string): string[] {
  const html = readFileSync(path.join(out, "taskpane.html"), "utf8");
  // Production HTML is minified: attribute quotes may be gone.
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? "")
    .filter((src) => !/^https?:/.test(src));
}

async function timeToInteractive(runs: number): Promise<number[]> {
  const site = mkdtempSync(path.join(tmpdir(), "encours-bench-demo-"));
  try {
    await buildDemo(site);
    const server = await startDemoServer({ root: site, port: 0, host: "127.0.0.1" });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    try {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        const start = Date.now();
        await page.goto(server.url);
        await page.frameLocator("#pane").getByRole("tab").first().waitFor({ timeout: 60_000 });
        times.push(Date.now() - start);
        await context.close();
      }
      return times;
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<void> {
  const out = mkdtempSync(path.join(tmpdir(), "encours-bench-bundle-"));
  let initial: string[] = [];
  try {
    buildAddin(out);
    initial = initialScripts(out);
    let total = 0;
    console.log("Taskpane initial JavaScript (gzip -9):");
    for (const src of initial) {
      const size = gzipSync(readFileSync(path.join(out, src)), { level: 9 }).length;
      total += size;
      console.log(`  ${src.padEnd(32)} ${kb(size).padStart(10)}`);
    }
    const verdict = total <= BUDGET_KB * 1024 ? "within budget" : "OVER BUDGET";
    console.log(`  ${"total".padEnd(32)} ${kb(total).padStart(10)}   budget ${BUDGET_KB} KB: ${verdict}`);
    if (total > BUDGET_KB * 1024) process.exitCode = 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  if (initial.length === 0) {
    console.log("  no script found in taskpane.html: the budget cannot be checked");
    process.exitCode = 1;
  }
  if (args.includes("--skip-browser")) return;
  if (!existsSync(CHROMIUM)) {
    console.log(`Time to interactive: skipped (${CHROMIUM} missing: apt-get install -y chromium).`);
    return;
  }
  const times = await timeToInteractive(5);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`Time to interactive in headless Chromium (demo page with the pane in its frame, navigation → pane tabs shown), 5 loads: median ${sorted[2]} ms, min ${sorted[0]} ms, max ${sorted[4]} ms`);
}
