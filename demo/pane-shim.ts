// Runs in pane.html between Microsoft's office.js (excel-web-16.00.debug.js, loaded by a script tag) and the
// taskpane's own bundle (src/taskpane/index.tsx, unchanged): points office.js at the workbook of the demo page
// (the parent frame), or at a workbook of its own when the pane is opened alone; gives the taskpane the Office
// object it reads (language, theme, requirement sets, dialogs); sends Graph calls to the demo's endpoint.
import { connectOfficeJs } from "../test/excel-host/browser-office";
import { redirectGraph } from "./graph-redirect";
import { demoDark, demoLanguage, displayLanguageOf } from "./language";
import { demoSignIn } from "./sign-in";
import type { DemoGlobals, HostLink } from "./view";

function parentLink(): HostLink | null {
  try {
    if (window.parent === window) return null;
    return (window.parent as unknown as DemoGlobals).__encoursDemoHost ?? null;
  } catch {
    return null; // another origin: not the demo page
  }
}

const language = demoLanguage(window.location.search);
let link: HostLink | null = parentLink();
const ready: Promise<void> = link
  ? Promise.resolve()
  : import("./standalone").then(({ standaloneHost }) => {
      link = standaloneHost(window, language);
    });

const noHost = (): never => {
  throw new Error("The demo workbook is not ready.");
};

connectOfficeJs(
  window,
  (text) => (link ?? noHost()).executeText(text),
  {
    isSetSupported: (name, version) => link?.isSetSupported(name, version) ?? false,
    displayLanguage: displayLanguageOf(language),
    bodyBackgroundColor: demoDark(window.location.search) ? "#292929" : "#ffffff",
    dialog: demoSignIn(document, language),
    // ?batchDelay=200 answers each batch later, as a remote Excel (on the web) would: the progress shows.
    batchDelayMs: Math.min(Math.max(Number(new URLSearchParams(window.location.search).get("batchDelay")) || 0, 0), 5000),
  },
  ready,
);
redirectGraph(window);
