// A1-style addresses: parsing and printing, as Excel shows them in Range.address
// ("Sheet1!A1:B2", "'Balance âgée'!A:A", "Sheet1!3:3").

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Corner {
  row?: number;
  col?: number;
}

function parseCorner(text: string): Corner | undefined {
  const m = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return undefined;
  const corner: Corner = {};
  if (m[1]) corner.col = columnIndex(m[1]);
  if (m[2]) corner.row = Number(m[2]) - 1;
  return corner;
}

function unquoteSheet(text: string): string {
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/** Parses "A1", "A1:C3", "A:A", "2:5", optionally prefixed by "Sheet!" or "'Sheet name'!". */
export function parseAddress(address: string): ParsedAddress | undefined {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = unquoteSheet(text.slice(0, bang));
    text = text.slice(bang + 1);
  }
  const parts = text.split(":");
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = parseCorner(parts[0] ?? "");
  const b = parts.length === 2 ? parseCorner(parts[1] ?? "") : a;
  if (!a || !b) return undefined;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.col === undefined && b.col === undefined;
  if (parts.length === 1 && (wholeColumns || wholeRows)) return undefined;
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) return undefined;
  const r1 = wholeColumns ? 0 : Math.min(a.row ?? 0, b.row ?? 0);
  const r2 = wholeColumns ? MAX_ROWS - 1 : Math.max(a.row ?? 0, b.row ?? 0);
  const c1 = wholeRows ? 0 : Math.min(a.col ?? 0, b.col ?? 0);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : Math.max(a.col ?? 0, b.col ?? 0);
  if (r2 >= MAX_ROWS || c2 >= MAX_COLUMNS) return undefined;
  const rect = { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  return sheet === undefined ? { rect } : { sheet, rect };
}

/** Sheet name as Excel prints it in an address: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^[Rr][0-9]*[Cc][0-9]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function isEntireColumn(rect: Rect): boolean {
  return rect.row === 0 && rect.rows === MAX_ROWS;
}

export function isEntireRow(rect: Rect): boolean {
  return rect.col === 0 && rect.cols === MAX_COLUMNS;
}

/** "A1:C3" (or "A:C", "2:4", "B7") without the sheet. */
export function formatRect(rect: Rect): string {
  const lastRow = rect.row + rect.rows - 1;
  const lastCol = rect.col + rect.cols - 1;
  if (isEntireColumn(rect)) return `${columnLetters(rect.col)}:${columnLetters(lastCol)}`;
  if (isEntireRow(rect)) return `${rect.row + 1}:${lastRow + 1}`;
  const first = `${columnLetters(rect.col)}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${columnLetters(lastCol)}${lastRow + 1}`;
}

export function formatAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}
