import { mailtoUrl } from "../../src/mail/mailto";
import { EmlError } from "../../src/mail/eml";
import { draft } from "../graph-server/harness";

/** Splits a mailto: URL into its decoded parts, reading RFC 6068 literally ("+" is not a space). */
function read(url: string) {
  expect(url.startsWith("mailto:")).toBe(true);
  const [to = "", query = ""] = url.slice("mailto:".length).split("?");
  const fields = new Map(query === "" ? [] : query.split("&").map((kv) => {
    const [k = "", v = ""] = kv.split("=");
    return [k, decodeURIComponent(v)] as const;
  }));
  return { to: to.split(",").map(decodeURIComponent), fields };
}

describe("mailto links for a short reminder", () => {
  it("carries the recipients, subject and plain text, line breaks as %0D%0A", () => {
    const d = draft({
      clientId: "C1",
      to: ["Dupont SA <compta@dupont.fr>", "dg@dupont.fr"],
      cc: ["moi@cabinet.fr"],
      subject: "Relance : facture n°F-12 & F-13 = 240 € ? #urgent 😀",
      text: "Bonjour,\nMerci de régler F-12.\r\nCordialement",
    });
    const url = mailtoUrl(d);
    expect(url).not.toBeNull();
    const { to, fields } = read(url ?? "");
    expect(to).toEqual(["compta@dupont.fr", "dg@dupont.fr"]);
    expect(fields.get("cc")).toBe("moi@cabinet.fr");
    expect(fields.get("subject")).toBe(d.subject);
    expect(fields.get("body")).toBe("Bonjour,\r\nMerci de régler F-12.\r\nCordialement");
    expect(url).toContain("%0D%0A");
    expect(url).not.toMatch(/[ \r\n#+]/); // nothing a browser could cut or reinterpret
  });

  it("gives up (null) when the link would be too long, so the .eml is offered instead", () => {
    const long = draft({ clientId: "C1", text: "Facture F-0001 : 1 234,56 €\n".repeat(80) });
    expect(mailtoUrl(long)).toBeNull();
    const short = draft({ clientId: "C1", text: "Bonjour" });
    expect(mailtoUrl(short, 2000)?.length).toBeLessThanOrEqual(2000);
  });

  it("keeps a subject with line breaks on one line and refuses an address with one", () => {
    const d = draft({ clientId: "C1", subject: "Relance\r\nBcc: x@evil.example" });
    expect(read(mailtoUrl(d) ?? "").fields.get("subject")).toBe("Relance Bcc: x@evil.example");
    expect(() => mailtoUrl(draft({ clientId: "C1", to: ["a@b.fr\r\nbcc=x@evil.example"] }))).toThrow(EmlError);
  });
});
