// The arguments of `encours relances`: --workbook W.xlsx [--as-of D] [--select "Feuille!A5:A20"]… [--out DIR]
// [--json] [--lang fr|en]. Each refusal is one line, French then English.
import { isIsoDay, type IsoDay } from "../core/days/day";
import type { Language } from "../core/reminders";
import { parseSelect, type SelectRef } from "./relances-select";

export interface RelancesArgs {
  workbook: string;
  /** Absent: today (the caller's clock). */
  asOf?: IsoDay;
  /** Areas to remind, in the order given; empty: every client with an open invoice. */
  selections: SelectRef[];
  /** Folder that receives <as-of>/ with the .eml files, plan.json and agenda.txt; absent: nothing is written. */
  out?: string;
  format: "text" | "json";
  language: Language;
}

export type RelancesParse = { ok: true; args: RelancesArgs } | { ok: true; help: true } | { ok: false; message: string };

const HINT = "(encours relances --help)";

function fail(fr: string, en: string): RelancesParse {
  return { ok: false, message: `${fr} ${HINT} / ${en}` };
}

const VALUE_OPTIONS = new Set(["--workbook", "--as-of", "--select", "--out", "--lang"]);
const REPEATABLE = new Set(["--select"]);

export function parseRelancesArgs(argv: readonly string[]): RelancesParse {
  const values = new Map<string, string[]>();
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] ?? "";
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const name = eq > 0 ? token.slice(0, eq) : token;
    if (name === "--help" || name === "-h") return { ok: true, help: true };
    if (name === "--json") {
      if (eq > 0) return fail("L'option --json ne prend pas de valeur", "Option --json takes no value");
      json = true;
      continue;
    }
    if (VALUE_OPTIONS.has(name)) {
      let value: string | undefined;
      if (eq > 0) value = token.slice(eq + 1);
      else {
        value = argv[i + 1];
        if (value !== undefined && value.startsWith("--")) value = undefined;
        else i += 1;
      }
      if (value === undefined || value.trim() === "") return fail(`Valeur manquante après ${name}`, `Missing value after ${name}`);
      const list = values.get(name) ?? [];
      if (list.length > 0 && !REPEATABLE.has(name)) return fail(`Option ${name} donnée deux fois`, `Option ${name} given twice`);
      list.push(value);
      values.set(name, list);
      continue;
    }
    if (token.startsWith("-")) return fail(`Option inconnue : ${token}`, `Unknown option: ${token}`);
    return fail(`Argument inattendu : ${token}`, `Unexpected argument: ${token}`);
  }

  const workbook = values.get("--workbook")?.[0];
  if (workbook === undefined) {
    return fail("Indiquez le classeur : --workbook CLASSEUR.xlsx", "Give the workbook: --workbook WORKBOOK.xlsx");
  }
  const asOf = values.get("--as-of")?.[0];
  if (asOf !== undefined && !isIsoDay(asOf)) {
    return fail(`Date --as-of invalide « ${asOf} » : attendu AAAA-MM-JJ, ex. 2026-10-31`, `Invalid --as-of date "${asOf}": expected YYYY-MM-DD, e.g. 2026-10-31`);
  }
  const lang = values.get("--lang")?.[0] ?? "fr";
  if (lang !== "fr" && lang !== "en") {
    return fail(`Langue --lang invalide « ${lang} » : fr ou en`, `Invalid --lang "${lang}": fr or en`);
  }
  const selections: SelectRef[] = [];
  for (const text of values.get("--select") ?? []) {
    const parsed = parseSelect(text);
    if (!parsed.ok) return fail(parsed.fr, parsed.en);
    selections.push(parsed.ref);
  }
  const args: RelancesArgs = { workbook, selections, format: json ? "json" : "text", language: lang };
  if (asOf !== undefined) args.asOf = asOf;
  const out = values.get("--out")?.[0];
  if (out !== undefined) args.out = out;
  return { ok: true, args };
}
