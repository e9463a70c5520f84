// The status window's page: commands.html opened by the dialog API with ?status=<message>. It shows that
// message and the next ones its parent sends (Office.EventType.DialogParentMessageReceived, DialogApi 1.2).
// Every text is set with textContent: sheet names and messages are never read as HTML.
import { decodeStatus, type StatusMessage } from "./status-messages";

const COLOURS = { progress: "#1F4E79", done: "#107C10", error: "#A4262C" } as const;

/** Renders a message into `root` (its previous content replaced). */
export function renderStatus(root: HTMLElement, message: StatusMessage, onClose: () => void): void {
  const doc = root.ownerDocument;
  root.replaceChildren();
  root.setAttribute("role", message.kind === "error" ? "alert" : "status");
  root.style.fontFamily = "Segoe UI, sans-serif";
  root.style.padding = "12px 16px";
  const title = doc.createElement("h1");
  title.textContent = message.title;
  title.style.fontSize = "16px";
  title.style.margin = "0 0 8px";
  title.style.color = COLOURS[message.kind];
  const text = doc.createElement("p");
  text.textContent = message.text;
  text.style.margin = "0 0 8px";
  root.append(title, text);
  for (const line of message.details) {
    const p = doc.createElement("p");
    p.textContent = line;
    p.style.margin = "0 0 6px";
    p.style.color = "#555555";
    root.append(p);
  }
  if (message.kind !== "progress") {
    const button = doc.createElement("button");
    button.type = "button";
    button.textContent = message.close;
    button.addEventListener("click", onClose);
    root.append(button);
  }
}

/** Runs the page: the first message from the URL, the next ones from the parent. */
export function runStatusPage(param: string, root: HTMLElement): void {
  const close = (): void => {
    if (typeof Office !== "undefined" && Office.context?.ui) Office.context.ui.messageParent("close");
  };
  const first = decodeStatus(param);
  if (first) renderStatus(root, first, close);
  void Office.onReady(() => {
    if (!Office.context?.requirements?.isSetSupported("DialogApi", "1.2")) return;
    Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg) => {
      const next = decodeStatus(arg.message);
      if (next) renderStatus(root, next, close);
    });
  });
}
