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
import {
  MARKER_PROPERTY, assertPlan, blockStyleAreas, cellAddress, freeSheetName, freeTableName, parseRange, planFormats,
  rangeAddress, resolveBlock, type SheetPlan,
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
}

/** Microsoft's client sends a 2-D write of over 1,500 cells as several sub-writes, each with its paths. */
function arrayBytes(values: unknown[][]): number {
  const cells = values.length * (values[0]?.length ?? 0);
  return jsonBytes(values) + Math.ceil(cells / 1500) * 400 + 200;
}

const SMALL = 300;

export async function applyPlan(plan: SheetPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return applyPlans([plan], options);
}

export async function applyPlans(plans: readonly SheetPlan[], options: ApplyOptions = {}): Promise<ApplyResult> {
  for (const plan of plans) assertPlan(plan);
  const keys = plans.map((p) => p.key);
  if (new Set(keys).size !== keys.length) throw new Error(`Two plans for the same sheet key: ${keys.join(", ")}`);
  const budget = options.budgetBytes ?? BATCH_BUDGET_BYTES;

  return runExcel(async (context) => {
    let batches = 0;
    let structure = options.structure;
    if (!structure) {
      structure = await queueStructure(context);
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
    const steps: Step[] = [];
    const created: { key: string; name: string }[] = [];
    const written: Record<string, string> = {};

    for (const plan of plans) {
      const owned = structure.owned.get(plan.key);
      const name = owned ? owned.name : freeSheetName(plan.sheet, names);
      if (!owned) {
        names.push(name);
        created.push({ key: plan.key, name });
      }
      written[plan.key] = name;
      const sheet = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem(name);

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
          steps.push({ bytes: SMALL * 3, queue: (context) => queueStyle(sheet(context).getRange(area.address), area.style) });
        }
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
        else steps.push({ bytes: SMALL * plan.rowGroups.length, queue: (context) => {
          const ws = sheet(context);
          for (const g of plan.rowGroups) ws.getRange(`${g.startRow}:${g.endRow}`).group("ByRows");
          for (const g of plan.rowGroups) if (g.collapsed) ws.getRange(`${g.startRow}:${g.endRow}`).hideGroupDetails("ByRows");
        } });
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
        steps.push({ bytes: SMALL * 4, queue: (context) => queueChart(sheet(context), plan, chart, features.seriesAxisGroup) });
      }

      registry[plan.key] = {
        id: recreate ? null : owned?.id ?? null,
        name,
        lastRow: lastRowOf(plan),
        grouped: plan.rowGroups.length > 0 && features.outline,
      };
    }
    steps.push({ bytes: SMALL + jsonBytes(registry), queue: (context) => queueRegistryWrite(context, registry) });

    // Cut into batches and send.
    const groups: Step[][] = [];
    let current: Step[] = [];
    let size = 0;
    for (const step of [...creations, ...steps]) {
      if (current.length > 0 && size + step.bytes > budget) {
        groups.push(current);
        current = [];
        size = 0;
      }
      current.push(step);
      size += step.bytes;
    }
    if (current.length > 0) groups.push(current);
    const needIds = created.length > 0 && !features.customProperties;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] ?? [];
      const last = g === groups.length - 1;
      const ids = await syncBatch(context, () => {
        for (const step of group) step.queue(context);
        if (!(last && needIds)) return [];
        return created.map((c) => {
          const ws = context.workbook.worksheets.getItem(c.name);
          ws.load("id");
          return { key: c.key, ws };
        });
      }, options);
      batches++;
      if (ids.length > 0) {
        for (const { key, ws } of ids) {
          const entry = registry[key];
          if (entry) registry[key] = { ...entry, id: ws.id };
        }
        await syncBatch(context, () => queueRegistryWrite(context, registry), options);
        batches++;
      }
    }
    return { sheets: written, batches, skipped: [...skipped] };
  }, options);
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
