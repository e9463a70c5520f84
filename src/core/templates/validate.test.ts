import { DEFAULT_SCHEDULE } from "../reminders/schedule";
import { DEFAULT_TEMPLATES } from "./defaults";
import { PLACEHOLDER_NAMES, PLACEHOLDERS } from "./placeholders";
import type { ReminderTemplate } from "./types";
import { templateFor, validateTemplate, validateTemplates } from "./validate";

const t = (subject: string, body: string): ReminderTemplate => ({ level: "J+10", language: "fr", subject, body });

describe("checking a template before anything is created", () => {
  it("finds an unknown placeholder, where it is, and the one that was meant", () => {
    // "Bonjour {contact}," is 18 characters, two line breaks, then "Montant : " (10): {totl} starts at offset 30.
    const problems = validateTemplate(t("Relance", "Bonjour {contact},\n\nMontant : {totl}\n{factures}"));
    expect(problems).toEqual([expect.objectContaining({
      severity: "error", code: "template.unknown-placeholder", field: "body", offset: 30, length: 6, placeholder: "{totl}", suggestion: "total",
    })]);
    expect(problems[0]?.message).toMatch(/^Modèle J\+10 \(fr\), corps \(ligne 3, colonne 11\) : espace réservé inconnu \{totl\}\. Vouliez-vous dire \{total\} \?/);
    expect(problems[0]?.message).toContain(" / Template J+10 (fr), body (line 3, column 11): unknown placeholder {totl}.");
  });

  it("finds an unclosed brace and a stray one", () => {
    const problems = validateTemplate(t("Relance {client", "x } y {factures}"));
    expect(problems.map((p) => [p.code, p.field, p.offset])).toEqual([
      ["template.unclosed-brace", "subject", 8], ["template.stray-brace", "body", 2],
    ]);
  });

  it("refuses the invoice table in the subject and an empty subject or body", () => {
    expect(validateTemplate(t("{factures}", "{factures}")).map((p) => p.code)).toEqual(["template.block-in-subject"]);
    expect(validateTemplate(t(" ", "")).map((p) => p.code)).toEqual(["template.empty-subject", "template.empty-body"]);
  });

  it("only warns when the body has no invoice table", () => {
    expect(validateTemplate(t("S", "Bonjour"))).toEqual([expect.objectContaining({ severity: "warning", code: "template.no-invoice-table" })]);
  });

  it("accepts placeholders written with capitals, accents, blanks or their English names", () => {
    expect(validateTemplate(t("{Client} {customer}", "{ Échéance la plus ancienne } {invoices}"))).toEqual([]);
  });

  it("accepts literal braces written twice", () => {
    expect(validateTemplate(t("{{ok}}", "{{x}} {factures}"))).toEqual([]);
  });

  it("requires a template for every e-mail level in each language, and one only", () => {
    const templates = DEFAULT_TEMPLATES.filter((x) => !(x.level === "J+15" && x.language === "en"));
    const dup = [...templates, { ...(DEFAULT_TEMPLATES[0] as ReminderTemplate) }];
    expect(validateTemplates(dup, DEFAULT_SCHEDULE).map((p) => [p.code, p.level, p.language])).toEqual([
      ["template.duplicate", "J-5", "fr"], ["template.missing", "J+15", "en"],
    ]);
  });

  it("ships default templates without a single problem, for every e-mail level in French and English", () => {
    expect(validateTemplates(DEFAULT_TEMPLATES, DEFAULT_SCHEDULE)).toEqual([]);
    expect(templateFor(DEFAULT_TEMPLATES, "j+30", "en")?.subject).toMatch(/Formal notice/);
  });

  it("exports every placeholder with a French and an English description for the editor", () => {
    expect(PLACEHOLDER_NAMES).toEqual(expect.arrayContaining([
      "client", "contact", "factures", "total", "plus_ancien_retard", "indemnite", "penalites", "taux_penalites", "iban", "bic",
      "signature", "societe", "date_arrete", "echeance_la_plus_ancienne", "date_limite",
    ]));
    for (const p of PLACEHOLDERS) expect(p.description.fr.length * p.description.en.length).toBeGreaterThan(0);
  });
});
