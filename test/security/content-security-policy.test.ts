// The Content-Security-Policy of the pages Excel loads (taskpane, ribbon commands, sign-in): only our files,
// Microsoft's office.js CDN, the sign-in and Graph endpoints; no inline script, no eval. The browser tests
// (test/browser/content-security-policy.test.ts) run the taskpane under the same policy in Chromium.
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

// webpack.demo.config.js writes the demo's seed workbook through tsx before returning its config: not needed to
// read the pages it declares.
jest.mock("tsx/cjs/api", () => ({ require: () => ({ writeDemoSeed: () => Promise.resolve() }) }));

interface PagePlugin {
  userOptions?: { filename?: string; template?: string; csp?: string };
}
type MakeConfig = (env: object, argv: { mode: string }) => Promise<{ plugins: PagePlugin[] }>;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require(path.join(root, "csp.config.js")) as { contentSecurityPolicy: (o?: { officeJs?: string }) => string };

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

async function builtPages(file: string): Promise<{ filename: string; template: string; csp: string | undefined }[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, file)) as MakeConfig;
  const config = await makeConfig({}, { mode: "production" });
  return config.plugins
    .map((p) => p.userOptions)
    .filter((o): o is { filename: string; template: string; csp?: string } => Boolean(o?.filename && o.template))
    .map((o) => ({ filename: o.filename, template: readFileSync(path.join(root, o.template), "utf8"), csp: o.csp }));
}

describe("the add-in's Content-Security-Policy", () => {
  const policy = directives(contentSecurityPolicy());

  it("lets scripts come only from our own files and Microsoft's office.js CDN: no inline script, no eval", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      if (name !== "style-src") expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("*");
      expect(sources.filter((s) => s.endsWith(":") && s !== "data:")).toEqual([]); // no whole scheme (https:, blob:)
    }
  });

  it("lets the pages talk only to our server, the Microsoft sign-in and Microsoft Graph", () => {
    expect(policy.get("connect-src")).toEqual(["'self'", "https://login.microsoftonline.com", "https://graph.microsoft.com"]);
    expect(policy.get("frame-src")).toEqual(["'self'", "https://login.microsoftonline.com"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });

  it("is written into the taskpane, the ribbon commands and the sign-in page before any script loads", async () => {
    const pages = await builtPages("webpack.config.js");
    expect(pages.map((p) => p.filename).sort()).toEqual(["auth.html", "commands.html", "taskpane.html"]);
    for (const page of pages) {
      expect({ page: page.filename, csp: page.csp }).toEqual({ page: page.filename, csp: contentSecurityPolicy() });
      const meta = page.template.indexOf('<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.csp %>"');
      const firstScript = page.template.indexOf("<script");
      expect({ page: page.filename, meta: meta >= 0, beforeScripts: meta < firstScript }).toEqual({ page: page.filename, meta: true, beforeScripts: true });
    }
  });

  it("has no inline script in the pages: every script tag loads a file and no element has an on… handler", async () => {
    const pages = [...(await builtPages("webpack.config.js")), ...(await builtPages("webpack.demo.config.js"))];
    for (const page of pages) {
      const html = page.template.replace(/<%[\s\S]*?%>/g, "TEMPLATE-VALUE");
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes, body] of scripts) {
        expect({ page: page.filename, src: /\bsrc=/.test(attributes ?? ""), body: body?.trim() }).toEqual({ page: page.filename, src: true, body: "" });
      }
      expect({ page: page.filename, handlers: html.match(/\son[a-z]+\s*=/gi) ?? [] }).toEqual({ page: page.filename, handlers: [] });
    }
  });

  it("is the same policy on the demo's taskpane, with office.js served from the demo's own origin", async () => {
    const pane = (await builtPages("webpack.demo.config.js")).find((p) => p.filename === "pane.html");
    expect(pane?.csp).toBe(contentSecurityPolicy({ officeJs: "'self'" }));
    const demo = directives(pane?.csp ?? "");
    expect(demo.get("script-src")).toEqual(["'self'"]);
    for (const name of policy.keys()) if (name !== "script-src") expect(demo.get(name)).toEqual(policy.get(name));
  });

  it("keeps the help page static: no script may run in it", () => {
    const help = readFileSync(path.join(root, "src/help/help.html"), "utf8");
    expect(help).not.toMatch(/<script/);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(help);
    expect(directives(meta?.[1] ?? "").get("default-src")).toEqual(["'none'"]);
  });
});
