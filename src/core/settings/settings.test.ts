import fc from "fast-check";
import { DEFAULT_SCHEDULE } from "../reminders/schedule";
import { DEFAULT_TEMPLATES } from "../templates/defaults";
import { defaultSettings, parseSettings, resolveAsOf, settingsDocument, type EncoursSettings } from ".";

describe("the as-of date", () => {
  it("is the last day of the previous month by default", () => {
    expect(resolveAsOf("fin-du-mois-precedent", "2025-11-14")).toBe("2025-10-31");
    expect(resolveAsOf("fin-du-mois-precedent", "2025-03-01")).toBe("2025-02-28");
    expect(resolveAsOf("fin-du-mois-precedent", "2024-03-31")).toBe("2024-02-29");
    expect(resolveAsOf("fin-du-mois-precedent", "2025-01-10")).toBe("2024-12-31");
  });

  it("is today when the user chose « aujourd'hui »", () => {
    expect(resolveAsOf("aujourdhui", "2025-11-14")).toBe("2025-11-14");
  });

  it("is the fixed day when the user typed one, even in the future", () => {
    expect(resolveAsOf({ fixed: "2025-06-30" }, "2025-11-14")).toBe("2025-06-30");
    expect(resolveAsOf({ fixed: "2026-01-31" }, "2025-11-14")).toBe("2026-01-31");
  });

  it("falls back to the previous month-end when the fixed day is not a real day", () => {
    expect(resolveAsOf({ fixed: "2025-02-30" }, "2025-11-14")).toBe("2025-10-31");
  });
});

describe("reading the stored settings", () => {
  it("gives the documented defaults when the workbook has none", () => {
    const { settings, problems } = parseSettings(undefined);
    expect(problems).toEqual([]);
    expect(settings.asOfMode).toBe("fin-du-mois-precedent");
    expect(settings.bucketBounds).toEqual([30, 60, 90]);
    expect(settings.autoLettrage).toBe(true);
    expect(settings.agingBasis).toBe("due");
    expect(settings.defaultTermsDays).toBe(30);
    expect(settings.language).toBe("auto");
    expect(settings.schedule.map((s) => s.id)).toEqual(DEFAULT_SCHEDULE.map((s) => s.id));
    expect(settings.templates).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(settings.reminders.recoveryIndemnity).toBe(4000);
    expect(settings.graph).toEqual({});
  });

  it("keeps every valid choice of the user", () => {
    const stored = {
      version: 1, asOfMode: { fixed: "2025-06-30" }, bucketBounds: [15, 45], autoLettrage: false, agingBasis: "invoice",
      defaultTermsDays: 45, inputSheets: { invoices: "Ventes 2025" }, columnOverrides: { invoices: { amount: "H" } },
      language: "en", graph: { clientId: "5f1d6c1e-3b0a-4d7e-9a61-2c4e8e7b9f30" },
      reminders: { company: "Cabinet Delmas", iban: "FR76 3000 6000 0112 3456 7890 189", penaltyRate: { ecbBasisPoints: 200, marginBasisPoints: 1000, confirmed: true } },
    };
    const { settings, problems } = parseSettings(stored);
    expect(problems).toEqual([]);
    expect(settings.asOfMode).toEqual({ fixed: "2025-06-30" });
    expect(settings.bucketBounds).toEqual([15, 45]);
    expect(settings.autoLettrage).toBe(false);
    expect(settings.agingBasis).toBe("invoice");
    expect(settings.defaultTermsDays).toBe(45);
    expect(settings.inputSheets).toEqual({ invoices: "Ventes 2025" });
    expect(settings.columnOverrides).toEqual({ invoices: { amount: "H" } });
    expect(settings.language).toBe("en");
    expect(settings.graph.clientId).toBe("5f1d6c1e-3b0a-4d7e-9a61-2c4e8e7b9f30");
    expect(settings.reminders.company).toBe("Cabinet Delmas");
    expect(settings.reminders.penaltyRate).toEqual({ ecbBasisPoints: 200, marginBasisPoints: 1000, confirmed: true });
    // Fields the user never set keep their defaults.
    expect(settings.reminders.recoveryIndemnity).toBe(4000);
  });

  it("replaces buckets that do not increase by the default, and says which setting and what to do", () => {
    const { settings, problems } = parseSettings({ version: 1, bucketBounds: [60, 30, 90] });
    expect(settings.bucketBounds).toEqual([30, 60, 90]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe("bucketBounds");
    expect(problems[0]?.message).toMatch(/^Réglage « bucketBounds » inutilisable \(\[60,30,90\]\).*Paramètres\. \/ Setting "bucketBounds"/);
  });

  it("replaces each unusable value on its own and keeps the others", () => {
    const { settings, problems } = parseSettings({
      version: 1, asOfMode: "hier", autoLettrage: "oui", defaultTermsDays: 30.5, language: "de", agingBasis: "due",
      reminders: { iban: 12, paymentDeadlineDays: 15, penaltyRate: { ecbBasisPoints: "2,15" } },
    });
    expect(problems.map((p) => p.field).sort()).toEqual(
      ["asOfMode", "autoLettrage", "defaultTermsDays", "language", "reminders.iban", "reminders.penaltyRate.ecbBasisPoints"].sort(),
    );
    expect(settings.asOfMode).toBe("fin-du-mois-precedent");
    expect(settings.autoLettrage).toBe(true);
    expect(settings.defaultTermsDays).toBe(30);
    expect(settings.reminders.iban).toBe("");
    expect(settings.reminders.paymentDeadlineDays).toBe(15);
    expect(settings.reminders.penaltyRate.ecbBasisPoints).toBe(215);
  });

  it("falls back to the default schedule when the stored one is not in order", () => {
    const schedule = DEFAULT_SCHEDULE.map((s) => ({ ...s })).reverse();
    const { settings, problems } = parseSettings({ version: 1, schedule });
    expect(settings.schedule.map((s) => s.id)).toEqual(DEFAULT_SCHEDULE.map((s) => s.id));
    expect(problems.map((p) => p.field)).toEqual(["schedule"]);
  });

  it("keeps an edited template whose placeholders are checked later, but not a template without a body", () => {
    const edited = [{ level: "J+10", language: "fr", subject: "Relance {client}", body: "Bonjour,\n{factures}\n{signatur}" }];
    expect(parseSettings({ version: 1, templates: edited }).settings.templates).toEqual(edited);
    const broken = parseSettings({ version: 1, templates: [{ level: "J+10", language: "fr", subject: "x" }] });
    expect(broken.settings.templates).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(broken.problems.map((p) => p.field)).toEqual(["templates"]);
  });

  it("never keeps a token or a password, and says it ignored them", () => {
    const { settings, problems } = parseSettings({ version: 1, graph: { clientId: "5f1d6c1e-3b0a-4d7e-9a61-2c4e8e7b9f30", accessToken: "eyJ…" }, password: "x" });
    expect(JSON.stringify(settingsDocument(settings))).not.toMatch(/eyJ|password|accessToken/);
    expect(problems.filter((p) => p.code === "settings.forbidden").map((p) => p.field).sort()).toEqual(["graph.accessToken", "password"]);
  });

  it("refuses an application id that is not a GUID", () => {
    const { settings, problems } = parseSettings({ version: 1, graph: { clientId: "mon-app" } });
    expect(settings.graph).toEqual({});
    expect(problems.map((p) => p.field)).toEqual(["graph.clientId"]);
  });

  it("reads a document saved as JSON text, and reports one it cannot read at all", () => {
    expect(parseSettings(JSON.stringify({ version: 1, defaultTermsDays: 60 })).settings.defaultTermsDays).toBe(60);
    const bad = parseSettings("{ not json");
    expect(bad.settings).toEqual(defaultSettings());
    expect(bad.problems.map((p) => p.code)).toEqual(["settings.unreadable"]);
  });

  it("uses what it knows of a newer document and says so", () => {
    const { settings, problems } = parseSettings({ version: 7, defaultTermsDays: 60, somethingNew: { a: 1 } });
    expect(settings.defaultTermsDays).toBe(60);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([["settings.newer", "info"]]);
  });

  it("reads back exactly what it stored, for any valid settings", () => {
    const mode = fc.oneof(
      fc.constant("fin-du-mois-precedent" as const), fc.constant("aujourdhui" as const),
      fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => ({ fixed: d.toISOString().slice(0, 10) })),
    );
    const bounds = fc.uniqueArray(fc.integer({ min: 1, max: 3650 }), { minLength: 1, maxLength: 8 }).map((a) => [...a].sort((x, y) => x - y));
    fc.assert(fc.property(mode, bounds, fc.boolean(), fc.constantFrom("due" as const, "invoice" as const), fc.integer({ min: 0, max: 365 }),
      fc.constantFrom("auto" as const, "fr" as const, "en" as const), fc.string({ maxLength: 200 }),
      (asOfMode, bucketBounds, autoLettrage, agingBasis, defaultTermsDays, language, company) => {
        const settings: EncoursSettings = {
          ...defaultSettings(), asOfMode, bucketBounds, autoLettrage, agingBasis, defaultTermsDays, language,
          reminders: { ...defaultSettings().reminders, company },
        };
        const read = parseSettings(JSON.parse(JSON.stringify(settingsDocument(settings))));
        expect(read.problems).toEqual([]);
        expect(read.settings).toEqual(settings);
      }));
  });
});
