import { readFileSync } from "node:fs";
import path from "node:path";
import { MIN_EXCEL_API } from "../../src/taskpane/boot";
import { en } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";

const root = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

const versionOf = (v: string) => v.split(".").map(Number) as [number, number];
const atLeast = (a: string, b: string) => {
  const [a1, a2] = versionOf(a);
  const [b1, b2] = versionOf(b);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
};

/** Every ExcelApi version the add-in's code asks Office about (feature detection). */
function detectedExcelApiVersions(): string[] {
  const found = new Set<string>();
  const files = ["src/excel/requirements.ts", "src/taskpane/index.tsx"];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), "utf8");
    for (const m of text.matchAll(/supportsExcelApi\("(\d+\.\d+)"\)|isSetSupported\("ExcelApi", "(\d+\.\d+)"\)/g)) found.add(m[1] ?? m[2] ?? "");
  }
  return [...found];
}

describe("requirement sets: manifest and code agree", () => {
  it("declares the same minimum ExcelApi in both of the manifest's Requirements as the taskpane checks at start", () => {
    const declared = [...manifest.matchAll(/Set Name="ExcelApi" MinVersion="(\d+\.\d+)"/g)].map((m) => m[1]);
    expect(declared).toEqual([MIN_EXCEL_API, MIN_EXCEL_API]);
  });

  it("tells the user of an old Excel the same minimum, in French and English", () => {
    expect(fr["boot.oldExcel.body"]).toContain(`ExcelApi ${MIN_EXCEL_API}`);
    expect(en["boot.oldExcel.body"]).toContain(`ExcelApi ${MIN_EXCEL_API}`);
  });

  it("feature-detects every newer API it uses, from ExcelApi 1.8 to 1.12", () => {
    const detected = detectedExcelApiVersions();
    for (const v of ["1.8", "1.9", "1.10", "1.12"]) expect(detected).toContain(v);
    // Nothing asks for an API newer than what the code knows how to live without.
    expect(detected.every((v) => !atLeast(v, "1.13"))).toBe(true);
  });
});
