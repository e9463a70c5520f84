import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

// Microsoft's manifest XSDs live in ../shared (never copied into the repo). Two mechanical repairs are applied
// in memory, as ../shared/schemas/office-manifest/README.md explains; the files themselves are not edited.
const root = path.resolve(__dirname, "../..");
const schemaDir = path.resolve(root, "../shared/schemas/office-manifest");
const entry = "OfficeAppManifestV1_1.xsd";
const repair = (text: string) => text.replaceAll("https://www.w3.org/", "http://www.w3.org/").replaceAll('{0,3}?"', '{0,3}"');
const xsd = (fileName: string) => ({ fileName, contents: repair(readFileSync(path.join(schemaDir, fileName), "utf8")) });

async function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [xsd(entry)],
    preload: readdirSync(schemaDir).filter((n) => n.endsWith(".xsd") && n !== entry).map(xsd),
  });
}

describe("manifest.xml", () => {
  const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");

  it("validates against Microsoft's Office add-in manifest schemas", async () => {
    const result = await validate(manifest);
    expect(result.errors.map((e) => `${e.loc?.lineNumber}: ${e.message}`)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is rejected by the same schemas when an element is out of order (the check can fail)", async () => {
    const broken = manifest.replace("<ProviderName>Encours</ProviderName>", "").replace("</DefaultLocale>", "</DefaultLocale><ProviderName>Encours</ProviderName>");
    const result = await validate(broken);
    expect(result.valid).toBe(false);
  });

  it("declares the one-click refresh as a ribbon command running a function, labelled in French and English", () => {
    expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>refreshDashboard<\/FunctionName>/);
    expect(manifest).toContain('DefaultValue="Actualiser le tableau de bord"');
    expect(manifest).toContain('Value="Refresh the dashboard"');
  });

  it("points every icon to a PNG in assets/ of the size it declares", () => {
    for (const match of manifest.matchAll(/assets\/([a-z]+-(\d+)\.png)/g)) {
      const [, file, size] = match;
      const png = readFileSync(path.join(root, "assets", file ?? ""));
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });
});

describe("manifest.xml and the webpack build", () => {
  it("points every page URL to a page the build produces", async () => {
    const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(root, "webpack.config.js")) as (env: object, argv: { mode: string }) => Promise<{
      plugins: { userOptions?: { filename?: string }; patterns?: { to: string }[] }[];
    }>;
    const config = await makeConfig({}, { mode: "production" });
    const built = new Set<string>();
    for (const plugin of config.plugins) {
      if (plugin.userOptions?.filename) built.add(plugin.userOptions.filename);
      for (const pattern of plugin.patterns ?? []) built.add(pattern.to);
    }
    const pages = [...manifest.matchAll(/https:\/\/localhost:3000\/([\w.-]+\.html)/g)].map((m) => m[1] ?? "");
    expect(pages.length).toBeGreaterThan(0);
    for (const page of new Set(pages)) expect(built).toContain(page);
  });
});
