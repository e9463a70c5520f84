// Colours and recurring styles of the report sheets: sober, printable in grey scale, one accent colour.
import type { CellStyle } from "../plan/types";

export const NAVY = "#1F3864";
export const BLUE = "#2F5597";
export const PALE_BLUE = "#DDEBF7";
export const BAND = "#D9E1F2";
export const GRID = "#BFBFBF";
export const GREY_TEXT = "#595959";
export const LIGHT_GREY = "#F2F2F2";
export const RED = "#C00000";
export const GREEN = "#38761D";
export const ORANGE = "#C55A11";
export const BAR = "#5B9BD5";

export const TITLE: CellStyle = { bold: true, fontSize: 16, fontColor: NAVY };
export const SUBTITLE: CellStyle = { fontColor: GREY_TEXT };
export const HEADER: CellStyle = {
  bold: true, fill: NAVY, fontColor: "#FFFFFF", wrap: true, verticalAlignment: "center", horizontalAlignment: "center",
};
export const SECTION: CellStyle = { bold: true, fill: NAVY, fontColor: "#FFFFFF" };
export const SUBSECTION: CellStyle = { bold: true, fontColor: NAVY, border: { weight: "thin", color: GRID, edges: ["bottom"] } };
export const NOTE: CellStyle = { italic: true, fontColor: GREY_TEXT };
