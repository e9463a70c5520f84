// Loads Microsoft's Excel API client (OfficeExtension runtime + Excel namespace) exactly as published in
// node_modules/@microsoft/office-js, into a fresh Node vm realm per harness. The file is read and
// compiled once per process; each realm only runs it (a few milliseconds). The library is neither
// modified nor copied: its licence allows using it to develop and test add-ins.
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export const OFFICE_JS_VERSION = "1.1.110";

let compiled: vm.Script | undefined;

export function officeJsDir(): string {
  return path.dirname(require.resolve("@microsoft/office-js/package.json"));
}

function script(): vm.Script {
  if (!compiled) {
    const file = path.join(officeJsDir(), "dist", "excel-web-16.00.debug.js");
    compiled = new vm.Script(fs.readFileSync(file, "utf8"), { filename: file });
  }
  return compiled;
}

export interface OfficeRealm {
  /** The realm's global object (also its `window`). */
  readonly global: Record<string, unknown>;
  readonly Excel: unknown;
  readonly OfficeExtension: unknown;
}

/** A new realm with the minimal browser surface the library touches while loading and running. */
export function loadOfficeRealm(office: unknown): OfficeRealm {
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "Node.js (Encours emulated Excel host)", language: "fr-FR" },
    document: { readyState: "complete", cookie: "" },
    location: { href: "https://localhost/taskpane.html", search: "", hash: "", protocol: "https:" },
    Office: office,
  };
  const context = vm.createContext(sandbox);
  sandbox.window = context;
  sandbox.self = context;
  script().runInContext(context);
  return { global: context, Excel: context.Excel, OfficeExtension: context.OfficeExtension };
}
