import JSZip from "jszip";
import { simpleParser } from "mailparser";
import { emlBundle, safeFileStem, uniqueEmlName } from "../../src/mail/eml-bundle";
import { toEml } from "../../src/mail/eml";
import { draft } from "../graph-server/harness";

describe(".zip of .eml drafts", () => {
  it("names each file after its client, safely", () => {
    expect(safeFileStem("Société Générale")).toBe("Societe Generale");
    expect(safeFileStem("../../etc/passwd")).toBe("etc_passwd");
    expect(safeFileStem("<script>alert(1)</script>")).toBe("script_alert_1_script");
    expect(safeFileStem("=cmd|' /C calc'!A0")).toBe("cmd_' _C calc'_A0");
    expect(safeFileStem("😀")).toBe("client");
    expect(safeFileStem("   ")).toBe("client");
    expect(safeFileStem("CON")).toBe("CON_");
    expect(safeFileStem("Dupont\r\nSA")).toBe("Dupont_SA");
    expect(safeFileStem("x".repeat(300)).length).toBeLessThanOrEqual(80);
  });

  it("never gives two files the same name, even differing only by case", () => {
    const taken = new Set<string>();
    expect(["Dupont", "Dupont", "DUPONT", "Dupont."].map((n) => uniqueEmlName(n, taken))).toEqual([
      "Dupont.eml",
      "Dupont (2).eml",
      "DUPONT (3).eml",
      "Dupont (4).eml",
    ]);
  });

  it("puts every draft in one zip that opens back to the same messages", async () => {
    const date = "Sun, 22 Nov 2026 09:00:00 +0100";
    const drafts = [draft({ clientId: "C1", subject: "Relance Dupont 😀" }), draft({ clientId: "C2", subject: "Relance Dupont bis" })];
    const files = drafts.map((d) => ({ clientName: "Dupont & Fils", eml: toEml(d, undefined, { date }) }));
    const { zip, names } = await emlBundle(files, { date: new Date(Date.UTC(2026, 10, 22, 8)) });
    expect(names).toEqual(["Dupont _ Fils.eml", "Dupont _ Fils (2).eml"]);

    const opened = await JSZip.loadAsync(zip);
    expect(Object.keys(opened.files).sort()).toEqual([...names].sort());
    for (const [i, name] of names.entries()) {
      const text = await opened.file(name)?.async("string");
      expect(text).toBe(files[i]?.eml);
      expect((await simpleParser(text ?? "")).subject).toBe(drafts[i]?.subject);
    }
  });
});
