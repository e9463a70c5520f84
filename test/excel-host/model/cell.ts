// What a cell holds in the emulated workbook.

export type CellValue = string | number | boolean;

/** A cell whose content is a formula; its value is computed when read. */
export class Formula {
  constructor(readonly text: string) {}
}

export type StoredCell = CellValue | Formula | undefined;

export const GENERAL = "General";
