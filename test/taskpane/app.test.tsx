/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { defaultSettings } from "../../src/core/settings";
import { App } from "../../src/taskpane/app";
import { HostMessage } from "../../src/taskpane/host-message";
import type { RefreshResult } from "../../src/taskpane/ports";
import { fakePorts } from "./fake-ports";

const refreshed: RefreshResult = {
  ok: true, asOf: "2025-10-31", elapsedMs: 900, sheets: [],
  summary: { encours: [{ currency: "EUR", cents: 100000 }], echu: [], overdueRateBasisPoints: 0, dso: 30, clientsOverdue: 0, problems: 1, otherCurrencies: [] },
  issues: [{ severity: "error", code: "date.impossible", message: "Date impossible « 31/02/2025 » en Factures!D7 : corrigez-la. / Impossible date", sheet: "Factures", row: 7, column: "D", cell: "D7" }],
};

describe("the taskpane", () => {
  it("opens on Accueil with the five sections in a tab list", async () => {
    render(<App ports={fakePorts()} language="fr" dark={false} />);
    expect(screen.getAllByRole("tab")).toHaveLength(5);
    for (const name of ["Accueil", "Problèmes", "Relances", "Agenda", "Paramètres"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Accueil" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel", { name: "Accueil" })).toBeTruthy();
    await screen.findByRole("button", { name: "Actualiser" });
  });

  it("exposes the sections as a labelled tab list of buttons the keyboard reaches", async () => {
    // Arrow keys between tabs are Fluent's (tabster) and need a real browser: checked in the Chromium tests.
    render(<App ports={fakePorts()} language="fr" dark={false} />);
    expect(screen.getByRole("tablist", { name: "Sections d'Encours" })).toBeTruthy();
    const problems = screen.getByRole("tab", { name: "Problèmes" });
    expect(problems.tagName).toBe("BUTTON");
    problems.focus();
    expect(document.activeElement).toBe(problems);
    fireEvent.click(problems);
    const panel = await screen.findByRole("tabpanel", { name: "Problèmes" });
    expect(problems.getAttribute("aria-controls")).toBe(panel.id);
  });

  it("shows the refresh's data problems under Problèmes, with their count on the tab", async () => {
    render(<App ports={fakePorts({ refresh: async () => refreshed })} language="fr" dark={false} />);
    fireEvent.click(await screen.findByRole("button", { name: "Actualiser" }));
    fireEvent.click(await screen.findByRole("button", { name: "Voir les problèmes de données (1)" }));
    expect(screen.getByRole("tab", { name: "Problèmes (1)" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("button", { name: "Aller à Factures!D7" })).toBeTruthy();
  });

  it("keeps a section's work when the user looks at another one", async () => {
    render(<App ports={fakePorts({ refresh: async () => refreshed })} language="fr" dark={false} />);
    fireEvent.click(await screen.findByRole("button", { name: "Actualiser" }));
    await screen.findByText(/Situation au 31\/10\/2025/);
    fireEvent.click(screen.getByRole("tab", { name: "Agenda" }));
    fireEvent.click(screen.getByRole("tab", { name: "Accueil" }));
    expect(screen.getByText(/Situation au 31\/10\/2025/)).toBeTruthy();
  });

  it("shows a way back instead of a white page when a screen fails", async () => {
    const reload = jest.fn();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const ports = fakePorts({
      authState: () => {
        throw new Error("boom");
      },
    });
    render(<App ports={ports} language="fr" dark={false} onReload={reload} />);
    fireEvent.click(screen.getByRole("tab", { name: "Relances" }));
    expect(await screen.findByText("Encours a rencontré un problème")).toBeTruthy();
    expect(screen.queryByText(/boom/)).toBeNull();
    // The other sections still work.
    fireEvent.click(screen.getByRole("tab", { name: "Accueil" }));
    expect(screen.getByRole("button", { name: "Actualiser" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Relances" }));
    fireEvent.click(screen.getByRole("button", { name: "Recharger" }));
    expect(reload).toHaveBeenCalled();
    spy.mockRestore();
  });

  it("speaks English when Office does", () => {
    render(<App ports={fakePorts()} language="en" dark={false} />);
    for (const name of ["Home", "Problems", "Reminders", "Agenda", "Settings"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
  });

  it("follows the interface language chosen in Paramètres", async () => {
    const settings = { ...defaultSettings(), language: "en" as const };
    render(<App ports={fakePorts({ loadSettings: async () => ({ ok: true, settings, problems: [], readOnly: false }) })} language="fr" dark={false} />);
    await waitFor(() => expect(screen.getByRole("tab", { name: "Home" })).toBeTruthy());
  });

  it("starts with the as-of choice saved in Paramètres", async () => {
    const settings = { ...defaultSettings(), asOfMode: "aujourdhui" as const };
    render(<App ports={fakePorts({ loadSettings: async () => ({ ok: true, settings, problems: [], readOnly: false }) })} language="fr" dark={false} />);
    const today = (await screen.findByLabelText("Aujourd'hui (14/11/2025)")) as HTMLInputElement;
    await waitFor(() => expect(today.checked).toBe(true), { timeout: 3000 });
  });
});

describe("when Encours cannot run", () => {
  it("says Encours runs in Excel when opened elsewhere", () => {
    render(<HostMessage kind="unsupported-host" language="fr" />);
    expect(screen.getByText("Application non prise en charge")).toBeTruthy();
    expect(screen.getByText(/Encours fonctionne dans Excel/)).toBeTruthy();
  });

  it("offers to reload when Office does not answer", () => {
    const reload = jest.fn();
    render(<HostMessage kind="timeout" language="en" onReload={reload} />);
    expect(screen.getByText("Office is not responding")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(reload).toHaveBeenCalled();
  });
});
