// `encours relances`: the --json contract, refusals (exit 2), template problems stopping before any file, the
// run folder never overwriting someone else's .eml, hostile names, --lang en, the help.
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import type { RelancesJson } from "../../src/cli/relances-json";
import { main } from "../../src/cli/main";
import { DEFAULT_TEMPLATES } from "../../src/core/templates";
import { CLIENTS_HEADER, INVOICES_HEADER, filesIn, relances, tempDir, writeWorkbook, type Row } from "./relances-harness";

const AS_OF = "2026-10-31";

const INVOICES: Row[] = [
  INVOICES_HEADER,
  ["F1", "C1", "01/08/2026", "31/08/2026", "1 000,00"],
  ["F2", "C1", "01/09/2026", "30/09/2026", "500,00"],
  ["F3", "C2", "01/08/2026", "15/09/2026", "2 000,00"],
  ["F4", "C3", "01/10/2026", "20/10/2026", "300,00"],
  ["F5", "C4", "01/10/2026", "30/11/2026", "800,00"],
];
const CLIENTS: Row[] = [
  CLIENTS_HEADER,
  ["C1", "Dupont & Fils", "compta@dupont.fr", "M. Dupont", "fr", "non"],
  ["C2", "Martin SA", "factures@martin.fr", "Mme Martin", "en", "non"],
  ["C3", "Bernard SARL", "contact@bernard.fr", "M. Bernard", "fr", "non"],
  ["C4", "Petit SAS", "contact@petit.fr", "Mme Petit", "fr", "non"],
];

async function withWorkbook(
  test: (paths: { workbook: string; dir: string; out: string; run: string }) => Promise<void>,
  sheets: Record<string, Row[]> = { Factures: INVOICES, Clients: CLIENTS },
): Promise<void> {
  const dir = await tempDir();
  try {
    const workbook = await writeWorkbook(dir.path, "classeur.xlsx", sheets);
    const out = join(dir.path, "relances");
    await test({ workbook, dir: dir.path, out, run: join(out, AS_OF) });
  } finally {
    await dir.remove();
  }
}

function expectRefusal(run: { code: number; stdout: string; stderr: string }, ...fragments: string[]): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(" / ");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  for (const f of fragments) expect(run.stderr).toContain(f);
}

describe("encours relances --json", () => {
  it("prints the documented document: format, scope, summary, clients with their level or skip, agenda, drafts, journal rows", async () => {
    await withWorkbook(async ({ workbook, out }) => {
      const run = await relances(["--workbook", workbook, "--as-of", AS_OF, "--json", "--out", out]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as RelancesJson;
      expect(Object.keys(json)).toEqual(["format", "asOf", "source", "language", "scope", "summary", "clients", "messages", "issues", "agenda", "drafts", "journal"]);
      expect(json.format).toBe("encours-relances/1");
      expect(json.asOf).toBe(AS_OF);
      expect(json.scope).toEqual({ kind: "all" });
      expect(json.summary.clients).toBe(json.clients.length);
      expect(json.summary.toRemind + json.summary.skipped).toBe(json.clients.length);
      expect(json.summary.draftsWritten).toBe(json.drafts.files.length);

      // C1: 61 days late → formal notice by e-mail and registered letter; amounts in euros, exact to the cent.
      const c1 = json.clients.find((c) => c.client === "C1");
      expect(c1).toMatchObject({ name: "Dupont & Fils", level: "J+30", channel: "mise-en-demeure", actions: ["email", "letter"], skip: null, to: ["compta@dupont.fr"] });
      expect(c1?.totals).toEqual([expect.objectContaining({ currency: "EUR", amount: 1500, outstanding: 1500, invoices: 2 })]);
      expect(c1?.indemnity).toBe(80);
      expect(c1?.draft).toMatchObject({ status: "written", key: "^c1|^j~2b~30|2026-10-31" });
      expect(typeof c1?.draft?.file).toBe("string");
      // C2 speaks English: its draft is in English.
      const c2 = json.clients.find((c) => c.client === "C2");
      expect(c2?.language).toBe("en");
      // C3: 11 days late → J+10 e-mail. C4: due in a month → nothing yet, with the reason.
      expect(json.clients.find((c) => c.client === "C3")?.level).toBe("J+10");
      const c4 = json.clients.find((c) => c.client === "C4");
      expect(c4?.actions).toEqual([]);
      expect(c4?.skip?.reason).toBe("nothing-overdue");
      // The letter of C1 is on the agenda; each draft has a journal row to record once sent.
      expect(json.agenda.some((a) => a.kind === "letter" && a.client === "C1")).toBe(true);
      expect(json.journal.map((j) => j.client).sort()).toEqual(json.drafts.files.map((f) => f.client).sort());
      expect(json.messages.map((m) => m.code)).toContain("settings.penalty-rate-unconfirmed");
    });
  });
});

describe("encours relances refuses unusable input with exit 2", () => {
  it("names a missing workbook", async () => {
    expectRefusal(await relances(["--workbook", "/nonexistent/classeur.xlsx"]), "Fichier introuvable : /nonexistent/classeur.xlsx");
  });

  it("refuses a workbook without an invoice sheet", async () => {
    await withWorkbook(async ({ workbook }) => {
      expectRefusal(await relances(["--workbook", workbook, "--as-of", AS_OF]), "Aucune feuille de factures");
    }, { Notes: [["Bonjour"]] });
  });

  it.each([
    [[], "--workbook"],
    [["--workbook", "w.xlsx", "--as-of", "31/10/2026"], "AAAA-MM-JJ"],
    [["--workbook", "w.xlsx", "--lang", "de"], "--lang"],
    [["--workbook", "w.xlsx", "--select", "A5:A20"], "indiquez la feuille"],
    [["--workbook", "w.xlsx", "--out"], "--out"],
    [["--workbook", "w.xlsx", "--csv"], "--csv"],
    [["--workbook", "a.xlsx", "--workbook", "b.xlsx"], "deux fois"],
  ])("refuses the command line relances %j", async (argv, fragment) => {
    expectRefusal(await relances(argv), fragment);
  });

  it("stops on a template with an unknown placeholder before any file is written", async () => {
    const broken = DEFAULT_TEMPLATES.map((t) => (t.level === "J+30" && t.language === "fr" ? { ...t, body: `${t.body}\n\nReste : {montant_du}` } : t));
    await withWorkbook(async ({ workbook, out }) => {
      const run = await relances(["--workbook", workbook, "--as-of", AS_OF, "--out", out], { templates: broken });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("aucun fichier n'a été écrit");
      expect(run.stderr).toContain("{montant_du}");
      expect(await filesIn(out)).toEqual([]);
    });
  });
});

describe("encours relances never overwrites someone else's .eml", () => {
  it("replaces its own drafts of the same date, leaves an edited one alone, and removes those no longer planned", async () => {
    await withWorkbook(async ({ workbook, out, run: folder }) => {
      const first = await relances(["--workbook", workbook, "--as-of", AS_OF, "--out", out, "--json"]);
      const firstJson = JSON.parse(first.stdout) as RelancesJson;
      const names = (await filesIn(folder)).filter((n) => n.endsWith(".eml"));
      expect(names).toHaveLength(firstJson.drafts.files.length);
      expect(names.length).toBeGreaterThanOrEqual(3);

      // Same run again: the same files, replaced in place (nothing duplicated).
      const second = JSON.parse((await relances(["--workbook", workbook, "--as-of", AS_OF, "--out", out, "--json"])).stdout) as RelancesJson;
      expect((await filesIn(folder)).filter((n) => n.endsWith(".eml"))).toEqual(names);
      expect(second.drafts.files.every((f) => f.status === "unchanged" || f.status === "replaced")).toBe(true);

      // The user edits one draft and drops an .eml of their own into the folder.
      const edited = firstJson.drafts.files.find((f) => f.client === "C1")?.file ?? "";
      const editedText = `${await readFile(join(folder, edited), "utf8")}\r\nMerci de votre retour.\r\n`;
      await writeFile(join(folder, edited), editedText);
      await writeFile(join(folder, "note.eml"), "Subject: mine\r\n\r\nmine\r\n");

      // Only C1 and C3 selected now: C1's draft goes to a new name, C2's old draft (untouched) is removed.
      const third = await relances(["--workbook", workbook, "--as-of", AS_OF, "--out", out, "--select", "Factures!A2", "--select", "Factures!A5"]);
      expect(third.code).toBe(0);
      expect(await readFile(join(folder, edited), "utf8")).toBe(editedText);
      expect(await readFile(join(folder, "note.eml"), "utf8")).toBe("Subject: mine\r\n\r\nmine\r\n");
      const after = (await filesIn(folder)).filter((n) => n.endsWith(".eml"));
      const c2 = firstJson.drafts.files.find((f) => f.client === "C2")?.file ?? "";
      expect(after).not.toContain(c2);
      expect(after).toContain(edited.replace(/\.eml$/, " (2).eml"));
      expect(third.stdout).toContain(`« ${edited} » existait déjà et n'a pas été touché`);
      expect(third.stdout).toContain("laissés tels quels");
      expect(third.stdout).toContain(`supprimé : ${c2}`);
    });
  });
});

describe("encours relances with hostile names", () => {
  it("keeps names with markup, formulas, quotes, line breaks and emoji out of headers, HTML and file names", async () => {
    const name = "=cmd|' /C calc'!A0 <script>alert(1)</script> \"Dupont\"\nSuite 😀";
    const invoices = [INVOICES_HEADER, ["F<1>", "C9", "01/08/2026", "31/08/2026", "1 000,00"]];
    const clients = [CLIENTS_HEADER, ["C9", name, "compta@dupont.fr", "M. <b>Dupont</b>", "fr", "non"]];
    await withWorkbook(async ({ workbook, out, run: folder }) => {
      const run = await relances(["--workbook", workbook, "--as-of", AS_OF, "--out", out]);
      expect(run.code).toBe(0);
      const [file] = (await filesIn(folder)).filter((n) => n.endsWith(".eml"));
      expect(file).toBeDefined();
      expect(file).toMatch(/^[A-Za-z0-9 ._+'()-]+\.eml$/);
      const raw = await readFile(join(folder, file ?? ""), "utf8");
      const mail = await simpleParser(raw);
      expect(mail.headers.get("x-unsent")).toBe("1");
      expect(mail.subject ?? "").not.toMatch(/[\r\n]/);
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).toContain("&lt;script&gt;");
      expect(mail.html).toContain("F&lt;1&gt;");
      expect(mail.text).toContain("F<1>");
      // The plan prints the client on one line.
      expect(run.stdout).toContain("C9  =cmd|' /C calc'!A0 <script>alert(1)</script> \"Dupont\" Suite 😀");
    }, { Factures: invoices, Clients: clients });
  });
});

describe("encours relances --lang en and the help", () => {
  it("prints the plan in English, with the English half of the engine's reasons", async () => {
    await withWorkbook(async ({ workbook }) => {
      const run = await relances(["--workbook", workbook, "--as-of", AS_OF, "--lang", "en"]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Reminders as of 31 Oct 2026");
      expect(run.stdout).toContain("To remind (3):");
      expect(run.stdout).toContain("Level: D+30: final demand / formal notice (e-mail + registered letter)");
      expect(run.stdout).toContain("Late-payment penalty rate not confirmed");
      expect(run.stdout).not.toContain("Taux des pénalités");
      expect(run.stdout).toMatch(/Summary: 3 customers to remind/);
    });
  });

  it.each([[["relances", "--help"]], [["help", "relances"]]])("documents every option in French then English for %j", async (argv) => {
    const run = { code: -1, stdout: "" };
    run.code = await main(argv, {
      stdout: (t) => void (run.stdout += t), stderr: () => undefined, today: () => AS_OF, readFile: () => Promise.reject(new Error("no read")),
    });
    expect(run.code).toBe(0);
    const fr = run.stdout.indexOf("Usage :");
    const en = run.stdout.indexOf("Usage:");
    expect(fr).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(fr);
    for (const option of ["--workbook", "--as-of", "--select", "--out", "--json", "--lang"]) expect(run.stdout).toContain(option);
  });
});

describe("the encours program", () => {
  it("writes the drafts through bin/encours.js with the real clock and file system", async () => {
    await withWorkbook(async ({ workbook, out, run: folder }) => {
      const root = join(__dirname, "..", "..");
      const result = spawnSync(process.execPath, [join(root, "bin", "encours.js"), "relances", "--workbook", workbook, "--as-of", AS_OF, "--out", out], {
        cwd: root, encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`3 brouillons écrits dans ${folder}`);
      const files = await filesIn(folder);
      expect(files.filter((f) => f.endsWith(".eml"))).toHaveLength(3);
      expect(files).toEqual(expect.arrayContaining(["agenda.txt", "plan.json"]));
    });
  });
});
