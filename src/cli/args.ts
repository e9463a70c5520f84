// Command-line parsing for `encours`: argv → a typed command, or a one-line message (French / English).
// No parsing library: the grammar is small and every error message must be ours.
import { isIsoDay, type IsoDay } from "../core/days/day";
import { parseRelancesArgs, type RelancesArgs } from "./relances-args";

export type AgeSource =
  | { kind: "files"; invoices: string; payments?: string; clients?: string }
  | { kind: "workbook"; path: string }
  | { kind: "fec"; path: string };

export type OutputFormat = "text" | "json" | "csv";

export interface AgeArgs {
  source: AgeSource;
  /** Absent: the end of the month before today (decided by the caller, which owns the clock). */
  asOf?: IsoDay;
  bucketBounds: number[];
  autoLettrage: boolean;
  basis: "due" | "invoice";
  /** Default payment terms in days when neither the row nor the Clients sheet gives a due date. */
  termsDays?: number;
  format: OutputFormat;
}

export type HelpTopic = "main" | "age" | "relances";

export type Command =
  | { kind: "help"; topic: HelpTopic }
  | { kind: "age"; args: AgeArgs }
  | { kind: "relances"; args: RelancesArgs };

export interface Failure {
  ok: false;
  /** One line, French then English. */
  message: string;
}

export type ParseResult = { ok: true; command: Command } | Failure;

const VALUE_OPTIONS = ["--invoices", "--payments", "--clients", "--workbook", "--fec", "--as-of", "--buckets", "--terms"] as const;
const FLAG_OPTIONS = ["--no-auto-lettrage", "--by-invoice-date", "--json", "--csv", "--help", "-h"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
type FlagOption = (typeof FLAG_OPTIONS)[number];

const HINT = "(encours age --help)";

function fail(fr: string, en: string): Failure {
  return { ok: false, message: `${fr} ${HINT} / ${en}` };
}

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function isFlagOption(name: string): name is FlagOption {
  return (FLAG_OPTIONS as readonly string[]).includes(name);
}

/** "30,60,90" → [30, 60, 90]: positive whole numbers in increasing order. */
export function parseBucketBounds(text: string): number[] | null {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => !/^\d{1,5}$/.test(p))) return null;
  const bounds = parts.map(Number);
  for (let i = 0; i < bounds.length; i++) {
    const b = bounds[i] ?? 0;
    if (b < 1) return null;
    if (i > 0 && b <= (bounds[i - 1] ?? 0)) return null;
  }
  return bounds;
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const [command, ...rest] = argv;
  if (command === undefined) {
    return fail("Commande manquante : encours age … ou encours relances …", "Missing command: encours age … or encours relances …");
  }
  if (command === "--help" || command === "-h" || command === "help") {
    const topic: HelpTopic = rest[0] === "age" || rest[0] === "relances" ? rest[0] : "main";
    return { ok: true, command: { kind: "help", topic } };
  }
  if (command === "relances") {
    const parsed = parseRelancesArgs(rest);
    if (!parsed.ok) return parsed;
    return "help" in parsed ? { ok: true, command: { kind: "help", topic: "relances" } } : { ok: true, command: { kind: "relances", args: parsed.args } };
  }
  if (command !== "age") {
    return fail(`Commande inconnue : ${command}`, `Unknown command: ${command}`);
  }
  return parseAge(rest);
}

function parseAge(argv: readonly string[]): ParseResult {
  const values = new Map<ValueOption, string>();
  const flags = new Set<FlagOption>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? "";
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const name = eq > 0 ? token.slice(0, eq) : token;
    if (isFlagOption(name)) {
      if (eq > 0) return fail(`L'option ${name} ne prend pas de valeur`, `Option ${name} takes no value`);
      if (name === "--help" || name === "-h") return { ok: true, command: { kind: "help", topic: "age" } };
      flags.add(name);
      continue;
    }
    if (isValueOption(name)) {
      let value: string | undefined;
      if (eq > 0) value = token.slice(eq + 1);
      else {
        value = argv[i + 1];
        if (value !== undefined && value.startsWith("--")) value = undefined;
        else i++;
      }
      if (value === undefined || value === "") {
        return fail(`Valeur manquante après ${name}`, `Missing value after ${name}`);
      }
      if (values.has(name)) return fail(`Option ${name} donnée deux fois`, `Option ${name} given twice`);
      values.set(name, value);
      continue;
    }
    if (token.startsWith("-")) return fail(`Option inconnue : ${token}`, `Unknown option: ${token}`);
    return fail(`Argument inattendu : ${token}`, `Unexpected argument: ${token}`);
  }

  const source = parseSource(values);
  if (!source.ok) return source;

  if (flags.has("--json") && flags.has("--csv")) {
    return fail("Choisissez --json ou --csv, pas les deux", "Choose --json or --csv, not both");
  }

  const asOf = values.get("--as-of");
  if (asOf !== undefined && !isIsoDay(asOf)) {
    return fail(
      `Date --as-of invalide « ${asOf} » : attendu AAAA-MM-JJ, ex. 2026-03-31`,
      `Invalid --as-of date "${asOf}": expected YYYY-MM-DD, e.g. 2026-03-31`,
    );
  }

  let bucketBounds = [30, 60, 90];
  const bucketsText = values.get("--buckets");
  if (bucketsText !== undefined) {
    const parsed = parseBucketBounds(bucketsText);
    if (parsed === null) {
      return fail(
        `Tranches --buckets invalides « ${bucketsText} » : nombres de jours croissants séparés par des virgules, ex. 30,60,90`,
        `Invalid --buckets "${bucketsText}": increasing numbers of days separated by commas, e.g. 30,60,90`,
      );
    }
    bucketBounds = parsed;
  }

  let termsDays: number | undefined;
  const termsText = values.get("--terms");
  if (termsText !== undefined) {
    if (!/^\d{1,4}$/.test(termsText) || Number(termsText) > 3650) {
      return fail(
        `Délai --terms invalide « ${termsText} » : nombre de jours entre 0 et 3650, ex. 30`,
        `Invalid --terms "${termsText}": a number of days between 0 and 3650, e.g. 30`,
      );
    }
    termsDays = Number(termsText);
  }

  const args: AgeArgs = {
    source: source.source,
    bucketBounds,
    autoLettrage: !flags.has("--no-auto-lettrage"),
    basis: flags.has("--by-invoice-date") ? "invoice" : "due",
    format: flags.has("--json") ? "json" : flags.has("--csv") ? "csv" : "text",
  };
  if (asOf !== undefined) args.asOf = asOf;
  if (termsDays !== undefined) args.termsDays = termsDays;
  return { ok: true, command: { kind: "age", args } };
}

function parseSource(
  values: Map<ValueOption, string>,
): { ok: true; source: AgeSource } | Failure {
  const invoices = values.get("--invoices");
  const workbook = values.get("--workbook");
  const fec = values.get("--fec");
  const given = [invoices, workbook, fec].filter((v) => v !== undefined).length;
  if (given === 0) {
    return fail(
      "Indiquez les données : --invoices FICHIER, --workbook CLASSEUR.xlsx ou --fec FICHIER",
      "Give the data: --invoices FILE, --workbook WORKBOOK.xlsx or --fec FILE",
    );
  }
  if (given > 1) {
    return fail(
      "Une seule source à la fois : --invoices, --workbook ou --fec",
      "One source at a time: --invoices, --workbook or --fec",
    );
  }
  const payments = values.get("--payments");
  const clients = values.get("--clients");
  if (invoices === undefined && (payments !== undefined || clients !== undefined)) {
    return fail(
      "--payments et --clients vont avec --invoices",
      "--payments and --clients go with --invoices",
    );
  }
  if (invoices !== undefined) {
    const source: AgeSource = { kind: "files", invoices };
    if (payments !== undefined) source.payments = payments;
    if (clients !== undefined) source.clients = clients;
    return { ok: true, source };
  }
  if (workbook !== undefined) return { ok: true, source: { kind: "workbook", path: workbook } };
  return { ok: true, source: { kind: "fec", path: fec ?? "" } };
}
