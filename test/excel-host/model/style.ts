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

interface Entry {
  layer: StyleLayer;
  seq: number;
  alive: boolean;
}

interface PropLayers {
  /** In write order. */
  entries: Entry[];
  /** Entries by their rectangle's first row, to find the layers a new write covers without scanning them all. */
  byRow: Map<number, Entry[]>;
  dead: number;
}

export class StyleLayers {
  private readonly props = new Map<string, PropLayers>();
  private seq = 0;

  /** Every layer still in effect, in write order. */
  get layers(): StyleLayer[] {
    const all: Entry[] = [];
    for (const p of this.props.values()) for (const e of p.entries) if (e.alive) all.push(e);
    return all.sort((a, b) => a.seq - b.seq).map((e) => e.layer);
  }

  private bucket(prop: string): PropLayers {
    let p = this.props.get(prop);
    if (!p) {
      p = { entries: [], byRow: new Map(), dead: 0 };
      this.props.set(prop, p);
    }
    return p;
  }

  /** Drops the layers of `p` that lie inside rect (they are hidden by a newer write, or cleared). */
  private dropInside(p: PropLayers, rect: Rect): void {
    const kill = (e: Entry): void => {
      if (e.alive && contains(rect, e.layer.rect)) {
        e.alive = false;
        p.dead++;
      }
    };
    if (rect.rows < p.entries.length - p.dead) {
      for (let r = rect.row; r < rect.row + rect.rows; r++) for (const e of p.byRow.get(r) ?? []) kill(e);
    } else {
      for (const e of p.entries) kill(e);
    }
    if (p.dead > 64 && p.dead * 2 > p.entries.length) {
      p.entries = p.entries.filter((e) => e.alive);
      p.byRow = new Map();
      for (const e of p.entries) {
        const list = p.byRow.get(e.layer.rect.row);
        if (list) list.push(e);
        else p.byRow.set(e.layer.rect.row, [e]);
      }
      p.dead = 0;
    }
  }

  set(rect: Rect, prop: string, value: StyleValue): void {
    // A layer that covers an older one for the same property replaces it (keeps the list short).
    const p = this.bucket(prop);
    this.dropInside(p, rect);
    const entry: Entry = { layer: { rect: { ...rect }, prop, value }, seq: this.seq++, alive: true };
    p.entries.push(entry);
    const list = p.byRow.get(rect.row);
    if (list) list.push(entry);
    else p.byRow.set(rect.row, [entry]);
  }

  clear(rect: Rect): void {
    for (const p of this.props.values()) this.dropInside(p, rect);
    // Partly covered layers stay: reading over them reports a mixed value, which is what matters here.
  }

  /** The value shared by every cell of rect, or null when they differ. */
  get(rect: Rect, prop: string): StyleValue {
    let uniform = true;
    let value: StyleValue = styleDefaults[prop] ?? null;
    for (const e of this.props.get(prop)?.entries ?? []) {
      const layer = e.layer;
      if (!e.alive || !intersects(layer.rect, rect)) continue;
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
