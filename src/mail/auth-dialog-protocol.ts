// The one message the auth dialog page sends to the taskpane (Office.context.ui.messageParent).
// It carries the token in memory from one window to the other; nobody writes it down.
import type { DialogToken } from "./auth";

export type DialogMessage =
  | { status: "success"; accessToken: string; expiresOn: number; username: string; name?: string }
  | { status: "cancelled" }
  | { status: "failure"; code: string };

export type DialogAnswer = { ok: true; token: DialogToken } | { ok: false; cancelled: boolean; code: string };

export function dialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

/** Reads the dialog's message; anything unexpected is a failure, never an exception. */
export function parseDialogMessage(text: string): DialogAnswer {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, cancelled: false, code: "unreadable_message" };
  }
  const m = (data ?? {}) as Partial<Record<string, unknown>>;
  if (m.status === "cancelled") return { ok: false, cancelled: true, code: "user_cancelled" };
  if (m.status === "success" && typeof m.accessToken === "string" && m.accessToken !== "" && typeof m.expiresOn === "number") {
    return {
      ok: true,
      token: {
        accessToken: m.accessToken,
        expiresOn: m.expiresOn,
        account: { username: typeof m.username === "string" ? m.username : "", ...(typeof m.name === "string" ? { name: m.name } : {}) },
      },
    };
  }
  return { ok: false, cancelled: false, code: typeof m.code === "string" ? m.code.slice(0, 80) : "unknown_error" };
}
