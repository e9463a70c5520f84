// Small reminder plans built by hand, so each test shows only what it is about.
import type { ClientPlan, ReminderPlan } from "../../src/core/reminders/plan-types";
import type { RenderedDraft } from "../../src/core/reminders/drafts";
import { DEFAULT_SCHEDULE } from "../../src/core/reminders/schedule";
import type { ReminderPreview } from "../../src/taskpane/ports";

const step = (id: string) => {
  const found = DEFAULT_SCHEDULE.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

export function client(overrides: Partial<ClientPlan> & { client: string }): ClientPlan {
  return {
    name: overrides.client, language: "fr", step: step("J+10"), actions: ["email"],
    invoices: [{ invoice: "F-101", date: "2025-09-01", due: "2025-10-01", currency: "EUR", amount: 120000, outstanding: 120000, daysOverdue: 13, penalty: 0 }],
    excluded: [], totals: [{ currency: "EUR", amount: 120000, outstanding: 120000, penalties: 0, invoices: 1 }],
    indemnity: 4000, oldestDue: "2025-10-01", oldestDaysOverdue: 13, to: ["compta@client.fr"], cc: [], warnings: [],
    ...overrides,
  };
}

export function skipped(name: string, message: string): ClientPlan {
  return client({
    client: name, name, step: null, actions: [], invoices: [], totals: [],
    skip: { reason: "disputed", message },
  });
}

export function draftFor(c: ClientPlan, html = `<html><body><p>Bonjour ${c.name}</p></body></html>`): RenderedDraft {
  return {
    clientId: c.client, level: c.step?.id ?? "", day: "2025-11-14", to: c.to, cc: c.cc, subject: `Relance ${c.name}`,
    html, text: `Bonjour ${c.name}`, language: c.language, idempotencyKey: `${c.client.toLowerCase()}|j+10|2025-11-14`,
  };
}

export function preview(clients: ClientPlan[], extra: Partial<ReminderPreview> = {}): ReminderPreview {
  const plan: ReminderPlan = { asOf: "2025-11-14", clients, messages: [], issues: [], brokenPromises: [] };
  return {
    plan,
    drafts: clients.filter((c) => c.actions.includes("email")).map((c) => draftFor(c)),
    problems: [],
    alreadyDrafted: [],
    ...extra,
  };
}
