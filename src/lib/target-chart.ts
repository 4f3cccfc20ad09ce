// A small chart of one indicator of one place across the years, drawn at build time: each year's
// target as a band (a range, a floor with the room above it, a ceiling with the room below it, a
// value with the tolerance of 左右) and its outcome as a dot, met or missed. Pure geometry: the
// component (TargetChart.astro) writes it as SVG, its colours from the page's CSS variables, so it
// needs no JavaScript and follows the light and dark themes. After owid-grapher's idea of a chart
// as data plus a small spec, always beside a table of the same numbers.
import { ABOUT_TOLERANCE, RATE_UNITS } from '../pipeline/outcome-rules.ts';
import { comparableUnits, unitBase } from '../pipeline/outcomes.ts';
import type { PanelRow } from '../schemas/panel.ts';

export interface ChartPoint {
  year: number;
  row: PanelRow;
  /** The outcome in the target's terms (signed, in the target's multiplier), when comparable. */
  outcome: number | null;
}

export interface ChartSeries {
  indicator: string;
  measure: PanelRow['target']['measure'];
  unit: string;
  points: ChartPoint[];
}

/** A place's rows as series: one an indicator, measure and unit, each with a number to draw. */
export function chartSeries(rows: PanelRow[]): ChartSeries[] {
  const groups = new Map<string, ChartSeries>();
  for (const row of rows) {
    const { target } = row;
    if (target.qualifier === 'qualitative') continue;
    const unit = unitBase(target.unit).base;
    const key = `${row.indicator}\u0000${target.measure}\u0000${unit}`;
    let series = groups.get(key);
    if (!series) {
      series = { indicator: row.indicator, measure: target.measure, unit: target.unit, points: [] };
      groups.set(key, series);
    }
    if (series.points.some((point) => point.year === row.year)) continue;
    const outcome = row.outcome;
    const comparable =
      outcome !== null &&
      (outcome.measure === 'level') === (target.measure === 'level') &&
      comparableUnits(outcome.unit, target.unit);
    const sign = target.measure !== 'level' && outcome && outcome.measure !== target.measure ? -1 : 1;
    const scale = outcome ? unitBase(outcome.unit).factor / unitBase(target.unit).factor : 1;
    series.points.push({ year: row.year, row, outcome: comparable ? sign * outcome.value * scale : null });
  }
  return [...groups.values()].filter((series) => series.points.length > 0);
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** The plot's box inside the SVG. */
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  bands: { x: number; width: number; y: number; height: number; kind: 'range' | 'floor' | 'ceiling' | 'value' }[];
  /** The written bound's edge: a line across the band (the floor of 6%以上, the ceiling of 5.5%以内). */
  edges: { x1: number; x2: number; y: number }[];
  dots: { x: number; y: number; status: PanelRow['status']; label: string }[];
}

const WIDTH = 300;
const HEIGHT = 170;

/** Up to five round ticks between two values. */
function ticks(min: number, max: number): number[] {
  const span = max - min || 1;
  const step0 = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((each) => each * magnitude).find((each) => each >= step0)!;
  const found: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + 1e-9; value += step)
    found.push(Number(value.toFixed(6)));
  return found;
}

/** The chart of one series: its scales, the targets' bands and the outcomes' dots. */
export function chartGeometry(series: ChartSeries): ChartGeometry {
  const plot = { left: 40, right: WIDTH - 8, top: 10, bottom: HEIGHT - 24 };
  const years = series.points.map((point) => point.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const slots = last - first + 1;
  const slot = (plot.right - plot.left) / slots;
  const xOf = (year: number) => plot.left + (year - first + 0.5) * slot;
  const rate = RATE_UNITS.test(series.unit);
  const tolerance = (value: number) => (rate ? ABOUT_TOLERANCE.points : Math.abs(value) * ABOUT_TOLERANCE.share);
  // Every value drawn: the bounds (with the room of 左右) and the outcomes.
  const values = series.points
    .flatMap((point) => {
      const { lower, upper, qualifier } = point.row.target;
      const room = qualifier === 'about' && lower !== null ? tolerance(lower) : 0;
      return [lower === null ? null : lower - room, upper === null ? null : upper + room, point.outcome];
    })
    .filter((value): value is number => value !== null);
  let min = Math.min(...values);
  let max = Math.max(...values);
  const pad = (max - min || Math.abs(max) || 1) * 0.2;
  min -= pad;
  max += pad;
  if (min > 0 && min < pad * 2) min = 0;
  const yTickValues = ticks(min, max);
  min = Math.min(min, yTickValues[0]!);
  max = Math.max(max, yTickValues.at(-1)!);
  const yOf = (value: number) => plot.bottom - ((value - min) / (max - min)) * (plot.bottom - plot.top);
  const bandWidth = Math.min(slot * 0.6, 28);
  const bands: ChartGeometry['bands'] = [];
  const edges: ChartGeometry['edges'] = [];
  const dots: ChartGeometry['dots'] = [];
  for (const point of series.points) {
    const { lower, upper, qualifier } = point.row.target;
    const x = xOf(point.year) - bandWidth / 2;
    const band = (from: number, to: number, kind: ChartGeometry['bands'][number]['kind']) =>
      bands.push({ x, width: bandWidth, y: yOf(to), height: Math.max(yOf(from) - yOf(to), 2), kind });
    const edge = (value: number) => edges.push({ x1: x, x2: x + bandWidth, y: yOf(value) });
    if (qualifier === 'at-least') {
      band(lower!, max, 'floor');
      edge(lower!);
    } else if (qualifier === 'at-most') {
      band(min, upper!, 'ceiling');
      edge(upper!);
    } else if (qualifier === 'range') {
      band(lower!, upper!, 'range');
    } else if (qualifier === 'about') {
      band(lower! - tolerance(lower!), upper! + tolerance(upper!), 'value');
      edge(lower!);
    } else {
      band(lower!, upper!, 'value');
      edge(lower!);
    }
    if (point.outcome !== null) {
      dots.push({
        x: xOf(point.year),
        y: yOf(point.outcome),
        status: point.row.status,
        label: String(point.row.outcome!.value),
      });
    }
  }
  const every = slots <= 8 ? 1 : slots <= 16 ? 2 : 5;
  const xTicks = Array.from({ length: slots }, (_, index) => first + index)
    .filter((year) => (year - first) % every === 0)
    .map((year) => ({ x: xOf(year), label: slots <= 8 ? String(year) : `’${String(year).slice(2)}` }));
  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    yTicks: yTickValues.map((value) => ({ y: yOf(value), label: String(value) })),
    xTicks,
    bands,
    edges,
    dots,
  };
}
