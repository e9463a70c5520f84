// Task pane entry point: waits for Office, checks this is an Excel recent enough, then shows Encours in
// Office's language and theme with the ports over the use cases. Anything else gets a clear message.
// The ports (the engine, the Excel layer, MSAL, JSZip) are their own chunk, downloaded while Office starts:
// the initial bundle holds only React, Fluent UI and the screens.
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { appearanceOf, checkHost, MIN_EXCEL_API } from "./boot";
import { HostMessage } from "./host-message";
import { languageOf } from "./i18n";

/** Office.onReady normally answers within a second or two; past this, say so. */
const READY_TIMEOUT_MS = 15_000;

function supportsMinimumExcelApi(): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", MIN_EXCEL_API);
  } catch {
    return false;
  }
}

function boot(): void {
  const element = document.getElementById("root");
  if (!element) return;
  const root = createRoot(element);
  const browserLanguage = languageOf(navigator.language);
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    root.render(<HostMessage kind="no-office" language={browserLanguage} />);
    return;
  }
  const engine = import(/* webpackChunkName: "engine" */ "./ports-office");
  engine.catch(() => undefined);
  let ready = false;
  const timer = window.setTimeout(() => {
    if (!ready) root.render(<HostMessage kind="timeout" language={browserLanguage} />);
  }, READY_TIMEOUT_MS);
  void Office.onReady(async (info) => {
    ready = true;
    window.clearTimeout(timer);
    const { language, dark } = appearanceOf(Office.context);
    const host: string | null = info.host ? String(info.host) : null;
    const check = checkHost({ host }, host === "Excel" && supportsMinimumExcelApi());
    if (check.kind !== "ready") {
      root.render(<HostMessage kind={check.kind} language={language} dark={dark} />);
      return;
    }
    let createOfficePorts: typeof import("./ports-office").createOfficePorts;
    try {
      ({ createOfficePorts } = await engine);
    } catch {
      root.render(<HostMessage kind="load-failed" language={language} dark={dark} />);
      return;
    }
    const ports = createOfficePorts({
      authDialogUrl: new URL("auth.html", window.location.href).toString(),
      contentLanguage: Office.context.contentLanguage,
      displayLanguage: Office.context.displayLanguage,
      online: () => navigator.onLine,
    });
    root.render(<App ports={ports} language={language} dark={dark} />);
  });
}

boot();
