/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { DraftStatus, ReminderPreview, TaskpanePorts } from "../../src/taskpane/ports";
import { RemindersScreen } from "../../src/taskpane/screens/reminders";
import { MAIL_LAYOUT_WIDTH, previewScale } from "../../src/taskpane/screens/draft-preview";
import { fakePorts, renderWith } from "./fake-ports";
import { client, draftFor, preview, skipped } from "./plan-fixtures";

const dupont = client({ client: "DUPONT", name: "Dupont SA" });
const martin = client({ client: "MARTIN", name: "Martin SARL", to: ["ap@martin.fr"] });
const litige = skipped("Litige & Fils", "Facture F-7 en litige depuis le 02/11/2025 (Litige prix) : pas de relance. / Invoice F-7 disputed.");

function planned(p: ReminderPreview, extra: Partial<TaskpanePorts> = {}) {
  return fakePorts({ planReminders: async () => ({ ok: true, preview: p }), ...extra });
}

async function useSelection() {
  fireEvent.click(screen.getByRole("button", { name: "Utiliser la sélection" }));
  await screen.findByText(/client\(s\) sélectionné\(s\)/);
}

describe("Relances", () => {
  it("shows why a client is skipped", async () => {
    renderWith(<RemindersScreen />, planned(preview([dupont, litige])));
    await useSelection();
    const skippedList = screen.getByRole("region", { name: "Non relancés (1)" });
    expect(within(skippedList).getByText("Litige & Fils")).toBeTruthy();
    expect(within(skippedList).getByText("Facture F-7 en litige depuis le 02/11/2025 (Litige prix) : pas de relance.")).toBeTruthy();
  });

  it("shows each client's level, invoices and total", async () => {
    renderWith(<RemindersScreen />, planned(preview([dupont])));
    await useSelection();
    const card = screen.getByRole("listitem", { name: "Dupont SA" });
    expect(within(card).getByText("Niveau : J+10 : relance écrite 1 (e-mail)")).toBeTruthy();
    expect(within(card).getByText("F-101")).toBeTruthy();
    expect(within(card).getByText("01/10/2025")).toBeTruthy();
    expect(within(card).getByText("13 jours")).toBeTruthy();
    expect(within(card).getByText("Total dû : 1 200,00 €")).toBeTruthy();
    expect(within(card).getByText("À : compta@client.fr")).toBeTruthy();
  });

  it("previews the draft exactly as it will be, in a frame that cannot run scripts", async () => {
    const html = "<html><body><p>Madame, Monsieur,</p><table><tr><td>F-101</td></tr></table></body></html>";
    const p = preview([dupont], { drafts: [draftFor(dupont, html)] });
    renderWith(<RemindersScreen />, planned(p));
    await useSelection();
    fireEvent.click(screen.getByRole("button", { name: "Aperçu du brouillon" }));
    const frame = screen.getByTitle("Aperçu du brouillon pour Dupont SA") as HTMLIFrameElement;
    expect(frame.getAttribute("srcdoc")).toBe(html);
    expect(frame.getAttribute("sandbox")).toBe("");
    expect(screen.getByText("Objet : Relance Dupont SA")).toBeTruthy();
  });

  it("shows the mail as a 600 px reading pane lays it out, scaled to the taskpane's width and never below 70 %", () => {
    expect(MAIL_LAYOUT_WIDTH).toBe(600);
    expect(previewScale(900)).toBe(1); // wide enough: shown as is
    expect(previewScale(600)).toBe(1);
    expect(previewScale(480)).toBeCloseTo(0.8, 10);
    expect(previewScale(326)).toBe(0.7); // the 350 px taskpane: laid out 466 px wide, shown at 70 %, the rest scrolls
    expect(previewScale(0)).toBe(1); // not measured yet (or no layout, as here): unscaled
  });

  it("notes the rows of the selection it could not use", async () => {
    const p = preview([dupont]);
    p.plan.issues.push({
      severity: "info", code: "selection.rows-ignored", sheet: "Balance âgée", row: 3, column: null, cell: null,
      message: "Balance âgée!3:4 : lignes d'en-tête ou de total ignorées. / Header or total rows ignored.",
    });
    renderWith(<RemindersScreen />, planned(p));
    await useSelection();
    expect(screen.getByText("Remarques sur la sélection (1)")).toBeTruthy();
    expect(screen.getByText("Balance âgée!3:4 : lignes d'en-tête ou de total ignorées.")).toBeTruthy();
  });

  it("gives the plan's own message when the selection names nobody", async () => {
    const ports = fakePorts({
      planReminders: async () => ({ ok: false, message: { fr: "La sélection ne contient aucun client ni facture : sélectionnez des lignes de la Balance âgée.", en: "Empty selection" } }),
    });
    renderWith(<RemindersScreen />, ports);
    fireEvent.click(screen.getByRole("button", { name: "Utiliser la sélection" }));
    expect(await screen.findByText("La sélection ne contient aucun client ni facture : sélectionnez des lignes de la Balance âgée.")).toBeTruthy();
  });

  it("creates the drafts and offers to open each one in Outlook", async () => {
    const createDrafts = jest.fn(async (_p: ReminderPreview, options: { onStatus(s: DraftStatus): void }) => {
      const statuses: DraftStatus[] = [
        { client: "DUPONT", state: "created", webLink: "https://outlook.office.com/mail/drafts/id/AAA" },
        { client: "MARTIN", state: "created", webLink: "https://outlook.office.com/mail/drafts/id/BBB" },
      ];
      statuses.forEach((s) => options.onStatus(s));
      return { ok: true as const, statuses };
    });
    renderWith(<RemindersScreen />, planned(preview([dupont, martin]), { authState: () => "signed-in", createDrafts }));
    await useSelection();
    fireEvent.click(screen.getByRole("button", { name: "Créer les brouillons (2)" }));
    const card = screen.getByRole("listitem", { name: "Dupont SA" });
    const link = await within(card).findByRole("link", { name: "Ouvrir dans Outlook" });
    expect(link.getAttribute("href")).toBe("https://outlook.office.com/mail/drafts/id/AAA");
    expect(within(card).getByText("Créé")).toBeTruthy();
  });

  it("no longer offers « Créer les brouillons » once every draft is created, and says where they are", async () => {
    const createDrafts = jest.fn(async (_p: ReminderPreview, options: { onStatus(s: DraftStatus): void }) => {
      const statuses: DraftStatus[] = [
        { client: "DUPONT", state: "created", webLink: "https://outlook.office.com/mail/drafts/id/AAA" },
        { client: "MARTIN", state: "existing", webLink: "https://outlook.office.com/mail/drafts/id/BBB" },
      ];
      statuses.forEach((s) => options.onStatus(s));
      return { ok: true as const, statuses };
    });
    renderWith(<RemindersScreen />, planned(preview([dupont, martin]), { authState: () => "signed-in", createDrafts }));
    await useSelection();
    fireEvent.click(screen.getByRole("button", { name: "Créer les brouillons (2)" }));
    expect(await screen.findByText(/^Brouillons créés : 2\. Ils vous attendent dans le dossier Brouillons d'Outlook/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Créer les brouillons/ })).toBeNull();
    expect(screen.queryByText(/Aucun client de la sélection/)).toBeNull();
  });

  it("offers to create only the drafts still missing after some failed", async () => {
    const createDrafts = jest.fn(async (_p: ReminderPreview, options: { only?: string[]; onStatus(s: DraftStatus): void }) => {
      if (options.only) return { ok: true as const, statuses: [{ client: "MARTIN", state: "created" as const }] };
      return {
        ok: true as const,
        statuses: [
          { client: "DUPONT", state: "created" as const },
          { client: "MARTIN", state: "failed" as const, message: "Outlook ne répond pas. / Outlook does not answer." },
        ],
      };
    });
    renderWith(<RemindersScreen />, planned(preview([dupont, martin]), { authState: () => "signed-in", createDrafts }));
    await useSelection();
    fireEvent.click(screen.getByRole("button", { name: "Créer les brouillons (2)" }));
    fireEvent.click(await screen.findByRole("button", { name: "Créer les brouillons (1)" }));
    expect(createDrafts).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ only: ["MARTIN"] }));
    expect(await screen.findByText(/^Brouillons créés : 2\./)).toBeTruthy();
  });

  it("shows each draft as pending until it is known", async () => {
    let finish: () => void = () => undefined;
    const createDrafts = jest.fn((_p: ReminderPreview, options: { onStatus(s: DraftStatus): void }) => new Promise<{ ok: true; statuses: DraftStatus[] }>((resolve) => {
      options.onStatus({ client: "DUPONT", state: "created", webLink: "https://outlook.office.com/x" });
      finish = () => resolve({ ok: true, statuses: [] });
    }));
    renderWith(<RemindersScreen />, planned(preview([dupont, martin]), { authState: () => "signed-in", createDrafts }));
    await useSelection();
    fireEvent.click(screen.getByRole("button", { name: "Créer les brouillons (2)" }));
    expect(await within(screen.getByRole("listitem", { name: "Martin SARL" })).findByText("En attente")).toBeTruthy();
    expect(within(screen.getByRole("listitem", { name: "Dupont SA" })).getByText("Créé")).toBeTruthy();
    await act(async () => finish());
  });

  it("retries only the client whose draft failed", async () => {
    const createDrafts = jest.fn(async (_p: ReminderPreview, options: { only?: string[]; onStatus(s: DraftStatus): void }) => {
      if (options.only) return { ok: true as const, statuses: [{ client: "MARTIN", state: "created" as const, webLink: "https://outlook.office.com/y" }] };
      return {
        ok: true as const,
        statuses: [
          { client: "DUPONT", state: "created" as const, webLink: "https://outlook.office.com/x" },
          { client: "MARTIN", state: "failed" as const, message: "Outlook a refusé le brouillon (ErrorQuotaExceeded) : boîte pleine. / Mailbox full." },
        ],
      };
    });
    renderWith(<RemindersScreen />, planned(preview([dupont, martin]), { authState: () => "signed-in", createDrafts }));
    await useSelection();
    fireEvent.click(screen.getByRole("button", { name: "Créer les brouillons (2)" }));
    const card = screen.getByRole("listitem", { name: "Martin SARL" });
    expect(await within(card).findByText("Outlook a refusé le brouillon (ErrorQuotaExceeded) : boîte pleine.")).toBeTruthy();
    expect(within(card).getByText("Échec")).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Réessayer" }));
    expect(await within(card).findByRole("link", { name: "Ouvrir dans Outlook" })).toBeTruthy();
    expect(createDrafts).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ only: ["MARTIN"] }));
  });

  it("does not offer to create a draft already created today", async () => {
    renderWith(<RemindersScreen />, planned(preview([dupont, martin], { alreadyDrafted: ["DUPONT"] }), { authState: () => "signed-in" }));
    await useSelection();
    expect(screen.getByRole("button", { name: "Créer les brouillons (1)" })).toBeTruthy();
    expect(within(screen.getByRole("listitem", { name: "Dupont SA" })).getByText(/déjà créé aujourd'hui/)).toBeTruthy();
  });

  it("blocks every draft while a template has an error", async () => {
    const p = preview([dupont], {
      drafts: [],
      problems: [{
        severity: "error", code: "template.unknown-placeholder", level: "J+10", language: "fr", field: "body", offset: 10, length: 8,
        message: "Modèle J+10 (fr), corps (ligne 1, colonne 11) : espace réservé inconnu {clinet}. Vouliez-vous dire {client} ? / Unknown placeholder.",
      }],
    });
    renderWith(<RemindersScreen />, planned(p, { authState: () => "signed-in" }));
    await useSelection();
    expect(screen.getByText(/espace réservé inconnu \{clinet\}/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Créer les brouillons/ })).toBeNull();
  });

  it("offers the drafts as .eml files when not signed in", async () => {
    const blob = new Blob(["X-Unsent: 1\r\n"], { type: "message/rfc822" });
    const downloadEml = jest.fn(async () => ({ ok: true as const, download: { fileName: "relances-2025-11-14.zip", blob, count: 2 } }));
    const created: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), "blob:encours/1"), revokeObjectURL: () => undefined });
    renderWith(<RemindersScreen />, planned(preview([dupont, martin]), { authState: () => "signed-out", downloadEml }));
    await useSelection();
    expect(screen.getByText(/Non connecté à Outlook/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Créer les brouillons/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Télécharger les brouillons (.eml)" }));
    const link = await screen.findByRole("link", { name: "Enregistrer relances-2025-11-14.zip" });
    expect(link.getAttribute("href")).toBe("blob:encours/1");
    expect(link.getAttribute("download")).toBe("relances-2025-11-14.zip");
    expect(created[0]).toBe(blob);
  });

  it("offers the .eml files right away when Outlook cannot be reached (offline)", async () => {
    const offline = { fr: "Pas de connexion Internet : Outlook est injoignable et rien n'a été créé.", en: "No Internet connection." };
    const createDrafts = jest.fn(async () => ({ ok: false as const, message: offline }));
    const blob = new Blob(["X-Unsent: 1\r\n"], { type: "message/rfc822" });
    const downloadEml = jest.fn(async () => ({ ok: true as const, download: { fileName: "relances-2025-11-14.zip", blob, count: 2 } }));
    Object.assign(URL, { createObjectURL: () => "blob:encours/2", revokeObjectURL: () => undefined });
    renderWith(<RemindersScreen />, planned(preview([dupont, martin]), { authState: () => "signed-in", createDrafts, downloadEml }));
    await useSelection();
    expect(screen.queryByRole("button", { name: "Télécharger les brouillons (.eml)" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Créer les brouillons (2)" }));
    expect(await screen.findByText(/^Pas de connexion Internet : Outlook est injoignable/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Télécharger les brouillons (.eml)" }));
    expect(await screen.findByRole("link", { name: "Enregistrer relances-2025-11-14.zip" })).toBeTruthy();
  });

  it("signs in to Outlook and then offers to create the drafts", async () => {
    let state: "signed-out" | "signed-in" = "signed-out";
    const signIn = jest.fn(async () => {
      state = "signed-in";
      return { ok: true as const, account: "compta@cabinet.fr" };
    });
    renderWith(<RemindersScreen />, planned(preview([dupont]), { authState: () => state, signIn }));
    await useSelection();
    fireEvent.click(screen.getByRole("button", { name: "Se connecter à Outlook" }));
    expect(await screen.findByRole("button", { name: "Créer les brouillons (1)" })).toBeTruthy();
    expect(screen.getByText(/Connecté à Outlook/)).toBeTruthy();
  });

  it("says what to do when sign-in is cancelled", async () => {
    const signIn = jest.fn(async () => ({
      ok: false as const,
      message: { fr: "Connexion annulée : les brouillons n'ont pas été créés. Reconnectez-vous, ou téléchargez les fichiers .eml.", en: "Sign-in cancelled" },
    }));
    renderWith(<RemindersScreen />, fakePorts({ signIn }));
    fireEvent.click(screen.getByRole("button", { name: "Se connecter à Outlook" }));
    expect(await screen.findByText(/Connexion annulée/)).toBeTruthy();
  });
});
