/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { Issue } from "../../src/core/issues";
import { ProblemsScreen, issueGroup, issuePlace } from "../../src/taskpane/screens/problems";
import { fakePorts, renderWith } from "./fake-ports";

const amount: Issue = {
  severity: "error", code: "amount.unreadable", sheet: "Factures", row: 12, column: "E", cell: "E12",
  message: "Montant illisible « 12,3,4 » en Factures!E12 : corrigez la cellule (ex. 1 234,56). / Unreadable amount “12,3,4” at Factures!E12: fix the cell (e.g. 1,234.56).",
};
const date: Issue = {
  severity: "warning", code: "date.impossible", sheet: "Règlements", row: 4, column: "C", cell: "C4",
  message: "Date impossible « 31/02/2025 » en Règlements!C4 : corrigez-la. / Impossible date “31/02/2025” at Règlements!C4: fix it.",
};
const row: Issue = {
  severity: "warning", code: "payment.unknown-invoice", sheet: "Mes règlements", row: 9, column: null, cell: null,
  message: "Facture F-999 inconnue : le règlement est imputé sur les plus anciennes. / Unknown invoice F-999.",
};

describe("Problèmes de données", () => {
  it("selects the cell when a data problem is clicked", () => {
    const showIssue = jest.fn(async () => undefined);
    renderWith(<ProblemsScreen issues={[amount, date]} />, fakePorts({ showIssue }));
    fireEvent.click(screen.getByRole("button", { name: "Aller à Factures!E12" }));
    expect(showIssue).toHaveBeenCalledWith(amount);
  });

  it("groups the problems by kind with what to do", () => {
    renderWith(<ProblemsScreen issues={[amount, date, row]} />, fakePorts());
    const amounts = screen.getByRole("region", { name: "Montants (1)" });
    expect(within(amounts).getByText("Montant illisible « 12,3,4 » en Factures!E12 : corrigez la cellule (ex. 1 234,56).")).toBeTruthy();
    const dates = screen.getByRole("region", { name: "Dates (1)" });
    expect(within(dates).getByRole("button", { name: "Aller à Règlements!C4" })).toBeTruthy();
    const payments = screen.getByRole("region", { name: "Règlements (1)" });
    expect(within(payments).getByRole("button", { name: "Aller à 'Mes règlements'!9:9" })).toBeTruthy();
    expect(screen.getByText(/3 problème\(s\) · 1 erreur\(s\) · 2 avertissement\(s\)/)).toBeTruthy();
  });

  it("says so when every row is clean", () => {
    renderWith(<ProblemsScreen issues={[]} />, fakePorts());
    expect(screen.getByText("Aucun problème : toutes les lignes lues sont prises en compte.")).toBeTruthy();
  });

  it("asks for a refresh before anything was checked", () => {
    renderWith(<ProblemsScreen issues={null} />, fakePorts());
    expect(screen.getByText(/Actualisez le tableau de bord/)).toBeTruthy();
  });

  it("explains when Excel cannot show the cell", async () => {
    const showIssue = jest.fn(async () => {
      throw new Error("La feuille « Factures » n'existe plus. / The sheet no longer exists.");
    });
    renderWith(<ProblemsScreen issues={[amount]} />, fakePorts({ showIssue }));
    fireEvent.click(screen.getByRole("button", { name: "Aller à Factures!E12" }));
    expect(await screen.findByText("Impossible d'afficher la cellule : La feuille « Factures » n'existe plus.")).toBeTruthy();
  });

  it("shows a long list a page at a time", () => {
    const many = Array.from({ length: 120 }, (_, i): Issue => ({ ...amount, row: i + 2, cell: `E${i + 2}` }));
    const { container } = renderWith(<ProblemsScreen issues={many} />, fakePorts());
    expect(container.querySelectorAll("li")).toHaveLength(50);
    fireEvent.click(screen.getByText("+ 50"));
    expect(container.querySelectorAll("li")).toHaveLength(100);
    expect(screen.getByText("+ 20")).toBeTruthy();
  });

  it("shows the English half of the message in English", () => {
    renderWith(<ProblemsScreen issues={[amount]} />, fakePorts(), "en");
    expect(screen.getByText("Unreadable amount “12,3,4” at Factures!E12: fix the cell (e.g. 1,234.56).")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Go to Factures!E12" })).toBeTruthy();
  });
});

describe("issue places and groups", () => {
  it("writes the place as Excel does", () => {
    expect(issuePlace({ sheet: "Factures", row: 12, cell: "E12" })).toBe("Factures!E12");
    expect(issuePlace({ sheet: "L'an 2025", row: 3, cell: null })).toBe("'L''an 2025'!3:3");
    expect(issuePlace({ sheet: "Clients", row: null, cell: null })).toBe("Clients");
  });

  it("puts unknown families under Autres", () => {
    expect(issueGroup("amount.empty")).toBe("amount");
    expect(issueGroup("email.invalid")).toBe("client");
    expect(issueGroup("something.new")).toBe("other");
  });
});
