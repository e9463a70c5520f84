// What every browser test needs: Debian's Chromium (never downloaded), the demo built once per run of the
// sources (webpack.demo.config.js, into a temporary folder named after a hash of everything it bundles, so the
// test files of one jest run share one build), and the demo server on 127.0.0.1 with a free port.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { chromium, type Browser, type Frame, type FrameLocator, type Page } from "playwright-core";
import { buildDemo, REPO_ROOT } from "../../demo/build";
import { startDemoServer, type DemoServer } from "../../demo/server";

export const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];
const BUILDS = join(tmpdir(), "encours-browser-tests");

/**
 * Chromium is there: run the browser tests. Missing: fail loudly in CI (the CI script installs it),
 * elsewhere skip them with a warning saying how to get it.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} est absent : tests navigateur ignorés (apt-get install chromium). / ${CHROMIUM} is missing: browser tests skipped (apt-get install chromium).`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
  return false;
}

/** `describe` when Chromium is there, `describe.skip` otherwise (see chromiumAvailable). */
export const describeInBrowser: jest.Describe = chromiumAvailable() ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

async function filesUnder(folder: string, out: string[]): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await filesUnder(path, out);
    else if (!entry.name.endsWith(".test.ts") && !entry.name.endsWith(".test.tsx")) out.push(path);
  }
}

/** A hash of what the demo build reads: our sources, the sample, the config and the locked dependencies. */
async function sourcesHash(): Promise<string> {
  const files: string[] = [];
  for (const folder of ["src", "demo", "test/excel-host", "test/graph-server"]) await filesUnder(join(REPO_ROOT, folder), files);
  for (const file of ["examples/cabinet-exemple.xlsx", "webpack.demo.config.js", "csp.config.js", "package-lock.json", "tsconfig.json"]) files.push(join(REPO_ROOT, file));
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(relative(REPO_ROOT, file));
    hash.update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The built demo for the current sources: built once (about half a minute), then reused by the other test
 * files of the run. A folder per hash; the first worker to get the lock builds, the others wait.
 */
export async function demoBuild(): Promise<string> {
  const hash = await sourcesHash();
  const out = join(BUILDS, hash);
  const done = join(out, ".built");
  const lock = join(BUILDS, `${hash}.lock`);
  await mkdir(BUILDS, { recursive: true });
  for (;;) {
    if (existsSync(done)) return out;
    try {
      await mkdir(lock);
    } catch {
      // Another worker is building; a lock older than 5 minutes was left by a killed run.
      const since = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > 5 * 60_000) await rm(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (existsSync(done)) return out;
      for (const old of await readdir(BUILDS)) {
        if (old !== hash && !old.endsWith(".lock")) await rm(join(BUILDS, old), { recursive: true, force: true });
      }
      await buildDemo(out);
      await writeFile(done, new Date().toISOString());
      return out;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}

export interface DemoSession {
  server: DemoServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemo(): Promise<DemoSession> {
  const root = await demoBuild();
  const server = await startDemoServer({ root, port: 0, host: "127.0.0.1" });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One demo (server + browser) for the tests of a describe block: started before them, closed after. Returns the
 * session's getter (the session exists only once beforeAll has run).
 */
export function sharedDemo(): () => DemoSession {
  let demo: DemoSession | undefined;
  beforeAll(async () => {
    demo = await startDemo();
  }, 180_000);
  afterAll(async () => {
    await demo?.close();
  });
  return () => {
    if (!demo) throw new Error("the demo has not started (beforeAll failed)");
    return demo;
  };
}

export interface OpenedDemo {
  page: Page;
  /** The taskpane's frame, for locators. */
  pane: FrameLocator;
  /** The taskpane's frame, for evaluate. */
  paneFrame(): Frame;
  /** Uncaught errors of the page and its frame. */
  errors: string[];
  /** Requests that left the demo server. */
  outside: string[];
  /** What the Content-Security-Policy refused, in any frame: "directive blocked-uri (source file:line)". */
  violations: string[];
  /** Every console message of the page and its frames, as text. */
  logs: string[];
  /** The bearer tokens the page sent (to the demo's Graph-like endpoint). */
  bearerTokens: string[];
}

/**
 * Opens the demo page (or `path` under it) in a new browser context (its own empty localStorage: the sample as
 * shipped) and waits until the taskpane shows its tabs.
 */
export async function openDemo(session: DemoSession, path = ""): Promise<OpenedDemo> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  const violations: string[] = [];
  const logs: string[] = [];
  const bearerTokens: string[] = [];
  page.on("console", (message) => logs.push(message.text()));
  // Every frame reports what its Content-Security-Policy refuses (the taskpane runs under the add-in's policy).
  await context.exposeBinding("__encoursCspViolation", (_source, text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __encoursCspViolation?: (text: string) => void }).__encoursCspViolation;
      report?.(`${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(session.server.url) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
    const authorization = request.headers()["authorization"];
    if (authorization?.startsWith("Bearer ")) bearerTokens.push(authorization.slice("Bearer ".length));
  });
  await page.goto(session.server.url + path);
  const pane = page.frameLocator("#pane");
  await pane.getByRole("tab").first().waitFor({ timeout: 30_000 });
  return {
    page,
    pane,
    paneFrame: () => {
      const frame = page.frames().find((f) => f.url().includes("/pane.html"));
      if (!frame) throw new Error("no pane frame");
      return frame;
    },
    errors,
    outside,
    violations,
    logs,
    bearerTokens,
  };
}

/** Polls `read` until `done` accepts its value (or fails with the last value after `timeoutMs`). */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Still not there after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}
