// A simple view of the in-browser workbook, beside the taskpane: sheet tabs, the cells of the active sheet with
// their number formats and the few styles the reports use (bold, fill, font colour), and the selection. A
// click selects a cell, shift+click extends from the last click, Ctrl/⌘+click adds an area, a row or column
// header selects the whole row or column: the host's selection is what "Utiliser la sélection" reads. The view
// is redrawn after each batch the taskpane sends (once per frame).
import { columnLetters, formatRect, MAX_COLUMNS, MAX_ROWS, type Rect } from "../test/excel-host/address";
import type { BrowserHost } from "../test/excel-host/browser-host";
import type { EmulatedSheet } from "../test/excel-host/model/sheet";
import { readValue } from "../test/excel-host/model/read";
import { cellDisplay } from "./cell-text";
import type { DemoLanguage } from "./language";

/** Rows drawn at most (the sample's longest sheet has about 1,500). */
const MAX_ROWS_SHOWN = 3000;
const MIN_ROWS = 30;
const MIN_COLS = 10;
const ROW_HEAD_WIDTH = 44;
/** Excel's default column width (8.43 characters), in pixels. */
const DEFAULT_WIDTH = 64;
/** Rows looked at to size a column, and the width of a character of the grid's 12 px font. */
const FIT_ROWS = 200;
const CHAR_WIDTH = 7;

const WORDS = {
  fr: { sheets: "Feuilles du classeur", nameBox: "Zone Nom", value: "Contenu de la cellule", more: (n: number) => `… ${n} lignes de plus non affichées`, hidden: "masquée", grid: "Cellules de la feuille {name}" },
  en: { sheets: "Workbook sheets", nameBox: "Name box", value: "Cell contents", more: (n: number) => `… ${n} more rows not shown`, hidden: "hidden", grid: "Cells of sheet {name}" },
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function within(rect: Rect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}

function spanning(a: { row: number; col: number }, b: { row: number; col: number }): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}

function styleOf(sheet: EmulatedSheet, row: number, col: number): { bold: boolean; fill: string | null; color: string | null } {
  const cell = { row, col, rows: 1, cols: 1 };
  const fill = sheet.styles.get(cell, "fill.color");
  const color = sheet.styles.get(cell, "font.color");
  return {
    bold: sheet.styles.get(cell, "font.bold") === true,
    fill: typeof fill === "string" && fill.toUpperCase() !== "#FFFFFF" ? fill : null,
    color: typeof color === "string" && color !== "#000000" ? color : null,
  };
}

export class SheetView {
  private readonly nameBox = el("output", "name-box");
  private readonly formula = el("output", "formula");
  private readonly scroller = el("div", "grid-scroll");
  private readonly tabs = el("nav", "sheet-tabs");
  private readonly words;
  private anchor: { row: number; col: number } = { row: 0, col: 0 };
  private dragging = false;
  private scheduled = false;
  private shownSelection = "";

  constructor(
    private readonly root: HTMLElement,
    private readonly host: BrowserHost,
    private readonly language: DemoLanguage,
  ) {
    this.words = WORDS[language];
    const bar = el("div", "formula-bar");
    this.nameBox.setAttribute("aria-label", this.words.nameBox);
    this.formula.setAttribute("aria-label", this.words.value);
    bar.append(this.nameBox, this.formula);
    this.tabs.setAttribute("aria-label", this.words.sheets);
    root.append(bar, this.scroller, this.tabs);
    this.scroller.addEventListener("mousedown", (event) => this.onMouseDown(event));
    this.scroller.addEventListener("mouseover", (event) => this.onMouseOver(event));
    window.addEventListener("mouseup", () => {
      this.dragging = false;
    });
    host.onBatch(() => this.schedule());
    this.render();
  }

  /** Redraws on the next frame (batches come in bursts). */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  private get sheet(): EmulatedSheet | undefined {
    const book = this.host.workbook;
    return book.activeSheet && book.sheets.includes(book.activeSheet) ? book.activeSheet : book.sheets[0];
  }

  private selectionRects(): Rect[] {
    const selection = this.host.workbook.selection;
    return selection && selection.sheet === this.sheet ? selection.rects : [];
  }

  render(): void {
    this.renderTabs();
    this.renderCells();
    this.paintSelection(true);
  }

  private renderTabs(): void {
    const active = this.sheet;
    this.tabs.replaceChildren(
      ...this.host.workbook.sheets
        .filter((s) => s.visibility === "Visible" || s === active)
        .map((s) => {
          const tab = el("button", s === active ? "tab active" : "tab", s.name);
          tab.type = "button";
          tab.setAttribute("aria-pressed", String(s === active));
          if (s.tabColor) tab.style.borderBottomColor = s.tabColor;
          tab.addEventListener("click", () => {
            this.host.activate(s.name);
            this.anchor = { row: 0, col: 0 };
            this.render();
          });
          return tab;
        }),
    );
  }

  private renderCells(): void {
    const sheet = this.sheet;
    if (!sheet) {
      this.scroller.replaceChildren();
      return;
    }
    const used = sheet.usedRect(false);
    const allRows = used ? used.row + used.rows : 0;
    const rows = Math.min(Math.max(allRows, MIN_ROWS), MAX_ROWS_SHOWN);
    const cols = Math.max(used ? used.col + used.cols : 0, MIN_COLS);
    const table = el("table", "grid");
    table.setAttribute("aria-label", this.words.grid.replace("{name}", sheet.name));
    const fitted = this.fittedWidths(sheet, rows, cols);
    const colgroup = el("colgroup");
    colgroup.append(el("col", "row-head-col"));
    let tableWidth = ROW_HEAD_WIDTH;
    for (let c = 0; c < cols; c++) {
      const col = el("col");
      // Widths the add-in set (points), else fitted to the text; kept within reason so more of the sheet shows.
      const points = sheet.columnWidths.get(c);
      const width = Math.round(Math.min(Math.max(points !== undefined ? (points * 4) / 3 : fitted[c] ?? DEFAULT_WIDTH, 36), 260));
      col.style.width = `${width}px`;
      tableWidth += width;
      colgroup.append(col);
    }
    table.style.width = `${tableWidth}px`;
    const head = el("thead");
    const headRow = el("tr");
    headRow.append(el("th", "corner"));
    for (let c = 0; c < cols; c++) {
      const th = el("th", "col-head", columnLetters(c));
      th.dataset.col = String(c);
      headRow.append(th);
    }
    head.append(headRow);
    const body = el("tbody");
    const book = this.host.workbook;
    for (let r = 0; r < rows; r++) {
      const tr = el("tr");
      if (sheet.hiddenRows.has(r)) tr.hidden = true;
      const th = el("th", "row-head", String(r + 1));
      th.dataset.row = String(r);
      tr.append(th);
      const line = sheet.cells[r];
      for (let c = 0; c < cols; c++) {
        const td = el("td");
        td.dataset.r = String(r);
        td.dataset.c = String(c);
        if (line?.[c] !== undefined) {
          const shown = cellDisplay(readValue(book, sheet, r, c), sheet.numberFormat(r, c), this.language, book.date1904);
          td.textContent = shown.text;
          if (shown.numeric) td.classList.add("num");
          // Text runs over empty cells on its right, as in Excel.
          else if (line[c + 1] === undefined) td.classList.add("spill");
        }
        if (sheet.styles.layers.length > 0) {
          const style = styleOf(sheet, r, c);
          if (style.bold) td.classList.add("bold");
          if (style.fill) td.style.backgroundColor = style.fill;
          if (style.color) td.style.color = style.color;
        }
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(colgroup, head, body);
    const parts: Node[] = [table];
    if (allRows > rows) parts.push(el("p", "more", this.words.more(allRows - rows)));
    const top = this.scroller.scrollTop;
    const left = this.scroller.scrollLeft;
    this.scroller.replaceChildren(...parts);
    this.scroller.scrollTop = top;
    this.scroller.scrollLeft = left;
  }

  /** Column widths from the text of the first rows, for columns the workbook gives no width (as autofit would). */
  private fittedWidths(sheet: EmulatedSheet, rows: number, cols: number): number[] {
    const widths: number[] = new Array<number>(cols).fill(0);
    const book = this.host.workbook;
    const sample = Math.min(rows, FIT_ROWS);
    for (let r = 0; r < sample; r++) {
      const line = sheet.cells[r];
      if (!line) continue;
      for (let c = 0; c < cols; c++) {
        if (line[c] === undefined) continue;
        const text = cellDisplay(readValue(book, sheet, r, c), sheet.numberFormat(r, c), this.language, book.date1904).text;
        // A title in a row of its own spills over empty neighbours in Excel: it does not widen its column.
        if (line.filter((v) => v !== undefined).length === 1 && text.length > 20) continue;
        widths[c] = Math.max(widths[c] ?? 0, text.length * CHAR_WIDTH + 12);
      }
    }
    return widths.map((w) => (w > 0 ? w : DEFAULT_WIDTH));
  }

  /** Scrolls the grid (only the grid, never the page) so that a cell is in view below the sticky header. */
  private reveal(cell: HTMLTableCellElement): void {
    const view = this.scroller;
    const header = view.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const rowHead = view.querySelector("th.row-head")?.getBoundingClientRect().width ?? 0;
    const box = view.getBoundingClientRect();
    const at = cell.getBoundingClientRect();
    if (at.top < box.top + header) view.scrollTop -= box.top + header - at.top + at.height;
    else if (at.bottom > box.bottom) view.scrollTop += at.bottom - box.bottom + at.height;
    if (at.left < box.left + rowHead) view.scrollLeft -= box.left + rowHead - at.left;
    else if (at.right > box.right) view.scrollLeft += at.right - box.right;
  }

  /** Marks the selected cells; scrolls to the active cell when the selection changed since the last paint. */
  private paintSelection(scroll: boolean): void {
    const sheet = this.sheet;
    const rects = this.selectionRects();
    for (const cell of this.scroller.querySelectorAll(".selected, .active-cell")) cell.classList.remove("selected", "active-cell");
    const first = rects[0];
    for (const td of this.scroller.querySelectorAll<HTMLTableCellElement>("td[data-r]")) {
      const r = Number(td.dataset.r);
      const c = Number(td.dataset.c);
      if (rects.some((rect) => within(rect, r, c))) td.classList.add("selected");
    }
    const key = sheet && first ? `${sheet.name}!${rects.map(formatRect).join(",")}` : "";
    this.nameBox.textContent = first ? rects.map(formatRect).join(";") : "";
    let activeCell: HTMLTableCellElement | null = null;
    if (first && sheet) {
      const row = first.row;
      const col = first.col;
      activeCell = this.scroller.querySelector<HTMLTableCellElement>(`td[data-r="${row}"][data-c="${col}"]`);
      activeCell?.classList.add("active-cell");
      const stored = sheet.cells[row]?.[col];
      this.formula.textContent = stored === undefined ? "" : typeof stored === "object" ? stored.text : String(stored);
    } else {
      this.formula.textContent = "";
    }
    if (scroll && key !== this.shownSelection && activeCell) this.reveal(activeCell);
    this.shownSelection = key;
  }

  private select(rects: Rect[]): void {
    const sheet = this.sheet;
    if (!sheet || rects.length === 0) return;
    this.host.selectRects(sheet.name, rects);
    this.paintSelection(false);
    this.shownSelection = `${sheet.name}!${rects.map(formatRect).join(",")}`;
  }

  private targetOf(event: Event): { row: number; col: number; kind: "cell" | "row" | "col" } | null {
    const target = (event.target as HTMLElement | null)?.closest<HTMLElement>("td[data-r], th[data-row], th[data-col]");
    if (!target) return null;
    if (target.dataset.r !== undefined) return { row: Number(target.dataset.r), col: Number(target.dataset.c), kind: "cell" };
    if (target.dataset.row !== undefined) return { row: Number(target.dataset.row), col: 0, kind: "row" };
    return { row: 0, col: Number(target.dataset.col), kind: "col" };
  }

  private onMouseDown(event: MouseEvent): void {
    const hit = this.targetOf(event);
    if (!hit || event.button !== 0) return;
    event.preventDefault();
    const current = this.selectionRects();
    const adding = event.ctrlKey || event.metaKey;
    let rect: Rect;
    if (hit.kind === "row") {
      const from = event.shiftKey ? this.anchor.row : hit.row;
      rect = { row: Math.min(from, hit.row), col: 0, rows: Math.abs(from - hit.row) + 1, cols: MAX_COLUMNS };
    } else if (hit.kind === "col") {
      const from = event.shiftKey ? this.anchor.col : hit.col;
      rect = { row: 0, col: Math.min(from, hit.col), rows: MAX_ROWS, cols: Math.abs(from - hit.col) + 1 };
    } else {
      rect = event.shiftKey ? spanning(this.anchor, hit) : { row: hit.row, col: hit.col, rows: 1, cols: 1 };
    }
    if (!event.shiftKey) this.anchor = { row: hit.row, col: hit.col };
    if (event.shiftKey && current.length > 0) {
      this.select([...current.slice(0, -1), rect]);
    } else {
      this.select(adding ? [...current, rect] : [rect]);
    }
    this.dragging = hit.kind === "cell" && !event.shiftKey;
  }

  private onMouseOver(event: MouseEvent): void {
    if (!this.dragging) return;
    const hit = this.targetOf(event);
    if (!hit || hit.kind !== "cell") return;
    const current = this.selectionRects();
    this.select([...current.slice(0, -1), spanning(this.anchor, hit)]);
  }
}
