/**
 * @jest-environment jsdom
 * @jest-environment-options {"resources": "usable"}
 */
// Microsoft's office.debug.js, as published, decides in a browser that it runs inside Excel: it reads the
// host description from the desktop bridge (window.external.GetHostInfo / GetContext), loads the
// host-specific script (excel-win32-16.01.debug.js) and the locale strings next to itself, and resolves
// Office.onReady with { host: Excel }. Everything is served from node_modules through jsdom's resource
// loader (file: URLs): nothing is fetched from the network.
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { officeJsDir } from "./office-client";

interface OfficeGlobal {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  HostType: { Excel: string };
  context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
}

/** The desktop bridge Office exposes to add-ins as window.external (the fields office.js reads). */
function fakeDesktopBridge(requirementSets: Record<string, string>) {
  const context = {
    GetAppType: () => 1, // OSF.AppName.Excel
    GetSolutionRef: () => "encours-tests",
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => "fr-FR",
    GetAppDataLocale: () => "fr-FR",
    GetDocUrl: () => "",
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => "",
    GetCorrelationId: () => "00000000-0000-0000-0000-000000000000",
    GetInstanceId: () => "encours-instance",
    GetTouchEnabled: () => false,
    GetCommerceAllowed: () => false,
    GetSupportedMatrix: () => JSON.stringify(requirementSets),
    GetHostFullVersion: () => "16.0.17928.20000",
    // Document settings (Office.context.document.settings): none stored.
    GetSettings: () => ({ Read: (_keys: string[], _values: unknown[]) => undefined, Write: () => undefined }),
  };
  return {
    // hostType$platform$version$locale$correlationId$isDialog$disableLogging$flags
    GetHostInfo: () => "Excel$Win32$16.01$fr-FR$$$disableLogging$0",
    GetLoggingAllowed: () => false,
    // Event registrations and rich API requests are accepted and left unanswered: onReady needs neither.
    RegisterEvent: () => undefined,
    UnregisterEvent: () => undefined,
    Execute: () => undefined,
    GetContext: () => {
      // A desktop host with add-in telemetry switched off: the telemetry module (loaded with the
      // host script) would otherwise start its own sinks.
      const telemetry = (window as unknown as { OSFAppTelemetry?: { enableTelemetry: boolean } }).OSFAppTelemetry;
      if (telemetry) telemetry.enableTelemetry = false;
      return context;
    },
  };
}

jest.setTimeout(20000);

/** Any attempt to reach the network fails the test. */
function forbidNetwork(): string[] {
  const attempts: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  w.fetch = (url: unknown) => {
    attempts.push(`fetch ${String(url)}`);
    return Promise.reject(new Error("network forbidden in tests"));
  };
  w.XMLHttpRequest = class {
    open(_method: string, url: string) {
      attempts.push(`xhr ${url}`);
      throw new Error("network forbidden in tests");
    }
  };
  Object.defineProperty(window.navigator, "sendBeacon", {
    value: (url: string) => {
      attempts.push(`beacon ${url}`);
      return false;
    },
    configurable: true,
  });
  return attempts;
}

it("resolves the real Office.onReady with the Excel host, loading only files from node_modules", async () => {
  const network = forbidNetwork();
  Object.defineProperty(window, "external", { value: fakeDesktopBridge({ ExcelApi: "1.17" }), configurable: true });
  const officeJs = pathToFileURL(path.join(officeJsDir(), "dist", "office.debug.js")).href;
  const script = document.createElement("script");
  script.src = officeJs;
  const loaded = new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${officeJs}`));
  });
  document.head.appendChild(script);
  await loaded;

  const Office = (window as unknown as { Office: OfficeGlobal }).Office;
  const info = await Office.onReady();
  expect(info.host).toBe(Office.HostType.Excel);
  expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);

  const sources = Array.from(document.querySelectorAll("script"), (s) => s.src);
  expect(sources).toContain(pathToFileURL(path.join(officeJsDir(), "dist", "excel-win32-16.01.debug.js")).href);
  for (const src of sources) expect(src.startsWith("file:")).toBe(true);
  expect(network).toEqual([]);
});
