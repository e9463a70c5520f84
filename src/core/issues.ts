// Data problems found while reading input. Never an exception, never a silent zero (design.md §4).

export type Severity = "error" | "warning" | "info";

export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. "amount.unreadable", "date.impossible", "payment.unknown-invoice". */
  code: string;
  /** French first, for the user: what is wrong and what to do. */
  message: string;
  sheet: string;
  /** 1-based worksheet row, or null when the problem is not tied to a row. */
  row: number | null;
  /** Column letters ("C"), or null. */
  column: string | null;
  /** A1 address ("C12"), or null. */
  cell: string | null;
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellIssue(
  severity: Severity, code: string, message: string, sheet: string, row: number, columnIndex0: number,
): Issue {
  const column = columnLetters(columnIndex0);
  return { severity, code, message, sheet, row, column, cell: `${column}${row}` };
}

export function rowIssue(severity: Severity, code: string, message: string, sheet: string, row: number): Issue {
  return { severity, code, message, sheet, row, column: null, cell: null };
}

export function sheetIssue(severity: Severity, code: string, message: string, sheet: string): Issue {
  return { severity, code, message, sheet, row: null, column: null, cell: null };
}

/** What makes two issues the same problem: same place, same code, same message. */
export function issueKey(issue: Issue): string {
  return `${issue.sheet}\u0000${issue.cell ?? ""}\u0000${issue.row ?? ""}\u0000${issue.code}\u0000${issue.message}`;
}

/** The issues of several lists, in order, each problem once. */
export function uniqueIssues(...lists: readonly (readonly Issue[])[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const list of lists) {
    for (const issue of list) {
      const key = issueKey(issue);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}
