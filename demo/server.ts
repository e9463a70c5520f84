// The demo's local server (Node): the built pages, Microsoft's office.js straight from node_modules (served, never
// copied), and a Graph-like endpoint at /graph/v1.0 (test/graph-server: drafts kept in memory, nothing sent)
// that the page's Graph calls are pointed to. Used by `npm run demo -- --serve`, the browser tests and the
// screenshots.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { startFakeGraph, type FakeGraph } from "../test/graph-server/server";
import { DEMO_GRAPH_PATH } from "./graph-redirect";
import { DEMO_TOKEN_PREFIX } from "./sign-in";

export interface DemoServerOptions {
  /** The folder webpack.demo.config.js built. */
  root: string;
  /** Default 3100; 0 for any free port. */
  port?: number;
  /** Default 127.0.0.1 (this machine only). */
  host?: string;
  /** Delay of the Graph-like endpoint's answers (default 0). */
  graphLatencyMs?: number;
}

export interface DemoServer {
  /** e.g. http://127.0.0.1:3100/ */
  url: string;
  /** The Graph-like endpoint: the drafts the demo created. */
  graph: FakeGraph;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export function officeJsDist(): string {
  return join(resolve(require.resolve("@microsoft/office-js/package.json"), ".."), "dist");
}

/** The file under `folder` that a URL path names, or null when it would leave the folder. */
export function fileUnder(folder: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = normalize(join(folder, decoded));
  return file === folder || file.startsWith(folder.endsWith(sep) ? folder : folder + sep) ? file : null;
}

async function sendFile(res: http.ServerResponse, file: string | null): Promise<void> {
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info || !info.isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Introuvable / Not found");
    return;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": info.size,
    "Cache-Control": "no-store",
  });
  createReadStream(file).pipe(res);
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, target: URL): void {
  const headers: http.OutgoingHttpHeaders = {};
  for (const name of ["authorization", "content-type", "content-length", "prefer", "client-request-id"]) {
    const value = req.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const upstream = http.request(target, { method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: { code: "serviceNotAvailable", message: "Demo Graph endpoint unavailable." } }));
  });
  req.pipe(upstream);
}

export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const root = resolve(options.root);
  const office = officeJsDist();
  const graph = await startFakeGraph({
    isValidToken: (token) => token.startsWith(DEMO_TOKEN_PREFIX),
    latencyMs: options.graphLatencyMs ?? 0,
  });
  const graphOrigin = new URL(graph.baseUrl).origin;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    if (path.startsWith(`${DEMO_GRAPH_PATH}/`)) {
      proxy(req, res, new URL(path.slice(DEMO_GRAPH_PATH.length) + url.search, graphOrigin));
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" });
      res.end();
      return;
    }
    if (path.startsWith("/office-js/")) {
      void sendFile(res, fileUnder(office, path.slice("/office-js/".length)));
      return;
    }
    void sendFile(res, fileUnder(root, path === "/" ? "index.html" : path.slice(1)));
  });
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 3100, options.host ?? "127.0.0.1", () => ready());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.address === "127.0.0.1" || address.address === "::1" || address.address === "::" ? "localhost" : address.address;
  return {
    url: `http://${options.host === undefined ? shownHost : options.host}:${address.port}/`,
    graph,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await graph.close();
    },
  };
}
