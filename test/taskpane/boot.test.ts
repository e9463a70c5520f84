import { appearanceOf, checkHost, isDarkTheme } from "../../src/taskpane/boot";
import { languageOf, localText } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";

describe("what Office tells the taskpane", () => {
  it("speaks French unless Office's display language is another one", () => {
    expect(languageOf("fr-FR")).toBe("fr");
    expect(languageOf("fr-CA")).toBe("fr");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("de-DE")).toBe("en");
    expect(languageOf(undefined)).toBe("fr");
  });

  it("goes dark with Office's dark themes only", () => {
    expect(isDarkTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#000000" })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: "#e6e6e6" })).toBe(false);
    expect(isDarkTheme(undefined)).toBe(false);
    expect(appearanceOf({ displayLanguage: "en-GB", officeTheme: { bodyBackgroundColor: "#1f1f1f" } })).toEqual({ language: "en", dark: true });
  });

  it("runs only in an Excel recent enough for what the manifest declares", () => {
    expect(checkHost({ host: "Excel" }, true)).toEqual({ kind: "ready" });
    expect(checkHost({ host: "Excel" }, false)).toEqual({ kind: "old-excel" });
    expect(checkHost({ host: "Word" }, false)).toEqual({ kind: "unsupported-host", host: "Word" });
    expect(checkHost({ host: null }, false)).toEqual({ kind: "unsupported-host", host: null });
  });

  it("shows the half of a core message in the UI language", () => {
    const text = "Montant illisible en Factures!E12 : corrigez la cellule. / Unreadable amount at Factures!E12: fix the cell.";
    expect(localText(text, "fr")).toBe("Montant illisible en Factures!E12 : corrigez la cellule.");
    expect(localText(text, "en")).toBe("Unreadable amount at Factures!E12: fix the cell.");
    expect(localText("31/10/2025", "en")).toBe("31/10/2025");
  });

  it("has every French word in English too, with the same values to fill in", () => {
    const fields = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(en[key].trim()).not.toBe("");
      expect([key, fields(en[key])]).toEqual([key, fields(fr[key])]);
    }
  });
});
