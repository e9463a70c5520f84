// The whole input at once → the ledger: a thin wrapper over the chunk-fed builder.
import type { ColumnOverride, SheetKind } from "../columns/fields";
import type { RawSheet, WorkbookInfo } from "../sheet";
import { createLedgerBuilder, type LedgerBuild } from "./builder";

export type { LedgerBuild, LedgerBuilder, LedgerBuilderOptions } from "./builder";
export { createLedgerBuilder } from "./builder";

export interface LedgerInput {
  invoices: RawSheet;
  payments?: RawSheet;
  clients?: RawSheet;
  info: WorkbookInfo;
  /** Default payment terms in days when neither the sheet nor the Clients sheet gives a due date (30). */
  defaultTermsDays?: number;
  overrides?: Partial<Record<SheetKind, ColumnOverride>>;
}

/**
 * Reads the invoice, payment and clients sheets into a typed, validated ledger with an issue for every cell that
 * cannot be read (design.md §3–§4). ok:false only when a required column is missing on invoices or payments.
 */
export function buildLedger(input: LedgerInput): LedgerBuild {
  const options: Parameters<typeof createLedgerBuilder>[0] = { info: input.info };
  if (input.defaultTermsDays !== undefined) options.defaultTermsDays = input.defaultTermsDays;
  if (input.overrides !== undefined) options.overrides = input.overrides;
  const builder = createLedgerBuilder(options);
  const sheets: Array<[SheetKind, RawSheet | undefined]> = [
    ["invoices", input.invoices], ["payments", input.payments], ["clients", input.clients],
  ];
  for (const [kind, sheet] of sheets) {
    if (sheet === undefined) continue;
    const detection = builder.setHeader(kind, sheet);
    if (detection.ok) builder.addRows(kind, sheet.values, sheet.firstRow ?? 1, sheet.numberFormats);
  }
  return builder.finish();
}
