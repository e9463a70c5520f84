import { decodeStatus, encodeStatus, languageOfDisplay, progressMessage, resultMessage } from "../../src/commands/status-messages";
import type { RefreshResult } from "../../src/usecases/refresh";

const success = (over: Partial<Extract<RefreshResult, { ok: true }>> = {}): RefreshResult => ({
  ok: true,
  asOf: "2026-10-31",
  summary: { asOf: "2026-10-31", currency: "EUR", encours: 100_00, echu: 20_00, tauxRetard: 2000, dso: 41.2, clientsEnRetard: 2, problemes: 0, autresDevises: [] },
  line: { fr: "Tableau de bord actualisé au 31/10/2026 : encours 100,00 €…", en: "Dashboard refreshed as of 2026-10-31: …" },
  issues: [], settingsProblems: [], sheets: {}, counts: { invoices: 3, credits: 1, clients: 2 }, syncs: 3, skipped: [],
  timings: { lecture: 1, calcul: 1, ecriture: 1, total: 3 },
  ...over,
});

describe("what the ribbon command says", () => {
  it("shows how far the reading has gone, in rows, with French digit grouping", () => {
    expect(progressMessage("lecture", "fr", 250_000, 1_048_575).text).toBe("Lecture du classeur… (250\u202f000 / 1\u202f048\u202f575 lignes)");
    expect(progressMessage("lecture", "en", 250_000, 1_048_575).text).toBe("Reading the workbook… (250,000 / 1,048,575 rows)");
  });

  it("shows the batch being written only when there are several", () => {
    expect(progressMessage("ecriture", "fr", 1, 1).text).toBe("Écriture de la balance âgée, du tableau de bord et de l'historique…");
    expect(progressMessage("ecriture", "fr", 2, 5).text).toMatch(/\(lot 2 sur 5\)$/);
  });

  it("ends a success with the one-line result and nothing else when all went well", () => {
    const message = resultMessage(success(), "fr");
    expect(message).toEqual({ kind: "done", title: "Tableau de bord actualisé", text: "Tableau de bord actualisé au 31/10/2026 : encours 100,00 €…", details: [], close: "Fermer" });
  });

  it("points to the pane for data problems, and names what this Excel could not do", () => {
    const message = resultMessage(success({
      summary: { asOf: "2026-10-31", currency: "EUR", encours: 0, echu: 0, tauxRetard: null, dso: null, clientsEnRetard: 0, problemes: 3, autresDevises: [] },
      skipped: ["outline", "rowGroupSummary", "pageLayout"],
      settingsProblems: [{ severity: "warning", code: "settings.invalid", message: "x", field: "bucketBounds" }],
    }), "fr");
    expect(message.details).toEqual([
      "Le détail des 3 problèmes de données est dans le volet Encours (bouton « Ouvrir Encours »).",
      "Un réglage enregistré était inutilisable : la valeur par défaut a été prise (voir Paramètres).",
      "Cette version d'Excel n'a pas permis : regroupement des factures sous chaque client, mise en page pour l'impression. Mettez Excel à jour pour les obtenir.",
    ]);
  });

  it("ends a failure with the refresh's own message in the user's language", () => {
    const failure: RefreshResult = { ok: false, message: { fr: "La feuille « Balance âgée » est protégée…", en: "The sheet \"Balance âgée\" is protected…" }, syncs: 1 };
    expect(resultMessage(failure, "fr")).toMatchObject({ kind: "error", title: "Actualisation impossible", text: "La feuille « Balance âgée » est protégée…" });
    expect(resultMessage(failure, "en")).toMatchObject({ kind: "error", title: "Refresh not possible", close: "Close" });
  });

  it("speaks French to French-speaking Office, English to the others", () => {
    expect(languageOfDisplay("fr-FR")).toBe("fr");
    expect(languageOfDisplay("fr-CA")).toBe("fr");
    expect(languageOfDisplay("en-GB")).toBe("en");
    expect(languageOfDisplay("de-DE")).toBe("en");
    expect(languageOfDisplay(undefined)).toBe("fr");
  });

  it("carries a message to the status window and back unchanged, and ignores anything else", () => {
    const message = resultMessage(success(), "en");
    expect(decodeStatus(encodeStatus(message))).toEqual(message);
    expect(decodeStatus("not json")).toBeNull();
    expect(decodeStatus(JSON.stringify({ kind: "boom", title: "x", text: "y" }))).toBeNull();
  });
});
