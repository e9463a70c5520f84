export { fecToLedger, FEC_SHEET, type FecOptions } from "./to-ledger";
export { fecAmount, readFecHeader, FEC_FIELDS, type FecField, type FecHeader } from "./read";
