/** @jest-environment jsdom */
import { useState } from "react";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { defaultSettings, parseSettings, settingsDocument, type EncoursSettings } from "../../src/core/settings";
import type { DetectedColumns, SettingsLoad, TaskpanePorts } from "../../src/taskpane/ports";
import { SettingsScreen } from "../../src/taskpane/screens/settings";
import { sampleClient } from "../../src/taskpane/screens/template-editor";
import { DEFAULT_SCHEDULE } from "../../src/core/reminders/schedule";
import { detectedSheet } from "../../src/taskpane/columns-view";
import { fakePorts, renderWith } from "./fake-ports";

/** Through the stored JSON document and back, as the workbook keeps it. */
const roundTrip = (s: EncoursSettings): EncoursSettings => parseSettings(JSON.parse(JSON.stringify(settingsDocument(s)))).settings;

/** Ports whose settings live in memory, like the workbook's: what is saved is what the next load gives. */
function storedPorts(initial: EncoursSettings = defaultSettings(), extra: Partial<TaskpanePorts> = {}) {
  let stored = roundTrip(initial);
  const saveSettings = jest.fn(async (s: EncoursSettings) => {
    stored = roundTrip(s);
    return { ok: true as const, settings: roundTrip(s) };
  });
  const ports = fakePorts({
    loadSettings: async () => ({ ok: true, settings: roundTrip(stored), problems: [], readOnly: false }),
    saveSettings,
    ...extra,
  });
  return { ports, saveSettings, stored: () => stored };
}

async function renderSettings(ports: TaskpanePorts, language: "fr" | "en" = "fr") {
  const load = (await ports.loadSettings()) as SettingsLoad;
  return renderWith(<SettingsScreen load={load} onReload={() => undefined} onSaved={() => undefined} />, ports, language);
}

function open(section: string) {
  fireEvent.click(screen.getByRole("button", { name: section }));
}

describe("Paramètres", () => {
  it("keeps the settings after saving", async () => {
    const { ports, saveSettings } = storedPorts();
    const first = await renderSettings(ports);
    open("Coordonnées de paiement et signature");
    fireEvent.change(screen.getByLabelText("Société"), { target: { value: "Cabinet Martin" } });
    fireEvent.change(screen.getByLabelText("IBAN"), { target: { value: "fr7630006000011234567890189" } });
    fireEvent.change(screen.getByLabelText("Signature"), { target: { value: "Marie Martin\nComptabilité" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Paramètres enregistrés dans le classeur.")).toBeTruthy();
    expect(saveSettings).toHaveBeenCalledTimes(1);
    first.unmount();

    // The pane opened again reads what was saved.
    await renderSettings(ports);
    open("Coordonnées de paiement et signature");
    expect((screen.getByLabelText("Société") as HTMLInputElement).value).toBe("Cabinet Martin");
    expect((screen.getByLabelText("IBAN") as HTMLInputElement).value).toBe("FR76 3000 6000 0112 3456 7890 189");
    expect((screen.getByLabelText("Signature") as HTMLTextAreaElement).value).toBe("Marie Martin\nComptabilité");
  });

  it("confirms the save and keeps the open section open when the pane takes the saved settings", async () => {
    // As in the app: the pane keeps the loaded settings and replaces them with what was saved.
    const { ports } = storedPorts();
    const initial = (await ports.loadSettings()) as SettingsLoad;
    function Pane() {
      const [load, setLoad] = useState<SettingsLoad>(initial);
      return <SettingsScreen load={load} onReload={() => undefined} onSaved={(settings) => setLoad({ ...(load as Extract<SettingsLoad, { ok: true }>), settings })} />;
    }
    renderWith(<Pane />, ports, "fr");
    open("Coordonnées de paiement et signature");
    fireEvent.change(screen.getByLabelText("Société"), { target: { value: "Cabinet Martin" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Paramètres enregistrés dans le classeur.")).toBeTruthy();
    expect((screen.getByLabelText("Société") as HTMLInputElement).value).toBe("Cabinet Martin");
  });

  it("refuses an IBAN with a wrong key, in French, and saves nothing", async () => {
    const { ports, saveSettings } = storedPorts();
    await renderSettings(ports);
    open("Coordonnées de paiement et signature");
    fireEvent.change(screen.getByLabelText("IBAN"), { target: { value: "FR76 3000 6000 0112 3456 7890 188" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText(/IBAN invalide : vérifiez sa longueur et sa clé/)).toBeTruthy();
    expect(screen.getByText("Corrigez les champs signalés avant d'enregistrer.")).toBeTruthy();
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it("opens the section of a wrong field when saving", async () => {
    const { ports, saveSettings } = storedPorts();
    await renderSettings(ports);
    open("Tranches d'ancienneté");
    fireEvent.change(screen.getByLabelText("Bornes (jours)"), { target: { value: "30, 20" } });
    open("Tranches d'ancienneté");
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Saisissez des nombres entiers croissants et positifs, séparés par des virgules.")).toBeTruthy();
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it("saves new aging buckets and shows them as the balance will", async () => {
    const { ports, stored } = storedPorts();
    await renderSettings(ports);
    open("Tranches d'ancienneté");
    fireEvent.change(screen.getByLabelText("Bornes (jours)"), { target: { value: "15; 45 90 180" } });
    expect(screen.getByText("Tranches : non échu · 1–15 · 16–45 · 46–90 · 91–180 · > 180")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await screen.findByText("Paramètres enregistrés dans le classeur.");
    expect(stored().bucketBounds).toEqual([15, 45, 90, 180]);
  });

  it("confirms the penalty rate the user checked", async () => {
    const { ports, stored } = storedPorts();
    await renderSettings(ports);
    open("Pénalités de retard");
    expect(screen.getByText("Taux annuel appliqué : 12,15 %")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Taux de refinancement de la BCE (%)"), { target: { value: "2,4" } });
    expect(screen.getByText("Taux annuel appliqué : 12,40 %")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: /Je confirme ce taux/ }));
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await screen.findByText("Paramètres enregistrés dans le classeur.");
    expect(stored().reminders.penaltyRate).toEqual({ ecbBasisPoints: 240, marginBasisPoints: 1000, confirmed: true });
  });

  it("shows the column each field was found in and saves the user's choice", async () => {
    const sheet = {
      name: "Factures 2025",
      values: [["N° facture", "Client", "Date facture", "Échéance", "Montant TTC", "Montant à encaisser"]],
    };
    const detectedColumns = jest.fn(async (s: EncoursSettings) => ({
      ok: true as const,
      columns: {
        sheetNames: ["Factures 2025", "Banque"],
        sheets: [detectedSheet("invoices", sheet, s.columnOverrides.invoices), detectedSheet("payments", null, undefined, "Aucune feuille trouvée / none")],
      } satisfies DetectedColumns,
    }));
    const { ports, stored } = storedPorts(defaultSettings(), { detectedColumns });
    await renderSettings(ports);
    open("Feuilles et colonnes");
    const amount = (await screen.findByLabelText("Montant TTC (obligatoire)")) as HTMLSelectElement;
    expect(amount.value).toBe("");
    expect(within(amount).getByRole("option", { name: "Automatique (E)" })).toBeTruthy();
    expect(screen.getByText("Détectée : E — Montant TTC")).toBeTruthy();
    expect(screen.getByText("Aucune feuille trouvée")).toBeTruthy();
    await act(async () => {
      fireEvent.change(amount, { target: { value: "Montant à encaisser" } });
    });
    expect(detectedColumns).toHaveBeenLastCalledWith(expect.objectContaining({ columnOverrides: { invoices: { amount: "Montant à encaisser" } } }));
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await screen.findByText("Paramètres enregistrés dans le classeur.");
    expect(stored().columnOverrides).toEqual({ invoices: { amount: "Montant à encaisser" } });
  });

  it("edits a template with the list of fields and a live preview", async () => {
    const { ports, stored } = storedPorts();
    await renderSettings(ports);
    open("Modèles de relance");
    fireEvent.click(screen.getByRole("button", { name: "Modifier les modèles" }));
    const subject = (await screen.findByLabelText("Objet")) as HTMLInputElement;
    fireEvent.change(subject, { target: { value: "Relance {client} : {total}" } });
    const frame = (await screen.findByTitle("Aperçu du brouillon pour Exemple Industries SARL")) as HTMLIFrameElement;
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(screen.getByText("Objet : Relance Exemple Industries SARL : 2 064,00 €")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Insérer {iban}" })).toBeTruthy();

    fireEvent.change(subject, { target: { value: "Relance {clinet}" } });
    expect(await screen.findByText(/espace réservé inconnu \{clinet\}\. Vouliez-vous dire \{client\} \?/)).toBeTruthy();
    expect(screen.queryByTitle("Aperçu du brouillon pour Exemple Industries SARL")).toBeNull();

    fireEvent.change(subject, { target: { value: "Facture(s) en retard — {client}" } });
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    await screen.findByText("Paramètres enregistrés dans le classeur.");
    const level = stored().schedule.find((s) => s.channel === "e-mail")?.id;
    expect(stored().templates.find((t) => t.level === level && t.language === "fr")?.subject).toBe("Facture(s) en retard — {client}");
  });

  it("refuses a schedule whose steps are out of order", async () => {
    const { ports, saveSettings } = storedPorts();
    await renderSettings(ports);
    open("Calendrier des relances");
    const days = screen.getAllByLabelText("Jours / échéance") as HTMLInputElement[];
    fireEvent.change(days[1]!, { target: { value: "-10" } });
    expect(screen.getByText(/Étape 2 : son décalage \(-10 j\) doit être supérieur à celui de l'étape précédente/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Corrigez les champs signalés avant d'enregistrer.")).toBeTruthy();
    expect(saveSettings).not.toHaveBeenCalled();
  });

  it("says why saving failed", async () => {
    const { ports } = storedPorts(defaultSettings(), {
      saveSettings: async () => ({ ok: false, message: { fr: "Ces réglages ont été enregistrés par une version plus récente d'Encours.", en: "Newer" } }),
    });
    await renderSettings(ports);
    fireEvent.click(screen.getByRole("button", { name: "Enregistrer" }));
    expect(await screen.findByText("Ces réglages ont été enregistrés par une version plus récente d'Encours.")).toBeTruthy();
  });

  it("speaks English in English", async () => {
    const { ports } = storedPorts();
    await renderSettings(ports, "en");
    open("Payment details and signature");
    fireEvent.change(screen.getByLabelText("BIC"), { target: { value: "AGRI" } });
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Invalid BIC: 8 or 11 characters (e.g. AGRIFRPP).")).toBeTruthy();
  });
});

describe("the template preview's sample client", () => {
  const step = DEFAULT_SCHEDULE.find((s) => s.id === "J+30") ?? DEFAULT_SCHEDULE[0];

  it("owes the penalties and the indemnity the settings being edited give, not fixed figures", () => {
    if (!step) throw new Error("no step");
    const settings = defaultSettings().reminders;
    const at = (ecb: number, indemnity: number) =>
      sampleClient(step, "fr", "2026-11-22", { ...settings, penaltyRate: { ...settings.penaltyRate, ecbBasisPoints: ecb }, recoveryIndemnity: indemnity });
    const low = at(0, 4000);
    const high = at(1000, 5000);
    for (const plan of [low, high]) {
      expect(plan.totals[0]?.penalties).toBe(plan.invoices.reduce((sum, i) => sum + i.penalty, 0));
    }
    expect(high.totals[0]?.penalties).toBeGreaterThan(low.totals[0]?.penalties ?? 0);
    expect([low.indemnity, high.indemnity]).toEqual([8000, 10000]); // 2 invoices × 40 €, then × 50 €
  });
});
