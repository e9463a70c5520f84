// Runs `encours` in-process with files held in memory (or on disk) and captured output.
import { readFile } from "node:fs/promises";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export type Files = Record<string, string | Uint8Array>;

function notFound(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
}

/** `files` are served first; other paths are read from disk. */
export async function runCli(argv: string[], files: Files = {}, today = "2026-04-15"): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    today: () => today,
    readFile: async (path) => {
      const held = files[path];
      if (held !== undefined) return typeof held === "string" ? new TextEncoder().encode(held) : held;
      if (path.startsWith("/mem/")) throw notFound(path);
      return new Uint8Array(await readFile(path));
    },
  });
  return { code, stdout, stderr };
}

/** CSV text from rows (`;` separated, CRLF), as French Excel saves it. */
export function csv(rows: string[][], separator = ";"): string {
  return rows.map((r) => r.join(separator)).join("\r\n") + "\r\n";
}

export const INVOICE_HEADER = ["N° facture", "Client", "Date facture", "Échéance", "Montant TTC"];
export const PAYMENT_HEADER = ["Référence", "Client", "Date règlement", "Montant", "N° facture", "Type"];
