// The ribbon command on the emulated Excel host: the real refresh use case behind fake Office UI ports.
import { createExcelHarness, type ExcelHarness } from "../excel-host";
import { runRibbonRefresh, SUCCESS_MS, ERROR_MS, type RibbonPorts, type StatusWindow } from "../../src/commands/refresh-command";
import { openStatusDialog, statusUrl, STATUS_PARAM } from "../../src/commands/office-ports";
import { decodeStatus, type StatusMessage } from "../../src/commands/status-messages";
import { refreshDashboard } from "../../src/usecases/refresh";
import { sampleSeeds } from "../usecases/workbooks";

interface Recorder {
  opened: StatusMessage[];
  shown: StatusMessage[];
  waits: number[];
  closedByCommand: number;
  completed: number;
  order: string[];
}

function ports(recorder: Recorder, options: { live?: boolean; window?: boolean; refresh?: RibbonPorts["refresh"]; language?: "fr" | "en" } = {}): RibbonPorts {
  return {
    today: () => "2026-11-14",
    now: () => "2026-11-14T10:32:05",
    language: () => options.language ?? "fr",
    refresh: options.refresh ?? ((deps) => refreshDashboard({ ...deps, sleep: async () => undefined })),
    liveUpdates: () => options.live ?? true,
    openStatus: async (message) => {
      recorder.opened.push(message);
      recorder.order.push("open");
      if (options.window === false) return null;
      const window: StatusWindow = {
        show: (m) => void recorder.shown.push(m),
        closed: new Promise(() => undefined),
        close: () => {
          recorder.closedByCommand++;
          recorder.order.push("close");
        },
      };
      return window;
    },
    wait: async (ms) => void recorder.waits.push(ms),
  };
}

const fresh = (): Recorder => ({ opened: [], shown: [], waits: [], closedByCommand: 0, completed: 0, order: [] });
const event = (r: Recorder) => ({ completed: () => {
  r.completed++;
  r.order.push("completed");
} });

describe("the ribbon button « Actualiser le tableau de bord »", () => {
  let xl: ExcelHarness;
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it("refreshes without the taskpane, shows the progress then the one-line result, shows the dashboard, and completes", async () => {
    xl = createExcelHarness({ sheets: await sampleSeeds() });
    restore = xl.installGlobals();
    const r = fresh();
    const result = await runRibbonRefresh(ports(r), event(r));
    expect(result?.ok).toBe(true);
    expect(r.opened.map((m) => [m.kind, m.text])).toEqual([["progress", "Lecture du classeur…"]]);
    expect(r.shown.some((m) => m.kind === "progress" && m.text.startsWith("Écriture"))).toBe(true);
    const last = r.shown.at(-1);
    expect(last?.kind).toBe("done");
    expect(last?.text).toMatch(/^Tableau de bord actualisé au 31\/10\/2026 : encours/);
    expect(r.waits).toEqual([SUCCESS_MS]);
    expect(r.order).toEqual(["open", "close", "completed"]);
    // The user lands on the dashboard, whose first lines say when it was generated and how many problems there are.
    expect(xl.workbook.activeSheet?.name).toBe("Tableau de bord");
  });

  it("on hosts without live dialog messages, opens the window once, at the end, with the result", async () => {
    xl = createExcelHarness({ sheets: await sampleSeeds() });
    restore = xl.installGlobals();
    const r = fresh();
    await runRibbonRefresh(ports(r, { live: false }), event(r));
    expect(r.opened.map((m) => m.kind)).toEqual(["done"]);
    expect(r.opened[0]?.text).toMatch(/^Tableau de bord actualisé au 31\/10\/2026/);
    expect(r.shown).toEqual([]);
    expect(r.completed).toBe(1);
  });

  it("shows the French message naming the sheets it looked for when there is no invoice sheet, and keeps it until closed", async () => {
    xl = createExcelHarness({ sheets: [{ name: "Feuil1", values: [["x"]] }] });
    restore = xl.installGlobals();
    const r = fresh();
    const result = await runRibbonRefresh(ports(r), event(r));
    expect(result?.ok).toBe(false);
    const last = r.shown.at(-1);
    expect(last?.kind).toBe("error");
    expect(last?.text).toMatch(/^Aucune feuille de factures trouvée\. Encours a cherché : « Factures »/);
    expect(r.waits).toEqual([ERROR_MS]);
    expect(r.completed).toBe(1);
    expect(xl.workbook.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
  });

  it("completes the command even when no window can be opened and the refresh itself throws", async () => {
    const r = fresh();
    const result = await runRibbonRefresh(ports(r, { window: false, refresh: () => Promise.reject(new Error("boom")) }), event(r));
    expect(result).toBeNull();
    expect(r.opened.map((m) => m.kind)).toEqual(["progress", "error"]);
    expect(r.opened[1]?.text).toContain("boom");
    expect(r.order.at(-1)).toBe("completed");
    expect(r.completed).toBe(1);
  });

  it("does not flood the window: one message per visible change", async () => {
    const r = fresh();
    await runRibbonRefresh(ports(r, {
      refresh: async (deps) => {
        for (let i = 0; i < 100; i++) deps.onProgress?.("calcul");
        return { ok: false, message: { fr: "x", en: "x" }, syncs: 0 };
      },
    }), event(r));
    expect(r.shown.filter((m) => m.kind === "progress")).toHaveLength(1);
  });
});

describe("the status window through Office's dialog API", () => {
  type Handler = (arg: unknown) => void;
  const installOffice = (failOpen = false) => {
    const calls: { url: string; options: unknown }[] = [];
    const sent: string[] = [];
    const handlers = new Map<string, Handler>();
    let closed = 0;
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => void handlers.set(type, handler),
      messageChild: (m: string) => void sent.push(m),
      close: () => void closed++,
    };
    const g = globalThis as Record<string, unknown>;
    const saved = g.Office;
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      context: {
        ui: {
          displayDialogAsync: (url: string, options: unknown, callback: (r: unknown) => void) => {
            calls.push({ url, options });
            callback(failOpen ? { status: "failed", error: { code: 12007 } } : { status: "succeeded", value: dialog });
          },
        },
      },
    };
    return { calls, sent, handlers, closedCount: () => closed, restore: () => void (g.Office = saved) };
  };
  const message: StatusMessage = { kind: "progress", title: "Actualisation", text: "Lecture…", details: [], close: "Fermer" };

  it("opens commands.html of the add-in's own origin with the message, and sends the next ones to it", async () => {
    const office = installOffice();
    try {
      const window = await openStatusDialog("https://localhost:3000/commands.html?_host_Info=Excel", message);
      expect(window).not.toBeNull();
      const url = new URL(office.calls[0]?.url ?? "");
      expect(url.origin + url.pathname).toBe("https://localhost:3000/commands.html");
      expect(decodeStatus(url.searchParams.get(STATUS_PARAM) ?? "")).toEqual(message);
      expect(office.calls[0]?.options).toMatchObject({ displayInIframe: true });
      window?.show({ ...message, kind: "done", text: "Fini" });
      expect(decodeStatus(office.sent[0] ?? "")?.text).toBe("Fini");
      // The user closes the window with its ×: nothing more is sent, and the command is told.
      office.handlers.get("dialogEventReceived")?.({ error: 12006 });
      await window?.closed;
      window?.show(message);
      window?.close();
      expect(office.sent).toHaveLength(1);
      expect(office.closedCount()).toBe(0);
    } finally {
      office.restore();
    }
  });

  it("gives no window when Office refuses to open one (another dialog is open)", async () => {
    const office = installOffice(true);
    try {
      expect(await openStatusDialog("https://localhost:3000/commands.html", message)).toBeNull();
    } finally {
      office.restore();
    }
  });

  it("keeps the message out of the URL's other parts", () => {
    const url = statusUrl("https://localhost:3000/commands.html?old=1#frag", { ...message, text: "a&b=c#d" });
    const parsed = new URL(url);
    expect([...parsed.searchParams.keys()]).toEqual([STATUS_PARAM]);
    expect(parsed.hash).toBe("");
    expect(decodeStatus(parsed.searchParams.get(STATUS_PARAM) ?? "")?.text).toBe("a&b=c#d");
  });
});
