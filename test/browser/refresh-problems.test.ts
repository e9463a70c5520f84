// Accueil › Actualiser in the demo, end to end: the real taskpane reads the sample through Microsoft's office.js
// and the in-page workbook, computes, writes the report sheets there, and shows the same figures as the engine
// run here on the same .xlsx; a data problem clicked in Problèmes selects its cell (or row) in the workbook.
import { readFile } from "node:fs/promises";
import type { FrameLocator, Page } from "playwright-core";
import { demoSettings, SAMPLE_WORKBOOK } from "../../demo/build-seed";
import { buildLedger } from "../../src/core/ledger/build";
import type { Cents } from "../../src/core/money/cents";
import { buildReportPlans, type ReportSummary } from "../../src/core/reports";
import { agingOptionsOf } from "../../src/core/settings";
import { formatMoneyList, formatRate } from "../../src/core/templates/format";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { describeInBrowser, openDemo, startDemo, type DemoSession, type OpenedDemo } from "./demo-fixture";

jest.setTimeout(90_000);

interface DemoWindow {
  __encoursDemo: {
    workbook: {
      sheets(): { name: string; visible: boolean }[];
      selection(): { sheet: string; areas: string[] } | null;
      activeSheet(): string | null;
    };
  };
}

/** The summary the engine gives for the sample at that day with the demo's settings, without Excel or a browser. */
async function engineSummary(asOf: string): Promise<ReportSummary> {
  const book = await readWorkbook(new Uint8Array(await readFile(SAMPLE_WORKBOOK)));
  const sheet = (name: string) => book.sheets.find((s) => s.name === name);
  const invoices = sheet("Factures");
  if (!invoices) throw new Error("the sample has no Factures sheet");
  const settings = demoSettings();
  const built = buildLedger({
    invoices, payments: sheet("Règlements"), clients: sheet("Clients"), info: { date1904: false, locale: "fr" },
    defaultTermsDays: settings.defaultTermsDays, overrides: settings.columnOverrides,
  });
  if (!built.ok) throw new Error(built.fatal.message);
  return buildReportPlans({
    ledger: built.ledger, agingOptions: agingOptionsOf(settings, asOf), journal: [], history: [],
    now: `${asOf}T12:00:00`, language: "fr", date1904: false, readingIssues: [],
  }).summary;
}

const spaces = (text: string) => text.replace(/\s+/g, " ").trim();

async function figure(pane: FrameLocator, label: string): Promise<string> {
  const term = pane.locator("dt").filter({ hasText: new RegExp(`^${label}$`) });
  return spaces(await term.locator("xpath=following-sibling::dd[1]").innerText());
}

function demoWorkbook<T>(page: Page, read: (workbook: DemoWindow["__encoursDemo"]["workbook"]) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__encoursDemo.workbook)`) as Promise<T>;
}

describeInBrowser("Actualiser in the demo", () => {
  let demo: DemoSession;
  let opened: OpenedDemo;

  beforeAll(async () => {
    demo = await startDemo();
    opened = await openDemo(demo);
    await opened.pane.getByRole("button", { name: "Actualiser" }).click();
    await opened.pane.getByRole("heading", { name: /^Situation au \d{2}\/\d{2}\/\d{4}$/ }).waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    await opened?.page.context().close();
    await demo?.close();
  });

  it("writes the report sheets into the workbook and shows the engine's figures for the day it names", async () => {
    const { page, pane, errors, violations } = opened;
    const heading = await pane.getByRole("heading", { name: /^Situation au / }).innerText();
    const [, d, m, y] = /(\d{2})\/(\d{2})\/(\d{4})/.exec(heading) ?? [];
    const expected = await engineSummary(`${y}-${m}-${d}`);

    const sheets = await demoWorkbook(page, (w) => w.sheets().map((s) => s.name));
    expect(sheets).toEqual(expect.arrayContaining(["Factures", "Règlements", "Clients", "Balance âgée", "Tableau de bord", "Historique"]));
    for (const name of ["Balance âgée", "Tableau de bord", "Historique"]) {
      await pane.getByRole("button", { name: `Afficher la feuille ${name}` }).waitFor();
    }

    const money = (cents: Cents) => spaces(formatMoneyList([{ currency: expected.currency, cents }], "fr"));
    expect(await figure(pane, "Encours")).toBe(money(expected.encours));
    expect(await figure(pane, "Échu")).toBe(money(expected.echu));
    expect(await figure(pane, "Taux de retard")).toBe(expected.tauxRetard === null ? "—" : spaces(formatRate(expected.tauxRetard, "fr")));
    expect(await figure(pane, "DSO")).toBe(expected.dso === null ? "—" : `${Math.round(expected.dso)} jours`);
    expect(await figure(pane, "Clients en retard")).toBe(String(expected.clientsEnRetard));
    expect(await figure(pane, "Problèmes de données")).toBe(String(expected.problemes));
    expect(expected.problemes).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  it("selects the cell of a data problem clicked in Problèmes, and the whole row of a problem about a row", async () => {
    const { page, pane } = opened;
    await pane.getByRole("tab", { name: /^Problèmes/ }).click();
    const cellLink = pane.getByRole("button", { name: /^Aller à Factures![A-Z]+\d+$/ }).first();
    const cellPlace = (await cellLink.getAttribute("aria-label"))?.replace("Aller à Factures!", "") ?? "";
    await cellLink.click();
    const selected = () => demoWorkbook(page, (w) => w.selection());
    await page.waitForFunction(
      (area) => (window as unknown as DemoWindow).__encoursDemo.workbook.selection()?.areas[0] === area, cellPlace,
    );
    expect(await selected()).toEqual({ sheet: "Factures", areas: [cellPlace] });
    expect(await demoWorkbook(page, (w) => w.activeSheet())).toBe("Factures");
    // The workbook view follows: Factures shown, the cell marked and scrolled into view.
    await page.locator(".sheet-tabs .tab.active", { hasText: "Factures" }).waitFor();
    await expect(page.locator(".name-box").innerText()).resolves.toBe(cellPlace);
    await page.locator("td.active-cell").waitFor();
    const inView = await page.locator("td.active-cell").evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      const view = (cell.closest(".grid-scroll") as HTMLElement).getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    });
    expect(inView).toBe(true);

    const rowLink = pane.getByRole("button", { name: /^Aller à [^!]+!\d+:\d+$/ }).first();
    const rowPlace = (await rowLink.getAttribute("aria-label"))?.replace("Aller à ", "") ?? "";
    const [sheet, rows] = rowPlace.split("!");
    await rowLink.click();
    await page.waitForFunction(
      (area) => (window as unknown as DemoWindow).__encoursDemo.workbook.selection()?.areas[0] === area, rows,
    );
    expect(await selected()).toEqual({ sheet: sheet?.replace(/^'|'$/g, ""), areas: [rows] });
  });
});
