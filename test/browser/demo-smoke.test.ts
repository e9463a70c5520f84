// The demo page in Chromium: Microsoft's office.js, served from node_modules, talks to the in-page workbook and
// the real taskpane comes up in it, in French by default and in English with ?lang=en.
import { describeInBrowser, eventually, openDemo, sharedDemo } from "./demo-fixture";

jest.setTimeout(60_000);

describeInBrowser("the demo page", () => {
  const session = sharedDemo();

  it("shows the taskpane's five tabs in French once Office.onReady has answered, with nothing fetched from the Internet", async () => {
    const { page, pane, paneFrame, errors, outside, violations } = await openDemo(session());
    try {
      const tabs = await pane.getByRole("tab").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? (n as HTMLElement).innerText.trim()));
      expect(tabs).toEqual(["Accueil", "Problèmes", "Relances", "Agenda", "Paramètres"]);
      await pane.getByRole("button", { name: "Actualiser" }).waitFor();
      // Microsoft's client, not ours, sent the batches the page's workbook answered.
      const client = await paneFrame().evaluate(() => {
        const w = window as unknown as { Excel?: { run?: unknown }; OfficeExtension?: { SessionBase?: { _overrideSession?: unknown } } };
        return { run: typeof w.Excel?.run, wired: Boolean(w.OfficeExtension?.SessionBase?._overrideSession) };
      });
      expect(client).toEqual({ run: "function", wired: true });
      const officeJs = await paneFrame().evaluate(() => Array.from(document.scripts, (s) => s.src).find((src) => src.includes("office-js/")));
      expect(officeJs).toMatch(/\/office-js\/excel-web-16\.00\.debug\.js$/);
      await page.waitForFunction(() => {
        const demo = (window as unknown as { __encoursDemo?: { workbook: { batchCount(): number } } }).__encoursDemo;
        return (demo?.workbook.batchCount() ?? 0) > 0;
      });
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("runs the taskpane under the add-in's Content-Security-Policy: Office starts, and the pane may neither eval nor run an inline script", async () => {
    const { page, paneFrame, errors, violations } = await openDemo(session());
    try {
      expect(violations).toEqual([]); // office.js, our bundles and Fluent UI's styles started within the policy
      // Tried from a task of the page's own (code evaluated by the test driver itself is exempt from the policy).
      await paneFrame().evaluate(() => {
        const w = window as unknown as { __encoursAttempts?: { evaluated: string; inline: boolean } };
        setTimeout(() => {
          let evaluated = "ran";
          try {
            // eslint-disable-next-line no-eval -- the test checks that the policy refuses it
            evaluated = String(eval("'ran'"));
          } catch (error) {
            evaluated = (error as Error).name;
          }
          const inline = document.createElement("script");
          inline.textContent = "window.__encoursInlineRan = true;";
          document.head.appendChild(inline);
          w.__encoursAttempts = { evaluated, inline: Boolean((window as unknown as { __encoursInlineRan?: boolean }).__encoursInlineRan) };
        }, 0);
      });
      const attempts = await eventually(
        () => paneFrame().evaluate(() => (window as unknown as { __encoursAttempts?: { evaluated: string; inline: boolean } }).__encoursAttempts),
        (a) => a !== undefined,
        5_000,
      );
      expect(attempts).toEqual({ evaluated: "EvalError", inline: false });
      const refused = await eventually(() => Promise.resolve([...violations]), (v) => v.length >= 2, 5_000);
      expect(refused.map((v) => v.split(" ")[0])).toEqual(expect.arrayContaining(["script-src-elem"]));
      expect(refused.some((v) => v.startsWith("script-src") && v.includes(" eval "))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("keeps the five tabs on one row and nothing wider than the pane at 320 px, on every tab", async () => {
    const { page, pane, paneFrame, errors } = await openDemo(session());
    try {
      await page.locator("#pane").evaluate((frame) => {
        (frame as HTMLIFrameElement).style.width = "320px";
      });
      await eventually(() => paneFrame().evaluate(() => window.innerWidth), (w) => w === 320);
      for (const name of ["Accueil", "Problèmes", "Relances", "Agenda", "Paramètres"]) {
        await pane.getByRole("tab", { name }).click();
        const layout = await paneFrame().evaluate(() => ({
          rows: new Set(Array.from(document.querySelectorAll('[role="tab"]'), (t) => Math.round(t.getBoundingClientRect().top))).size,
          lastTabRight: Math.max(...Array.from(document.querySelectorAll('[role="tab"]'), (t) => t.getBoundingClientRect().right)),
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect({ name, rows: layout.rows, tabsFit: layout.lastTabRight <= 320, pageOverflow: layout.pageOverflow }).toEqual({ name, rows: 1, tabsFit: true, pageOverflow: 0 });
      }
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("shows the sample's sheets in the workbook view, with A1 selected", async () => {
    const { page } = await openDemo(session());
    try {
      const tabs = (await page.locator(".sheet-tabs .tab").allInnerTexts()).map((t) => t.trim());
      expect(tabs).toEqual(expect.arrayContaining(["Factures", "Règlements", "Clients"]));
      const sheets = await page.evaluate(() => {
        const demo = (window as unknown as { __encoursDemo: { workbook: { sheets(): { name: string }[]; selection(): unknown } } }).__encoursDemo;
        return { names: demo.workbook.sheets().map((s) => s.name), selection: demo.workbook.selection() };
      });
      expect(sheets.names).toEqual(tabs);
      expect(sheets.selection).toEqual({ sheet: tabs[0], areas: ["A1"] });
      await expect(page.locator(".name-box").innerText()).resolves.toBe("A1");
    } finally {
      await page.context().close();
    }
  });

  it("selects cells in the workbook view as Excel does: click, shift+click to extend, ctrl+click to add an area", async () => {
    const { page } = await openDemo(session());
    try {
      const cell = (row: number, col: number) => page.locator(`td[data-r="${row}"][data-c="${col}"]`);
      const selection = () =>
        page.evaluate(() => (window as unknown as { __encoursDemo: { workbook: { selection(): unknown } } }).__encoursDemo.workbook.selection());
      await cell(2, 1).click();
      await cell(4, 3).click({ modifiers: ["Shift"] });
      expect(await selection()).toEqual({ sheet: "Factures", areas: ["B3:D5"] });
      await cell(9, 0).click({ modifiers: ["Control"] });
      expect(await selection()).toEqual({ sheet: "Factures", areas: ["B3:D5", "A10"] });
      await expect(page.locator(".name-box").innerText()).resolves.toBe("B3:D5;A10");
      await expect(page.locator("td.selected").count()).resolves.toBe(10);
      await page.locator(".sheet-tabs .tab", { hasText: "Clients" }).click();
      expect(await selection()).toEqual({ sheet: "Clients", areas: ["A1"] });
    } finally {
      await page.context().close();
    }
  });

  it("speaks English with ?lang=en, as with an English Office", async () => {
    const { page, pane } = await openDemo(session(), "?lang=en");
    try {
      const tabs = await pane.getByRole("tab").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? (n as HTMLElement).innerText.trim()));
      expect(tabs).toEqual(["Home", "Problems", "Reminders", "Agenda", "Settings"]);
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    } finally {
      await page.context().close();
    }
  });
});
