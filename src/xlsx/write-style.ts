// Plan styles (src/core/plan/types.ts CellStyle) onto ExcelJS cells. Each style merges into what the cell
// already has, so a block style and a header-row style combine as they do in Excel.
import type ExcelJS from "exceljs";
import type { BorderSpec, CellStyle } from "../core/plan";

/** "#1F4E79" → ExcelJS ARGB "FF1F4E79". */
export function argb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

const VERTICAL: Record<NonNullable<CellStyle["verticalAlignment"]>, ExcelJS.Alignment["vertical"]> = {
  top: "top", center: "middle", bottom: "bottom",
};

function borderOf(spec: BorderSpec): Partial<ExcelJS.Borders> {
  // Without a colour, Excel draws the border in the automatic (black) colour.
  const edge: ExcelJS.Border = { style: spec.weight, color: spec.color ? { argb: argb(spec.color) } : { argb: "FF000000" } };
  const edges = spec.edges ?? ["top", "bottom", "left", "right"];
  const out: Partial<ExcelJS.Borders> = {};
  for (const e of edges) out[e] = edge;
  return out;
}

/** Applies `style` to one cell, keeping the cell's other style properties. */
export function styleCell(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor !== undefined || style.fontSize !== undefined) {
    // A font without a name is shown in the reader's default font (LibreOffice: a serif): keep the workbook's.
    cell.font = {
      name: "Calibri",
      size: 11,
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
    };
  }
  if (style.fill !== undefined) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
  if (style.horizontalAlignment !== undefined || style.verticalAlignment !== undefined || style.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.horizontalAlignment !== undefined ? { horizontal: style.horizontalAlignment } : {}),
      ...(style.verticalAlignment !== undefined ? { vertical: VERTICAL[style.verticalAlignment] } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.border !== undefined) cell.border = { ...cell.border, ...borderOf(style.border) };
}
