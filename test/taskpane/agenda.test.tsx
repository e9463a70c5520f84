/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { AgendaItem, AgendaOutcome } from "../../src/core/agenda";
import { AgendaScreen } from "../../src/taskpane/screens/agenda";
import { fakePorts, renderWith } from "./fake-ports";

function item(overrides: Partial<AgendaItem>): AgendaItem {
  return {
    kind: "call", date: "2025-11-14", late: false, client: "DUPONT", name: "Dupont SA", level: "J+5", invoices: ["F-101"],
    amounts: [{ currency: "EUR", cents: 120000 }],
    title: { fr: "Appeler Dupont SA (J+5 : appel)", en: "Call Dupont SA (D+5: phone call)" },
    goal: {
      fr: "1) Connaître la raison du retard. 2) Obtenir une promesse de paiement : une date précise et un montant.",
      en: "1) Find out why payment is late. 2) Obtain a payment promise: a date and an amount.",
    },
    ...overrides,
  };
}

const call = item({});
const broken = item({
  kind: "promise-broken", date: "2025-11-10", late: true, client: "MARTIN", name: "Martin SARL", level: undefined,
  title: { fr: "Promesse non tenue : Martin SARL", en: "Broken promise: Martin SARL" }, goal: { fr: "Rappeler le client.", en: "Call back." },
});
const letter = item({
  kind: "letter", client: "DURAND", name: "Durand", level: "J+30",
  title: { fr: "Envoyer la mise en demeure à Durand", en: "Send the formal notice to Durand" },
  goal: { fr: "Envoyer la mise en demeure par lettre recommandée.", en: "Send by registered letter." },
});

type Record = (item: AgendaItem, outcome: AgendaOutcome) => Promise<{ ok: true } | { ok: false; message: { fr: string; en: string } }>;

function withAgenda(items: AgendaItem[], record = jest.fn<ReturnType<Record>, Parameters<Record>>(async () => ({ ok: true }))) {
  const ports = fakePorts({ agenda: async () => ({ ok: true, asOf: "2025-11-14", agenda: { items, messages: [] } }), recordOutcome: record });
  return { ports, record };
}

describe("Agenda", () => {
  it("lists today's calls with their goal, promises and letters", async () => {
    renderWith(<AgendaScreen />, withAgenda([call, broken, letter]).ports);
    const calls = await screen.findByRole("region", { name: "Appels à passer (1)" });
    expect(within(calls).getByText("Appeler Dupont SA (J+5 : appel)")).toBeTruthy();
    expect(within(calls).getByText(/Obtenir une promesse de paiement : une date précise et un montant/)).toBeTruthy();
    const promises = screen.getByRole("region", { name: "Promesses de paiement (1)" });
    expect(within(promises).getByText("Promesse non tenue")).toBeTruthy();
    expect(within(promises).getByText("En retard (prévu le 10/11/2025)")).toBeTruthy();
    expect(screen.getByRole("region", { name: "Courriers à envoyer (1)" })).toBeTruthy();
  });

  it("says when there is nothing to do", async () => {
    renderWith(<AgendaScreen />, withAgenda([]).ports);
    expect(await screen.findByText("Rien à faire aujourd'hui.")).toBeTruthy();
  });

  it("records a promise with its date and amount in the journal", async () => {
    const { ports, record } = withAgenda([call]);
    renderWith(<AgendaScreen />, ports);
    fireEvent.click(await screen.findByRole("button", { name: "Noter le résultat" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText(/Date promise/), { target: { value: "2025-11-28" } });
    fireEvent.change(within(dialog).getByLabelText("Montant promis (€)"), { target: { value: "1 200,50" } });
    fireEvent.change(within(dialog).getByLabelText("Commentaire"), { target: { value: "Virement en cours de validation" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Enregistrer dans le journal" }));
    // The notice above the list and the badge in place of the button (the dialog's backdrop may still hide
    // them from the accessibility tree for a moment: look at the text).
    expect(await screen.findAllByText("Noté dans le Suivi des relances.")).toHaveLength(2);
    expect(record).toHaveBeenCalledWith(call, {
      outcome: "Promesse de paiement — Virement en cours de validation", promiseDate: "2025-11-28", promiseAmount: 120050,
    });
  });

  it("refuses a promise without a date, in French", async () => {
    const { ports, record } = withAgenda([call]);
    renderWith(<AgendaScreen />, ports);
    fireEvent.click(await screen.findByRole("button", { name: "Noter le résultat" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText("Montant promis (€)"), { target: { value: "12,3,4" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Enregistrer dans le journal" }));
    expect(await within(dialog).findByText("Indiquez la date promise.")).toBeTruthy();
    expect(within(dialog).getByText("Montant illisible : saisissez par exemple 1 234,56.")).toBeTruthy();
    expect(record).not.toHaveBeenCalled();
  });

  it("records a dispute with its reason", async () => {
    const { ports, record } = withAgenda([call]);
    renderWith(<AgendaScreen />, ports);
    fireEvent.click(await screen.findByRole("button", { name: "Noter le résultat" }));
    const dialog = await screen.findByRole("dialog");
    fireEvent.click(within(dialog).getByRole("radio", { name: "Litige" }));
    fireEvent.change(within(dialog).getByLabelText(/Motif du litige/), { target: { value: "facture-non-recue" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Enregistrer dans le journal" }));
    expect(await screen.findAllByText("Noté dans le Suivi des relances.")).toHaveLength(2);
    expect(record).toHaveBeenCalledWith(call, { outcome: "Litige", dispute: "open", disputeReason: "facture-non-recue" });
  });

  it("keeps the dialog open with the reason when the journal cannot be written", async () => {
    const record = jest.fn<ReturnType<Record>, Parameters<Record>>(async () => ({ ok: false, message: { fr: "La feuille Suivi des relances est protégée : ôtez la protection.", en: "Protected" } }));
    const { ports } = withAgenda([letter], record);
    renderWith(<AgendaScreen />, ports);
    fireEvent.click(await screen.findByRole("button", { name: "Noter le résultat" }));
    const dialog = await screen.findByRole("dialog");
    expect((within(dialog).getByRole("radio", { name: "Courrier envoyé" }) as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).queryByRole("radio", { name: "Promesse de paiement" })).toBeNull();
    fireEvent.click(within(dialog).getByRole("button", { name: "Enregistrer dans le journal" }));
    expect(await within(dialog).findByText("La feuille Suivi des relances est protégée : ôtez la protection.")).toBeTruthy();
  });
});
