// The demo's sign-in: Office.context.ui.displayDialogAsync would open Microsoft's sign-in page in a window;
// here a small dialog in the pane says what is simulated and answers the add-in the way our auth page does
// (src/mail/auth-dialog-protocol.ts), with a demo account and a token only the demo's Graph-like endpoint
// accepts. "Annuler" plays the user closing the window (Office error 12006).
import { dialogMessage } from "../src/mail/auth-dialog-protocol";
import type { DialogPlayer } from "../test/excel-host/browser-office";
import type { DemoLanguage } from "./language";

export const DEMO_ACCOUNT = { username: "demo@cabinet-exemple.fr", name: "Compte de démonstration" };
/** Tokens the demo's Graph-like endpoint accepts start with this. */
export const DEMO_TOKEN_PREFIX = "demo-";
const CLOSED_BY_USER = 12006;

const WORDS = {
  fr: {
    title: "Connexion à Outlook (démonstration)",
    body: "Aucun compte Microsoft n'est utilisé : les brouillons iront dans une boîte Outlook simulée par le serveur de démonstration, et rien n'est envoyé.",
    accept: `Se connecter en tant que ${DEMO_ACCOUNT.username}`,
    cancel: "Annuler",
  },
  en: {
    title: "Outlook sign-in (demo)",
    body: "No Microsoft account is used: drafts go to an Outlook mailbox simulated by the demo server, and nothing is sent.",
    accept: `Sign in as ${DEMO_ACCOUNT.username}`,
    cancel: "Cancel",
  },
};

export function demoSignIn(doc: Document, language: DemoLanguage): DialogPlayer {
  const words = WORDS[language];
  return {
    open(_url, answer) {
      const backdrop = doc.createElement("div");
      backdrop.className = "demo-dialog-backdrop";
      backdrop.setAttribute("style", "position:fixed;inset:0;background:rgba(0,0,0,.4);display:flex;align-items:center;justify-content:center;z-index:100000;font-family:'Segoe UI',system-ui,sans-serif");
      const box = doc.createElement("div");
      box.setAttribute("role", "dialog");
      box.setAttribute("aria-modal", "true");
      box.setAttribute("aria-labelledby", "demo-dialog-title");
      box.setAttribute("style", "background:#fff;color:#242424;max-width:300px;padding:16px;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.3);font-size:14px;line-height:1.4");
      const title = doc.createElement("h2");
      title.id = "demo-dialog-title";
      title.textContent = words.title;
      title.setAttribute("style", "font-size:16px;margin:0 0 8px");
      const body = doc.createElement("p");
      body.textContent = words.body;
      body.setAttribute("style", "margin:0 0 12px");
      const accept = doc.createElement("button");
      accept.type = "button";
      accept.textContent = words.accept;
      accept.setAttribute("style", "display:block;width:100%;margin-bottom:8px;padding:6px;background:#0f6cbd;color:#fff;border:0;border-radius:4px;font:inherit;cursor:pointer");
      const cancel = doc.createElement("button");
      cancel.type = "button";
      cancel.textContent = words.cancel;
      cancel.setAttribute("style", "display:block;width:100%;padding:6px;background:#fff;color:#242424;border:1px solid #d1d1d1;border-radius:4px;font:inherit;cursor:pointer");
      box.append(title, body, accept, cancel);
      backdrop.append(box);
      doc.body.append(backdrop);
      accept.focus();
      const close = () => backdrop.remove();
      accept.addEventListener("click", () => {
        const token = `${DEMO_TOKEN_PREFIX}${Math.random().toString(36).slice(2)}`;
        answer.message(dialogMessage({ status: "success", accessToken: token, expiresOn: Date.now() + 3_600_000, ...DEMO_ACCOUNT }));
      });
      cancel.addEventListener("click", () => {
        close();
        answer.closed(CLOSED_BY_USER);
      });
      box.addEventListener("keydown", (event) => {
        if (event.key === "Escape") cancel.click();
      });
      return { close };
    },
  };
}
