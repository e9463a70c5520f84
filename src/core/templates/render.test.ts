/**
 * @jest-environment jsdom
 */
// The HTML is parsed back with the DOM of jest-environment-jsdom to check what a mail reader would see.
import { sampleData } from "./fixtures.test-helpers";
import { renderDraft } from "./render";
import type { ReminderTemplate } from "./types";

const template = (subject: string, body: string): ReminderTemplate => ({ level: "J+10", language: "fr", subject, body });
const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("rendering a draft", () => {
  it("escapes a client name containing <script> in the draft", () => {
    const name = `<script>alert("x")</script> & Fils 'SA'`;
    const out = renderDraft(template("Relance {client}", "Bonjour {client},"), sampleData({ client: name }));
    const doc = parse(out.html);
    expect(doc.querySelectorAll("script")).toHaveLength(0);
    expect(doc.querySelector("p")?.textContent).toBe(`Bonjour ${name},`);
    expect(out.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Fils &#39;SA&#39;");
    expect(out.subject).toBe(`Relance ${name}`);
    expect(out.text).toContain(`Bonjour ${name},`);
  });

  it("escapes invoice numbers in the table and keeps emoji as they are", () => {
    const data = sampleData();
    data.invoices = [{ number: `F"1"<b>😀`, date: "01/11/2026", due: "01/11/2026", amount: "1,00 €", outstanding: "1,00 €", daysLate: "29" }];
    const out = renderDraft(template("S", "{factures}"), data);
    const cells = [...parse(out.html).querySelectorAll("tbody td")].map((td) => td.textContent);
    expect(cells[0]).toBe(`F"1"<b>😀`);
    expect(parse(out.html).querySelectorAll("tbody b")).toHaveLength(0);
  });

  it("puts the subject on one line whatever the values hold", () => {
    const out = renderDraft(template("Relance\r\n{client}\t– {total}", "x"), sampleData({ client: "Dupont\nSA\u2028Lyon\r\nBcc: evil@x.fr" }));
    expect(out.subject).toBe("Relance Dupont SA Lyon Bcc: evil@x.fr – 1 500,00 €");
    expect(out.subject).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
  });

  it("puts a name with line breaks on one line in the body but keeps the signature's lines", () => {
    const out = renderDraft(template("S", "Bonjour {client},\n\n{signature}"), sampleData({ client: "Dupont\nSA", signature: "Marie Durand\n<Comptabilité>\n\n" }));
    expect(out.html).toContain("<p style=\"margin:0 0 10px 0;\">Bonjour Dupont SA,</p>");
    expect(out.html).toContain("Marie Durand<br>&lt;Comptabilité&gt;</p>");
    expect(out.text).toBe("Bonjour Dupont SA,\n\nMarie Durand\n<Comptabilité>\n");
  });

  it("builds paragraphs from blank lines and keeps single line breaks", () => {
    const out = renderDraft(template("S", "Ligne 1\nLigne 2\n\n\nParagraphe 2"), sampleData());
    const paragraphs = [...parse(out.html).querySelectorAll("p")].map((p) => p.innerHTML);
    expect(paragraphs).toEqual(["Ligne 1<br>\nLigne 2", "Paragraphe 2"]);
    expect(out.text).toBe("Ligne 1\nLigne 2\n\nParagraphe 2\n");
  });

  it("renders {factures} as a table with the six columns and the total row", () => {
    const out = renderDraft(template("S", "Détail :\n{factures}\nMerci."), sampleData());
    const doc = parse(out.html);
    expect([...doc.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["N° facture", "Date", "Échéance", "Montant TTC", "Reste dû", "Jours de retard"]);
    expect([...doc.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent))).toEqual([
      ["F-2026-101", "14/10/2026", "13/11/2026", "500,00 €", "200,00 €", "17"],
      ["F-2026-117", "19/10/2026", "18/11/2026", "1 300,00 €", "1 300,00 €", "12"],
    ]);
    expect([...doc.querySelectorAll("tfoot td")].map((td) => td.textContent)).toEqual(["Total", "1 800,00 €", "1 500,00 €", ""]);
    // The text around the table stays in its own paragraphs, before and after.
    expect([...doc.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["Détail :", "Merci."]);
  });

  it("derives the text part with the table as aligned columns", () => {
    const out = renderDraft(template("S", "{factures}"), sampleData());
    const lines = out.text.trimEnd().split("\n");
    expect(lines[0]).toBe("N° facture  Date        Échéance    Montant TTC    Reste dû  Jours de retard");
    expect(lines[2]).toBe("F-2026-101  14/10/2026  13/11/2026     500,00 €    200,00 €               17");
    expect(lines[3]).toBe("F-2026-117  19/10/2026  18/11/2026   1 300,00 €  1 300,00 €               12");
    expect(lines[5]).toBe("Total                                1 800,00 €  1 500,00 €");
    // Every line is as long or shorter than the header: the columns line up.
    const ends = [lines[2], lines[3]].map((l) => [...(l ?? "")].length);
    expect(new Set(ends).size).toBe(1);
  });

  it("writes {{ and }} as literal braces", () => {
    expect(renderDraft(template("{{x}}", "a {{b}} c"), sampleData()).text).toBe("a {b} c\n");
  });

  it("strips control characters from values", () => {
    const out = renderDraft(template("{client}", "{client}"), sampleData({ client: "Du\u0000pont\u001b SA\ufeff" }));
    expect(out.subject).toBe("Dupont SA");
    expect(out.html).toContain(">Dupont SA</p>");
  });

  it("declares UTF-8 and the language of the draft", () => {
    const out = renderDraft({ level: "J+10", language: "en", subject: "S", body: "x" }, sampleData({}, "en"));
    expect(out.html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  });
});
