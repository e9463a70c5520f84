// `encours relances` on the sample workbook: the drafts it writes match what the reminder engine plans, and the
// special clients of the sample (blocked, no e-mail, invalid e-mail) are handled the way the plan says.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { ageLedger } from "../../src/core/aging";
import { findInputSheets } from "../../src/core/columns/sheets";
import { buildLedger } from "../../src/core/ledger/build";
import type { Ledger } from "../../src/core/ledger/types";
import { DEFAULT_REMINDER_SETTINGS, DEFAULT_SCHEDULE, planForClients, type ReminderPlan } from "../../src/core/reminders";
import type { RelancesJson } from "../../src/cli/relances-json";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { filesIn, relances, SAMPLE, tempDir, type Run } from "./relances-harness";

// A date where the sample's client without an e-mail and the one with an invalid address are both overdue
// enough for an e-mail step, and the blocked client still owes money.
const AS_OF = "2026-12-15";

interface Engine {
  ledger: Ledger;
  plan: ReminderPlan;
  invalidEmailRows: { sheet: string; row: number }[];
}

async function engine(): Promise<Engine> {
  const book = await readWorkbook(new Uint8Array(await readFile(SAMPLE)));
  const found = findInputSheets(book.sheetNames);
  const sheet = (name: string | null) => book.sheets.find((s) => s.name === name);
  const invoices = sheet(found.invoices);
  if (invoices === undefined) throw new Error("sample without invoices");
  const input: Parameters<typeof buildLedger>[0] = { invoices, info: book.info };
  const payments = sheet(found.payments);
  const clients = sheet(found.clients);
  if (payments !== undefined) input.payments = payments;
  if (clients !== undefined) input.clients = clients;
  const built = buildLedger(input);
  if (!built.ok) throw new Error("sample unreadable");
  const aging = ageLedger(built.ledger, { asOf: AS_OF, bucketBounds: [30, 60, 90], autoLettrage: true, basis: "due" });
  const plan = planForClients(
    { aging: aging.currencies, ledger: built.ledger, journal: [], schedule: DEFAULT_SCHEDULE, asOf: AS_OF, settings: DEFAULT_REMINDER_SETTINGS },
    "all",
  );
  const invalidEmailRows = built.ledger.issues
    .filter((i) => i.code === "email.invalid" && i.row !== null)
    .map((i) => ({ sheet: i.sheet, row: i.row ?? 0 }));
  return { ledger: built.ledger, plan, invalidEmailRows };
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((a) => a.value.map((v) => (v.address ?? "").toLowerCase()));
}

describe("encours relances on the sample workbook", () => {
  let expected: Engine;
  let out: { path: string; remove: () => Promise<void> };
  let run: Run;
  let json: RelancesJson;
  let text: Run;
  let folder: string;
  let emls: { name: string; mail: ParsedMail; raw: string }[];

  beforeAll(async () => {
    expected = await engine();
    out = await tempDir();
    run = await relances(["--workbook", SAMPLE, "--as-of", AS_OF, "--out", out.path, "--json"]);
    json = JSON.parse(run.stdout) as RelancesJson;
    text = await relances(["--workbook", SAMPLE, "--as-of", AS_OF]);
    folder = join(out.path, AS_OF);
    const names = (await filesIn(folder)).filter((n) => n.endsWith(".eml"));
    emls = await Promise.all(names.map(async (name) => {
      const raw = await readFile(join(folder, name), "utf8");
      return { name, raw, mail: await simpleParser(raw) };
    }));
  }, 60_000);

  afterAll(async () => {
    await out.remove();
  });

  it("succeeds and writes one .eml per client the engine e-mails, plus plan.json and agenda.txt", async () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const emailed = expected.plan.clients.filter((c) => c.actions.includes("email"));
    expect(emailed.length).toBeGreaterThan(5);
    expect(emls).toHaveLength(emailed.length);
    expect(await filesIn(folder)).toEqual(expect.arrayContaining(["plan.json", "agenda.txt"]));
    // Each e-mailed client's address receives exactly one draft.
    const recipients = emls.map((e) => addresses(e.mail.to).join(","));
    expect(recipients.sort()).toEqual(emailed.map((c) => c.to.map((a) => a.toLowerCase()).join(",")).sort());
    // plan.json is the --json document (same plan, same files).
    const plan = JSON.parse(await readFile(join(folder, "plan.json"), "utf8")) as RelancesJson;
    expect(plan.clients.map((c) => c.client)).toEqual(json.clients.map((c) => c.client));
    expect(plan.drafts.files.map((f) => f.file).sort()).toEqual(emls.map((e) => e.name).sort());
  });

  it("never gives a client two drafts", () => {
    const clients = json.drafts.files.map((f) => f.client);
    expect(new Set(clients).size).toBe(clients.length);
    const keys = emls.map((e) => e.mail.messageId);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("writes drafts Outlook opens as unsent messages, with every invoice number in both the text and the HTML part", () => {
    const byFile = new Map(json.drafts.files.map((f) => [f.file, f]));
    for (const eml of emls) {
      expect(eml.mail.headers.get("x-unsent")).toBe("1");
      expect(eml.raw).toContain("Content-Type: multipart/alternative");
      const file = byFile.get(eml.name);
      const client = json.clients.find((c) => c.client === file?.client);
      expect(client).toBeDefined();
      expect(eml.mail.subject).toBe(file?.subject);
      expect(client?.invoices.length).toBeGreaterThan(0);
      for (const invoice of client?.invoices ?? []) {
        expect(eml.mail.text).toContain(invoice.invoice);
        expect(eml.mail.html).toContain(invoice.invoice);
      }
      // Dated by the CLI's clock.
      expect(eml.mail.date?.getTime()).toBe(new Date(2026, 10, 16, 10, 30, 0).getTime());
    }
  });

  it("skips the blocked client with its reason and drafts nothing for it", () => {
    const blocked = [...expected.ledger.clients.values()].filter((c) => c.blocked);
    expect(blocked).toHaveLength(1);
    const id = blocked[0]?.id ?? "";
    const entry = json.clients.find((c) => c.client === id);
    expect(entry?.skip?.reason).toBe("blocked");
    expect(entry?.skip?.message).toContain("bloqué");
    expect(entry?.draft).toBeNull();
    expect(json.drafts.files.some((f) => f.client === id)).toBe(false);
    expect(text.stdout).toMatch(new RegExp(`${id} .*compte bloqué`));
  });

  it("sends the client without an e-mail address to the phone or the post instead of drafting", () => {
    const invalidRows = new Set(expected.invalidEmailRows.map((r) => `${r.sheet}!${r.row}`));
    const noEmail = [...expected.ledger.clients.values()].filter(
      (c) => c.emailsTo.length === 0 && c.emailsCc.length === 0 && !invalidRows.has(`${c.source?.sheet ?? ""}!${c.source?.row ?? 0}`),
    );
    expect(noEmail).toHaveLength(1);
    const entry = json.clients.find((c) => c.client === noEmail[0]?.id);
    expect(entry).toBeDefined();
    // At this date its step is an e-mail: skipped for want of an address, or a letter when the step has one.
    if (entry?.skip !== null) expect(entry?.skip?.reason).toBe("no-email");
    else expect(entry.actions).not.toContain("email");
    expect(json.drafts.files.some((f) => f.client === entry?.client)).toBe(false);
  });

  it("warns about the client whose e-mail address is invalid, pointing at the cell", () => {
    expect(expected.invalidEmailRows).toHaveLength(1);
    const row = expected.invalidEmailRows[0];
    const client = [...expected.ledger.clients.values()].find((c) => c.source?.sheet === row?.sheet && c.source?.row === row?.row);
    expect(client).toBeDefined();
    const entry = json.clients.find((c) => c.client === client?.id);
    expect(entry?.warnings.some((w) => w.startsWith("Adresse e-mail invalide") && w.includes(`${row?.sheet ?? ""}!C${row?.row ?? 0}`))).toBe(true);
    expect(json.drafts.files.some((f) => f.client === client?.id)).toBe(false);
    const block = text.stdout.split("\n").findIndex((l) => l.includes(`${client?.id ?? "?"} `));
    expect(text.stdout.split("\n").slice(block, block + 4).join("\n")).toContain("Adresse e-mail invalide");
  });

  it("prints the plan in French with the levels, the skipped clients, the unconfirmed penalty rate and a summary", () => {
    expect(text.code).toBe(0);
    const acting = expected.plan.clients.filter((c) => c.actions.length > 0);
    expect(text.stdout).toContain(`À relancer (${acting.length}) :`);
    for (const c of acting) expect(text.stdout).toContain(`${c.client}  ${c.name}`);
    expect(text.stdout).toContain("Taux des pénalités de retard non confirmé");
    expect(text.stdout).toMatch(/Résumé : \d+ clients à relancer — \d+ e-mails?, \d+ appels?, \d+ courriers? ; \d+ écartés/);
    // Without --out nothing is written, and the plan says how to get the files.
    expect(text.stdout).toContain("ajoutez --out DOSSIER");
  });

  it("puts the calls to make, with their goal, and the letters to send in agenda.txt", async () => {
    const agenda = await readFile(join(folder, "agenda.txt"), "utf8");
    const calls = json.agenda.filter((a) => a.kind === "call");
    const letters = json.agenda.filter((a) => a.kind === "letter");
    expect(calls.length + letters.length).toBeGreaterThan(0);
    if (calls.length > 0) expect(agenda).toContain(`Appels à passer (${calls.length})`);
    if (letters.length > 0) expect(agenda).toContain(`Courriers à envoyer (${letters.length})`);
    const plain = (t: string) => t.replace(/[\u00A0\u202F]/g, " ");
    for (const item of [...calls, ...letters]) {
      expect(agenda).toContain(plain(item.title));
      expect(agenda).toContain(`Objectif : ${plain(item.goal)}`);
    }
    // A call's goal is the reason for the delay, then a promise (date and amount).
    if (calls.length > 0) expect(agenda).toMatch(/Objectif : 1\) .*raison du retard.* 2\) Obtenir/);
  });
});
