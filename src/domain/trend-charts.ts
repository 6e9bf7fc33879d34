/** The figures of the follow-up's trend charts, shared by the screen and the PDF. */
import type { ValueScale } from './line-chart-geometry';
import { PRINCIPLE_IDS, type PrincipleId } from './principles';
import { STAFF_STATEMENT_IDS, type StaffStatementId } from './staff-statements';
import type { TrendPoint } from './trend';
import type { Workshop } from './types';
import { targetOf, type WordOfMouthPoint } from './word-of-mouth';

/** What one small trend chart shows, drawn alike as SVG on screen and as lines in the PDF. */
export type TrendChartData = {
  title: string;
  /** One label per point on the x axis (the workshop, then each review); a label may have lines. */
  labels: string[][];
  values: (number | null)[];
  target: number | null;
  scale: ValueScale;
  format: (value: number) => string;
  /** The scale's figures; plain numbers unless given (an indicator's 0,2 steps in Finnish). */
  formatTick?: (value: number) => string;
  /** "Target 4.0", or that none was set: beside the title, with the dashed line it names. */
  targetText: string;
  /** Says which way is better when lower is ("fewer is better"). */
  note?: string;
};

export type TrendSeries<Key extends string = string> = {
  key: Key;
  values: (number | null)[];
  target: number | null;
};

/** One series per rated item: its mean at each point of the trend, and its target level. */
function meanSeries<Key extends string>(
  keys: readonly Key[],
  trend: readonly TrendPoint<Key>[],
  targets: Partial<Record<Key, number>>,
): TrendSeries<Key>[] {
  return keys.map((key) => ({
    key,
    values: trend.map((point) => point.means[key]),
    target: targets[key] ?? null,
  }));
}

/** One series per principle, with the principle's target level. */
export const principleSeries = (
  trend: readonly TrendPoint[],
  workshop: Pick<Workshop, 'targetLevels'>,
): TrendSeries<PrincipleId>[] => meanSeries(PRINCIPLE_IDS, trend, workshop.targetLevels);

/** One series per staff statement, with the statement's target level where one was set. */
export const staffSeries = (
  trend: readonly TrendPoint<StaffStatementId>[],
  workshop: Pick<Workshop, 'staffTargetLevels'>,
): TrendSeries<StaffStatementId>[] =>
  meanSeries(STAFF_STATEMENT_IDS, trend, workshop.staffTargetLevels);

/** Word of mouth as two series, good and bad, each with its own target: they never share a scale. */
export function wordOfMouthSeries(
  points: readonly WordOfMouthPoint[],
  workshop: Workshop,
): TrendSeries<'good' | 'bad'>[] {
  const target = targetOf(workshop);
  return (['good', 'bad'] as const).map((key) => ({
    key,
    values: points.map((point) => point.figure[key]),
    target: target[key],
  }));
}

/** Whether a trend has something to show: at least two points, or one point and a target. */
export const hasTrend = (series: readonly TrendSeries[]) =>
  series.some((item) => item.values.filter((value) => value !== null).length >= 2);
