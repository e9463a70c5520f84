// FEC → ledger (design.md §3): lines of accounts 411* are the client side; debits are invoices, credits are
// payments or credit notes; the lettrage code (EcritureLet) links a credit to the invoices it settles.
import { newDateScan, scanDateText } from "../cells/date";
import { cellProblem, cellRef } from "../cells/messages";
import { fromDayNumber, type IsoDay } from "../days/day";
import { cellIssue, columnLetters, rowIssue, sheetIssue, type Issue } from "../issues";
import type { LedgerBuild } from "../ledger/builder";
import type { ClientInfo, Credit, CreditKind, Invoice } from "../ledger/types";
import { fecAmount, fecFields, fecLines, readFecHeader, type FecField } from "./read";

export const FEC_SHEET = "FEC";

export interface FecOptions {
  /** Terms for clients absent from clientTerms (30 days by default). */
  defaultTermsDays?: number;
  /** Payment terms in days by client (CompAuxNum, or CompteNum without auxiliary accounts). */
  clientTerms?: Map<string, number>;
}

const CREDIT_NOTE_HINT = /\bavoirs?\b|\bav\b|\bcredit note\b|\bnote de credit\b/;
const WRITE_OFF_HINT = /\bpertes?\b|\birrecouvrable|\bwrite[ -]?off\b|\bcreances? irrecouvrables?\b/;

function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

function kindOf(journalCode: string, journalLib: string, label: string, piece: string): CreditKind {
  const hints = `${fold(journalLib)} ${fold(label)}`;
  if (WRITE_OFF_HINT.test(hints)) return "write-off";
  if (/^av/i.test(journalCode) || CREDIT_NOTE_HINT.test(hints) || /^av[^a-z]/i.test(piece)) return "credit-note";
  return "payment";
}

/**
 * Reads a FEC export (tab or "|" separated, header line first, dates yyyyMMdd, amounts with a decimal comma).
 * Only lines of accounts 411* count: the client is CompAuxNum (CompteNum when empty) and its name CompAuxLib.
 * A debit is an invoice (number PieceRef, date PieceDate or EcritureDate, due date = date + the client's terms);
 * a credit is a payment, or a credit note when the journal code starts with AV or the labels say "avoir", or a
 * write-off when they say "perte"/"irrécouvrable". A credit with lettrage code L names the same client's invoices
 * with code L, in date order. Issues carry the sheet "FEC", the line number and the field's column letters.
 */
export function fecToLedger(text: string, options: FecOptions = {}): LedgerBuild {
  const lines = fecLines(text);
  let headerLine = 0;
  while (headerLine < lines.length && (lines[headerLine] ?? "").trim().length === 0) headerLine += 1;
  if (headerLine >= lines.length) {
    return { ok: false, fatal: sheetIssue("error", "fec.empty", "Fichier FEC vide. / Empty FEC file.", FEC_SHEET) };
  }
  const header = readFecHeader(lines[headerLine] ?? "");
  const ix = header.index;
  const hasDebitCredit = ix.Debit !== undefined && ix.Credit !== undefined;
  const hasSigned = ix.Montant !== undefined && ix.Sens !== undefined;
  const missing: string[] = [];
  if (ix.CompteNum === undefined) missing.push("CompteNum");
  if (!hasDebitCredit && !hasSigned) missing.push("Debit, Credit");
  if (ix.PieceRef === undefined && ix.EcritureNum === undefined) missing.push("PieceRef");
  if (ix.PieceDate === undefined && ix.EcritureDate === undefined) missing.push("EcritureDate");
  if (missing.length > 0) {
    const list = missing.join(", ");
    return {
      ok: false,
      fatal: rowIssue(
        "error", "fec.header",
        `En-tête FEC incomplet ligne ${headerLine + 1} : colonnes absentes ${list} (attendu : JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit, EcritureLet…). / ` +
        `Incomplete FEC header on line ${headerLine + 1}: missing columns ${list} (expected JournalCode, JournalLib, EcritureNum, EcritureDate, CompteNum, …).`,
        FEC_SHEET, headerLine + 1,
      ),
    };
  }

  const issues: Issue[] = [];
  const invoices: Invoice[] = [];
  const invoiceLettrage: string[] = [];
  const invoiceDay: number[] = [];
  const credits: Credit[] = [];
  const clients = new Map<string, ClientInfo>();
  const numbers = new Map<string, number>();
  const scan = newDateScan();
  const isoCache = new Map<number, IsoDay>();
  const iso = (dn: number): IsoDay => {
    let d = isoCache.get(dn);
    if (d === undefined) {
      d = fromDayNumber(dn);
      isoCache.set(dn, d);
    }
    return d;
  };
  const defaultTerms = options.defaultTermsDays ?? 30;
  let rejectedRows = 0;

  const fieldOf = (fields: string[], f: FecField): string => {
    const i = ix[f];
    return i === undefined ? "" : (fields[i] ?? "");
  };
  const where = (f: FecField, line: number): { at: string; column: number } => {
    const column = ix[f] ?? 0;
    return { at: cellRef(FEC_SHEET, `${columnLetters(column)}${line}`), column };
  };

  for (let l = headerLine + 1; l < lines.length; l += 1) {
    const raw = lines[l] ?? "";
    if (raw.trim().length === 0) continue;
    const line = l + 1;
    const fields = fecFields(raw, header.separator);
    const account = fieldOf(fields, "CompteNum");
    if (!account.startsWith("411")) continue;
    let bad = false;

    // Amount: Debit − Credit, or Montant with Sens D/C.
    let net = 0;
    if (hasDebitCredit) {
      for (const f of ["Debit", "Credit"] as const) {
        const text = fieldOf(fields, f);
        const cents = text.length === 0 ? 0 : fecAmount(text);
        if (cents === null) {
          const { at, column } = where(f, line);
          issues.push(cellIssue("error", "amount.unreadable", cellProblem("amount.unreadable", text, at), FEC_SHEET, line, column));
          bad = true;
        } else net += f === "Debit" ? cents : -cents;
      }
    } else {
      const text = fieldOf(fields, "Montant");
      const cents = fecAmount(text);
      const sens = fieldOf(fields, "Sens").toUpperCase();
      if (cents === null || (sens !== "D" && sens !== "C" && sens !== "+1" && sens !== "-1")) {
        const { at, column } = where(cents === null ? "Montant" : "Sens", line);
        const shown = cents === null ? text : sens;
        issues.push(cellIssue("error", "amount.unreadable", cellProblem("amount.unreadable", shown, at), FEC_SHEET, line, column));
        bad = true;
      } else net = sens === "D" || sens === "+1" ? cents : -cents;
    }

    const dateField: FecField = ix.PieceDate !== undefined && fieldOf(fields, "PieceDate").length > 0 ? "PieceDate" : "EcritureDate";
    const dateText = fieldOf(fields, dateField);
    scanDateText(dateText, scan);
    if (scan.status !== "day") {
      const code = scan.status === "fail" ? scan.code : "date.unreadable";
      const { at, column } = where(dateField, line);
      issues.push(cellIssue("error", code, cellProblem(code, dateText, at), FEC_SHEET, line, column));
      bad = true;
    }
    const dn = scan.dn;
    if (bad) {
      rejectedRows += 1;
      continue;
    }
    if (net === 0) continue;

    const aux = fieldOf(fields, "CompAuxNum");
    const client = aux.length > 0 ? aux : account;
    if (!clients.has(client)) {
      const name = fieldOf(fields, aux.length > 0 ? "CompAuxLib" : "CompteLib");
      const info: ClientInfo = { id: client, name: name.length > 0 ? name : client, emailsTo: [], emailsCc: [], blocked: false };
      const terms = options.clientTerms?.get(client);
      if (terms !== undefined) info.termsDays = terms;
      clients.set(client, info);
    }
    const piece = fieldOf(fields, "PieceRef");
    const reference = piece.length > 0 ? piece : fieldOf(fields, "EcritureNum");
    const lettrage = fieldOf(fields, "EcritureLet");
    const source = { sheet: FEC_SHEET, row: line };

    if (net > 0) {
      let number = reference;
      const seen = numbers.get(reference);
      if (seen !== undefined) {
        numbers.set(reference, seen + 1);
        number = `${reference}-${seen + 1}`;
        const { at, column } = where(ix.PieceRef !== undefined ? "PieceRef" : "EcritureNum", line);
        issues.push(cellIssue(
          "info", "fec.repeated-piece",
          `Pièce « ${reference} » débitée plusieurs fois au compte client en ${at} : lue comme la facture « ${number} ». / ` +
          `Document “${reference}” debited more than once on a client account in ${at}: read as invoice “${number}”.`,
          FEC_SHEET, line, column,
        ));
      } else numbers.set(reference, 1);
      const terms = options.clientTerms?.get(client) ?? defaultTerms;
      invoices.push({ number, client, date: iso(dn), due: iso(dn + terms), dueComputed: true, amount: net, currency: "EUR", source });
      invoiceLettrage.push(lettrage);
      invoiceDay.push(dn);
    } else {
      const kind = kindOf(fieldOf(fields, "JournalCode"), fieldOf(fields, "JournalLib"), fieldOf(fields, "EcritureLib"), piece);
      const credit: Credit = { reference, client, date: iso(dn), amount: -net, currency: "EUR", kind, invoiceRefs: [], source };
      if (lettrage.length > 0) credit.lettrage = lettrage;
      credits.push(credit);
    }
  }

  // Lettrage: a credit names the invoices of its client carrying the same code, oldest first.
  const byCode = new Map<string, number[]>();
  invoiceLettrage.forEach((code, i) => {
    if (code.length === 0) return;
    const key = `${(invoices[i] as Invoice).client}\u0000${code}`;
    const list = byCode.get(key);
    if (list === undefined) byCode.set(key, [i]);
    else list.push(i);
  });
  for (const list of byCode.values()) {
    list.sort((a, b) => (invoiceDay[a] as number) - (invoiceDay[b] as number) || ((invoices[a] as Invoice).number < (invoices[b] as Invoice).number ? -1 : 1));
  }
  for (const credit of credits) {
    if (credit.lettrage === undefined) continue;
    const list = byCode.get(`${credit.client}\u0000${credit.lettrage}`);
    if (list !== undefined) credit.invoiceRefs = list.map((i) => (invoices[i] as Invoice).number);
  }
  const rejectedBySheet: Record<string, number> = { [FEC_SHEET]: rejectedRows };
  return { ok: true, ledger: { invoices, credits, clients, issues, rejectedRows, rejectedBySheet } };
}
