// The Office side of the ribbon command: the clock, Office's display language, and the status window through
// the dialog API. Kept thin: the behaviour is in refresh-command.ts and status-messages.ts.
import { localDateTime, localDay } from "../core/days/local";
import { refreshDashboard } from "../usecases/refresh";
import type { RibbonPorts, StatusWindow } from "./refresh-command";
import { encodeStatus, languageOfDisplay, type StatusMessage } from "./status-messages";

/** Query parameter that makes commands.html show the status window instead of registering the command. */
export const STATUS_PARAM = "status";

/** The status page's URL: commands.html on the add-in's own origin (the dialog API requires the same domain). */
export function statusUrl(base: string, message: StatusMessage): string {
  const url = new URL(base);
  url.search = "";
  url.hash = "";
  url.searchParams.set(STATUS_PARAM, encodeStatus(message));
  return url.toString();
}

/**
 * Opens the status window (Office.context.ui.displayDialogAsync); in Office on the web as a floating iframe,
 * which opens faster (displayInIframe). null when the dialog cannot be opened (e.g. one is already open).
 */
export function openStatusDialog(base: string, message: StatusMessage): Promise<StatusWindow | null> {
  return new Promise((resolve) => {
    const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
    if (!ui || typeof ui.displayDialogAsync !== "function") {
      resolve(null);
      return;
    }
    ui.displayDialogAsync(statusUrl(base, message), { height: 30, width: 35, displayInIframe: true }, (opened) => {
      if (opened.status === Office.AsyncResultStatus.Failed) {
        resolve(null);
        return;
      }
      const dialog = opened.value;
      let done: () => void = () => undefined;
      const closed = new Promise<void>((r) => {
        done = r;
      });
      let open = true;
      // The page sends "close" from its button; closing the window with its × raises DialogEventReceived.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => done());
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        open = false;
        done();
      });
      resolve({
        show: (next) => {
          if (open && typeof dialog.messageChild === "function") dialog.messageChild(encodeStatus(next));
        },
        closed,
        close: () => {
          if (!open) return;
          open = false;
          dialog.close();
        },
      });
    });
  });
}

/** The real ports, in the function file's page. */
export function officePorts(base: string): RibbonPorts {
  return {
    today: () => localDay(new Date()),
    now: () => localDateTime(new Date()),
    language: () => languageOfDisplay(Office.context?.displayLanguage),
    refresh: (deps) => refreshDashboard(deps),
    liveUpdates: () => Office.context?.requirements?.isSetSupported("DialogApi", "1.2") === true,
    openStatus: (message) => openStatusDialog(base, message),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
