// Cell formatting as layers: each write of a format property over a rectangle adds a layer.
// Reading a property over a range answers the common value, or null when the cells differ
// (as Excel does for RangeFormat properties of a mixed range: "Properties return null when a range contains
// multiple different values", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
import { contains, intersects, type Rect } from "../address";

export type StyleValue = string | number | boolean | null;

export interface StyleLayer {
  rect: Rect;
  /** e.g. "font.bold", "fill.color", "horizontalAlignment", "wrapText" */
  prop: string;
  value: StyleValue;
}

export const styleDefaults: Record<string, StyleValue> = {
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.size": 11,
  "font.name": "Aptos Narrow",
  "font.underline": "None",
  "fill.color": "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  "protection.locked": true,
};

export class StyleLayers {
  readonly layers: StyleLayer[] = [];

  set(rect: Rect, prop: string, value: StyleValue): void {
    // A layer that covers an older one for the same property replaces it (keeps the list short).
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (layer && layer.prop === prop && contains(rect, layer.rect)) this.layers.splice(i, 1);
    }
    this.layers.push({ rect: { ...rect }, prop, value });
  }

  clear(rect: Rect): void {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      if (layer && contains(rect, layer.rect)) this.layers.splice(i, 1);
    }
    // Partly covered layers stay: reading over them reports a mixed value, which is what matters here.
  }

  /** The value shared by every cell of rect, or null when they differ. */
  get(rect: Rect, prop: string): StyleValue {
    let uniform = true;
    let value: StyleValue = styleDefaults[prop] ?? null;
    for (const layer of this.layers) {
      if (layer.prop !== prop || !intersects(layer.rect, rect)) continue;
      if (contains(layer.rect, rect)) {
        uniform = true;
        value = layer.value;
      } else if (layer.value !== value) {
        uniform = false;
      }
    }
    return uniform ? value : null;
  }

  /** True when some layer touches rect (used by getUsedRange(false), which counts formatted cells). */
  boundsOfFormatted(): Rect[] {
    return this.layers.map((l) => l.rect);
  }
}
