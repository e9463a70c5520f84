// Puts Microsoft's Excel API client, loaded in a page with a script tag (office-js's
// dist/excel-web-16.00.debug.js, as published), in front of an emulated host, and gives the page the small
// Office surface an add-in reads: Office.onReady, context.requirements, displayLanguage, contentLanguage,
// officeTheme and context.ui.displayDialogAsync. The library assigns its own window.Office while loading
// (OSF.NamespaceManager); with no Office host around it that object never becomes ready, so it is replaced.
//
// Batches go to `execute` as JSON text (browser-host.ts executeText): the host may live in this window or in
// the parent page, and only strings cross between the two realms.
//
//   <script src="/office-js/excel-web-16.00.debug.js"></script>    (then, before the add-in's own bundle:)
//   connectOfficeJs(window, host.executeText, { isSetSupported: host.isSetSupported, displayLanguage: "fr-FR" });

/** The dialog an add-in opens with Office.context.ui.displayDialogAsync, as the page plays it. */
export interface DialogPlayer {
  /**
   * Opens the page at `url` (or a stand-in for it); calls `message` with what it sends to the add-in
   * (Office.context.ui.messageParent) or `closed` with an Office dialog error code (12006: closed by the user).
   * Returns how to close it.
   */
  open(url: string, answer: { message(text: string): void; closed(code: number): void }): { close(): void };
}

export interface OfficeStubOptions {
  isSetSupported(name: string, version?: string | number): boolean;
  /** Office.context.displayLanguage (default "fr-FR"). */
  displayLanguage?: string;
  /** Office.context.contentLanguage (default: the display language). */
  contentLanguage?: string;
  /** Office.context.officeTheme.bodyBackgroundColor (default white; a dark colour means a dark theme). */
  bodyBackgroundColor?: string;
  /** Office.context.platform (default "OfficeOnline"). */
  platform?: string;
  /** Plays Office dialogs; without one displayDialogAsync fails as when dialogs are blocked (12009). */
  dialog?: DialogPlayer;
  /** Delay before each batch is answered (default 0: the next macrotask, so the page can paint between batches). */
  batchDelayMs?: number;
}

interface OfficeExtensionInWindow {
  SessionBase: { _overrideSession?: unknown };
  EventRegistration: new (register: () => Promise<void>, unregister: () => Promise<void>) => unknown;
  GenericEventRegistration: { _testReadyImpl?: () => Promise<void> };
}

interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

type DialogHandler = (arg: { message: string; origin?: string } | { error: number }) => void;

const HOST_TYPE = { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
const PLATFORM_TYPE = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
const EVENT_TYPE = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
const DIALOG_BLOCKED = 12009;

function succeeded<T>(value: T): AsyncResult<T> {
  return { status: "succeeded", value, error: { code: 0, name: "", message: "" } };
}

function failed(code: number, message: string): AsyncResult<undefined> {
  return { status: "failed", value: undefined, error: { code, name: "Display Dialog Error", message } };
}

/** A "#rrggbb" background darker than mid-grey (Office's dark and black themes). */
function isDark(color: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((hex) => parseInt(hex ?? "ff", 16));
  return 0.299 * (r ?? 255) + 0.587 * (g ?? 255) + 0.114 * (b ?? 255) < 128;
}

/** The Office object the add-in sees. */
export function officeStub(options: OfficeStubOptions, ready: Promise<void> = Promise.resolve()) {
  const platform = options.platform ?? "OfficeOnline";
  const displayLanguage = options.displayLanguage ?? "fr-FR";
  const background = options.bodyBackgroundColor ?? "#ffffff";
  const dark = isDark(background);
  const info = { host: "Excel", platform };

  const displayDialogAsync = (url: string, dialogOptions: unknown, callback?: (result: AsyncResult<unknown>) => void) => {
    const done = typeof dialogOptions === "function" ? (dialogOptions as typeof callback) : callback;
    if (!options.dialog) {
      setTimeout(() => done?.(failed(DIALOG_BLOCKED, "The dialog was blocked.")), 0);
      return;
    }
    const handlers = new Map<string, DialogHandler[]>();
    const fire = (type: string, arg: Parameters<DialogHandler>[0]) => {
      for (const handler of handlers.get(type) ?? []) handler(arg);
    };
    let origin = "";
    try {
      origin = new URL(url).origin;
    } catch {
      // A relative or odd URL: the message carries no origin.
    }
    const opened = options.dialog.open(url, {
      message: (text) => fire(EVENT_TYPE.DialogMessageReceived, { message: text, ...(origin ? { origin } : {}) }),
      closed: (code) => fire(EVENT_TYPE.DialogEventReceived, { error: code }),
    });
    const dialog = {
      addEventHandler(type: string, handler: DialogHandler) {
        handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      },
      close() {
        handlers.clear();
        opened.close();
      },
      messageChild() {
        // The demo's dialogs need nothing from the add-in.
      },
    };
    setTimeout(() => done?.(succeeded(dialog)), 0);
  };

  return {
    context: {
      requirements: { isSetSupported: (name: string, version?: string | number) => options.isSetSupported(name, version) },
      platform,
      host: "Excel",
      displayLanguage,
      contentLanguage: options.contentLanguage ?? displayLanguage,
      diagnostics: { host: "Excel", platform, version: "16.0" },
      officeTheme: {
        bodyBackgroundColor: background,
        bodyForegroundColor: dark ? "#ffffff" : "#000000",
        controlBackgroundColor: background,
        controlForegroundColor: dark ? "#ffffff" : "#000000",
        isDarkTheme: dark,
      },
      ui: { displayDialogAsync, messageParent: () => undefined },
    },
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    EventType: EVENT_TYPE,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(callback?: (value: typeof info) => void): Promise<typeof info> {
      return ready.then(() => {
        callback?.(info);
        return info;
      });
    },
  };
}

/**
 * Wires the office.js that `win` loaded to `execute` and replaces win.Office with the stub. Call it after
 * the library's script ran and before the add-in's code does. `ready` holds Office.onReady back (e.g. while
 * the workbook is being prepared).
 */
export function connectOfficeJs(
  win: Window,
  execute: (requestJson: string) => string,
  options: OfficeStubOptions,
  ready: Promise<void> = Promise.resolve(),
): void {
  const globals = win as unknown as Record<string, unknown>;
  const ns = globals.OfficeExtension as OfficeExtensionInWindow | undefined;
  if (!ns || !globals.Excel) {
    throw new Error("Microsoft's Excel API client (excel-web-16.00.debug.js) is not loaded in this page.");
  }
  const delay = options.batchDelayMs ?? 0;
  // The host raises no events: registrations are accepted by the library's own EventRegistration.
  const eventRegistration = new ns.EventRegistration(() => Promise.resolve(), () => Promise.resolve());
  ns.SessionBase._overrideSession = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve(null),
    _createRequestExecutorOrNull: () => ({
      executeAsync: (_customData: unknown, _flags: number, request: unknown) =>
        new Promise((resolve, reject) => {
          setTimeout(() => {
            try {
              resolve(JSON.parse(execute(JSON.stringify(request))));
            } catch (error) {
              reject(error);
            }
          }, delay);
        }),
    }),
    getEventRegistration: () => eventRegistration,
  };
  // Generic (Excel object) events wait for the rich-API message channel of a real host: say it is ready.
  ns.GenericEventRegistration._testReadyImpl = () => Promise.resolve();
  globals.Office = officeStub(options, ready);
}
