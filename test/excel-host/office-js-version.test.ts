// The host is built against one exact release of Microsoft's library: a different one must fail loudly.
import * as fs from "node:fs";
import * as path from "node:path";
import { OFFICE_JS_VERSION, officeJsDir } from "./office-client";

it("runs against @microsoft/office-js 1.1.110 exactly, as published", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(officeJsDir(), "package.json"), "utf8")) as { version: string };
  expect(pkg.version).toBe("1.1.110");
  expect(OFFICE_JS_VERSION).toBe(pkg.version);
  expect(fs.existsSync(path.join(officeJsDir(), "dist", "excel-web-16.00.debug.js"))).toBe(true);
});
