// A small drawing surface for report layouts: put values, formats and styles at worksheet coordinates, then
// turn them into one rectangular plan block. Builders think in rows and columns; the block is the plan's unit.
import { cellAddress } from "../plan/address";
import type { Block, CellStyle, StyleRun } from "../plan/types";
import type { CellValue } from "../sheet";

interface Cell {
  value: CellValue;
  format: string | null;
}

export class Canvas {
  private readonly cells = new Map<number, Map<number, Cell>>();
  private readonly runs: { top: number; left: number; bottom: number; right: number; style: CellStyle }[] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = -Infinity;
  private right = -Infinity;

  /** Worksheet row (1-based) and column (0-based: A = 0). */
  put(row: number, column: number, value: CellValue, format: string | null = null): this {
    let line = this.cells.get(row);
    if (line === undefined) {
      line = new Map();
      this.cells.set(row, line);
    }
    line.set(column, { value, format });
    this.extend(row, column, row, column);
    return this;
  }

  /** Values left to right from (row, column), all with the same format. */
  putRow(row: number, column: number, values: readonly CellValue[], format: string | null = null): this {
    values.forEach((v, i) => this.put(row, column + i, v, format));
    return this;
  }

  /** A style over rows top..bottom and columns left..right (inclusive); later styles apply over earlier ones. */
  style(top: number, left: number, bottom: number, right: number, style: CellStyle): this {
    this.runs.push({ top, left, bottom, right, style });
    this.extend(top, left, bottom, right);
    return this;
  }

  get isEmpty(): boolean {
    return this.top === Infinity;
  }

  /** Last row used (0 when empty). */
  get lastRow(): number {
    return this.isEmpty ? 0 : this.bottom;
  }

  private extend(top: number, left: number, bottom: number, right: number): void {
    this.top = Math.min(this.top, top);
    this.left = Math.min(this.left, left);
    this.bottom = Math.max(this.bottom, bottom);
    this.right = Math.max(this.right, right);
  }

  /** One block covering everything drawn (empty cells are null and keep no format). */
  toBlock(): Block {
    if (this.isEmpty) throw new RangeError("Empty canvas");
    const rows = this.bottom - this.top + 1;
    const columns = this.right - this.left + 1;
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 0; r < rows; r++) {
      const line = this.cells.get(this.top + r);
      const v: CellValue[] = new Array<CellValue>(columns).fill(null);
      const f: (string | null)[] = new Array<string | null>(columns).fill(null);
      if (line !== undefined) {
        for (const [c, cell] of line) {
          v[c - this.left] = cell.value;
          f[c - this.left] = cell.format;
        }
      }
      values.push(v);
      numberFormats.push(f);
    }
    const styles: StyleRun[] = this.runs.map((run) => ({
      rows: [run.top - this.top, run.bottom - this.top],
      columns: [run.left - this.left, run.right - this.left],
      style: run.style,
    }));
    const block: Block = { at: cellAddress(this.top, this.left), values, numberFormats };
    if (styles.length > 0) block.styles = styles;
    return block;
  }
}
