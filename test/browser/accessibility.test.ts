// Accessibility of the taskpane in Chromium: every screen, filled with the sample's data, passes axe-core's WCAG 2.1
// A and AA rules (names, roles, contrast…) in French on the light theme and in English on the dark one; and the
// refresh can be run with the keyboard alone.
import { readFileSync } from "node:fs";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { en } from "../../src/taskpane/i18n/en";
import { fr, type MessageKey } from "../../src/taskpane/i18n/fr";
import { describeInBrowser, openDemo, sharedDemo } from "./demo-fixture";

jest.setTimeout(120_000);

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe's WCAG 2.1 A/AA findings on the pane as it is now, one line each. */
async function axeFindings(frame: Frame): Promise<string[]> {
  const loaded = await frame.evaluate(() => "axe" in window);
  if (!loaded) await frame.evaluate(AXE_SOURCE); // the test driver's own evaluation: not subject to the page's policy
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Fluent UI's focus manager (Tabster) keeps 1-pixel focus sentinels marked aria-hidden at the edges of focus
    // groups, by design; they are not content.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Fills every screen with what the sample gives, and collects axe's findings per screen. */
async function auditEveryScreen(page: Page, pane: FrameLocator, frame: () => Frame, words: Record<MessageKey, string>): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await pane.getByRole("button", { name: words["home.refresh"] }).click();
  const summary = new RegExp(`^${words["home.summary.heading"].replace("{day}", "")}`);
  await pane.getByRole("heading", { name: summary }).waitFor({ timeout: 60_000 });
  found.home = await axeFindings(frame());

  await pane.getByRole("tab", { name: new RegExp(`^${words["tab.problems"]}`) }).click();
  found.problems = await axeFindings(frame());

  const rows = await page.locator("th.row-head").count();
  await page.locator(`th[data-row="${rows - 240}"]`).click();
  await page.locator(`th[data-row="${rows - 1}"]`).click({ modifiers: ["Shift"] });
  await pane.getByRole("tab", { name: words["tab.reminders"] }).click();
  await pane.getByRole("button", { name: words["reminders.useSelection"] }).click();
  await pane.getByRole("button", { name: words["reminders.preview"] }).first().click();
  await pane.getByTitle(new RegExp(`^${words["reminders.previewFor"].replace("{client}", "")}`)).first().waitFor();
  found.reminders = await axeFindings(frame());

  await pane.getByRole("tab", { name: words["tab.agenda"] }).click();
  await pane.getByRole("button", { name: words["agenda.record"] }).first().waitFor({ timeout: 30_000 });
  found.agenda = await axeFindings(frame());

  await pane.getByRole("tab", { name: words["tab.settings"] }).click();
  const collapsed = pane.locator("#panel-settings button[aria-expanded=false]");
  for (let opened = 0; opened < 20 && (await collapsed.count()) > 0; opened += 1) await collapsed.first().click();
  found.settings = await axeFindings(frame());
  return found;
}

const clean = { home: [], problems: [], reminders: [], agenda: [], settings: [] };

describeInBrowser("accessibility of the taskpane", () => {
  const session = sharedDemo();

  it("passes axe's WCAG 2.1 AA checks on every screen, in French on the light theme", async () => {
    const { page, pane, paneFrame, errors } = await openDemo(session());
    try {
      expect(await auditEveryScreen(page, pane, paneFrame, fr)).toEqual(clean);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("passes axe's WCAG 2.1 AA checks on every screen, in English on the dark theme", async () => {
    const { page, pane, paneFrame, errors } = await openDemo(session(), "?lang=en&theme=dark");
    try {
      expect(await auditEveryScreen(page, pane, paneFrame, en)).toEqual(clean);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("would report an unlabelled field or a text too pale to read (the check can fail)", async () => {
    const { page, paneFrame } = await openDemo(session());
    try {
      await paneFrame().evaluate(() => {
        const root = document.getElementById("root");
        const field = document.createElement("input");
        const pale = document.createElement("p");
        pale.textContent = "Texte presque invisible";
        pale.style.color = "#f4f4f4";
        root?.append(field, pale);
      });
      const found = (await axeFindings(paneFrame())).map((line) => line.split(" ")[0]);
      expect(found).toEqual(expect.arrayContaining(["label", "color-contrast"]));
    } finally {
      await page.context().close();
    }
  });

  it("runs the refresh with the keyboard alone: Tab from the tabs to « Actualiser », then Enter", async () => {
    const { page, pane, paneFrame, errors } = await openDemo(session());
    try {
      await pane.getByRole("tab", { name: "Accueil" }).focus();
      let presses = 0;
      for (; presses < 15; presses += 1) {
        const focused = await paneFrame().evaluate(() => document.activeElement?.textContent?.trim() ?? "");
        if (focused === "Actualiser") break;
        await page.keyboard.press("Tab");
      }
      expect(presses).toBeLessThan(15);
      await page.keyboard.press("Enter");
      await pane.getByRole("heading", { name: /^Situation au / }).waitFor({ timeout: 60_000 });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
