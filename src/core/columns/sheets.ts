// Finding the input sheets by name (fr/en synonyms) or by the user's saved choice (design.md §3).
import type { SheetKind } from "./fields";
import { normalizeHeader } from "./normalize";

const SYNONYMS: Readonly<Record<SheetKind, readonly string[]>> = {
  invoices: [
    "Factures", "Invoices", "Factures clients", "Ventes", "Sales", "Sales invoices", "Customer invoices",
    "Journal des ventes", "Créances", "Receivables", "Facturation",
  ],
  payments: [
    "Règlements", "Reglements", "Paiements", "Encaissements", "Payments", "Règlements clients", "Receipts",
    "Payments received", "Cash receipts", "Recettes",
  ],
  clients: ["Clients", "Customers", "Fichier clients", "Liste clients", "Liste des clients", "Customer list", "Tiers"],
};

/**
 * The sheet names findInputSheets recognises as a whole name, per kind (it also accepts them in any case,
 * without accents, singular, or inside a longer name). The Excel layer looks these up before it knows the
 * workbook's sheet list, to size the input sheets in its first round trip.
 */
export const INPUT_SHEET_SYNONYMS: Readonly<Record<SheetKind, readonly string[]>> = SYNONYMS;

/** Words that mark a sheet as something else (supplier side, our own reports). */
const NEVER = ["fournisseur", "supplier", "achat", "purchase", "vendor", "balance", "tableau", "dashboard", "historique", "suivi"];

export interface InputSheets {
  invoices: string | null;
  payments: string | null;
  clients: string | null;
  /** Names looked for, per kind, the saved choice first: shown when a sheet is not found. */
  tried: Record<SheetKind, string[]>;
}

const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];

function tokensOf(name: string): string[] {
  const n = normalizeHeader(name);
  return n.length === 0 ? [] : n.split(" ");
}

function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= tokens.length; i += 1) {
    if (run.every((t, j) => tokens[i + j] === t)) return true;
  }
  return false;
}

/**
 * Which sheet holds invoices, payments and clients. A saved choice that still exists wins; then a sheet whose
 * name is a synonym (case, accents, plural and punctuation ignored: "REGLEMENTS", "Règlement"); then a sheet
 * whose name contains one ("Factures 2024"). Supplier sheets ("Factures fournisseurs") are never picked, and
 * one sheet serves one kind only.
 */
export function findInputSheets(
  sheetNames: string[], saved?: { invoices?: string; payments?: string; clients?: string },
): InputSheets {
  const result: InputSheets = {
    invoices: null, payments: null, clients: null,
    tried: { invoices: [...SYNONYMS.invoices], payments: [...SYNONYMS.payments], clients: [...SYNONYMS.clients] },
  };
  const used = new Set<string>();
  const normalized = sheetNames.map((name) => ({ name, key: normalizeHeader(name), tokens: tokensOf(name) }));
  for (const kind of KINDS) {
    const wanted = saved?.[kind];
    if (wanted === undefined || wanted.trim().length === 0) continue;
    result.tried[kind].unshift(wanted);
    const exact = sheetNames.find((n) => n === wanted);
    const loose = exact ?? normalized.find((s) => s.key === normalizeHeader(wanted))?.name;
    if (loose !== undefined && !used.has(loose)) {
      result[kind] = loose;
      used.add(loose);
    }
  }
  const candidates = normalized.filter((s) => !s.tokens.some((t) => NEVER.includes(t)));
  const synonymTokens = (kind: SheetKind) => SYNONYMS[kind].map(tokensOf);
  // Pass 1: the whole name is a synonym.
  for (const kind of KINDS) {
    if (result[kind] !== null) continue;
    const keys = new Set(synonymTokens(kind).map((t) => t.join(" ")));
    const hit = candidates.find((s) => !used.has(s.name) && keys.has(s.key));
    if (hit !== undefined) {
      result[kind] = hit.name;
      used.add(hit.name);
    }
  }
  // Pass 2: the name contains a synonym; a name that also speaks of another kind goes to the first kind.
  for (const kind of KINDS) {
    if (result[kind] !== null) continue;
    const runs = synonymTokens(kind);
    const others = KINDS.filter((k) => k !== kind && KINDS.indexOf(k) < KINDS.indexOf(kind)).flatMap(synonymTokens);
    const hit = candidates.find(
      (s) => !used.has(s.name) && runs.some((r) => containsRun(s.tokens, r)) && !others.some((r) => containsRun(s.tokens, r)),
    );
    if (hit !== undefined) {
      result[kind] = hit.name;
      used.add(hit.name);
    }
  }
  return result;
}
