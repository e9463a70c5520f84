// Invoice numbers → invoice indices, for the references credits name (design.md §5 rules 2 and 5).
// A reference that matches no number exactly is tried again ignoring case and spaces: against the numbers as
// they are, then against the few numbers that themselves hold spaces or lower case letters. A number held by
// several invoices (the ledger warns about those) maps to all of them, oldest due first.
import type { Invoice } from "../ledger/types";

/** Characters that make an invoice number differ from its lenient form. */
const IRREGULAR = /[\sa-z\u00a0\u202f]/;

/** IRREGULAR.test, with a fast path for the visible ASCII characters most numbers are made of. */
function isIrregular(number: string): boolean {
  for (let i = 0; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c > 32 && c < 127) {
      if (c >= 97 && c <= 122) return true;
      continue;
    }
    if (IRREGULAR.test(number[i] as string)) return true;
  }
  return false;
}

/** The lenient form of an invoice number: case, spaces and no-break spaces do not matter. */
export function looseNumber(number: string): string {
  return number.replace(/[\s\u00a0\u202f]+/g, "").toUpperCase();
}

type Found = number | number[];

export class InvoiceNumbers {
  private readonly byNumber = new Map<string, Found>();
  private irregular: Map<string, Found> | undefined;

  constructor(private readonly invoices: readonly Invoice[], private readonly fifoOrder: (a: number, b: number) => number) {
    const byNumber = this.byNumber;
    const n = invoices.length;
    for (let i = 0; i < n; i++) byNumber.set((invoices[i] as Invoice).number, i);
    if (byNumber.size < n) {
      // Some numbers are held by several invoices: keep them all.
      byNumber.clear();
      for (let i = 0; i < n; i++) {
        const number = (invoices[i] as Invoice).number;
        const same = byNumber.get(number);
        if (same === undefined) byNumber.set(number, i);
        else if (Array.isArray(same)) same.push(i);
        else byNumber.set(number, [same, i]);
      }
      for (const same of byNumber.values()) if (Array.isArray(same)) same.sort(fifoOrder);
    }
  }

  /** The invoices a reference names, oldest due first; undefined when none. */
  candidates(ref: string): Found | undefined {
    const exact = this.byNumber.get(ref);
    if (exact !== undefined) return exact;
    const loose = looseNumber(ref);
    const found = loose === ref ? undefined : this.byNumber.get(loose);
    if (found !== undefined) return found;
    return this.irregularNumbers().get(loose);
  }

  /**
   * The invoice a reference of a credit of `account` (client `client`) points to: the first one in that account
   * when there is one, else the first of the same client (another currency), else the first (another client's);
   * −1 when the reference names no invoice.
   */
  pick(ref: string, account: number, client: string, invoiceAccount: Int32Array): number {
    const found = this.candidates(ref);
    if (found === undefined) return -1;
    if (!Array.isArray(found)) return found;
    let sameClient = -1;
    for (const i of found) {
      if (invoiceAccount[i] === account) return i;
      if (sameClient < 0 && (this.invoices[i] as Invoice).client === client) sameClient = i;
    }
    return sameClient >= 0 ? sameClient : (found[0] as number);
  }

  /** Lenient forms of the numbers that hold spaces or lower case letters, built on first need. */
  private irregularNumbers(): Map<string, Found> {
    if (this.irregular !== undefined) return this.irregular;
    const irregular = new Map<string, Found>();
    for (const [key, indices] of this.byNumber) {
      if (!isIrregular(key)) continue;
      const k = looseNumber(key);
      const same = irregular.get(k) ?? this.byNumber.get(k);
      const list = [...(same === undefined ? [] : Array.isArray(same) ? same : [same]), ...(Array.isArray(indices) ? indices : [indices])];
      irregular.set(k, list.length === 1 ? (list[0] as number) : list.sort(this.fifoOrder));
    }
    this.irregular = irregular;
    return irregular;
  }
}
