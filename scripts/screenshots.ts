// `npx tsx scripts/screenshots.ts [--site DIR]`: every taskpane screen, in French and in English, at the
// taskpane's size (350 × 800), from the demo (the real taskpane, Microsoft's office.js, the sample workbook in
// the page), into docs/screenshots/; plus the whole demo page. Debian's Chromium through playwright-core.
// The demo is built first unless --site names a folder webpack.demo.config.js already built.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from "playwright-core";
import { buildDemo, REPO_ROOT } from "../demo/build";
import { startDemoServer } from "../demo/server";
import { en } from "../src/taskpane/i18n/en";
import { fr, type MessageKey } from "../src/taskpane/i18n/fr";

const OUT = join(REPO_ROOT, "docs", "screenshots");
const PANE = { width: 350, height: 800 };
const PAGE_WIDTH = 1280;
type Language = "fr" | "en";

/** The taskpane's own words, so the script follows the UI text wherever it changes. */
function words(language: Language, key: MessageKey): string {
  return (language === "fr" ? fr : en)[key];
}

/** A message with `{values}` as a pattern matching any value. */
function pattern(language: Language, key: MessageKey): RegExp {
  const parts = words(language, key).split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".*")}$`);
}

async function scrollTo(target: Locator): Promise<void> {
  await target.evaluate((node) => node.scrollIntoView({ block: "start" }));
}

async function scrollTop(pane: FrameLocator): Promise<void> {
  await pane.locator("body").evaluate(() => window.scrollTo(0, 0));
}

class Shooter {
  readonly shots: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly language: Language,
  ) {}

  /** The pane as the user sees it (350 × 800); `now` for a passing state (no pause for transitions). */
  async pane(name: string, now = false): Promise<void> {
    if (!now) await this.page.waitForTimeout(250); // let transitions (accordion, dialog) finish
    const file = join(OUT, `${this.language}-${name}.png`);
    const box = await this.page.locator("#pane").boundingBox();
    if (!box) throw new Error("the pane frame is not shown");
    await this.page.screenshot({ path: file, clip: box, animations: "allow" });
    this.shots.push(file);
  }

  async whole(name: string): Promise<void> {
    const file = join(OUT, `${name}.png`);
    await this.page.screenshot({ path: file });
    this.shots.push(file);
  }
}

/** Opens the demo with the pane frame exactly 350 × 800. */
async function openDemo(browser: Browser, url: string, language: Language): Promise<{ page: Page; pane: FrameLocator }> {
  // The browser's own locale too (date fields, number inputs), as Office's webview has the user's.
  const context = await browser.newContext({
    viewport: { width: PAGE_WIDTH, height: 900 }, deviceScaleFactor: 1, locale: language === "fr" ? "fr-FR" : "en-GB",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
  await page.goto(url);
  const header = await page.locator(".demo-header").evaluate((node) => (node as HTMLElement).offsetHeight);
  await page.setViewportSize({ width: PAGE_WIDTH, height: header + PANE.height });
  const pane = page.frameLocator("#pane");
  await pane.getByRole("tab").first().waitFor({ timeout: 30_000 });
  return { page, pane };
}

async function everyScreen(browser: Browser, base: string, language: Language): Promise<string[]> {
  const w = (key: MessageKey) => words(language, key);
  // Batches answered a little later, as Excel on the web would: the refresh's progress can be seen.
  const { page, pane } = await openDemo(browser, `${base}?lang=${language}&batchDelay=500`, language);
  const shoot = new Shooter(page, language);
  const tab = (key: MessageKey) => pane.getByRole("tab", { name: new RegExp(`^${w(key)}`) }).click();

  // Accueil: before, during and after a refresh.
  await pane.getByRole("button", { name: w("home.refresh") }).waitFor();
  await shoot.pane("01-accueil");
  await pane.getByRole("button", { name: w("home.refresh") }).click();
  try {
    await pane.getByText(pattern(language, "home.step.label")).first().waitFor({ timeout: 5_000 });
    await shoot.pane("02-accueil-actualisation", true);
  } catch {
    process.stderr.write(`${language}: the refresh ended before its progress could be shot\n`);
  }
  // The summary, or the failure message when the refresh could not finish (shot as well: it is a screen too).
  const summary = pane.getByRole("heading", { name: pattern(language, "home.summary.heading") });
  const failed = pane.getByText(w("home.failed.title"));
  await summary.or(failed).first().waitFor({ timeout: 60_000 });
  if (await failed.count()) process.stderr.write(`${language}: the refresh failed: ${await pane.locator("#panel-home").innerText()}\n`);
  else await scrollTo(summary);
  await shoot.pane("03-accueil-resultat");
  if (language === "fr") {
    // The whole page with a report the refresh wrote shown in the workbook view.
    await pane.getByRole("button", { name: fr["home.summary.open"].replace("{name}", "Balance âgée") }).click();
    await page.locator(".sheet-tabs .tab.active", { hasText: "Balance âgée" }).waitFor();
    await shoot.whole("demo-fr");
  }

  // Problèmes de données.
  await tab("tab.problems");
  await shoot.pane("04-problemes");

  // Relances: rows selected in the workbook view (the sample's recent invoices), then the plan.
  await page.locator(".sheet-tabs .tab", { hasText: "Factures" }).click();
  const rows = await page.locator("th.row-head").count();
  await page.locator(`th[data-row="${rows - 240}"]`).click();
  await page.locator(`th[data-row="${rows - 1}"]`).click({ modifiers: ["Shift"] });
  await tab("tab.reminders");
  await shoot.pane("05-relances");
  await pane.getByRole("button", { name: w("reminders.useSelection") }).click();
  const todo = pane.getByRole("heading", { name: pattern(language, "reminders.toDo") });
  await todo.waitFor({ timeout: 30_000 });
  await scrollTop(pane);
  await shoot.pane("06-relances-plan");
  const preview = pane.getByRole("button", { name: w("reminders.preview") }).first();
  await preview.click();
  await scrollTo(preview);
  await shoot.pane("07-relances-apercu");
  await preview.click();

  // Sign-in (the demo's simulated Outlook), then the drafts.
  await scrollTop(pane);
  await pane.getByRole("button", { name: w("auth.signIn") }).click();
  await shoot.pane("08-connexion");
  await pane.locator(".demo-dialog-backdrop button").first().click();
  const create = pane.getByRole("button", { name: pattern(language, "reminders.create") });
  await create.click();
  const created = pane.getByText(w("reminders.status.created"), { exact: true });
  await created.first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await scrollTo(created.first());
  await pane.locator("body").evaluate(() => window.scrollBy(0, -60));
  await shoot.pane("09-relances-brouillons");

  // Agenda, and the outcome form when there is a call to note.
  await tab("tab.agenda");
  await pane.getByRole("heading", { name: w("agenda.heading") }).waitFor();
  await page.waitForTimeout(1000);
  await scrollTop(pane);
  await shoot.pane("10-agenda");
  const record = pane.getByRole("button", { name: new RegExp(`^${w("agenda.record")}`) }).first();
  if (await record.count()) {
    await record.click();
    await shoot.pane("11-agenda-resultat");
    await page.keyboard.press("Escape");
  }

  // Paramètres: the columns, then every section.
  await tab("tab.settings");
  const sheetsSection = pane.getByRole("button", { name: w("settings.section.sheets") });
  await sheetsSection.waitFor();
  await scrollTop(pane);
  await shoot.pane("12-parametres");
  if ((await sheetsSection.getAttribute("aria-expanded")) !== "true") await sheetsSection.click();
  await page.waitForTimeout(1500); // the columns are read from the workbook
  await scrollTo(sheetsSection);
  await shoot.pane("12-parametres-colonnes");
  // The template editor last: it stays open once opened.
  const sections: [MessageKey, string][] = [
    ["settings.section.buckets", "13-parametres-tranches"],
    ["settings.section.schedule", "14-parametres-calendrier"],
    ["settings.section.payment", "15-parametres-paiement"],
    ["settings.section.penalties", "16-parametres-penalites"],
    ["settings.section.general", "17-parametres-langue"],
    ["settings.section.templates", "18-parametres-modeles"],
  ];
  await sheetsSection.click(); // closed again: one section at a time
  for (const [key, name] of sections) {
    const header = pane.getByRole("button", { name: w(key) });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    await scrollTo(header);
    await shoot.pane(name);
    if (key === "settings.section.templates") {
      await pane.getByRole("button", { name: w("settings.templates.open") }).click();
      await pane.getByText(w("settings.templates.placeholders")).waitFor({ timeout: 15_000 });
      await scrollTo(header);
      await shoot.pane("19-parametres-editeur-modeles");
      break;
    }
    await header.click();
  }
  await page.context().close();
  return shoot.shots;
}

/** The pane in Office's dark theme: a refresh, then reminders saved as .eml files (not signed in). */
async function darkTheme(browser: Browser, base: string): Promise<string[]> {
  const { page, pane } = await openDemo(browser, `${base}?lang=fr&theme=dark`, "fr");
  const shoot = new Shooter(page, "fr");
  await pane.getByRole("button", { name: fr["home.refresh"] }).click();
  const summary = pane.getByRole("heading", { name: pattern("fr", "home.summary.heading") });
  await summary.waitFor({ timeout: 60_000 });
  await scrollTo(summary);
  await shoot.pane("20-accueil-theme-sombre");

  await page.locator(".sheet-tabs .tab", { hasText: "Factures" }).click();
  const rows = await page.locator("th.row-head").count();
  await page.locator(`th[data-row="${rows - 240}"]`).click();
  await page.locator(`th[data-row="${rows - 1}"]`).click({ modifiers: ["Shift"] });
  await pane.getByRole("tab", { name: fr["tab.reminders"] }).click();
  await pane.getByRole("button", { name: fr["reminders.useSelection"] }).click();
  const download = pane.getByRole("button", { name: fr["reminders.downloadEml"] });
  await download.click();
  const ready = pane.getByText(pattern("fr", "reminders.emlReady"));
  await ready.waitFor({ timeout: 30_000 });
  await scrollTo(download);
  await pane.locator("body").evaluate(() => window.scrollBy(0, -200));
  await shoot.pane("21-relances-eml-theme-sombre");
  await page.context().close();
  return shoot.shots;
}

async function main(args: string[]): Promise<number> {
  const at = args.indexOf("--site");
  let site = at >= 0 ? args[at + 1] : undefined;
  let built: string | undefined;
  if (!site) {
    built = await mkdtemp(join(tmpdir(), "encours-screenshots-"));
    process.stdout.write("Construction de la démonstration… / Building the demo…\n");
    await buildDemo(built);
    site = built;
  }
  await mkdir(OUT, { recursive: true });
  const server = await startDemoServer({ root: site, port: 0, host: "127.0.0.1" });
  // One browser per language: Chromium's own words (date fields: jj/mm/aaaa) follow its locale, as a webview
  // follows Windows (French needs Debian's chromium-l10n; without it the fields stay in American English).
  const launch = (language: Language) =>
    chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", `--lang=${language === "fr" ? "fr" : "en-GB"}`],
      env: { ...process.env, LANGUAGE: language === "fr" ? "fr" : "en_GB" },
    });
  const browsers: Browser[] = [];
  try {
    const french = await launch("fr");
    browsers.push(french);
    const english = await launch("en");
    browsers.push(english);
    const shots = [
      ...(await everyScreen(french, server.url, "fr")),
      ...(await everyScreen(english, server.url, "en")),
      ...(await darkTheme(french, server.url)),
    ];
    for (const shot of shots) process.stdout.write(`${shot}\n`);
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
    if (built) await rm(built, { recursive: true, force: true });
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
