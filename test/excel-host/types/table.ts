// Excel.TableCollection / Table / TableRowCollection / TableColumnCollection:
// https://learn.microsoft.com/javascript/api/excel/excel.table
import { parseAddress, type Rect } from "../address";
import { HostError, invalidArgument, notFound } from "../errors";
import { readValues } from "../model/read";
import type { EmulatedSheet } from "../model/sheet";
import type { TableRecord } from "../model/workbook";
import { rangeType } from "./range";
import { setValues } from "./range-cells";
import { shiftCells } from "./range-shift";
import { assertWritable, intersect, type RangeTarget } from "./range-target";
import { hostObject, isHostObject, type Host, type HostObject, type TypeDef } from "./registry";
import { worksheetType } from "./worksheet";

interface TablesTarget {
  /** Undefined for workbook.tables. */
  readonly sheet?: EmulatedSheet;
}

const tableObject = (t: TableRecord): HostObject => hostObject(tableType, t);

const headerRows = (t: TableRecord): number => (t.showHeaders ? 1 : 0);
const totalRows = (t: TableRecord): number => (t.showTotals ? 1 : 0);
const dataRect = (t: TableRecord): Rect => ({
  ...t.rect,
  row: t.rect.row + headerRows(t),
  rows: t.rect.rows - headerRows(t) - totalRows(t),
});
const rangeOf = (t: TableRecord, rect: Rect): HostObject => hostObject(rangeType, { sheet: t.sheet, rect });

function findTable(host: Host, scope: TablesTarget, key: unknown): TableRecord | undefined {
  const wanted = String(key).toLowerCase();
  return host.workbook.tables.find(
    (t) => (scope.sheet === undefined || t.sheet === scope.sheet) && (t.name.toLowerCase() === wanted || t.id === key),
  );
}

/** Table names: start with a letter or underscore, letters/digits/underscores/dots, unique in the workbook. */
function checkTableName(name: unknown, host: Host, self: TableRecord | undefined, location: string): string {
  if (typeof name !== "string" || !/^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name)) {
    throw invalidArgument(location, `table name ${JSON.stringify(name)}`);
  }
  const clash = host.workbook.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (clash && clash !== self) throw new HostError("ItemAlreadyExists", location, name);
  return name;
}

function addTable(scope: TablesTarget, address: unknown, hasHeaders: unknown, host: Host): HostObject {
  const book = host.workbook;
  let sheet: EmulatedSheet | undefined;
  let rect: Rect;
  if (isHostObject(address) && address.def === rangeType) {
    const target = address.target as RangeTarget;
    sheet = target.sheet;
    rect = { ...target.rect };
  } else if (typeof address === "string") {
    const parsed = parseAddress(address);
    if (!parsed) throw invalidArgument("TableCollection.add", address);
    sheet = parsed.sheet !== undefined ? book.sheet(parsed.sheet) : (scope.sheet ?? book.activeSheet ?? book.sheets[0]);
    if (!sheet) throw notFound("TableCollection.add", address);
    rect = parsed.rect;
  } else {
    throw invalidArgument("TableCollection.add", "address");
  }
  if (scope.sheet && sheet !== scope.sheet) throw invalidArgument("TableCollection.add", "range on another sheet");
  assertWritable(sheet, "TableCollection.add");
  // A table cannot overlap another table (Excel refuses the operation).
  if (book.tables.some((t) => t.sheet === sheet && intersect(t.rect, rect))) {
    throw new HostError("InvalidOperation", "TableCollection.add", "overlaps another table");
  }
  if (hasHeaders !== true) {
    // Without headers Excel inserts a header row (Column1, Column2, …) above the data.
    shiftCells(sheet, { row: rect.row, col: rect.col, rows: 1, cols: rect.cols }, "Down");
    rect = { ...rect, rows: rect.rows + 1 };
  }
  for (let j = 0; j < rect.cols; j++) {
    const cell = sheet.stored(rect.row, rect.col + j);
    if (cell === undefined || cell === "") sheet.setStored(rect.row, rect.col + j, `Column${j + 1}`);
  }
  let n = book.tables.length + 1;
  while (book.tables.some((t) => t.name === `Table${n}`)) n++;
  const record: TableRecord = {
    id: book.newId(),
    name: `Table${n}`,
    sheet,
    rect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
    highlightFirstColumn: false,
    highlightLastColumn: false,
  };
  book.tables.push(record);
  return tableObject(record);
}

const flag = (key: "showBandedRows" | "showBandedColumns" | "showFilterButton" | "highlightFirstColumn" | "highlightLastColumn") => ({
  get: (t: TableRecord) => t[key],
  set: (t: TableRecord, v: unknown) => {
    t[key] = v === true;
  },
});

interface RowTarget {
  readonly table: TableRecord;
  readonly index: number;
}

export const tableRowType: TypeDef<RowTarget> = {
  name: "TableRow",
  scalars: {
    Index: { get: (r) => r.index },
    Values: {
      get: (r, host) => readValues(host.workbook, r.table.sheet, { ...dataRect(r.table), row: dataRect(r.table).row + r.index, rows: 1 }),
      set: (r, v) => setValues({ sheet: r.table.sheet, rect: { ...dataRect(r.table), row: dataRect(r.table).row + r.index, rows: 1 } }, v, "TableRow.values"),
    },
  },
  methods: {
    GetRange: (r) => rangeOf(r.table, { ...dataRect(r.table), row: dataRect(r.table).row + r.index, rows: 1 }),
    Delete: (r) => {
      const rect = { ...dataRect(r.table), row: dataRect(r.table).row + r.index, rows: 1 };
      r.table.sheet.clear(rect, "All");
      shiftCells(r.table.sheet, rect, "Up");
      r.table.rect = { ...r.table.rect, rows: r.table.rect.rows - 1 };
      return undefined;
    },
  },
};

export const tableRowCollectionType: TypeDef<TableRecord> = {
  name: "TableRowCollection",
  scalars: { Count: { get: (t) => dataRect(t).rows } },
  items: (t) => Array.from({ length: dataRect(t).rows }, (_, index) => hostObject(tableRowType, { table: t, index })),
  methods: {
    GetCount: (t) => dataRect(t).rows,
    // "Adds one or more rows to the table." values: 2-D array of the rows to add.
    // https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)
    Add: (t, [index, values]) => {
      assertWritable(t.sheet, "TableRowCollection.add");
      const rows: unknown[] = Array.isArray(values) ? values : [[]];
      const n = Math.max(rows.length, 1);
      const data = dataRect(t);
      const at = index === undefined || index === null ? data.rows : Number(index);
      if (!Number.isInteger(at) || at < 0 || at > data.rows) throw invalidArgument("TableRowCollection.add", String(index));
      const insertRect = { row: data.row + at, col: t.rect.col, rows: n, cols: t.rect.cols };
      shiftCells(t.sheet, insertRect, "Down");
      t.rect = { ...t.rect, rows: t.rect.rows + n };
      if (Array.isArray(values)) setValues({ sheet: t.sheet, rect: insertRect }, values, "TableRowCollection.add");
      return hostObject(tableRowType, { table: t, index: at });
    },
    GetItemAt: (t, [index]) => {
      const i = Number(index);
      if (!Number.isInteger(i) || i < 0 || i >= dataRect(t).rows) throw notFound("TableRowCollection.getItemAt", String(index));
      return hostObject(tableRowType, { table: t, index: i });
    },
  },
};

interface ColumnTarget {
  readonly table: TableRecord;
  readonly index: number;
}

const columnRect = (c: ColumnTarget): Rect => ({ ...c.table.rect, col: c.table.rect.col + c.index, cols: 1 });

export const tableColumnType: TypeDef<ColumnTarget> = {
  name: "TableColumn",
  idKey: "Id",
  id: (c) => String(c.index + 1),
  scalars: {
    Id: { get: (c) => c.index + 1 },
    Index: { get: (c) => c.index },
    Name: {
      get: (c) => String(c.table.sheet.stored(c.table.rect.row, c.table.rect.col + c.index) ?? ""),
      set: (c, v) => {
        assertWritable(c.table.sheet, "TableColumn.name");
        c.table.sheet.setStored(c.table.rect.row, c.table.rect.col + c.index, String(v));
      },
    },
    Values: {
      get: (c, host) => readValues(host.workbook, c.table.sheet, columnRect(c)),
      set: (c, v) => setValues({ sheet: c.table.sheet, rect: columnRect(c) }, v, "TableColumn.values"),
    },
  },
  methods: {
    GetRange: (c) => rangeOf(c.table, columnRect(c)),
    GetDataBodyRange: (c) => rangeOf(c.table, { ...dataRect(c.table), col: c.table.rect.col + c.index, cols: 1 }),
    GetHeaderRowRange: (c) => rangeOf(c.table, { row: c.table.rect.row, col: c.table.rect.col + c.index, rows: 1, cols: 1 }),
  },
};

function columnByKey(t: TableRecord, key: unknown): ColumnTarget | undefined {
  for (let i = 0; i < t.rect.cols; i++) {
    const name = String(t.sheet.stored(t.rect.row, t.rect.col + i) ?? "");
    if (String(i + 1) === String(key) || name.toLowerCase() === String(key).toLowerCase()) return { table: t, index: i };
  }
  return undefined;
}

export const tableColumnCollectionType: TypeDef<TableRecord> = {
  name: "TableColumnCollection",
  scalars: { Count: { get: (t) => t.rect.cols } },
  items: (t) => Array.from({ length: t.rect.cols }, (_, index) => hostObject(tableColumnType, { table: t, index })),
  indexer: (t, [key]) => {
    const c = columnByKey(t, key);
    if (!c) throw notFound("TableColumnCollection.getItem", String(key));
    return hostObject(tableColumnType, c);
  },
  methods: {
    GetCount: (t) => t.rect.cols,
    GetItemOrNullObject: (t, [key]) => {
      const c = columnByKey(t, key);
      return c ? hostObject(tableColumnType, c) : null;
    },
  },
};

export const tableType: TypeDef<TableRecord> = {
  name: "Table",
  idKey: "Id",
  id: (t) => t.id,
  scalars: {
    Id: { get: (t) => t.id },
    Name: {
      get: (t) => t.name,
      set: (t, v, host) => {
        t.name = checkTableName(v, host, t, "Table.name");
      },
    },
    Style: {
      get: (t) => t.style,
      set: (t, v) => {
        t.style = String(v);
      },
    },
    ShowHeaders: {
      get: (t) => t.showHeaders,
      set: (t, v) => {
        t.showHeaders = v === true;
      },
    },
    ShowTotals: {
      get: (t) => t.showTotals,
      set: (t, v) => {
        const on = v === true;
        if (on === t.showTotals) return;
        t.showTotals = on;
        const totalRow = t.rect.row + t.rect.rows;
        if (on) {
          t.rect = { ...t.rect, rows: t.rect.rows + 1 };
          t.sheet.setStored(totalRow, t.rect.col, "Total");
        } else {
          t.sheet.clear({ row: totalRow - 1, col: t.rect.col, rows: 1, cols: t.rect.cols }, "All");
          t.rect = { ...t.rect, rows: t.rect.rows - 1 };
        }
      },
    },
    ShowBandedRows: flag("showBandedRows"),
    ShowBandedColumns: flag("showBandedColumns"),
    ShowFilterButton: flag("showFilterButton"),
    HighlightFirstColumn: flag("highlightFirstColumn"),
    HighlightLastColumn: flag("highlightLastColumn"),
  },
  navs: {
    Worksheet: (t) => hostObject(worksheetType, t.sheet),
    Rows: (t) => hostObject(tableRowCollectionType, t),
    Columns: (t) => hostObject(tableColumnCollectionType, t),
  },
  methods: {
    GetRange: (t) => rangeOf(t, t.rect),
    GetHeaderRowRange: (t) => {
      if (!t.showHeaders) throw notFound("Table.getHeaderRowRange");
      return rangeOf(t, { ...t.rect, rows: 1 });
    },
    GetDataBodyRange: (t) => rangeOf(t, dataRect(t)),
    GetTotalRowRange: (t) => {
      if (!t.showTotals) throw notFound("Table.getTotalRowRange");
      return rangeOf(t, { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 });
    },
    Delete: (t, _args, host) => {
      assertWritable(t.sheet, "Table.delete");
      t.sheet.clear(t.rect, "All");
      host.workbook.tables.splice(host.workbook.tables.indexOf(t), 1);
      return undefined;
    },
    ConvertToRange: (t, _args, host) => {
      host.workbook.tables.splice(host.workbook.tables.indexOf(t), 1);
      return rangeOf(t, t.rect);
    },
    ClearFilters: () => undefined,
  },
  since: { ShowFilterButton: "1.3", ClearFilters: "1.2", ConvertToRange: "1.2", Worksheet: "1.2" },
};

export const tableCollectionType: TypeDef<TablesTarget> = {
  name: "TableCollection",
  scalars: {
    Count: { get: (scope, host) => host.workbook.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet).length },
  },
  items: (scope, host) => host.workbook.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet).map(tableObject),
  indexer: (scope, [key], host) => {
    const t = findTable(host, scope, key);
    if (!t) throw notFound("TableCollection.getItem", String(key));
    return tableObject(t);
  },
  methods: {
    Add: (scope, [address, hasHeaders], host) => addTable(scope, address, hasHeaders, host),
    GetItemOrNullObject: (scope, [key], host) => {
      const t = findTable(host, scope, key);
      return t ? tableObject(t) : null;
    },
    GetCount: (scope, _args, host) => host.workbook.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet).length,
  },
  since: { GetItemOrNullObject: "1.4", GetCount: "1.4" },
};

/** Used by the harness to seed tables. */
export function seedTable(host: Host, sheet: EmulatedSheet, name: string, address: string): TableRecord {
  const obj = addTable({ sheet }, address, true, host);
  const record = obj.target as TableRecord;
  record.name = checkTableName(name, host, record, "seed");
  return record;
}
