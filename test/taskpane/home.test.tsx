/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { Issue } from "../../src/core/issues";
import type { RefreshProgress, RefreshResult } from "../../src/taskpane/ports";
import { HomeScreen } from "../../src/taskpane/screens/home";
import { fakePorts, renderWith } from "./fake-ports";

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const issue: Issue = {
  severity: "error", code: "amount.unreadable", message: "Montant illisible « 12,3,4 » en Factures!E12 : corrigez la cellule. / Unreadable amount",
  sheet: "Factures", row: 12, column: "E", cell: "E12",
};

const success: RefreshResult = {
  ok: true,
  asOf: "2025-10-31",
  summary: {
    encours: [{ currency: "EUR", cents: 12345678 }],
    echu: [{ currency: "EUR", cents: 4500000 }],
    overdueRateBasisPoints: 3645,
    dso: 47.4,
    clientsOverdue: 7,
    problems: 1,
    otherCurrencies: [],
  },
  issues: [issue],
  sheets: [{ name: "Balance âgée", role: "balance" }, { name: "Tableau de bord", role: "dashboard" }],
  elapsedMs: 1430,
};

describe("Accueil", () => {
  it("refreshes at the end of last month by default", async () => {
    const refresh = jest.fn(async () => success);
    renderWith(<HomeScreen onRefreshed={() => undefined} onNavigate={() => undefined} />, fakePorts({ refresh }));
    expect((screen.getByRole("radio", { name: /Fin du mois précédent \(31\/10\/2025\)/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Actualiser" }));
    await screen.findByText(/Situation au 31\/10\/2025/);
    expect(refresh).toHaveBeenCalledWith("2025-10-31", expect.any(Function));
  });

  it("shows the step name while refreshing", async () => {
    const done = deferred<RefreshResult>();
    let report: (p: RefreshProgress) => void = () => undefined;
    const refresh = jest.fn((_asOf: string, onProgress: (p: RefreshProgress) => void) => {
      report = onProgress;
      return done.promise;
    });
    renderWith(<HomeScreen onRefreshed={() => undefined} onNavigate={() => undefined} />, fakePorts({ refresh }));
    fireEvent.click(screen.getByRole("button", { name: "Actualiser" }));
    expect(await screen.findByText("Étape 1 sur 4 : Lecture des feuilles")).toBeTruthy();
    // Reading, sizes not known yet: a moving bar (no value), not an empty one.
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBeNull();
    act(() => report({ step: "ecriture", done: 2, total: 3 }));
    expect(screen.getByText("Étape 3 sur 4 : Écriture des feuilles")).toBeTruthy();
    expect(screen.getByText("2 sur 3")).toBeTruthy();
    // Two steps done and two thirds of the third: (2 + 2/3) / 4 of the way.
    expect(Number(screen.getByRole("progressbar").getAttribute("aria-valuenow"))).toBeCloseTo((2 + 2 / 3) / 4, 5);
    expect((screen.getByRole("button", { name: "Actualisation…" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => done.resolve(success));
    expect(screen.queryByText(/Étape/)).toBeNull();
  });

  it("shows the summary with the time taken and a link to each sheet", async () => {
    const showSheet = jest.fn(async () => undefined);
    renderWith(<HomeScreen onRefreshed={() => undefined} onNavigate={() => undefined} />, fakePorts({ refresh: async () => success, showSheet }));
    fireEvent.click(screen.getByRole("button", { name: "Actualiser" }));
    await screen.findByText(/Situation au/);
    expect(screen.getByText("123 456,78 €")).toBeTruthy();
    expect(screen.getByText("45 000,00 €")).toBeTruthy();
    expect(screen.getByText("36,45 %")).toBeTruthy();
    expect(screen.getByText("47 jours")).toBeTruthy();
    expect(screen.getByText("Actualisé en 1,4 s")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Afficher la feuille Tableau de bord" }));
    expect(showSheet).toHaveBeenCalledWith("Tableau de bord");
  });

  it("refreshes at the date the user types", async () => {
    const refresh = jest.fn(async () => success);
    renderWith(<HomeScreen onRefreshed={() => undefined} onNavigate={() => undefined} />, fakePorts({ refresh }));
    fireEvent.click(screen.getByRole("radio", { name: "Une autre date" }));
    const button = screen.getByRole("button", { name: "Actualiser" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("Date d'arrêté choisie"), { target: { value: "2025-06-30" } });
    fireEvent.click(button);
    await screen.findByText(/Situation au/);
    expect(refresh).toHaveBeenCalledWith("2025-06-30", expect.any(Function));
  });

  it("shows the French message and no summary when the refresh fails", async () => {
    const failing = jest.fn(async (): Promise<RefreshResult> => ({
      ok: false, issues: [], action: "settings",
      message: { fr: "Aucune feuille de factures trouvée : choisissez-la dans Paramètres.", en: "No invoice sheet found" },
    }));
    const onNavigate = jest.fn();
    const onRefreshed = jest.fn();
    renderWith(<HomeScreen onRefreshed={onRefreshed} onNavigate={onNavigate} />, fakePorts({ refresh: failing }));
    fireEvent.click(screen.getByRole("button", { name: "Actualiser" }));
    expect(await screen.findByText("Aucune feuille de factures trouvée : choisissez-la dans Paramètres.")).toBeTruthy();
    expect(screen.queryByText(/Situation au/)).toBeNull();
    expect(onRefreshed).toHaveBeenCalledWith(expect.objectContaining({ ok: false }));
    fireEvent.click(screen.getByRole("button", { name: "Ouvrir les Paramètres" }));
    expect(onNavigate).toHaveBeenCalledWith("settings");
  });

  it("never leaves an earlier summary on screen after a failure", async () => {
    let call = 0;
    const refresh = jest.fn(async (): Promise<RefreshResult> => {
      call += 1;
      if (call === 1) return success;
      throw new Error("Excel est occupé : réessayez. / Excel is busy: try again.");
    });
    renderWith(<HomeScreen onRefreshed={() => undefined} onNavigate={() => undefined} />, fakePorts({ refresh }));
    fireEvent.click(screen.getByRole("button", { name: "Actualiser" }));
    await screen.findByText(/Situation au/);
    fireEvent.click(screen.getByRole("button", { name: "Actualiser" }));
    await screen.findByText("Excel est occupé : réessayez.");
    expect(screen.queryByText(/Situation au/)).toBeNull();
    expect(screen.queryByText("Encours")).toBeNull();
  });

  it("speaks English when Office does", async () => {
    renderWith(<HomeScreen onRefreshed={() => undefined} onNavigate={() => undefined} />, fakePorts({ refresh: async () => success }), "en");
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => expect(screen.getByText("Position at 31 Oct 2025")).toBeTruthy());
    expect(screen.getByText("€123,456.78")).toBeTruthy();
    expect(screen.getByText("Refreshed in 1.4 s")).toBeTruthy();
  });
});
