// Excel.RangeFormat, RangeFont, RangeFill, RangeBorderCollection/RangeBorder:
// https://learn.microsoft.com/javascript/api/excel/excel.rangeformat
import { invalidArgument } from "../errors";
import { formatText } from "../model/number-format";
import { readValues } from "../model/read";
import type { StyleValue } from "../model/style";
import { assertWritable, type RangeTarget } from "./range-target";
import { hostObject, type Host, type ScalarDef, type TypeDef } from "./registry";

/** Column width and row height defaults, in points (Excel's standard 8.43-character column). */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

function styleProp(prop: string): ScalarDef<RangeTarget> {
  return {
    get: (t) => t.sheet.styles.get(t.rect, prop),
    set: (t, value) => {
      assertWritable(t.sheet, `RangeFormat.${prop}`);
      if (value === null || value === undefined) throw invalidArgument(`RangeFormat.${prop}`, "null");
      t.sheet.styles.set(t.rect, prop, value as StyleValue);
    },
  };
}

function uniform(map: Map<number, number>, start: number, n: number, fallback: number): number | null {
  const first = map.get(start) ?? fallback;
  for (let i = start + 1; i < start + n; i++) if ((map.get(i) ?? fallback) !== first) return null;
  return first;
}

function setEach(map: Map<number, number>, start: number, n: number, value: unknown, location: string): void {
  const v = Number(value);
  if (!Number.isFinite(v) || v < 0) throw invalidArgument(location, String(value));
  for (let i = start; i < start + n; i++) map.set(i, v);
}

/** Autofit: width from the longest displayed text of each column's used cells (≈ 7 px per character). */
function autofitColumns(t: RangeTarget, host: Host): void {
  const used = t.sheet.usedRect(true);
  for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) {
    let longest = 0;
    if (used && c >= used.col && c < used.col + used.cols) {
      const top = Math.max(used.row, t.rect.row);
      const bottom = Math.min(used.row + used.rows, t.rect.row + t.rect.rows);
      if (bottom > top) {
        const column = readValues(host.workbook, t.sheet, { row: top, col: c, rows: bottom - top, cols: 1 });
        column.forEach((row, i) => {
          const text = formatText(row[0] ?? "", t.sheet.numberFormat(top + i, c), host.workbook.date1904);
          if (text.length > longest) longest = text.length;
        });
      }
    }
    t.sheet.columnWidths.set(c, longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.round((longest * 7 + 10) * 0.75 * 100) / 100);
    t.sheet.autofittedColumns.add(c);
  }
}

export const rangeFontType: TypeDef<RangeTarget> = {
  name: "RangeFont",
  scalars: {
    Bold: styleProp("font.bold"),
    Italic: styleProp("font.italic"),
    Color: styleProp("font.color"),
    Size: styleProp("font.size"),
    Name: styleProp("font.name"),
    Underline: styleProp("font.underline"),
    Strikethrough: styleProp("font.strikethrough"),
  },
};

export const rangeFillType: TypeDef<RangeTarget> = {
  name: "RangeFill",
  scalars: { Color: styleProp("fill.color"), Pattern: styleProp("fill.pattern") },
  methods: {
    Clear: (t) => {
      t.sheet.styles.set(t.rect, "fill.color", "#FFFFFF");
      return undefined;
    },
  },
};

interface BorderTarget extends RangeTarget {
  readonly side: string;
}

const borderProp = (name: string): ScalarDef<BorderTarget> => ({
  get: (t) => t.sheet.styles.get(t.rect, `borders.${t.side}.${name}`),
  set: (t, value) => {
    assertWritable(t.sheet, `RangeBorder.${name}`);
    t.sheet.styles.set(t.rect, `borders.${t.side}.${name}`, value as StyleValue);
  },
});

export const rangeBorderType: TypeDef<BorderTarget> = {
  name: "RangeBorder",
  scalars: {
    SideIndex: { get: (t) => t.side },
    Style: borderProp("style"),
    Color: borderProp("color"),
    Weight: borderProp("weight"),
  },
};

const BORDER_SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export const rangeBorderCollectionType: TypeDef<RangeTarget> = {
  name: "RangeBorderCollection",
  scalars: { Count: { get: () => BORDER_SIDES.length } },
  items: (t) => BORDER_SIDES.map((side) => hostObject(rangeBorderType, { ...t, side })),
  indexer: (t, [side]) => {
    if (typeof side !== "string" || !BORDER_SIDES.includes(side)) throw invalidArgument("RangeBorderCollection.getItem", String(side));
    return hostObject(rangeBorderType, { ...t, side });
  },
};

export const rangeFormatType: TypeDef<RangeTarget> = {
  name: "RangeFormat",
  scalars: {
    ColumnWidth: {
      get: (t) => uniform(t.sheet.columnWidths, t.rect.col, t.rect.cols, DEFAULT_COLUMN_WIDTH),
      set: (t, v) => {
        setEach(t.sheet.columnWidths, t.rect.col, t.rect.cols, v, "RangeFormat.columnWidth");
        for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.sheet.autofittedColumns.delete(c);
      },
    },
    RowHeight: {
      get: (t) => uniform(t.sheet.rowHeights, t.rect.row, t.rect.rows, DEFAULT_ROW_HEIGHT),
      set: (t, v) => setEach(t.sheet.rowHeights, t.rect.row, t.rect.rows, v, "RangeFormat.rowHeight"),
    },
    HorizontalAlignment: styleProp("horizontalAlignment"),
    VerticalAlignment: styleProp("verticalAlignment"),
    WrapText: styleProp("wrapText"),
    IndentLevel: styleProp("indentLevel"),
  },
  navs: {
    Font: (t) => hostObject(rangeFontType, t),
    Fill: (t) => hostObject(rangeFillType, t),
    Borders: (t) => hostObject(rangeBorderCollectionType, t),
  },
  methods: {
    AutofitColumns: (t, _args, host) => {
      autofitColumns(t, host);
      return undefined;
    },
    AutofitRows: (t) => {
      for (let r = t.rect.row; r < t.rect.row + t.rect.rows; r++) t.sheet.autofittedRows.add(r);
      return undefined;
    },
  },
  since: { AutofitColumns: "1.2", AutofitRows: "1.2", IndentLevel: "1.9" },
};
