// Our pipeline as the benches time it: raw sheets → buildLedger (header detection, cell parsing, validation)
// → ageLedger (lettrage and aging).
import { buildLedger } from "../../src/core/ledger/build";
import type { Ledger } from "../../src/core/ledger/types";
import type { Workbook } from "./generate";

/** The generated workbook read the way the add-in reads a real one (French locale, 1900 dates, 30-day terms). */
export function readLedger(workbook: Workbook): Ledger {
  const result = buildLedger({
    invoices: workbook.invoices, payments: workbook.payments, info: { date1904: false, locale: "fr" }, defaultTermsDays: 30,
  });
  if (!result.ok) throw new Error(`buildLedger refused the generated workbook: ${result.fatal.message}`);
  return result.ledger;
}
