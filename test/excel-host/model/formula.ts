// A deliberately small formula evaluator: enough for the formulas an add-in writes on purpose
// (=SUM(B2:B9), ='Balance âgée'!C4, =B2-C2, =IF(B2>0,B2,0)) and to show that text starting with "="
// became a formula. Anything it does not know evaluates to "#NAME?", as Excel shows an unknown function.
import { parseAddress, type Rect } from "../address";
import type { CellValue } from "./cell";
import type { EmulatedSheet } from "./sheet";

export interface FormulaScope {
  sheet: EmulatedSheet;
  findSheet(name: string): EmulatedSheet | undefined;
  value(sheet: EmulatedSheet, row: number, col: number): CellValue;
}

type Operand = CellValue | { sheet: EmulatedSheet; rect: Rect };

const isError = (v: unknown): v is string => typeof v === "string" && /^#[A-Z/0-9]+[!?]?$|^#N\/A$/.test(v);

class Parser {
  private pos = 0;
  constructor(
    private readonly text: string,
    private readonly scope: FormulaScope,
  ) {}

  run(): CellValue {
    const value = this.comparison();
    this.skip();
    if (this.pos < this.text.length) return "#NAME?";
    return this.scalar(value);
  }

  private skip(): void {
    while (this.text[this.pos] === " ") this.pos++;
  }

  private peek(s: string): boolean {
    this.skip();
    return this.text.startsWith(s, this.pos);
  }

  private eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.pos += s.length;
    return true;
  }

  private scalar(v: Operand): CellValue {
    if (typeof v === "object") {
      if (v.rect.rows === 1 && v.rect.cols === 1) return this.scope.value(v.sheet, v.rect.row, v.rect.col);
      return "#VALUE!";
    }
    return v;
  }

  private num(v: Operand): number | string {
    const s = this.scalar(v);
    if (isError(s)) return s;
    if (typeof s === "number") return s;
    if (typeof s === "boolean") return s ? 1 : 0;
    if (s === "") return 0;
    const n = Number(s);
    return Number.isFinite(n) ? n : "#VALUE!";
  }

  private comparison(): Operand {
    let left = this.concat();
    for (;;) {
      const op = ["<=", ">=", "<>", "=", "<", ">"].find((o) => this.peek(o));
      if (!op) return left;
      this.pos += op.length;
      const right = this.concat();
      const a = this.scalar(left);
      const b = this.scalar(right);
      if (isError(a)) return a;
      if (isError(b)) return b;
      const cmp = a < b ? -1 : a > b ? 1 : 0;
      left =
        op === "=" ? cmp === 0 : op === "<>" ? cmp !== 0 : op === "<" ? cmp < 0 : op === ">" ? cmp > 0 : op === "<=" ? cmp <= 0 : cmp >= 0;
    }
  }

  private concat(): Operand {
    let left = this.additive();
    while (this.eat("&")) {
      const right = this.additive();
      const a = this.scalar(left);
      const b = this.scalar(right);
      left = isError(a) ? a : isError(b) ? b : `${String(a)}${String(b)}`;
    }
    return left;
  }

  private arith(a: Operand, b: Operand, op: string): CellValue {
    const x = this.num(a);
    const y = this.num(b);
    if (typeof x === "string") return x;
    if (typeof y === "string") return y;
    if (op === "+") return x + y;
    if (op === "-") return x - y;
    if (op === "*") return x * y;
    return y === 0 ? "#DIV/0!" : x / y;
  }

  private additive(): Operand {
    let left = this.term();
    for (;;) {
      if (this.eat("+")) left = this.arith(left, this.term(), "+");
      else if (this.eat("-")) left = this.arith(left, this.term(), "-");
      else return left;
    }
  }

  private term(): Operand {
    let left = this.unary();
    for (;;) {
      if (this.eat("*")) left = this.arith(left, this.unary(), "*");
      else if (this.eat("/")) left = this.arith(left, this.unary(), "/");
      else return left;
    }
  }

  private unary(): Operand {
    if (this.eat("-")) return this.arith(0, this.unary(), "-");
    if (this.eat("+")) return this.unary();
    return this.primary();
  }

  private primary(): Operand {
    this.skip();
    if (this.eat("(")) {
      const v = this.comparison();
      return this.eat(")") ? v : "#NAME?";
    }
    const rest = this.text.slice(this.pos);
    const str = /^"((?:[^"]|"")*)"/.exec(rest);
    if (str) {
      this.pos += str[0].length;
      return (str[1] ?? "").replace(/""/g, '"');
    }
    const number = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?%?/.exec(rest);
    if (number) {
      this.pos += number[0].length;
      const text = number[0];
      return text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
    }
    const ref = /^((?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?\$?[A-Za-z]{1,3}\$?[0-9]+(:\$?[A-Za-z]{1,3}\$?[0-9]+)?(?![\p{L}\p{N}_(])/u.exec(
      rest,
    );
    if (ref) {
      this.pos += ref[0].length;
      const parsed = parseAddress(ref[0]);
      if (!parsed) return "#REF!";
      const sheet = parsed.sheet === undefined ? this.scope.sheet : this.scope.findSheet(parsed.sheet);
      if (!sheet) return "#REF!";
      return { sheet, rect: parsed.rect };
    }
    const name = /^[A-Za-z][A-Za-z0-9.]*/.exec(rest);
    if (name) {
      this.pos += name[0].length;
      const upper = name[0].toUpperCase();
      if (this.eat("(")) return this.call(upper);
      if (upper === "TRUE") return true;
      if (upper === "FALSE") return false;
      return "#NAME?";
    }
    this.pos = this.text.length + 1;
    return "#NAME?";
  }

  private call(fn: string): Operand {
    const args: Operand[] = [];
    if (!this.eat(")")) {
      do args.push(this.comparison());
      while (this.eat(","));
      if (!this.eat(")")) return "#NAME?";
    }
    const cells = (): CellValue[] => {
      const out: CellValue[] = [];
      for (const a of args) {
        if (typeof a === "object") {
          for (let r = a.rect.row; r < a.rect.row + a.rect.rows; r++)
            for (let c = a.rect.col; c < a.rect.col + a.rect.cols; c++) out.push(this.scope.value(a.sheet, r, c));
        } else out.push(a);
      }
      return out;
    };
    const numbers = (): number[] | string => {
      const out: number[] = [];
      for (const v of cells()) {
        if (isError(v)) return v;
        if (typeof v === "number") out.push(v);
      }
      return out;
    };
    switch (fn) {
      case "SUM":
      case "MIN":
      case "MAX":
      case "AVERAGE":
      case "COUNT": {
        const ns = numbers();
        if (typeof ns === "string") return ns;
        if (fn === "SUM") return ns.reduce((a, b) => a + b, 0);
        if (fn === "COUNT") return ns.length;
        if (fn === "MIN") return ns.length ? Math.min(...ns) : 0;
        if (fn === "MAX") return ns.length ? Math.max(...ns) : 0;
        return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : "#DIV/0!";
      }
      case "COUNTA":
        return cells().filter((v) => v !== "").length;
      case "ABS": {
        const n = this.num(args[0] ?? 0);
        return typeof n === "string" ? n : Math.abs(n);
      }
      case "ROUND": {
        const n = this.num(args[0] ?? 0);
        const d = this.num(args[1] ?? 0);
        if (typeof n === "string") return n;
        if (typeof d === "string") return d;
        const f = 10 ** d;
        return Math.sign(n) * (Math.round(Math.abs(n) * f) / f);
      }
      case "IF": {
        const test = this.scalar(args[0] ?? false);
        if (isError(test)) return test;
        const truthy = typeof test === "string" ? test !== "" : Boolean(test);
        const chosen = truthy ? (args[1] ?? true) : (args[2] ?? false);
        return this.scalar(chosen);
      }
      default:
        return "#NAME?";
    }
  }
}

/** Value of a formula text (with its leading "="). */
export function evaluateFormula(text: string, scope: FormulaScope): CellValue {
  const body = text.replace(/^[=+]/, "");
  try {
    return new Parser(body, scope).run();
  } catch {
    return "#NAME?";
  }
}
