import { createExcelHarness, type ExcelHarness } from "../excel-host";
import { readSettings, upgradeSettings, writeSettings } from "../../src/excel/settings";
import { ExcelFailure } from "../../src/excel/failure";

describe("workbook settings", () => {
  let xl: ExcelHarness;
  let restore: () => void = () => undefined;
  afterEach(() => restore());
  const start = (settings?: Record<string, unknown>): void => {
    xl = createExcelHarness({ sheets: [{ name: "Factures", values: [["x"]] }], ...(settings ? { settings } : {}) });
    restore = xl.installGlobals();
  };

  it("reads nothing from a workbook that never had settings", async () => {
    start();
    expect(await readSettings()).toEqual({ status: "absent" });
  });

  it("writes a versioned document and reads it back", async () => {
    start();
    const doc = { version: 1, defaultTermsDays: 45, buckets: [30, 60, 90] };
    await writeSettings(doc);
    expect(xl.workbook.settings.get("encours.settings")).toEqual(doc);
    expect(await readSettings()).toEqual({ status: "ok", document: doc });
  });

  it("upgrades an older document through the migrations, one version at a time", () => {
    const state = upgradeSettings({ version: 1, terms: 30 }, { 1: (d) => ({ ...d, termsDays: d.terms }), 2: (d) => ({ ...d, currency: "EUR" }) }, 3);
    expect(state).toEqual({ status: "ok", migratedFrom: 1, document: { version: 3, terms: 30, termsDays: 30, currency: "EUR" } });
  });

  it("reports unreadable settings in French and English instead of failing", () => {
    const state = upgradeSettings("{not json");
    expect(state.status).toBe("unreadable");
    expect(state.status === "unreadable" && state.message).toMatch(/^Les réglages Encours enregistrés dans ce classeur sont illisibles .* \/ The Encours settings/);
  });

  it("never overwrites settings saved by a newer Encours", async () => {
    start({ "encours.settings": { version: 7, future: true } });
    expect(await readSettings()).toEqual({ status: "newer", document: { version: 7, future: true } });
    const failure = await writeSettings({ version: 1 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ExcelFailure);
    expect(xl.workbook.settings.get("encours.settings")).toEqual({ version: 7, future: true });
  });
});
