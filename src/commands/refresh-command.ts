// The ribbon button "Actualiser le tableau de bord" (manifest.xml: ExecuteFunction refreshDashboard): runs the
// same refresh use case as the taskpane, without it, at the as-of date of the settings, and tells the user how
// it went.
//
// Where it tells: Excel gives function commands no notification area (NotificationMessages exists for Outlook
// only: https://learn.microsoft.com/javascript/api/outlook/office.notificationmessages, Mailbox 1.3). What
// Office documents for an add-in command is the dialog API ("Consider opening a dialog box from a task pane or
// content add-in or add-in command": https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
// So the command opens a small status window: with DialogApi 1.2 (Dialog.messageChild) it opens at once and
// shows the progress, then the one-line result or the error; on older hosts it opens at the end with the
// result. A success closes by itself after a few seconds; an error stays until the user closes it. The
// dashboard sheet is shown when the refresh succeeds: its first lines say when it was generated and how
// many data problems there are.
// event.completed() is always called, last, whatever happens (https://learn.microsoft.com/javascript/api/office/office.addincommands.event#office-office-addincommands-event-completed-member(1)).
import type { IsoDay } from "../core/days/day";
import type { RefreshDeps, RefreshResult } from "../usecases/refresh";
import { progressMessage, resultMessage, unexpectedMessage, type Lang, type StatusMessage } from "./status-messages";

/** The status window, once open. */
export interface StatusWindow {
  show(message: StatusMessage): void;
  /** Resolves when the user closes the window (or it could not be kept open). */
  closed: Promise<void>;
  close(): void;
}

/** Everything the command needs from Office and the clock (a thin adapter in office-ports.ts). */
export interface RibbonPorts {
  today(): IsoDay;
  /** Local date-time, ISO without zone. */
  now(): string;
  language(): Lang;
  refresh(deps: RefreshDeps): Promise<RefreshResult>;
  /** True when a status window can be updated after it opened (DialogApi 1.2). */
  liveUpdates(): boolean;
  /** Opens the status window showing `message`; null when no window can be opened. */
  openStatus(message: StatusMessage): Promise<StatusWindow | null>;
  wait(ms: number): Promise<void>;
}

/** How long a success stays on screen, and the longest an error waits for the user. */
export const SUCCESS_MS = 8_000;
export const ERROR_MS = 120_000;

/** Runs the refresh from the ribbon; resolves when the command is completely done (event.completed called). */
export async function runRibbonRefresh(ports: RibbonPorts, event: { completed(): void }): Promise<RefreshResult | null> {
  let lang: Lang = "fr";
  let window: StatusWindow | null = null;
  let outcome: RefreshResult | null = null;
  try {
    lang = ports.language();
    if (ports.liveUpdates()) window = await ports.openStatus(progressMessage("lecture", lang));
    let last = "";
    const live = window;
    outcome = await ports.refresh({
      today: ports.today(), now: ports.now(), language: lang, showDashboard: true,
      onProgress: (step, done, total) => {
        if (!live) return;
        const message = progressMessage(step, lang, done, total);
        // One message per visible change: a 1,048,575-row read reports hundreds of chunks.
        if (message.text === last) return;
        last = message.text;
        live.show(message);
      },
    });
    const final = resultMessage(outcome, lang);
    if (window) window.show(final);
    else window = await ports.openStatus(final);
    if (window) await Promise.race([window.closed, ports.wait(final.kind === "done" ? SUCCESS_MS : ERROR_MS)]);
  } catch (error) {
    const message = unexpectedMessage(error, lang);
    try {
      if (window) window.show(message);
      else window = await ports.openStatus(message);
      if (window) await Promise.race([window.closed, ports.wait(ERROR_MS)]);
    } catch {
      // Nothing more can be shown.
    }
  } finally {
    try {
      window?.close();
    } finally {
      event.completed();
    }
  }
  return outcome;
}
