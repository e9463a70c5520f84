// Building the ledger from the input sheets, fed chunk by chunk (the Excel layer reads up to 1,048,575 rows in
// chunks and must not hold everything twice). buildLedger (build.ts) is a thin wrapper over it.
import { parseAmount } from "../cells/amount";
import {
  DateOrderVote, newDateScan, NO_DAY, resolveParts, scanDateValue, type DateOrder, type DateScan,
} from "../cells/date";
import { cellProblem, cellRef } from "../cells/messages";
import { cellText, foldText } from "../cells/text";
import { detectColumns, type ColumnDetection } from "../columns/detect";
import type { ColumnOverride, Field, SheetKind } from "../columns/fields";
import { fromDayNumber, type IsoDay } from "../days/day";
import { cellIssue, columnLetters, rowIssue, sheetIssue, type Issue, type Severity } from "../issues";
import { numberToCents } from "../money/number-cents";
import { normalizeCurrency } from "../money/currency";
import type { CellValue, RawSheet, WorkbookInfo } from "../sheet";
import { ledgerMessages as M } from "./messages";
import { resolveClients, type SeenClient } from "./clients";
import type { ClientInfo, Credit, CreditKind, Invoice, Ledger } from "./types";
import { endOfMonth } from "../days/day";
import { creditKindOf, flagOf, keyText, languageOf, splitEmails, splitRefs, termsOf } from "./values";

export type LedgerBuild = { ok: true; ledger: Ledger } | { ok: false; fatal: Issue };

export interface LedgerBuilderOptions {
  info: WorkbookInfo;
  /** Terms applied when neither the sheet nor the Clients sheet gives a due date (default 30 days). */
  defaultTermsDays?: number;
  overrides?: Partial<Record<SheetKind, ColumnOverride>>;
}

export interface LedgerBuilder {
  /**
   * Detects the header row and columns of a sheet from its first chunk (a RawSheet holding the top rows, with
   * its name, firstRow and firstColumn). Does not read data rows: pass every chunk, the first included, to
   * addRows; rows at or above the header row are skipped there. A failure on invoices or payments makes
   * finish() return it as fatal; on clients the sheet is ignored with a warning.
   */
  setHeader(kind: SheetKind, firstChunk: RawSheet): ColumnDetection;
  /** Reads data rows; `rows[0]` is worksheet row `firstRow`; numberFormats, when given, are aligned with rows. */
  addRows(kind: SheetKind, rows: CellValue[][], firstRow: number, numberFormats?: string[][]): void;
  /** Resolves what needs the whole input (dd/mm order, computed due dates, client keys) and returns the ledger. */
  finish(): LedgerBuild;
}

const KINDS: readonly SheetKind[] = ["invoices", "payments", "clients"];

interface AmountRead {
  cents: number;
  ok: boolean;
  code: string;
  currency: string | undefined;
}

interface SheetState {
  kind: SheetKind;
  name: string;
  firstColumn: number;
  headerRow: number;
  /** Field → column index in the row arrays, -1 when absent. */
  col: (field: Field) => number;
  cols: Partial<Record<Field, number>>;
  dataRows: number;
  /** Sum of every readable amount so far, to recognise an unlabelled totals row. */
  runningSum: number;
  rejected: number;
}

/** A numeric text date whose reading waits for the column's dd/mm decision. */
interface PendingDate {
  credit: boolean;
  index: number;
  due: boolean;
  a: number;
  b: number;
  y: number;
  kind: SheetKind;
  row: number;
  /** 0-based index into the row arrays. */
  column: number;
  value: CellValue | undefined;
  vote: string;
}

const TOTAL_LABEL = /^(?:sous[ -]?totaux|sous[ -]?total|sub[ -]?totals?|grand[ -]total|totaux|totals?|montant total|total general)(?:$|[^a-z0-9])/;

function isTotalLabel(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0) | 32;
  if (c !== 116 && c !== 115 && c !== 103 && c !== 109) return false; // t, s, g, m
  return TOTAL_LABEL.test(foldText(text));
}

function blankCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === "" || (typeof v === "string" && v.trim().length === 0);
}

function shown(v: CellValue | undefined): string {
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : cellText(v ?? null);
}

/** Creates a builder fed chunk by chunk; see LedgerBuilder. */
export function createLedgerBuilder(options: LedgerBuilderOptions): LedgerBuilder {
  return new Assembler(options);
}

class Assembler implements LedgerBuilder {
  private readonly date1904: boolean;
  private readonly locale: "fr" | "en";
  private readonly defaultTerms: number;
  private readonly overrides: Partial<Record<SheetKind, ColumnOverride>>;
  private readonly sheets: Partial<Record<SheetKind, SheetState>> = {};
  private fatal: Issue | null = null;
  private readonly issues: Record<SheetKind, Issue[]> = { invoices: [], payments: [], clients: [] };

  private readonly invoices: Invoice[] = [];
  /** Day numbers of invoice dates and due dates (NaN: pending or, for due, not given). */
  private readonly invDate: number[] = [];
  private readonly invDue: number[] = [];
  private readonly credits: Credit[] = [];
  private readonly credDate: number[] = [];
  /** Credits from the payments sheet without a client, to be found from the invoices they name. */
  private readonly noClient: number[] = [];
  private readonly pending: PendingDate[] = [];
  private readonly votes = new Map<string, DateOrderVote>();
  private readonly firstRowOf = new Map<string, number>();
  private readonly seen = new Map<string, SeenClient>();
  private readonly payerNames = new Map<string, string>();
  private readonly sheetClients: ClientInfo[] = [];
  private readonly sheetClientRow = new Map<string, number>();
  private readonly clientTermsEom: Array<[string, number]> = [];

  private readonly scan: DateScan = newDateScan();
  /** The last amount read (reused for every row: no allocation in the row loops). */
  private readonly amount: AmountRead = { cents: 0, ok: false, code: "", currency: undefined };
  private readonly isoCache = new Map<number, IsoDay>();
  private readonly currencyCache = new Map<string, string | null>();
  private readonly kindCache = new Map<string, CreditKind | null>();
  private readonly emailCache = new Map<string, { valid: string[]; invalid: string[] }>();
  private finished = false;
  private result: LedgerBuild | null = null;

  constructor(options: LedgerBuilderOptions) {
    this.date1904 = options.info.date1904;
    this.locale = options.info.locale;
    this.defaultTerms = options.defaultTermsDays ?? 30;
    this.overrides = options.overrides ?? {};
  }

  setHeader(kind: SheetKind, firstChunk: RawSheet): ColumnDetection {
    const detection = detectColumns(firstChunk, kind, this.overrides[kind]);
    if (!detection.ok) {
      if (kind === "clients") {
        const i = detection.issue;
        this.issues.clients.push({ ...i, severity: "warning", message: M.clientsSheetIgnored(i.message) });
      } else if (this.fatal === null) this.fatal = detection.issue;
      return detection;
    }
    this.issues[kind].push(...detection.warnings);
    const cols = detection.columns;
    this.sheets[kind] = {
      kind,
      name: firstChunk.name,
      firstColumn: firstChunk.firstColumn ?? 0,
      headerRow: detection.headerRow,
      cols,
      col: (field) => cols[field] ?? -1,
      dataRows: 0,
      runningSum: 0,
      rejected: 0,
    };
    return detection;
  }

  addRows(kind: SheetKind, rows: CellValue[][], firstRow: number, numberFormats?: string[][]): void {
    if (this.finished) throw new Error("LedgerBuilder: addRows after finish");
    const s = this.sheets[kind];
    if (s === undefined) return; // header missing: already reported by setHeader
    if (kind === "invoices") this.invoiceRows(s, rows, firstRow, numberFormats);
    else if (kind === "payments") this.paymentRows(s, rows, firstRow, numberFormats);
    else this.clientRows(s, rows, firstRow, numberFormats);
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  /** An amount cell: a number (in cents) or a text in any of the forms parseAmount knows; `code` says why not. */
  private readAmount(value: CellValue | undefined): AmountRead {
    const a = this.amount;
    a.cents = 0;
    a.ok = false;
    a.code = "";
    a.currency = undefined;
    if (typeof value === "number") {
      const c = numberToCents(value);
      if (c !== null) {
        a.cents = c === 0 ? 0 : c; // never -0
        a.ok = true;
      } else a.code = "amount.out-of-range";
      return a;
    }
    const p = parseAmount(value);
    if (p.ok) {
      a.cents = p.cents;
      a.ok = true;
      a.currency = p.currency;
    } else a.code = p.code;
    return a;
  }

  private iso(dn: number): IsoDay {
    let d = this.isoCache.get(dn);
    if (d === undefined) {
      d = fromDayNumber(dn);
      this.isoCache.set(dn, d);
    }
    return d;
  }

  private at(s: SheetState, column: number, row: number): string {
    return cellRef(s.name, `${columnLetters(s.firstColumn + column)}${row}`);
  }

  private cell(s: SheetState, severity: Severity, code: string, message: string, row: number, column: number): void {
    this.issues[s.kind].push(cellIssue(severity, code, message, s.name, row, s.firstColumn + column));
  }

  private unreadable(s: SheetState, code: string, value: CellValue | undefined, row: number, column: number): void {
    this.cell(s, "error", code, cellProblem(code, shown(value), this.at(s, column, row)), row, column);
  }

  private vote(key: string): DateOrderVote {
    let v = this.votes.get(key);
    if (v === undefined) {
      v = new DateOrderVote();
      this.votes.set(key, v);
    }
    return v;
  }

  /**
   * Reads a date cell into the shared scan. Returns the day number, NaN when the reading waits for the column's
   * order (the parts stay in this.scan), or NO_DAY after reporting an error.
   */
  private readDate(s: SheetState, value: CellValue | undefined, row: number, column: number, voteKey: string): number {
    const scan = this.scan;
    scanDateValue(value, this.date1904, scan);
    if (scan.status === "day") return scan.dn;
    if (scan.status === "parts") {
      if (scan.a === scan.b) {
        const dn = resolveParts(scan.a, scan.b, scan.y, "dmy");
        if (dn !== NO_DAY) return dn;
        this.unreadable(s, "date.impossible", value, row, column);
        return NO_DAY;
      }
      const vote = this.vote(voteKey);
      vote.add(scan.a, scan.b);
      // Once a column shows the locale's own order, no later cell can change the decision (a contradiction
      // falls back to the locale): read the date now instead of waiting for the end.
      const sure = this.locale === "fr" ? (vote.firstOver12 ? "dmy" : null) : vote.secondOver12 ? "mdy" : null;
      if (sure === null) return Number.NaN;
      const dn = resolveParts(scan.a, scan.b, scan.y, sure);
      if (dn !== NO_DAY) return dn;
      const message = cellProblem("date.impossible", shown(value), this.at(s, column, row), M.dateOrderHint(sure));
      this.cell(s, "error", "date.impossible", message, row, column);
      return NO_DAY;
    }
    this.unreadable(s, scan.code, value, row, column);
    return NO_DAY;
  }

  private defer(credit: boolean, index: number, due: boolean, s: SheetState, row: number, column: number, value: CellValue | undefined, a: number, b: number, y: number, vote: string): void {
    this.pending.push({ credit, index, due, a, b, y, kind: s.kind, row, column, value, vote });
  }

  private currency(s: SheetState, value: CellValue | undefined, row: number, column: number): string {
    const text = cellText(value ?? null);
    let code = this.currencyCache.get(text);
    if (code === undefined) {
      code = normalizeCurrency(text);
      this.currencyCache.set(text, code);
    }
    if (code !== null) return code;
    this.cell(s, "warning", "currency.unknown", M.currencyUnknown(text, this.at(s, column, row)), row, column);
    return text.toUpperCase();
  }

  private emails(s: SheetState, text: string, row: number, column: number): string[] {
    let split = this.emailCache.get(text);
    if (split === undefined) {
      split = splitEmails(text);
      this.emailCache.set(text, split);
    }
    for (const bad of split.invalid) this.cell(s, "warning", "email.invalid", M.emailInvalid(bad, this.at(s, column, row)), row, column);
    return split.valid;
  }

  /** A totals row: no number (or the number cell is a "Total" label), no date, and a "Total" label or the column sum. */
  private totalsLabel(row: CellValue[], key: string, keyBlank: boolean, dateBlank: boolean, amountOk: boolean, cents: number, s: SheetState): string | null {
    if (!dateBlank) return null;
    if (!keyBlank) return isTotalLabel(key) ? key : null;
    for (const v of row) if (typeof v === "string" && isTotalLabel(cellText(v))) return cellText(v);
    if (amountOk && cents !== 0 && cents === s.runningSum) return "";
    return null;
  }

  // ---- invoices ------------------------------------------------------------------------------------------

  private invoiceRows(s: SheetState, rows: CellValue[][], firstRow: number, formats?: string[][]): void {
    const cNum = s.col("number");
    const cCli = s.col("client");
    const cName = s.col("name");
    const cDate = s.col("date");
    const cDue = s.col("due");
    const cAmt = s.col("amount");
    const cCur = s.col("currency");
    const cMail = s.col("email");
    const cCon = s.col("contact");
    const sheet = s.name;
    for (let r = 0; r < rows.length; r += 1) {
      const rowNo = firstRow + r;
      const row = rows[r];
      if (rowNo <= s.headerRow || row === undefined) continue;
      const vNum = row[cNum];
      const vCli = row[cCli];
      const vDate = row[cDate];
      const vAmt = row[cAmt];
      const vDue = cDue >= 0 ? row[cDue] : undefined;
      const vName = cName >= 0 && cName !== cCli ? row[cName] : undefined;
      const vCur = cCur >= 0 ? row[cCur] : undefined;
      const vMail = cMail >= 0 ? row[cMail] : undefined;
      const vCon = cCon >= 0 ? row[cCon] : undefined;
      const numBlank = blankCell(vNum);
      const dateBlank = blankCell(vDate);
      if (
        numBlank && dateBlank && blankCell(vCli) && blankCell(vAmt) && blankCell(vDue) && blankCell(vName) &&
        blankCell(vCur) && blankCell(vMail) && blankCell(vCon)
      ) continue;
      s.dataRows += 1;
      const fmt = formats?.[r];
      const number = numBlank ? "" : keyText(vNum, typeof vNum === "number" ? fmt?.[cNum] : undefined);

      const { cents, ok: amountOk, code: amountCode, currency: amountCurrency } = this.readAmount(vAmt);

      if (numBlank || dateBlank) {
        const label = this.totalsLabel(row, number, numBlank, dateBlank, amountOk, cents, s);
        if (label !== null) {
          this.issues.invoices.push(rowIssue("info", "row.totals-skipped", M.totalsSkipped(sheet, rowNo, label), sheet, rowNo));
          s.dataRows -= 1;
          continue;
        }
      }
      if (amountOk) s.runningSum += cents;

      let bad = false;
      if (numBlank) {
        this.cell(s, "error", "invoice.number-missing", M.numberMissing(this.at(s, cNum, rowNo)), rowNo, cNum);
        bad = true;
      }
      const client = keyText(vCli, typeof vCli === "number" ? fmt?.[cCli] : undefined);
      if (client.length === 0) {
        this.cell(s, "error", "invoice.client-missing", M.clientMissing(this.at(s, cCli, rowNo)), rowNo, cCli);
        bad = true;
      }
      const dateDn = this.readDate(s, vDate, rowNo, cDate, "invoices.date");
      if (dateDn === NO_DAY) bad = true;
      const dA = this.scan.a;
      const dB = this.scan.b;
      const dY = this.scan.y;
      let dueDn = Number.NaN;
      let duePending = false;
      if (cDue >= 0 && !blankCell(vDue)) {
        dueDn = this.readDate(s, vDue, rowNo, cDue, "invoices.due");
        if (dueDn === NO_DAY) bad = true;
        duePending = Number.isNaN(dueDn);
      }
      if (!amountOk) {
        this.unreadable(s, amountCode, vAmt, rowNo, cAmt);
        bad = true;
      }
      if (!numBlank) {
        const key = number;
        const first = this.firstRowOf.get(key);
        if (first !== undefined) {
          this.cell(
            s, "error", "invoice.duplicate",
            M.duplicate(number, this.at(s, cNum, first), this.at(s, cNum, rowNo), rowNo), rowNo, cNum,
          );
          bad = true;
        } else this.firstRowOf.set(key, rowNo);
      }
      if (bad) {
        s.rejected += 1;
        continue;
      }
      if (cents === 0) {
        this.cell(s, "warning", "invoice.zero-amount", M.zeroInvoice(number, this.at(s, cAmt, rowNo)), rowNo, cAmt);
        continue;
      }
      const currency = vCur !== undefined && !blankCell(vCur) ? this.currency(s, vCur, rowNo, cCur) : (amountCurrency ?? "EUR");
      const datePending = Number.isNaN(dateDn);
      const source = { sheet, row: rowNo };

      let seen = this.seen.get(client);
      if (seen === undefined) {
        seen = { name: "", emails: [], contact: "" };
        this.seen.set(client, seen);
      }
      if (vName !== undefined && seen.name === "" && !blankCell(vName)) seen.name = cellText(vName);

      if (cents < 0) {
        this.cell(s, "info", "invoice.negative-as-credit-note", M.negativeInvoice(number, this.at(s, cAmt, rowNo)), rowNo, cAmt);
        const credit: Credit = {
          reference: number, client, date: datePending ? "" : this.iso(dateDn), amount: -cents, currency,
          kind: "credit-note", invoiceRefs: [], source,
        };
        const index = this.credits.push(credit) - 1;
        this.credDate.push(dateDn);
        if (datePending) this.defer(true, index, false, s, rowNo, cDate, vDate, dA, dB, dY, "invoices.date");
        continue;
      }

      const invoice: Invoice = {
        number, client, date: datePending ? "" : this.iso(dateDn), due: "", dueComputed: false, amount: cents, currency, source,
      };
      if (vMail !== undefined && !blankCell(vMail)) {
        const text = cellText(vMail);
        invoice.email = text;
        const valid = this.emails(s, text, rowNo, cMail);
        for (const e of valid) if (!seen.emails.includes(e)) seen.emails.push(e);
      }
      if (vCon !== undefined && !blankCell(vCon)) {
        invoice.contact = cellText(vCon);
        if (seen.contact === "") seen.contact = invoice.contact;
      }
      const index = this.invoices.push(invoice) - 1;
      this.invDate.push(dateDn);
      this.invDue.push(dueDn);
      if (datePending) this.defer(false, index, false, s, rowNo, cDate, vDate, dA, dB, dY, "invoices.date");
      if (duePending) this.defer(false, index, true, s, rowNo, cDue, vDue, this.scan.a, this.scan.b, this.scan.y, "invoices.due");
      else if (!Number.isNaN(dueDn)) invoice.due = this.iso(dueDn);
    }
  }

  // ---- payments ------------------------------------------------------------------------------------------

  private paymentRows(s: SheetState, rows: CellValue[][], firstRow: number, formats?: string[][]): void {
    const cRef = s.col("reference");
    const cCli = s.col("client");
    const cName = s.col("name");
    const cDate = s.col("date");
    const cAmt = s.col("amount");
    const cRefs = s.col("invoiceRefs");
    const cType = s.col("type");
    const cCur = s.col("currency");
    const sheet = s.name;
    for (let r = 0; r < rows.length; r += 1) {
      const rowNo = firstRow + r;
      const row = rows[r];
      if (rowNo <= s.headerRow || row === undefined) continue;
      const vRef = cRef >= 0 ? row[cRef] : undefined;
      const vCli = cCli >= 0 ? row[cCli] : undefined;
      const vName = cName >= 0 && cName !== cCli ? row[cName] : undefined;
      const vDate = row[cDate];
      const vAmt = row[cAmt];
      const vRefs = cRefs >= 0 ? row[cRefs] : undefined;
      const vType = cType >= 0 ? row[cType] : undefined;
      const vCur = cCur >= 0 ? row[cCur] : undefined;
      const cliBlank = blankCell(vCli);
      const refsBlank = blankCell(vRefs);
      const refBlank = blankCell(vRef);
      const dateBlank = blankCell(vDate);
      if (
        cliBlank && refsBlank && refBlank && dateBlank && blankCell(vAmt) && blankCell(vName) && blankCell(vType) && blankCell(vCur)
      ) continue;
      s.dataRows += 1;
      const fmt = formats?.[r];

      const amount = this.readAmount(vAmt);
      let cents = amount.cents;
      const { ok: amountOk, code: amountCode, currency: amountCurrency } = amount;
      const reference = refBlank ? "" : keyText(vRef, typeof vRef === "number" ? fmt?.[cRef] : undefined);
      if (cliBlank && refsBlank && dateBlank) {
        const label = this.totalsLabel(row, reference, refBlank, true, amountOk, cents, s);
        if (label !== null) {
          this.issues.payments.push(rowIssue("info", "row.totals-skipped", M.totalsSkipped(sheet, rowNo, label), sheet, rowNo));
          s.dataRows -= 1;
          continue;
        }
      }
      if (amountOk) s.runningSum += cents;

      let bad = false;
      const client = cliBlank ? "" : keyText(vCli, typeof vCli === "number" ? fmt?.[cCli] : undefined);
      const refs = refsBlank ? [] : splitRefs(vRefs, typeof vRefs === "number" ? fmt?.[cRefs] : undefined);
      if (client.length === 0 && refs.length === 0) {
        const column = cCli >= 0 ? cCli : cRefs;
        this.cell(s, "error", "payment.client-missing", M.paymentClientMissing(this.at(s, column, rowNo)), rowNo, column);
        bad = true;
      }
      const dateDn = this.readDate(s, vDate, rowNo, cDate, "payments.date");
      if (dateDn === NO_DAY) bad = true;
      if (!amountOk) {
        this.unreadable(s, amountCode, vAmt, rowNo, cAmt);
        bad = true;
      }
      if (bad) {
        s.rejected += 1;
        continue;
      }
      let kind: CreditKind = "payment";
      if (vType !== undefined && !blankCell(vType)) {
        const text = cellText(vType);
        let k = this.kindCache.get(text);
        if (k === undefined) {
          k = creditKindOf(text);
          this.kindCache.set(text, k);
        }
        if (k === null) {
          this.cell(s, "warning", "payment.type-unknown", M.typeUnknown(text, this.at(s, cType, rowNo)), rowNo, cType);
        } else kind = k;
      }
      if (cents === 0) {
        this.cell(s, "warning", "payment.zero-amount", M.zeroPayment(this.at(s, cAmt, rowNo)), rowNo, cAmt);
        continue;
      }
      if (cents < 0) {
        if (kind === "payment") {
          this.cell(s, "warning", "payment.negative-amount", M.negativePayment(shown(vAmt), this.at(s, cAmt, rowNo)), rowNo, cAmt);
          continue;
        }
        this.cell(s, "info", "payment.sign-ignored", M.signIgnored(shown(vAmt), this.at(s, cAmt, rowNo)), rowNo, cAmt);
        cents = -cents;
      }
      const currency = vCur !== undefined && !blankCell(vCur) ? this.currency(s, vCur, rowNo, cCur) : (amountCurrency ?? "EUR");
      const datePending = Number.isNaN(dateDn);
      const credit: Credit = {
        reference, client, date: datePending ? "" : this.iso(dateDn), amount: cents, currency, kind, invoiceRefs: refs,
        source: { sheet, row: rowNo },
      };
      const index = this.credits.push(credit) - 1;
      this.credDate.push(dateDn);
      if (datePending) this.defer(true, index, false, s, rowNo, cDate, vDate, this.scan.a, this.scan.b, this.scan.y, "payments.date");
      if (client.length === 0) this.noClient.push(index);
      else if (vName !== undefined && !blankCell(vName) && !this.payerNames.has(client)) this.payerNames.set(client, cellText(vName));
    }
  }

  // ---- clients -------------------------------------------------------------------------------------------

  private clientRows(s: SheetState, rows: CellValue[][], firstRow: number, numberFormats?: string[][]): void {
    const c = s.cols;
    const cCli = s.col("client");
    for (let r = 0; r < rows.length; r += 1) {
      const rowNo = firstRow + r;
      const row = rows[r];
      if (rowNo <= s.headerRow || row === undefined) continue;
      const get = (field: Field): CellValue | undefined => {
        const i = c[field];
        return i === undefined ? undefined : row[i];
      };
      const fields = Object.values(c);
      if (fields.every((i) => blankCell(row[i]))) continue;
      s.dataRows += 1;
      // A code shown 000123 by its number format is "000123", as on the invoices and payments.
      const vCli = row[cCli];
      const id = keyText(vCli, typeof vCli === "number" ? numberFormats?.[r]?.[cCli] : undefined);
      if (id.length === 0) {
        this.cell(s, "warning", "client.id-missing", M.clientIdMissing(this.at(s, cCli, rowNo)), rowNo, cCli);
        continue;
      }
      const firstRowOfId = this.sheetClientRow.get(id);
      if (firstRowOfId !== undefined) {
        this.cell(s, "warning", "client.duplicate", M.clientDuplicate(id, this.at(s, cCli, firstRowOfId), this.at(s, cCli, rowNo)), rowNo, cCli);
        continue;
      }
      this.sheetClientRow.set(id, rowNo);
      const text = (field: Field): string => {
        const v = get(field);
        return v === undefined ? "" : cellText(v);
      };
      const name = c.name !== undefined && c.name !== cCli ? text("name") : "";
      const info: ClientInfo = {
        id, name: name.length > 0 ? name : id, emailsTo: [], emailsCc: [], blocked: false, source: { sheet: s.name, row: rowNo },
      };
      const to = text("emailTo");
      if (to.length > 0) info.emailsTo = this.emails(s, to, rowNo, c.emailTo ?? 0);
      const cc = text("emailCc");
      if (cc.length > 0) info.emailsCc = this.emails(s, cc, rowNo, c.emailCc ?? 0);
      const contact = text("contact");
      if (contact.length > 0) info.contact = contact;
      const languageText = text("language");
      const language = languageOf(languageText);
      if (language === null) {
        this.cell(s, "warning", "client.language-unknown", M.languageUnknown(languageText, this.at(s, c.language ?? 0, rowNo)), rowNo, c.language ?? 0);
      } else if (language !== undefined) info.language = language;
      if (c.terms !== undefined) {
        const v = get("terms");
        const terms = termsOf(v);
        const at = this.at(s, c.terms, rowNo);
        if (terms === null) this.cell(s, "warning", "client.terms-unreadable", M.termsUnreadable(shown(v), at), rowNo, c.terms);
        else if (terms !== undefined) {
          info.termsDays = terms.days;
          if (terms.endOfMonth) info.termsEndOfMonth = true;
        }
      }
      if (c.creditLimit !== undefined) {
        const v = get("creditLimit");
        if (!blankCell(v)) {
          const limit = parseAmount(v);
          if (limit.ok && limit.cents >= 0) info.creditLimit = limit.cents;
          else {
            this.cell(s, "warning", "client.credit-limit-unreadable", M.creditLimitUnreadable(shown(v), this.at(s, c.creditLimit, rowNo)), rowNo, c.creditLimit);
          }
        }
      }
      if (c.blocked !== undefined) {
        const v = get("blocked");
        const flag = flagOf(v);
        if (flag === null) this.cell(s, "warning", "client.blocked-unreadable", M.blockedUnreadable(shown(v), this.at(s, c.blocked, rowNo)), rowNo, c.blocked);
        else info.blocked = flag;
      }
      const category = text("category");
      if (category.length > 0) info.category = category;
      const notes = text("notes");
      if (notes.length > 0) info.notes = notes;
      this.sheetClients.push(info);
    }
  }

  // ---- finish --------------------------------------------------------------------------------------------

  finish(): LedgerBuild {
    if (this.result !== null) return this.result;
    this.finished = true;
    if (this.fatal !== null) return { ok: false, fatal: this.fatal };
    const inv = this.sheets.invoices;
    if (inv === undefined) {
      return {
        ok: false,
        fatal: sheetIssue("error", "ledger.no-invoice-sheet", "Aucune feuille de factures lue. / No invoice sheet was read.", ""),
      };
    }
    const droppedInvoices = new Uint8Array(this.invoices.length);
    const droppedCredits = new Uint8Array(this.credits.length);
    this.resolvePendingDates(droppedInvoices, droppedCredits);

    const clients = resolveClients({
      seen: this.seen,
      sheetClients: this.sheetClients,
      payerNames: this.payerNames,
      creditClients: this.credits.map((c, i) => (droppedCredits[i] === 1 ? "" : c.client)),
    });

    // Due dates: read, or invoice date + the client's terms (or the default terms).
    for (let i = 0; i < this.invoices.length; i += 1) {
      if (droppedInvoices[i] === 1) continue;
      const invoice = this.invoices[i] as Invoice;
      const date = this.invDate[i] as number;
      const due = this.invDue[i] as number;
      if (Number.isNaN(due)) {
        const client = clients.map.get(invoice.client);
        const terms = client?.termsDays ?? this.defaultTerms;
        // "45 jours fin de mois" (Code de commerce L441-10): invoice date + 45 days, then the end of that month.
        invoice.due = client?.termsEndOfMonth ? endOfMonth(this.iso(date + terms)) : this.iso(date + terms);
        invoice.dueComputed = true;
      } else if (due < date) {
        const row = invoice.source.row;
        const column = inv.col("due");
        this.cell(inv, "warning", "invoice.due-before-date", M.dueBeforeDate(invoice.due, invoice.date, this.at(inv, column, row)), row, column);
      }
    }

    // Credits: clients named by their invoices when the payment row has none; names mapped to client keys.
    if (this.noClient.length > 0) {
      const clientOf = new Map<string, string>();
      for (let i = 0; i < this.invoices.length; i += 1) {
        if (droppedInvoices[i] === 1) continue;
        const invoice = this.invoices[i] as Invoice;
        clientOf.set(invoice.number, invoice.client);
      }
      const pay = this.sheets.payments as SheetState;
      for (const index of this.noClient) {
        if (droppedCredits[index] === 1) continue;
        const credit = this.credits[index] as Credit;
        const found = credit.invoiceRefs.map((ref) => clientOf.get(ref)).find((c) => c !== undefined);
        if (found !== undefined) {
          credit.client = found;
          continue;
        }
        const column = pay.col("client") >= 0 ? pay.col("client") : pay.col("invoiceRefs");
        const row = credit.source.row;
        this.cell(pay, "error", "payment.client-missing", M.paymentClientMissing(this.at(pay, column, row)), row, column);
        droppedCredits[index] = 1;
        pay.rejected += 1;
      }
    }
    for (let i = 0; i < this.credits.length; i += 1) {
      if (droppedCredits[i] === 1) continue;
      const credit = this.credits[i] as Credit;
      const key = clients.alias.get(credit.client);
      if (key !== undefined) credit.client = key;
    }

    for (const kind of KINDS) {
      const s = this.sheets[kind];
      if (s !== undefined && s.dataRows === 0 && kind !== "clients") {
        this.issues[kind].push(sheetIssue("info", "sheet.empty", M.emptySheet(s.name), s.name));
      }
    }
    const invoices = this.invoices.filter((_v, i) => droppedInvoices[i] !== 1);
    const credits = this.credits.filter((_v, i) => droppedCredits[i] !== 1);
    const rejectedBySheet: Record<string, number> = {};
    let rejectedRows = 0;
    for (const kind of KINDS) {
      const s = this.sheets[kind];
      if (s === undefined) continue;
      rejectedBySheet[s.name] = (rejectedBySheet[s.name] ?? 0) + s.rejected;
      rejectedRows += s.rejected;
    }
    const issues: Issue[] = [];
    for (const kind of KINDS) issues.push(...sortIssues(this.issues[kind]));
    this.result = { ok: true, ledger: { invoices, credits, clients: clients.map, issues, rejectedRows, rejectedBySheet } };
    return this.result;
  }

  private resolvePendingDates(droppedInvoices: Uint8Array, droppedCredits: Uint8Array): void {
    if (this.pending.length === 0) return;
    const all = new DateOrderVote();
    for (const v of this.votes.values()) {
      all.firstOver12 ||= v.firstOver12;
      all.secondOver12 ||= v.secondOver12;
    }
    const orders = new Map<string, DateOrder>();
    for (const [key, v] of this.votes) orders.set(key, v.decisive() ?? all.decide(this.locale));
    for (const p of this.pending) {
      const order = orders.get(p.vote) ?? all.decide(this.locale);
      const dn = resolveParts(p.a, p.b, p.y, order);
      const dropped = p.credit ? droppedCredits : droppedInvoices;
      if (dn === NO_DAY) {
        const s = this.sheets[p.kind] as SheetState;
        const message = cellProblem("date.impossible", shown(p.value), this.at(s, p.column, p.row), M.dateOrderHint(order));
        this.cell(s, "error", "date.impossible", message, p.row, p.column);
        if (dropped[p.index] !== 1) {
          dropped[p.index] = 1;
          s.rejected += 1;
        }
        continue;
      }
      if (p.credit) {
        this.credDate[p.index] = dn;
        (this.credits[p.index] as Credit).date = this.iso(dn);
      } else if (p.due) {
        this.invDue[p.index] = dn;
        (this.invoices[p.index] as Invoice).due = this.iso(dn);
      } else {
        this.invDate[p.index] = dn;
        (this.invoices[p.index] as Invoice).date = this.iso(dn);
      }
    }
  }
}

function columnOrder(column: string | null): number {
  if (column === null) return -1;
  return column.length * 100000 + (column.charCodeAt(0) || 0) * 1000 + (column.charCodeAt(1) || 0) * 10 + (column.charCodeAt(2) || 0);
}

/** Issues of one sheet in worksheet order: sheet-level first, then by row and column. Stable otherwise. */
function sortIssues(list: Issue[]): Issue[] {
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i += 1) {
    const a = list[i - 1] as Issue;
    const b = list[i] as Issue;
    if ((a.row ?? 0) > (b.row ?? 0)) sorted = false;
  }
  if (sorted) return list;
  return list
    .map((issue, i) => ({ issue, i }))
    .sort((x, y) => (x.issue.row ?? 0) - (y.issue.row ?? 0) || columnOrder(x.issue.column) - columnOrder(y.issue.column) || x.i - y.i)
    .map((e) => e.issue);
}
