import fc from "fast-check";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { EmlError, parseMailbox, toEml } from "../../src/mail/eml";
import { draft } from "../graph-server/harness";

const DATE = "Sun, 22 Nov 2026 09:00:00 +0100";

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => ({ name: v.name, address: v.address })));

/** The header block and the lines of a .eml text. */
function anatomy(eml: string) {
  const headerEnd = eml.indexOf("\r\n\r\n");
  return { headerBlock: eml.slice(0, headerEnd), lines: eml.split("\r\n") };
}

function expectWellFormed(eml: string): void {
  expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // CRLF only, no bare CR or LF
  const { headerBlock, lines } = anatomy(eml);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(998);
  for (const word of headerBlock.match(/=\?[^?]+\?[BQbq]\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
  expect([...eml].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true); // 7-bit clean: UTF-8 lives inside encodings
}

async function parse(eml: string): Promise<ParsedMail> {
  return simpleParser(eml);
}

describe(".eml reminders", () => {
  const reminder = draft({
    clientId: "C0042",
    to: ["Société Générale — Compta <compta@societe-generale.example.fr>"],
    cc: ["Jean Dupont <jean.dupont@example.fr>", "direction@example.fr"],
    subject: "Relance : factures échues au 22/11/2026 — 3 450,00 € 😀",
    text: "Bonjour,\n\nLa facture F-2026-001 (1 234,56 €) est échue depuis 10 jours.\nCordialement,",
    html: '<p>Bonjour,</p><table><tr><td>F-2026-001</td><td style="text-align:right">1&nbsp;234,56&nbsp;€</td></tr></table>',
  });

  it("opens in Outlook as an unsent draft with the subject, recipients and both bodies intact", async () => {
    const eml = toEml(reminder, "Cabinet Martin <relances@cabinet-martin.fr>", { date: DATE });
    const mail = await parse(eml);
    expect(mail.subject).toBe(reminder.subject);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.headers.get("mime-version")).toBe("1.0");
    expect(addresses(mail.from)).toEqual([{ name: "Cabinet Martin", address: "relances@cabinet-martin.fr" }]);
    expect(addresses(mail.to)).toEqual([{ name: "Société Générale — Compta", address: "compta@societe-generale.example.fr" }]);
    expect(addresses(mail.cc)).toEqual([
      { name: "Jean Dupont", address: "jean.dupont@example.fr" },
      { name: "", address: "direction@example.fr" },
    ]);
    expect(mail.text?.trimEnd()).toBe(reminder.text);
    expect(mail.html).toBe(reminder.html);
    expect(mail.attachments).toEqual([]);
    expect(mail.date?.toISOString()).toBe("2026-11-22T08:00:00.000Z");
    expect(mail.messageId).toMatch(/^<encours\.[0-9a-f]{16}@encours\.invalid>$/);
    expectWellFormed(eml);
  });

  it("puts the plain text before the HTML in a multipart/alternative body", () => {
    const eml = toEml(reminder, undefined, { date: DATE });
    expect(eml).toMatch(/^Content-Type: multipart\/alternative; boundary="[^"]+"$/m);
    const plain = eml.indexOf("Content-Type: text/plain; charset=utf-8");
    const html = eml.indexOf("Content-Type: text/html; charset=utf-8");
    expect(plain).toBeGreaterThan(0);
    expect(html).toBeGreaterThan(plain);
    expect(eml).not.toMatch(/^From:/m); // Outlook fills in the account that opens the draft
  });

  it("encodes the subject as RFC 2047 encoded-words short enough for every mail client", async () => {
    const long = draft({ clientId: "C1", subject: "Mise en demeure — ".repeat(12) + "dernier délai 😀" });
    const eml = toEml(long, undefined, { date: DATE });
    const subjectLines = anatomy(eml).headerBlock.split("\r\n").filter((l, i, all) => l.startsWith("Subject:") || (i > 0 && /^ /.test(l) && all.slice(0, i).some((x) => x.startsWith("Subject:"))));
    expect(subjectLines.length).toBeGreaterThan(1);
    for (const l of subjectLines) expect(l.length).toBeLessThanOrEqual(78);
    expect((await parse(eml)).subject).toBe(long.subject);
    expectWellFormed(eml);
  });

  it("cannot be made to carry extra headers by a subject or a name with line breaks", async () => {
    const hostile = draft({
      clientId: "C1",
      subject: "Relance\r\nBcc: victim@evil.example\r\n\r\n<script>alert(1)</script>",
      to: ['"Dupont\r\nBcc: victim@evil.example" <compta@dupont.fr>'],
    });
    const eml = toEml(hostile, undefined, { date: DATE });
    const mail = await parse(eml);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.subject).toBe("Relance Bcc: victim@evil.example <script>alert(1)</script>");
    expect(addresses(mail.to)).toEqual([{ name: "Dupont Bcc: victim@evil.example", address: "compta@dupont.fr" }]);
    expect(anatomy(eml).headerBlock).not.toMatch(/^Bcc:/im);
  });

  it("refuses an address that carries a line break or is not an address", () => {
    expect(() => toEml(draft({ clientId: "C1", to: ["compta@dupont.fr\r\nBcc: victim@evil.example"] }), undefined, { date: DATE })).toThrow(EmlError);
    expect(() => parseMailbox("compta@dupont.fr\nX: y")).toThrow(/^Adresse e-mail refusée .*retour à la ligne/);
    for (const bad of ["compta", "@dupont.fr", "a b@dupont.fr", "a@dupont", "a@-x.fr", "<script>@x.fr", "a,b@x.fr", "a@x.fr;b@y.fr"]) {
      expect(() => parseMailbox(bad)).toThrow(/n'a pas la forme nom@domaine\.fr/);
    }
  });

  it("carries client names and invoice numbers with <script>, quotes, =cmd| and emoji unchanged and inert", async () => {
    const nasty = `=cmd|' /C calc'!A0 "Le Boss" <script>alert('x')</script> 😀`;
    const escaped = nasty.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const d = draft({
      clientId: nasty,
      to: [`"${nasty.replace(/[<>]/g, "")}" <compta@client.fr>`],
      subject: `Facture ${nasty}`,
      text: `Client : ${nasty}\nFacture : F-<1>`,
      html: `<p>Client : ${escaped}</p>`,
    });
    const eml = toEml(d, undefined, { date: DATE });
    const mail = await parse(eml);
    expect(mail.subject).toBe(d.subject);
    expect(mail.text?.trimEnd()).toBe(d.text);
    expect(mail.html).toBe(d.html);
    expect(addresses(mail.to)).toEqual([{ name: nasty.replace(/[<>]/g, ""), address: "compta@client.fr" }]);
    expect([...mail.headers.keys()].sort()).toEqual(
      ["content-language", "content-type", "date", "message-id", "mime-version", "subject", "to", "x-unsent"].sort(),
    );
    expectWellFormed(eml);
  });

  it("writes internationalised domains in punycode", async () => {
    const eml = toEml(draft({ clientId: "C1", to: ["compta@société.fr"] }), undefined, { date: DATE });
    expect(eml).toMatch(/^To: <compta@xn--socit-esab\.fr>$/m);
  });

  it("round-trips any subject and body text (line breaks in the subject become spaces)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 400 }), async (subject, text) => {
        const d = draft({ clientId: "C1", subject, text, html: `<p>${text}</p>` });
        const eml = toEml(d, undefined, { date: DATE });
        expectWellFormed(eml);
        const mail = await parse(eml);
        // eslint-disable-next-line no-control-regex
        const expectedSubject = subject.replace(/[\u0000-\u001f\u007f]+/g, " ");
        expect((mail.subject ?? "").trim()).toBe(expectedSubject.trim());
        const lf = (s: string) => s.replace(/\r\n|\r/g, "\n").replace(/\n+$/, "");
        expect(lf(mail.text ?? "")).toBe(lf(text));
      }),
      { numRuns: 150 },
    );
  });

  it("refuses a date that is not an RFC 5322 date, and a boundary found in the body", () => {
    expect(() => toEml(reminder, undefined, { date: "2026-11-22" })).toThrow(EmlError);
    expect(() => toEml(reminder, undefined, { date: `${DATE}\r\nBcc: x@y.fr` })).toThrow(/Date d'e-mail illisible/);
    const withBoundary = draft({ clientId: "C1", text: "a\n--sep\nb" });
    expect(() => toEml(withBoundary, undefined, { date: DATE, boundary: "sep" })).toThrow(/Séparateur MIME inutilisable/);
  });
});
