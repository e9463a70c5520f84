// The pane page opened on its own (pane.html, e.g. for screenshots at the taskpane's size): it holds the
// workbook itself. Loaded on demand, so the pane inside the demo page does not carry the sample twice.
import { linkOf, workbookView, type DemoGlobals, type HostLink } from "./view";
import { openDemoWorkbook, pageStorage } from "./workbook";

export function standaloneHost(win: Window, language: string): HostLink {
  const host = openDemoWorkbook(pageStorage(win));
  const globals = win as unknown as DemoGlobals;
  globals.__encoursDemo = { workbook: workbookView(host), language };
  globals.__encoursDemoHost = linkOf(host);
  return globals.__encoursDemoHost;
}
