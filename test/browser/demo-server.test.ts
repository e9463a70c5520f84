// The demo's server (no browser needed): the pages it was given, Microsoft's office.js from node_modules, the
// Graph-like endpoint behind /graph for the demo's token only, and nothing outside those folders.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoGraphUrl } from "../../demo/graph-redirect";
import { fileUnder, startDemoServer, type DemoServer } from "../../demo/server";
import { DEMO_TOKEN_PREFIX } from "../../demo/sign-in";

describe("the demo server", () => {
  let root: string;
  let server: DemoServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "encours-demo-server-"));
    await writeFile(join(root, "index.html"), "<!doctype html><title>demo</title>");
    server = await startDemoServer({ root, port: 0, host: "127.0.0.1" });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it("serves the built page at / and Microsoft's Excel client, as published, from node_modules", async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("<title>demo</title>");
    const office = await fetch(`${server.url}office-js/excel-web-16.00.debug.js`);
    expect(office.status).toBe(200);
    expect(await office.text()).toContain("OfficeExtension");
  });

  it("answers 404 for any path that would leave the page's folder or office.js's", async () => {
    for (const path of ["..%2fpackage.json", "office-js/..%2f..%2fpackage.json", "office-js/%2e%2e/%2e%2e/package.json", "%00"]) {
      const answer = await fetch(server.url + path);
      expect([path, answer.status]).toEqual([path, 404]);
    }
    expect(fileUnder("/srv/site", "../etc/passwd")).toBeNull();
    expect(fileUnder("/srv/site", "a/../../site2/x")).toBeNull();
    expect(fileUnder("/srv/site", "assets/app.js")).toBe(join("/srv/site", "assets", "app.js"));
  });

  it("creates a draft on the Graph-like endpoint for the demo's token and refuses any other token", async () => {
    const body = JSON.stringify({ subject: "Relance", body: { contentType: "html", content: "<p>Bonjour</p>" }, toRecipients: [] });
    const refused = await fetch(`${server.url}graph/v1.0/me/messages`, {
      method: "POST", headers: { Authorization: "Bearer someone-else", "Content-Type": "application/json" }, body,
    });
    expect(refused.status).toBe(401);
    const created = await fetch(`${server.url}graph/v1.0/me/messages`, {
      method: "POST", headers: { Authorization: `Bearer ${DEMO_TOKEN_PREFIX}test`, "Content-Type": "application/json" }, body,
    });
    expect(created.status).toBe(201);
    expect(server.graph.messages().map((m) => m.subject)).toEqual(["Relance"]);
  });

  it("points the taskpane's Graph calls at the page's own origin and leaves every other address alone", () => {
    expect(demoGraphUrl("https://graph.microsoft.com/v1.0/me/messages?$top=1", "http://localhost:3100"))
      .toBe("http://localhost:3100/graph/v1.0/me/messages?$top=1");
    expect(demoGraphUrl("https://login.microsoftonline.com/common", "http://localhost:3100")).toBe("https://login.microsoftonline.com/common");
    expect(demoGraphUrl("https://graph.microsoft.com.evil.example/v1.0", "http://localhost:3100")).toBe("https://graph.microsoft.com.evil.example/v1.0");
  });
});
