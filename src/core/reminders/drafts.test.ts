import { keyProblem } from "../../mail/reminder-key";
import type { DraftMessage } from "../../mail/types";
import { draftKey } from "../journal/draft-key";
import { DEFAULT_TEMPLATES } from "../templates/defaults";
import type { ReminderTemplate } from "../templates/types";
import { buildDrafts, journalEntriesFor, type RenderedDraft } from "./drafts";
import { C1, CONFIRMED_SETTINGS, entry, world, type Inv } from "./fixtures.test-helpers";
import { planForClients } from "./plan";

// As-of date and draft day: 2026-11-30. Penalty rate 12,15 % (ECB 2,15 % + 10 points, confirmed).
const DAY = "2026-11-30";
const CLIENT = { ...C1, contact: "Mme Roux" };

/** Amounts and days use no-break spaces in drafts; compare with plain ones. */
const plain = (s: string) => s.replace(/[\u00A0\u202F]/g, " ");

function draftFor(invoices: Inv[], templates: readonly ReminderTemplate[] = DEFAULT_TEMPLATES, language: "fr" | "en" = "fr"): RenderedDraft {
  const plan = planForClients(world({ invoices, clients: [{ ...CLIENT, language }] }), "all");
  const built = buildDrafts(plan, templates, CONFIRMED_SETTINGS, DAY);
  expect(built.problems).toEqual([]);
  const draft = built.drafts[0];
  if (draft === undefined) throw new Error(JSON.stringify(plan.clients[0]?.skip));
  return draft;
}

/** The invoice rows of the text part: lines starting with an invoice number. */
const tableRows = (text: string) => plain(text).split("\n").filter((l) => /^F\d/.test(l)).map((l) => l.split(/\s{2,}/));

describe("the French drafts of each level", () => {
  it("J−5: a courteous reminder listing the invoice about to fall due", () => {
    const d = draftFor([{ invoice: "F101", date: "2026-11-03", due: "2026-12-03", amount: 120000 }]);
    expect(d.level).toBe("J-5");
    expect(d.subject).toBe("Cabinet Martin & Associés – Factures arrivant à échéance le 03/12/2026");
    const text = plain(d.text);
    expect(text).toMatch(/^Bonjour Mme Roux,\n\nNous vous remercions de votre confiance\./);
    expect(tableRows(d.text)).toEqual([["F101", "03/11/2026", "03/12/2026", "1 200,00 €", "1 200,00 €", "—"]]);
    expect(text).toContain("Soit un montant total de 1 200,00 €.");
    expect(text).toContain("qu'elles ont bien été reçues et que rien n'en retarde le règlement");
    expect(text).toContain("IBAN FR76 3000 6000 0112 3456 7890 189 – BIC AGRIFRPP");
    expect(text).toContain("Pour mémoire, conformément à l'article L441-10 du Code de commerce");
    expect(text).not.toMatch(/mise en demeure/i);
    expect(text).toMatch(/Bien cordialement,\n\nMarie Durand\nService comptabilité clients\nCabinet Martin & Associés\n$/);
  });

  it("J+10: the first written reminder with the overdue invoice, the total, the delay and the legal mentions", () => {
    // F1: 1 000,00 € due 18/11, 12 days late on 30/11.
    const d = draftFor([{ invoice: "F1", date: "2026-10-19", due: "2026-11-18" }]);
    expect(d.level).toBe("J+10");
    expect(plain(d.subject)).toBe("Cabinet Martin & Associés – Relance : factures échues (1 000,00 €)");
    const text = plain(d.text);
    expect(text).toContain("Sauf erreur ou omission de notre part, nous n'avons pas encore reçu le règlement des factures suivantes");
    expect(tableRows(d.text)).toEqual([["F1", "19/10/2026", "18/11/2026", "1 000,00 €", "1 000,00 €", "12"]]);
    expect(text).toContain("Le montant restant dû s'élève à 1 000,00 € ; la plus ancienne de ces factures présente un retard de 12 jours.");
    expect(text).toContain("conformément à l'article L441-10 du Code de commerce, tout retard de paiement entraîne de plein droit l'application de pénalités de retard au taux annuel de 12,15 %");
    expect(text).toContain("indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce)");
    expect(d.html).toContain("Cabinet Martin &amp; Associés");
  });

  it("J+15: a firmer reminder with a deadline, the penalties and the indemnity worked out", () => {
    // F2: 500,00 €, 200,00 € left, due 13/11 → 17 days: 200 × 12,15 % × 17 / 365 = 1,1317 → 1,13 €.
    // F1: 1 000,00 € due 18/11 → 12 days: 1000 × 12,15 % × 12 / 365 = 3,9945 → 3,99 €. Penalties 5,12 €.
    // Indemnity 2 × 40 € = 80,00 €. Deadline 30/11 + 8 days = 08/12/2026.
    const d = draftFor([
      { invoice: "F1", date: "2026-10-19", due: "2026-11-18" },
      { invoice: "F2", date: "2026-10-14", due: "2026-11-13", amount: 50000, outstanding: 20000 },
    ]);
    expect(d.level).toBe("J+15");
    expect(plain(d.subject)).toBe("Cabinet Martin & Associés – Deuxième relance : factures impayées (1 200,00 €)");
    const text = plain(d.text);
    expect(tableRows(d.text)).toEqual([
      ["F2", "14/10/2026", "13/11/2026", "500,00 €", "200,00 €", "17"],
      ["F1", "19/10/2026", "18/11/2026", "1 000,00 €", "1 000,00 €", "12"],
    ]);
    expect(text).toMatch(/^Total\s+1 500,00 €\s+1 200,00 €$/m);
    expect(text).toContain("Malgré notre précédente relance");
    expect(text).toContain("avec un retard de 17 jours sur l'échéance la plus ancienne (13/11/2026)");
    expect(text).toContain("au plus tard le 08/12/2026");
    expect(text).toContain("À la date du 30/11/2026, les pénalités s'élèvent à 5,12 € et l'indemnité forfaitaire à 80,00 €.");
  });

  it("J+30: a formal notice (mise en demeure) with the sum, the deadline, penalties, indemnity and the registered letter", () => {
    // F3: 2 000,00 € due 21/10 → 40 days: 2000 × 12,15 % × 40 / 365 = 26,630 → 26,63 €. Indemnity 40,00 €.
    const d = draftFor([{ invoice: "F3", date: "2026-09-21", due: "2026-10-21", amount: 200000 }]);
    expect(d.level).toBe("J+30");
    expect(plain(d.subject)).toBe("Cabinet Martin & Associés – Mise en demeure de payer – 2 000,00 €");
    const text = plain(d.text);
    expect(text).toMatch(/^Madame, Monsieur,\n/);
    expect(tableRows(d.text)).toEqual([["F3", "21/09/2026", "21/10/2026", "2 000,00 €", "2 000,00 €", "40"]]);
    expect(text).toContain("les factures suivantes, établies à l'ordre de Dupont SA, demeurent impayées");
    expect(text).toContain("Par la présente, nous vous mettons en demeure de nous régler la somme de 2 000,00 € au plus tard le 08/12/2026");
    expect(text).toContain("Conformément à l'article L441-10 du Code de commerce, ce retard entraîne de plein droit des pénalités de retard au taux annuel de 12,15 %, soit 26,63 € à la date du 30/11/2026");
    expect(text).toContain("indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du même code), soit 40,00 €");
    expect(text).toContain("procédure de recouvrement judiciaire");
    expect(text).toContain("lettre recommandée avec accusé de réception");
    expect(text).toContain("l'expression de nos salutations distinguées");
  });

  it("writes the English draft for a client whose language is English, with English dates and amounts", () => {
    const d = draftFor([{ invoice: "F1", date: "2026-10-19", due: "2026-11-18" }], DEFAULT_TEMPLATES, "en");
    expect(d.language).toBe("en");
    expect(d.subject).toBe("Cabinet Martin & Associés – Reminder: overdue invoices (€1,000.00)");
    expect(tableRows(d.text)).toEqual([["F1", "19 Oct 2026", "18 Nov 2026", "€1,000.00", "€1,000.00", "12"]]);
    expect(plain(d.text)).toContain("the oldest of these invoices is 12 days overdue");
  });
});

describe("building the drafts", () => {
  const invoices: Inv[] = [{ invoice: "F1", due: "2026-11-18" }];

  it("refuses a template with an unknown placeholder before creating anything", () => {
    const broken = DEFAULT_TEMPLATES.map((t) => (t.level === "J+10" && t.language === "fr" ? { ...t, body: `${t.body}\n{montant_du}` } : t));
    const plan = planForClients(world({ invoices: [...invoices, { invoice: "F9", client: "C2", due: "2026-12-02" }], clients: [C1, { ...C1, id: "C2" }] }), "all");
    const built = buildDrafts(plan, broken, CONFIRMED_SETTINGS, DAY);
    expect(built.drafts).toEqual([]);
    expect(built.problems.map((p) => [p.severity, p.code, p.placeholder])).toEqual([["error", "template.unknown-placeholder", "{montant_du}"]]);
  });

  it("refuses to create anything when a level has no template in the client's language", () => {
    const plan = planForClients(world({ invoices, clients: [{ ...C1, language: "en" }] }), "all");
    const built = buildDrafts(plan, DEFAULT_TEMPLATES.filter((t) => t.language === "fr"), CONFIRMED_SETTINGS, DAY);
    expect(built.drafts).toEqual([]);
    expect(built.problems.map((p) => [p.code, p.level, p.language])).toEqual([["template.missing", "J+10", "en"]]);
  });

  it("keys each draft by client, level and day, in the form src/mail accepts", () => {
    const d = draftFor(invoices);
    expect(d.idempotencyKey).toBe(draftKey("C1", "J+10", DAY));
    expect(keyProblem(d.idempotencyKey)).toBeNull();
    expect([d.clientId, d.level, d.day, d.to, d.cc]).toEqual(["C1", "J+10", DAY, ["compta@dupont.fr"], []]);
  });

  it("hands src/mail exactly the DraftMessage shape", () => {
    const d = draftFor(invoices);
    const message: DraftMessage = d; // and back: the two types are the same shape
    const back: RenderedDraft = message;
    expect(Object.keys(back).sort()).toEqual(["cc", "clientId", "day", "html", "idempotencyKey", "language", "level", "subject", "text", "to"]);
  });

  it("does not build again a draft the journal already records for the same client, level and day", () => {
    const input = world({ invoices, clients: [C1] });
    const plan = planForClients(input, "all");
    const key = draftKey("C1", "J+10", DAY);
    const built = buildDrafts(plan, DEFAULT_TEMPLATES, CONFIRMED_SETTINGS, DAY, [entry({ date: DAY, level: "J+10", draftKey: key })]);
    expect(built.drafts).toEqual([]);
    expect(built.alreadyDrafted).toEqual([{ client: "C1", key }]);
  });

  it("drafts only the clients the plan e-mails (not calls, not skipped ones)", () => {
    const plan = planForClients(world({
      invoices: [...invoices, { invoice: "F2", client: "C2", due: "2026-11-23" }, { invoice: "F3", client: "C3", due: "2026-11-18" }],
      clients: [C1, { ...C1, id: "C2" }, { ...C1, id: "C3", blocked: true }],
    }), "all");
    expect(buildDrafts(plan, DEFAULT_TEMPLATES, CONFIRMED_SETTINGS, DAY).drafts.map((d) => d.clientId)).toEqual(["C1"]);
  });
});

describe("journal entries for the drafts created", () => {
  it("records each created or found draft once, with its id, link, key, invoices and next action", () => {
    const plan = planForClients(world({
      invoices: [{ invoice: "F1", due: "2026-11-18" }, { invoice: "F2", client: "C2", due: "2026-11-18" }, { invoice: "F3", client: "C3", due: "2026-10-21" }],
      clients: [C1, { ...C1, id: "C2" }, { ...C1, id: "C3" }],
    }), "all");
    const { drafts } = buildDrafts(plan, DEFAULT_TEMPLATES, CONFIRMED_SETTINGS, DAY);
    const [k1, k2, k3] = ["C1", "C2", "C3"].map((c) => drafts.find((d) => d.clientId === c)?.idempotencyKey ?? "");
    const entries = journalEntriesFor({
      plan, drafts, settings: CONFIRMED_SETTINGS, author: "Marie",
      outcomes: [
        { key: k1 ?? "", status: "created", id: "AAMk1", webLink: "https://outlook.office.com/1" },
        { key: k2 ?? "", status: "failed" },
        { key: k3 ?? "", status: "existing", id: "AAMk3" },
      ],
      journal: [],
    });
    expect(entries).toEqual([
      // J+10 sent; J+15 falls due 18/11 + 15 = 03/12.
      { date: DAY, client: "C1", invoices: ["F1"], level: "J+10", channel: "e-mail", draftKey: k1, draftId: "AAMk1", draftLink: "https://outlook.office.com/1", nextActionDate: "2026-12-03", author: "Marie" },
      // The last step: the next action is the payment deadline, 30/11 + 8 = 08/12.
      { date: DAY, client: "C3", invoices: ["F3"], level: "J+30", channel: "mise-en-demeure", draftKey: k3, draftId: "AAMk3", nextActionDate: "2026-12-08", author: "Marie" },
    ]);
  });

  it("appends nothing for a draft the journal already holds (a resumed batch)", () => {
    const plan = planForClients(world({ invoices: [{ invoice: "F1", due: "2026-11-18" }], clients: [C1] }), "all");
    const { drafts } = buildDrafts(plan, DEFAULT_TEMPLATES, CONFIRMED_SETTINGS, DAY);
    const key = drafts[0]?.idempotencyKey ?? "";
    expect(journalEntriesFor({ plan, drafts, outcomes: [{ key, status: "existing", id: "X" }], journal: [entry({ date: DAY, draftKey: key })] })).toEqual([]);
  });
});
