/**
 * Geometry of the small trend charts (a principle's means, a word-of-mouth number), shared by
 * the SVG on screen and the vector drawing in the PDF. Coordinates are in the caller's units:
 * pixels on screen, millimetres in the PDF. Pure: no DOM.
 */
import type { Point } from './radar-geometry';

export type ValueScale = { min: number; max: number; ticks: number[] };

/** Where the plot sits inside the chart's box: room on the left for the scale, below for dates. */
export type PlotBox = { left: number; top: number; width: number; height: number };

/** The principles' rating scale, 1–5, with a tick at every step. */
export const SCORE_SCALE: ValueScale = { min: 1, max: 5, ticks: [1, 2, 3, 4, 5] };

/** 1, 2 or 5 times a power of ten: the step that gives at most `maxTicks` steps over `range`. */
function roundStep(range: number, maxTicks: number): number {
  const rough = range / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((factor) => factor * power).find((s) => s >= rough) ?? 10 * power;
}

/** A whole-number step, for counts. */
const niceStep = (top: number, maxTicks: number) => Math.max(1, roundStep(top, maxTicks));

/** Ticks from `min` to `max` by `step`, without the float noise of repeated decimal steps. */
const ticksOf = (min: number, max: number, step: number) =>
  Array.from({ length: Math.round((max - min) / step) + 1 }, (_, index) =>
    Number((min + index * step).toPrecision(12)),
  );

/**
 * A scale from zero to a round number above every value (counts of people: whole numbers), with
 * at most five steps. All values missing or zero still give a visible scale, 0–5.
 */
export function countScale(values: readonly (number | null)[], maxTicks = 5): ValueScale {
  const top = Math.max(0, ...values.filter((value): value is number => value !== null));
  if (top === 0) return { min: 0, max: 5, ticks: [0, 1, 2, 3, 4, 5] };
  const step = niceStep(top, maxTicks);
  const max = Math.ceil(top / step) * step;
  return { min: 0, max, ticks: ticksOf(0, max, step) };
}

/**
 * A scale for measured values of any size (an indicator's percentages, scores, euros): from zero,
 * or a round number below a negative value, to a round number above the highest, in at most
 * `maxTicks` steps that may be fractions (0.2, 0.5).
 */
export function measureScale(values: readonly (number | null)[], maxTicks = 5): ValueScale {
  const known = values.filter((value): value is number => value !== null);
  const low = Math.min(0, ...known);
  const high = Math.max(0, ...known);
  if (low === high) return countScale([], maxTicks);
  const step = roundStep(high - low, maxTicks);
  const min = Number((Math.floor(low / step) * step).toPrecision(12));
  const max = Number((Math.ceil(high / step) * step).toPrecision(12));
  return { min, max, ticks: ticksOf(min, max, step) };
}

/** The x of the index-th of `count` points, spread evenly with half a step of room at each end. */
export function xAt(index: number, count: number, box: PlotBox): number {
  if (count <= 1) return box.left + box.width / 2;
  const step = box.width / count;
  return box.left + step * (index + 0.5);
}

/** The y of a value: the scale's minimum at the bottom of the plot; values are clamped to it. */
export function yAt(value: number, scale: ValueScale, box: PlotBox): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  const share = scale.max === scale.min ? 0.5 : (clamped - scale.min) / (scale.max - scale.min);
  return box.top + box.height * (1 - share);
}

export type ChartPoint = Point & { index: number; value: number };

/** The points of the values that are known; a missing value (null) has no point. */
export function chartPoints(
  values: readonly (number | null)[],
  scale: ValueScale,
  box: PlotBox,
): ChartPoint[] {
  return values.flatMap((value, index) =>
    value === null
      ? []
      : [{ index, value, x: xAt(index, values.length, box), y: yAt(value, scale, box) }],
  );
}

/**
 * The line through the points as runs of connected points: a missing value between two known
 * ones breaks the line, so a review without ratings is never drawn as if it had some.
 */
export function lineRuns(points: readonly ChartPoint[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  for (const point of points) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && previous.index === point.index - 1) run.push(point);
    else runs.push([point]);
  }
  return runs;
}

/** A value's label: its gap from the point and its height, in the chart's units. */
export type LabelSize = { gap: number; height: number };

/**
 * Whether a value's label goes below its point rather than above: above unless that would leave
 * the plot or sit on the target line; then below, unless that sits on the line too.
 */
export function labelBelow(
  point: Point,
  box: PlotBox,
  targetY: number | null,
  label: LabelSize,
): boolean {
  const onTarget = (top: number, bottom: number) =>
    targetY !== null && targetY >= top - label.gap / 2 && targetY <= bottom + label.gap / 2;
  const aboveTop = point.y - label.gap - label.height;
  if (aboveTop >= box.top - label.height / 2 && !onTarget(aboveTop, point.y - label.gap))
    return false;
  const belowBottom = point.y + label.gap + label.height;
  if (belowBottom <= box.top + box.height && !onTarget(point.y + label.gap, belowBottom))
    return true;
  // Both would touch the line (a point just beside it): the side with more room.
  return point.y - box.top < box.height / 2;
}
