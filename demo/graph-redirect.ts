// The demo's Outlook: calls the taskpane makes to Microsoft Graph go to the Graph-like endpoint the demo
// server answers at /graph/v1.0 on the page's own origin (test/graph-server: drafts kept in memory, nothing
// sent). The add-in's code is unchanged; only this page's fetch is pointed elsewhere.
export const GRAPH_ORIGIN = "https://graph.microsoft.com";
export const DEMO_GRAPH_PATH = "/graph";

export function demoGraphUrl(url: string, origin: string): string {
  return url.startsWith(`${GRAPH_ORIGIN}/`) ? origin + DEMO_GRAPH_PATH + url.slice(GRAPH_ORIGIN.length) : url;
}

export function redirectGraph(win: Window): void {
  const original = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const target = demoGraphUrl(url, win.location.origin);
    if (target === url) return original(input, init);
    return original(typeof input === "string" || input instanceof URL ? target : new Request(target, input), init);
  };
}
