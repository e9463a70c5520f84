// Excel.ChartCollection / Chart (stored enough to assert: type, source, series, title, axes, legend,
// position): https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-charts
import { formatAddress, formatRect } from "../address";
import { HostError, invalidArgument, notFound } from "../errors";
import { readValues } from "../model/read";
import type { EmulatedSheet } from "../model/sheet";
import type { ChartRecord } from "../model/workbook";
import { rangeType } from "./range";
import type { RangeTarget } from "./range-target";
import { recorderType } from "./recorder";
import { hostObject, isHostObject, type Host, type HostObject, type TypeDef } from "./registry";
import { worksheetType } from "./worksheet";

const CHART_TYPES_HINT = /^[A-Z][A-Za-z0-9]*$/;

const chartObject = (c: ChartRecord): HostObject => hostObject(chartType, c);

function rangeArg(arg: unknown, location: string): RangeTarget {
  if (isHostObject(arg) && arg.def === rangeType) return arg.target as RangeTarget;
  throw invalidArgument(location, "expected a Range");
}

/** Series as Excel derives them from the source block: one per column (or row), the first row (or column) naming them. */
function deriveSeries(source: RangeTarget, seriesBy: string, host: Host): Record<string, unknown>[] {
  const { rect } = source;
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && rect.cols > rect.rows);
  const values = readValues(host.workbook, source.sheet, rect);
  const out: Record<string, unknown>[] = [];
  if (byRows) {
    for (let i = 1; i < rect.rows; i++) out.push({ name: String(values[i]?.[0] ?? "") });
  } else {
    for (let j = 1; j < rect.cols; j++) out.push({ name: String(values[0]?.[j] ?? "") });
  }
  if (out.length === 0) out.push({ name: "Series1" });
  return out;
}

const seriesRecorder = recorderType("ChartSeries");

function seriesObject(chart: ChartRecord, index: number): HostObject {
  const store = chart.series[index];
  if (!store) throw notFound("ChartSeriesCollection.getItemAt", String(index));
  return hostObject(seriesRecorder, { store, prefix: "" });
}

export const chartSeriesCollectionType: TypeDef<ChartRecord> = {
  name: "ChartSeriesCollection",
  scalars: { Count: { get: (c) => c.series.length } },
  items: (c) => c.series.map((_, i) => seriesObject(c, i)),
  methods: {
    GetItemAt: (c, [index]) => seriesObject(c, Number(index)),
    GetCount: (c) => c.series.length,
    Add: (c, [name, index]) => {
      const at = index === undefined || index === null ? c.series.length : Number(index);
      c.series.splice(at, 0, { name: name === undefined || name === null ? `Series${c.series.length + 1}` : String(name) });
      return seriesObject(c, at);
    },
  },
};

const part = (label: string, prefix: string) => (c: ChartRecord) => hostObject(recorderType(label), { store: c.props, prefix });

export const chartType: TypeDef<ChartRecord> = {
  name: "Chart",
  idKey: "Id",
  id: (c) => c.id,
  scalars: {
    Id: { get: (c) => c.id },
    Name: {
      get: (c) => c.name,
      set: (c, v) => {
        c.name = String(v);
      },
    },
    ChartType: {
      get: (c) => c.chartType,
      set: (c, v) => {
        if (typeof v !== "string" || !CHART_TYPES_HINT.test(v)) throw invalidArgument("Chart.chartType", String(v));
        c.chartType = v;
      },
    },
    Top: { get: (c) => c.top, set: (c, v) => void (c.top = Number(v)) },
    Left: { get: (c) => c.left, set: (c, v) => void (c.left = Number(v)) },
    Width: { get: (c) => c.width, set: (c, v) => void (c.width = Number(v)) },
    Height: { get: (c) => c.height, set: (c, v) => void (c.height = Number(v)) },
  },
  navs: {
    Title: part("ChartTitle", "title."),
    Legend: part("ChartLegend", "legend."),
    Axes: part("ChartAxes", "axes."),
    DataLabels: part("ChartDataLabels", "dataLabels."),
    Format: part("ChartAreaFormat", "format."),
    PlotArea: part("ChartPlotArea", "plotArea."),
    Series: (c) => hostObject(chartSeriesCollectionType, c),
    Worksheet: (c) => hostObject(worksheetType, c.sheet),
  },
  methods: {
    // "Positions the chart relative to cells on the worksheet." startCell, optional endCell.
    // https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setposition-member(1)
    SetPosition: (c, [start, end]) => {
      const text = (v: unknown): string | undefined =>
        isHostObject(v) && v.def === rangeType ? formatRect((v.target as RangeTarget).rect) : typeof v === "string" ? v : undefined;
      const startText = text(start);
      if (!startText) throw invalidArgument("Chart.setPosition", "startCell");
      const endText = text(end);
      c.position = endText === undefined ? { start: startText } : { start: startText, end: endText };
      return undefined;
    },
    SetData: (c, [source, seriesBy], host) => {
      const target = rangeArg(source, "Chart.setData");
      c.source = target.rect;
      c.seriesBy = typeof seriesBy === "string" ? seriesBy : "Auto";
      c.series = deriveSeries(target, c.seriesBy, host);
      return undefined;
    },
    Activate: () => undefined,
    Delete: (c, _args, host) => {
      host.workbook.charts.splice(host.workbook.charts.indexOf(c), 1);
      return undefined;
    },
  },
};

const chartsOn = (sheet: EmulatedSheet, host: Host): ChartRecord[] => host.workbook.chartsOf(sheet);

export const chartCollectionType: TypeDef<EmulatedSheet> = {
  name: "ChartCollection",
  scalars: { Count: { get: (s, host) => chartsOn(s, host).length } },
  items: (s, host) => chartsOn(s, host).map(chartObject),
  indexer: (s, [name], host) => {
    const found = chartsOn(s, host).find((c) => c.name === name || c.id === name);
    if (!found) throw notFound("ChartCollection.getItem", String(name));
    return chartObject(found);
  },
  methods: {
    // https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)
    Add: (s, [type, source, seriesBy], host) => {
      const target = rangeArg(source, "ChartCollection.add");
      if (target.sheet !== s) throw new HostError("InvalidArgument", "ChartCollection.add", "source on another sheet");
      if (typeof type !== "string" || !CHART_TYPES_HINT.test(type)) throw invalidArgument("ChartCollection.add", String(type));
      const by = typeof seriesBy === "string" ? seriesBy : "Auto";
      const n = host.workbook.charts.length + 1;
      const record: ChartRecord = {
        id: host.workbook.newId(),
        name: `Chart ${n}`,
        sheet: s,
        chartType: type,
        source: target.rect,
        seriesBy: by,
        props: {},
        series: deriveSeries(target, by, host),
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      host.workbook.charts.push(record);
      return chartObject(record);
    },
    GetItem: (s, [name], host) => {
      const found = chartsOn(s, host).find((c) => c.name === name || c.id === name);
      if (!found) throw notFound("ChartCollection.getItem", String(name));
      return chartObject(found);
    },
    GetItemOrNullObject: (s, [name], host) => {
      const found = chartsOn(s, host).find((c) => c.name === name || c.id === name);
      return found ? chartObject(found) : null;
    },
    GetItemAt: (s, [index], host) => {
      const found = chartsOn(s, host)[Number(index)];
      if (!found) throw notFound("ChartCollection.getItemAt", String(index));
      return chartObject(found);
    },
    GetCount: (s, _args, host) => chartsOn(s, host).length,
  },
};

/** For assertions: the chart's source as "Sheet!A1:C5". */
export function chartSourceAddress(c: ChartRecord): string {
  return formatAddress(c.sheet.name, c.source);
}
