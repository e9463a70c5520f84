// The readable aged balance, the --csv table, the help, and the real program started from a shell.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { csv, INVOICE_HEADER, PAYMENT_HEADER, runCli } from "./harness";

const FILES = {
  "/mem/factures.csv": csv([
    INVOICE_HEADER,
    ["F1", "Dupont", "15/01/2026", "14/02/2026", "1 200,00"],
    ["F2", "Martin", "01/03/2026", "31/03/2026", "12 345,67"],
    ["F3", "Martin", "01/03/2026", "31/03/2026", "12,3,4"],
    ["F4", "=cmd|' /C calc'!A0", "01/03/2026", "31/03/2026", "10,00"],
  ]),
  "/mem/reglements.csv": csv([
    PAYMENT_HEADER,
    ["P1", "Dupont", "20/02/2026", "200,00", "F1", "Règlement"],
    ["P2", "Leroy", "10/03/2026", "80,00", "", "Règlement"],
  ]),
  "/mem/clients.csv": csv([
    ["Code client", "Raison sociale", "E-mail"],
    ["Dupont", "Dupont & Fils SARL", "compta@dupont.fr"],
  ]),
};
const AGE = ["age", "--invoices", "/mem/factures.csv", "--payments", "/mem/reglements.csv", "--clients", "/mem/clients.csv", "--as-of", "2026-03-31"];

describe("encours age (readable text)", () => {
  it("shows the header, a row per client with French amounts right-aligned, totals and the control line", async () => {
    const run = await runCli(AGE, FILES);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(run.stdout).toContain("Balance âgée au 31/03/2026 — EUR");
    const dupont = lines.find((l) => l.startsWith("Dupont  Dupont & Fils SARL"));
    expect(dupont).toBeDefined();
    expect(dupont?.trimEnd().endsWith("1 000,00")).toBe(true);
    const total = lines.find((l) => l.startsWith("TOTAL"));
    // 1 000,00 + 12 345,67 + 10,00 − 80,00
    expect(total?.trimEnd().endsWith("13 275,67")).toBe(true);
    // Amount columns line up: the totals end at the same column as the header.
    const header = lines.find((l) => l.startsWith("Client"));
    expect(total?.trimEnd().length).toBe(header?.trimEnd().length);
    expect(run.stdout).toContain("Contrôle : factures 13 555,67 − règlements et avoirs 280,00 = 13 275,67 ; balance 13 275,67 ; écart 0,00");
  });

  it("lists unapplied credits, then one line per data problem with its cell, then a summary", async () => {
    const run = await runCli(AGE, FILES);
    expect(run.stdout).toMatch(/Crédits non affectés.*\(1\)/);
    expect(run.stdout).toMatch(/Leroy\s+P2\s+10\/03\/2026\s+-80,00/);
    expect(run.stdout).toMatch(/^ {2}factures\.csv!E4 — .*12,3,4/m);
    expect(run.stdout).toMatch(/Résumé : 4 clients avec encours, 3 factures ouvertes, \d+ problèmes? \(1 erreur/);
    expect(run.stdout).toMatch(/1 ligne écartée/);
  });
});

describe("encours age --csv", () => {
  it("writes the clients × buckets table for French Excel: BOM, semicolons, decimal comma, CRLF", async () => {
    const run = await runCli([...AGE, "--csv"], FILES);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\uFEFF")).toBe(true);
    const rows = run.stdout.slice(1).split("\r\n");
    expect(rows[0]).toBe("Devise;Client;Nom;Non échu;1–30 j;31–60 j;61–90 j;> 90 j;Total;Factures ouvertes");
    expect(rows).toContain("EUR;Dupont;Dupont & Fils SARL;0,00;0,00;1000,00;0,00;0,00;1000,00;1");
    expect(rows).toContain("EUR;TOTAL;;12355,67;-80,00;1000,00;0,00;0,00;13275,67;3");
    // Tells on stderr that problems exist, without mixing them into the table.
    expect(run.stderr).toContain("--csv");
  });

  it("neutralises a client name Excel would run as a formula", async () => {
    const run = await runCli([...AGE, "--csv"], FILES);
    expect(run.stdout).toContain("EUR;'=cmd|' /C calc'!A0;;");
  });
});

describe("encours --help", () => {
  it.each([[["--help"]], [["age", "--help"]], [["help", "age"]], [["age", "-h"]]])("prints help in French then English for %j", async (argv) => {
    const run = await runCli(argv);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const fr = run.stdout.indexOf("Usage :");
    const en = run.stdout.indexOf("Usage:");
    expect(fr).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(fr);
  });

  it("documents every option of age", async () => {
    const run = await runCli(["age", "--help"]);
    for (const option of ["--invoices", "--payments", "--clients", "--workbook", "--fec", "--as-of", "--buckets", "--no-auto-lettrage", "--by-invoice-date", "--terms", "--json", "--csv"]) {
      expect(run.stdout).toContain(option);
    }
  });
});

describe("the encours program", () => {
  const root = join(__dirname, "..", "..");

  it("runs through bin/encours.js and refuses a missing file with exit 2 and one line, no stack trace", () => {
    const result = spawnSync(process.execPath, [join(root, "bin", "encours.js"), "age", "--workbook", "absent.xlsx"], { cwd: root, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("Fichier introuvable : absent.xlsx");
  });

  it("runs with node --import tsx src/cli/main.ts and ages the sample workbook", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", join(root, "src", "cli", "main.ts"), "age", "--workbook", "examples/cabinet-exemple.xlsx", "--as-of", "2026-10-31", "--json"],
      { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { currency: string }[];
    expect(out.map((o) => o.currency)).toEqual(["EUR", "USD"]);
  });
});
