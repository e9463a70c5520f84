// Applying sheet plans to the open workbook in as few batches as Excel's size limits allow.
//
// Batches: knowing the workbook (names, markers, protection, tables and charts of our sheets) takes one batch,
// saved when the caller passes the structure of a snapshot taken in the same refresh. Then every plan's writes
// are queued in order and cut into batches of at most BATCH_BUDGET_BYTES (a block larger than that is written
// in row chunks): a 20,000-row balance goes in one batch. On hosts without ExcelApi 1.12, a newly created
// sheet needs one more small batch to record its id in the registry (the workbook-level marker).
//
// Per owned sheet: protection is checked before anything is written (a protected sheet: clear message,
// nothing written anywhere); the previous report is removed (its tables, charts, conditional formats, frozen
// panes), the sheet is cleared — or, when the previous report had outline groups, replaced by a new sheet at
// the same tab position, since Excel has no call that removes every group — then the plan is written: number formats first (the Text format that keeps text as text must be
// in place before the values, text-guard.ts), values in one 2-D write per block, styles, tables, conditional
// formats, panes, widths, outline, page layout, tab colour, charts. A feature the host lacks (older
// requirement set) is skipped and named in the result, never a failure.
//
// Excel does not undo a batch that fails half-way, and a large report takes several batches. With
// `incompleteNotice`, each report's title cell (the first text of its row 1) shows that notice as soon as the
// report's cells are written, and gets its title back as the very last action of the last batch: a refresh
// interrupted anywhere leaves reports that say so, never reports that look complete. `writeFirst` puts some
// plans' writes before the others' (the history, whose old rows exist nowhere else, is never left cleared by
// a later failure), without changing the order in which new sheets are created (their tab order).
import {
  MARKER_PROPERTY, assertPlan, blockStyleAreas, cellAddress, freeSheetName, freeTableName, parseRange, planFormats,
  rangeAddress, resolveBlock, valueAt, type CellStyle, type SheetPlan,
} from "../core/plan";
import { columnLetters } from "../core/issues";
import { charactersToPoints, queueChart, queueConditionalFormat, queueStyle, queueTable } from "./apply-parts";
import { BATCH_BUDGET_BYTES, jsonBytes } from "./budget";
import { protectedSheetFailure } from "./failure";
import { queueRegistryWrite, type SheetRegistry } from "./markers";
import { queueStructure, type WorkbookStructure } from "./read-input";
import { runExcel, syncBatch, type RunOptions } from "./run";

export interface ApplyOptions extends RunOptions {
  /** The structure read earlier in the same refresh (saves a batch). */
  structure?: WorkbookStructure;
  budgetBytes?: number;
  /** Shown in each report's title cell until the last batch has run (see the file comment). */
  incompleteNotice?: string;
  /** Keys of plans written before the others (creation order is unchanged). */
  writeFirst?: readonly string[];
  /** Key of a plan whose sheet is activated (shown to the user) by the last batch. */
  activate?: string;
  /** Called before each batch is sent: its number (1-based), the number of batches, and whether it adds charts. */
  onBatch?: (batch: number, batches: number, charts: boolean) => void;
}

export interface ApplyResult {
  /** Sheet written per plan key. */
  sheets: Record<string, string>;
  /** Batches sent, the structure batch included when it was read here. */
  batches: number;
  /** Plan features the host could not apply (older Excel), e.g. "outline". */
  skipped: string[];
}

/** One queued step and the bytes it adds to a request. */
interface Step {
  bytes: number;
  queue: (context: Excel.RequestContext) => void;
  /** The step adds a chart. */
  chart?: boolean;
}

/** A copy of the plan whose cell `address` holds `value` (when a block covers that cell). */
export function withCellValue(plan: SheetPlan, address: string, value: string): SheetPlan {
  const at = parseRange(address);
  return {
    ...plan,
    blocks: plan.blocks.map((block) => {
      const origin = parseRange(block.at);
      const r = at.top - origin.top;
      const c = at.left - origin.left;
      const row = block.values[r];
      if (r < 0 || c < 0 || row === undefined || c >= row.length) return block;
      const values = block.values.slice();
      values[r] = row.map((v, i) => (i === c ? value : v));
      return { ...block, values };
    }),
  };
}

/** The cell holding a plan's title: the first text of row 1, else A1. */
export function titleCell(plan: SheetPlan): { address: string; value: string | number | boolean | null } {
  for (let column = 0; column < 26; column++) {
    const value = valueAt(plan, 1, column);
    if (typeof value === "string" && value.trim() !== "") return { address: cellAddress(1, column), value };
  }
  const value = valueAt(plan, 1, 0);
  return { address: "A1", value: value === undefined ? null : value };
}

// What each step adds to a request, as measured on Microsoft's client (its request JSON: object paths and
// actions), rounded up: a style property ~400 bytes, a border side ~750, an outline group (group + hide) ~930.

/** Microsoft's client sends a 2-D write of over 1,500 cells as several sub-writes, each with its paths. */
function arrayBytes(values: unknown[][]): number {
  const cells = values.length * (values[0]?.length ?? 0);
  return Math.ceil(jsonBytes(values) * 1.1) + Math.ceil(cells / 1500) * 400 + 200;
}

const SMALL = 300;
/** Write batches sent in one Excel.run (see the comment at the loop). */
const BATCHES_PER_RUN = 3;
const STYLE_PROPERTY_BYTES = 400;
const BORDER_SIDE_BYTES = 750;
const GROUP_BYTES = 1_000;
/** Outline groups per step, so that a balance of 20,000 clients is cut into batches like the rest. */
const GROUPS_PER_STEP = 500;

function styleBytes(style: CellStyle): number {
  let properties = 0;
  for (const key of ["bold", "italic", "fontColor", "fontSize", "fill", "horizontalAlignment", "verticalAlignment", "wrap"] as const) {
    if (style[key] !== undefined) properties++;
  }
  const sides = style.border === undefined ? 0 : (style.border.edges ?? ["top", "bottom", "left", "right"]).length * 2;
  return 400 + properties * STYLE_PROPERTY_BYTES + sides * BORDER_SIDE_BYTES;
}

export async function applyPlan(plan: SheetPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return applyPlans([plan], options);
}

export async function applyPlans(plans: readonly SheetPlan[], options: ApplyOptions = {}): Promise<ApplyResult> {
  for (const plan of plans) assertPlan(plan);
  const keys = plans.map((p) => p.key);
  if (new Set(keys).size !== keys.length) throw new Error(`Two plans for the same sheet key: ${keys.join(", ")}`);
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;

  {
    let batches = 0;
    let structure = options.structure;
    if (!structure) {
      structure = await runExcel((context) => queueStructure(context), options);
      batches++;
    }
    const { features } = structure;

    // Nothing is written anywhere when one of our sheets is protected.
    for (const plan of plans) {
      const owned = structure.owned.get(plan.key);
      if (owned?.protected) throw protectedSheetFailure(owned.name);
    }

    const skipped = new Set<string>();
    const names = structure.sheets.map((s) => s.name);
    const ownedNames = new Set(plans.flatMap((p) => {
      const o = structure?.owned.get(p.key);
      return o ? [o.name] : [];
    }));
    const tableNames = structure.sheets.filter((s) => !ownedNames.has(s.name)).flatMap((s) => s.tables.map((t) => t.name));
    const registry: SheetRegistry = { ...structure.registry };
    // New sheets come first in the first batch: if Excel refuses to add one (a protected workbook structure),
    // nothing else has been changed yet.
    const creations: Step[] = [];
    const stepsByPlan: Step[][] = [];
    const finals: Step[] = [];
    const created: { key: string; name: string }[] = [];
    const written: Record<string, string> = {};

    for (const original of plans) {
      const notice = options.incompleteNotice;
      const title = titleCell(original);
      // The title cell is written with the notice, and gets its title back in the closing steps.
      const plan = notice === undefined ? original : withCellValue(original, title.address, notice);
      const owned = structure.owned.get(plan.key);
      const name = owned ? owned.name : freeSheetName(plan.sheet, names);
      if (!owned) {
        names.push(name);
        created.push({ key: plan.key, name });
      }
      written[plan.key] = name;
      const sheet = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem(name);
      const steps: Step[] = [];
      stepsByPlan.push(steps);

      // Make room: a fresh sheet, or the previous report removed. A report that had outline groups is
      // replaced by a new sheet at the same place: Excel has no call that removes every group of a sheet.
      const previous = registry[plan.key];
      const recreate = owned !== undefined && previous?.grouped === true;
      if (!owned || recreate) {
        if (recreate) created.push({ key: plan.key, name });
        creations.push({ bytes: SMALL, queue: (context) => {
          if (owned) context.workbook.worksheets.getItem(owned.id).delete();
          const ws = context.workbook.worksheets.add(name);
          if (owned) ws.position = owned.position;
          if (features.customProperties) ws.customProperties.add(MARKER_PROPERTY, plan.key);
        } });
      } else {
        steps.push({ bytes: SMALL * (2 + owned.tables.length + owned.charts.length), queue: (context) => {
          const ws = sheet(context);
          if (features.customProperties) ws.customProperties.add(MARKER_PROPERTY, plan.key);
          for (const t of owned.tables) ws.tables.getItem(t.name).delete();
          for (const c of owned.charts) ws.charts.getItem(c).delete();
          if (features.conditionalFormats) ws.getRange().conditionalFormats.clearAll();
          ws.getRange().clear("All");
          if (features.freezeAndTabColor) ws.freezePanes.unfreeze();
        } });
      }

      // Blocks: formats (Text guard first), then values, then styles.
      for (const block of plan.blocks) {
        const resolved = resolveBlock(block);
        const formats = planFormats(resolved);
        for (const area of formats.areas) {
          steps.push({ bytes: SMALL + area.format.length, queue: (context) => {
            // A single format applies to every cell of the range (Range.numberFormat reference:
            // "…either a single value or a two-dimensional array").
            sheet(context).getRange(area.address).numberFormat = area.format as unknown as string[][];
          } });
        }
        for (const column of formats.columns) {
          steps.push({ bytes: arrayBytes(column.formats), queue: (context) => {
            sheet(context).getRange(column.address).numberFormat = column.formats;
          } });
        }
        const values = resolved.values.map((row) => row.map((v) => (v === null ? "" : v)));
        const totalBytes = arrayBytes(values);
        const chunkRows = totalBytes <= budget / 2 ? values.length
          : Math.max(1, Math.floor(values.length * (budget / 2) / totalBytes));
        for (let start = 0; start < values.length; start += chunkRows) {
          const part = values.slice(start, start + chunkRows);
          const rect = { ...resolved.range, top: resolved.range.top + start, bottom: resolved.range.top + start + part.length - 1 };
          steps.push({ bytes: arrayBytes(part), queue: (context) => {
            sheet(context).getRange(rangeAddress(rect)).values = part;
          } });
        }
        for (const area of blockStyleAreas(block)) {
          steps.push({ bytes: styleBytes(area.style), queue: (context) => queueStyle(sheet(context).getRange(area.address), area.style) });
        }
      }
      if (notice !== undefined) {
        if (valueAt(plan, parseRange(title.address).top, parseRange(title.address).left) !== notice) {
          // The title cell lies in no block: write the notice on its own, right after the blocks.
          steps.push({ bytes: SMALL + notice.length * 2, queue: (context) => {
            sheet(context).getRange(title.address).values = [[notice]];
          } });
        }
        finals.push({ bytes: SMALL + String(title.value ?? "").length * 2, queue: (context) => {
          sheet(context).getRange(title.address).values = [[title.value ?? ""]];
        } });
      }

      for (const table of plan.tables) {
        const tableName = freeTableName(table.name, tableNames);
        tableNames.push(tableName);
        steps.push({ bytes: SMALL * 3, queue: (context) => queueTable(sheet(context), plan, table, tableName) });
      }
      if (plan.conditionalFormats.length > 0) {
        if (!features.conditionalFormats) skipped.add("conditionalFormats");
        else for (const cf of plan.conditionalFormats) steps.push({ bytes: SMALL * 2, queue: (context) => queueConditionalFormat(sheet(context), cf) });
      }
      steps.push({ bytes: SMALL * (2 + plan.columnWidths.length), queue: (context) => {
        const ws = sheet(context);
        if (features.freezeAndTabColor) {
          if (plan.freezeRows > 0 && plan.freezeColumns > 0) {
            ws.freezePanes.freezeAt(ws.getRange(`A1:${cellAddress(plan.freezeRows, plan.freezeColumns - 1)}`));
          } else if (plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
          else if (plan.freezeColumns > 0) ws.freezePanes.freezeColumns(plan.freezeColumns);
          ws.tabColor = plan.tabColor ?? "";
        }
        plan.columnWidths.forEach((width, i) => {
          if (width === null) return;
          const letters = columnLetters(i);
          ws.getRange(`${letters}:${letters}`).format.columnWidth = charactersToPoints(width);
        });
      } });
      if (!features.freezeAndTabColor && (plan.freezeRows > 0 || plan.freezeColumns > 0 || plan.tabColor)) skipped.add("freezePanes");
      if (plan.rowGroups.length > 0) {
        if (!features.outline) skipped.add("outline");
        else {
          for (let i = 0; i < plan.rowGroups.length; i += GROUPS_PER_STEP) {
            const part = plan.rowGroups.slice(i, i + GROUPS_PER_STEP);
            steps.push({ bytes: GROUP_BYTES * part.length, queue: (context) => {
              const ws = sheet(context);
              for (const g of part) ws.getRange(`${g.startRow}:${g.endRow}`).group("ByRows");
              for (const g of part) if (g.collapsed) ws.getRange(`${g.startRow}:${g.endRow}`).hideGroupDetails("ByRows");
            } });
          }
        }
        // Excel's JavaScript API has no setting for where the outline's +/- button sits (summary row above).
        if (plan.rowGroupSummary === "above") skipped.add("rowGroupSummary");
      }
      if (features.pageLayout) {
        steps.push({ bytes: SMALL, queue: (context) => {
          const layout = sheet(context).pageLayout;
          layout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
          // One page wide, as many pages tall as needed (0 = automatic, as Excel's "Fit to … tall" left blank).
          if (plan.print.fitToPage) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          if (plan.print.area) layout.setPrintArea(plan.print.area);
        } });
      } else skipped.add("pageLayout");
      for (const chart of plan.charts) {
        if (chart.secondaryAxisSeries?.length && !features.seriesAxisGroup) skipped.add("secondaryAxis");
        steps.push({ bytes: SMALL * 4, chart: true, queue: (context) => queueChart(sheet(context), plan, chart, features.seriesAxisGroup) });
      }

      registry[plan.key] = {
        id: recreate ? null : owned?.id ?? null,
        name,
        lastRow: lastRowOf(plan),
        grouped: plan.rowGroups.length > 0 && features.outline,
      };
    }
    const first = new Set(options.writeFirst ?? []);
    const ordered = [
      ...plans.flatMap((p, i) => (first.has(p.key) ? stepsByPlan[i] ?? [] : [])),
      ...plans.flatMap((p, i) => (first.has(p.key) ? [] : stepsByPlan[i] ?? [])),
    ];
    const closing: Step[] = [
      { bytes: SMALL + jsonBytes(registry), queue: (context) => queueRegistryWrite(context, registry) },
      ...finals,
    ];
    const shown = options.activate === undefined ? undefined : written[options.activate];
    if (shown !== undefined) {
      closing.push({ bytes: SMALL, queue: (context) => {
        const ws = context.workbook.worksheets.getItem(shown);
        ws.activate();
        ws.getRange("A1").select();
      } });
    }

    // Cut into batches and send. The closing steps (registry, titles back, activation) go together, last.
    const groups: Step[][] = [];
    let current: Step[] = [];
    let size = 0;
    for (const step of [...creations, ...ordered]) {
      if (current.length > 0 && size + step.bytes > budget) {
        groups.push(current);
        current = [];
        size = 0;
      }
      current.push(step);
      size += step.bytes;
    }
    const closingBytes = closing.reduce((n, step) => n + step.bytes, 0);
    if (current.length > 0 && size + closingBytes > budget) {
      groups.push(current);
      current = [];
    }
    current.push(...closing);
    groups.push(current);
    const needIds = created.length > 0 && !features.customProperties;
    const sendGroup = async (context: Excel.RequestContext, g: number): Promise<number> => {
      let sent = 0;
      const group = groups[g] ?? [];
      const last = g === groups.length - 1;
      options.onBatch?.(g + 1, groups.length, group.some((step) => step.chart === true));
      const ids = await syncBatch(context, () => {
        for (const step of group) step.queue(context);
        if (!(last && needIds)) return [];
        return created.map((c) => {
          const ws = context.workbook.worksheets.getItem(c.name);
          ws.load("id");
          return { key: c.key, ws };
        });
      }, options);
      sent++;
      if (ids.length > 0) {
        for (const { key, ws } of ids) {
          const entry = registry[key];
          if (entry) registry[key] = { ...entry, id: ws.id };
        }
        await syncBatch(context, () => queueRegistryWrite(context, registry), options);
        sent++;
      }
      return sent;
    };
    // A few batches per Excel.run: Microsoft's client keeps a reference to every Range created in a run and
    // releases them all in one request when the run ends; a run of hundreds of thousands of ranges would make
    // that request larger than Excel on the web accepts.
    for (let from = 0; from < groups.length; from += BATCHES_PER_RUN) {
      batches += await runExcel(async (context) => {
        let sent = 0;
        for (let g = from; g < Math.min(groups.length, from + BATCHES_PER_RUN); g++) {
          sent += await sendGroup(context, g);
        }
        return sent;
      }, options);
    }
    return { sheets: written, batches, skipped: [...skipped] };
  }
}

/** The last worksheet row the plan writes (blocks, totals rows, groups). */
function lastRowOf(plan: SheetPlan): number {
  let last = 1;
  for (const block of plan.blocks) {
    const rows = block.values.length;
    if (rows > 0) last = Math.max(last, parseRange(block.at).top + rows - 1);
  }
  for (const table of plan.tables) last = Math.max(last, parseRange(table.range).bottom + (table.showTotals ? 1 : 0));
  for (const g of plan.rowGroups) last = Math.max(last, g.endRow);
  return last;
}
