// What a user does in the demo with the real taskpane: plans reminders from rows selected in the workbook view,
// signs in (the demo's simulated Outlook) and creates the drafts on the local Graph-like endpoint, which writes
// the follow-up journal in the in-page workbook; changes a setting, saves it, and finds it after a reload.
import type { Page } from "playwright-core";
import { describeInBrowser, eventually, openDemo, sharedDemo } from "./demo-fixture";

jest.setTimeout(90_000);

type Cell = string | number | boolean | null;

interface DemoWindow {
  __encoursDemo: {
    workbook: {
      sheets(): { name: string }[];
      values(sheet: string): Cell[][] | null;
      selection(): { sheet: string; areas: string[] } | null;
      settings(): Record<string, unknown>;
    };
  };
}

function workbookValues(page: Page, sheet: string): Promise<Cell[][] | null> {
  return page.evaluate((name) => (window as unknown as DemoWindow).__encoursDemo.workbook.values(name), sheet);
}

describeInBrowser("the taskpane in the demo", () => {
  const session = sharedDemo();

  it("plans reminders from the selected invoice rows, creates the drafts in the simulated Outlook and writes one journal row per draft", async () => {
    const { page, pane, errors, violations, logs, bearerTokens } = await openDemo(session());
    try {
      // The last invoices of the sample are the recent ones, some of them overdue: select their rows.
      const rows = await page.locator('th.row-head').count();
      await page.locator(`th[data-row="${rows - 240}"]`).click();
      await page.locator(`th[data-row="${rows - 1}"]`).click({ modifiers: ["Shift"] });
      const selection = await page.evaluate(() => (window as unknown as DemoWindow).__encoursDemo.workbook.selection());
      expect(selection).toEqual({ sheet: "Factures", areas: [`${rows - 239}:${rows}`] });

      await pane.getByRole("tab", { name: "Relances" }).click();
      await pane.getByRole("button", { name: "Utiliser la sélection" }).click();
      await pane.getByRole("heading", { name: /^À relancer \(\d+\)$/ }).waitFor();

      await pane.getByRole("button", { name: "Se connecter à Outlook" }).click();
      await pane.getByRole("button", { name: /^Se connecter en tant que / }).click();
      await pane.getByText("Connecté à Outlook", { exact: false }).waitFor();

      const create = pane.getByRole("button", { name: /^Créer les brouillons \(\d+\)$/ });
      const count = Number(/\((\d+)\)/.exec(await create.innerText())?.[1]);
      expect(count).toBeGreaterThan(0);
      await create.click();
      const created = pane.getByText("Créé", { exact: true });
      await eventually(() => created.count(), (n) => n >= count);
      expect(await created.count()).toBe(count);

      const drafts = session().server.graph.messages();
      expect(drafts).toHaveLength(count);
      const journal = await workbookValues(page, "Suivi des relances");
      expect(journal).not.toBeNull();
      const [header, ...entries] = journal ?? [];
      const idColumn = (header ?? []).indexOf("Id brouillon");
      expect(idColumn).toBeGreaterThanOrEqual(0);
      const written = entries.filter((row) => row.some((v) => v !== "")).map((row) => row[idColumn]);
      expect([...written].sort()).toEqual(drafts.map((d) => d.id).sort());
      expect(errors).toEqual([]);
      expect(violations).toEqual([]);

      // Nothing secret or personal left behind: no token, recipient, subject or body in the console or in the
      // workbook's settings.
      const settings = JSON.stringify(await page.evaluate(() => (window as unknown as DemoWindow).__encoursDemo.workbook.settings()));
      const secrets = [...new Set(bearerTokens)];
      expect(secrets.length).toBeGreaterThan(0);
      const leaks = (text: string) => [
        ...secrets.filter((t) => text.includes(t)),
        ...drafts.flatMap((d) => [...d.to, d.subject]).filter((s) => text.includes(s)),
        ...drafts.filter((d) => text.includes(d.html.slice(0, 200))).map((d) => `body of ${d.subject}`),
      ];
      expect(leaks(settings)).toEqual([]);
      expect(leaks(logs.join("\n"))).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("lines up the two penalty-rate inputs of Paramètres side by side, although the first label takes two lines", async () => {
    const { page, pane, errors } = await openDemo(session());
    try {
      await pane.getByRole("tab", { name: "Paramètres" }).click();
      await pane.getByRole("button", { name: "Pénalités de retard" }).click();
      const boxes = await Promise.all(["Taux de refinancement de la BCE (%)", "Majoration (points)"].map((label) => pane.getByLabel(label).boundingBox()));
      const [ecb, margin] = boxes.map((b) => (b ? { top: Math.round(b.y), height: Math.round(b.height), left: Math.round(b.x) } : null));
      expect(ecb && margin && margin.left > ecb.left).toBe(true); // side by side
      expect({ top: ecb?.top, height: ecb?.height }).toEqual({ top: margin?.top, height: margin?.height });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("keeps a setting saved in Paramètres after the page is reloaded, stored in the workbook's settings", async () => {
    const { page, pane, errors, violations } = await openDemo(session());
    try {
      await pane.getByRole("tab", { name: "Paramètres" }).click();
      await pane.getByRole("button", { name: "Tranches d'ancienneté" }).click();
      const bounds = pane.getByLabel("Bornes (jours)");
      await bounds.fill("30, 45, 60, 90, 120");
      await pane.getByRole("button", { name: "Enregistrer", exact: true }).click();
      const boundsStored = () =>
        page.evaluate(() => (window as unknown as DemoWindow).__encoursDemo.workbook.settings()["encours.settings"] as { bucketBounds?: number[] });
      const stored = await eventually(boundsStored, (document) => document.bucketBounds?.length === 5);
      expect(stored.bucketBounds).toEqual([30, 45, 60, 90, 120]);

      await page.reload();
      const again = page.frameLocator("#pane");
      await again.getByRole("tab", { name: "Paramètres" }).click();
      await again.getByRole("button", { name: "Tranches d'ancienneté" }).click();
      const shown = await eventually(() => again.getByLabel("Bornes (jours)").inputValue(), (v) => v !== "");
      expect(shown).toMatch(/^30\s*,\s*45\s*,\s*60\s*,\s*90\s*,\s*120$/);
      expect(errors).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
