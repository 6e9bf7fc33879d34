import { describe, expect, it } from 'vitest';
import {
  chartPoints,
  countScale,
  labelBelow,
  lineRuns,
  SCORE_SCALE,
  xAt,
  yAt,
  type PlotBox,
} from '../../src/domain/line-chart-geometry';
import { principleSeries, wordOfMouthSeries, hasTrend } from '../../src/domain/trend-charts';
import type { TrendPoint } from '../../src/domain/trend';
import type { Workshop } from '../../src/domain/types';

const BOX: PlotBox = { left: 10, top: 20, width: 200, height: 100 };
const LABEL = { gap: 8, height: 12 };

describe('trend chart geometry', () => {
  it('puts 1 at the bottom of the plot and 5 at the top, and clamps values outside the scale', () => {
    expect(yAt(1, SCORE_SCALE, BOX)).toBe(120);
    expect(yAt(5, SCORE_SCALE, BOX)).toBe(20);
    expect(yAt(3, SCORE_SCALE, BOX)).toBe(70);
    expect(yAt(7, SCORE_SCALE, BOX)).toBe(20);
    expect(yAt(0, SCORE_SCALE, BOX)).toBe(120);
  });

  it('spreads the points evenly with half a step at each end, one point in the middle', () => {
    expect([0, 1, 2, 3].map((index) => xAt(index, 4, BOX))).toEqual([35, 85, 135, 185]);
    expect(xAt(0, 1, BOX)).toBe(110);
  });

  it('gives a missing value no point and breaks the line there', () => {
    const points = chartPoints([2, 3, null, 4, 4.5], SCORE_SCALE, BOX);
    expect(points.map((point) => point.index)).toEqual([0, 1, 3, 4]);
    expect(lineRuns(points).map((run) => run.map((point) => point.value))).toEqual([
      [2, 3],
      [4, 4.5],
    ]);
  });

  it('scales counts of people from zero to a round number above the largest', () => {
    expect(countScale([3, 4, 6])).toEqual({ min: 0, max: 6, ticks: [0, 2, 4, 6] });
    expect(countScale([18, 15, 12])).toEqual({ min: 0, max: 20, ticks: [0, 5, 10, 15, 20] });
    expect(countScale([null, 240])).toMatchObject({ max: 250, ticks: [0, 50, 100, 150, 200, 250] });
    expect(countScale([null, 0])).toEqual({ min: 0, max: 5, ticks: [0, 1, 2, 3, 4, 5] });
    expect(countScale([1])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });

  it('puts a label above its point unless the plot top or the target line is in the way', () => {
    const at = (value: number) => ({ x: 50, y: yAt(value, SCORE_SCALE, BOX) });
    const target = yAt(4, SCORE_SCALE, BOX);
    expect(labelBelow(at(2.5), BOX, target, LABEL)).toBe(false);
    // At the top of the scale there is no room above.
    expect(labelBelow(at(5), BOX, null, LABEL)).toBe(true);
    // Just under the target line: above would sit on the line.
    expect(labelBelow(at(3.7), BOX, target, LABEL)).toBe(true);
    // On the target line: the label clears it above.
    expect(labelBelow(at(4), BOX, target, LABEL)).toBe(false);
  });
});

describe('trend chart series', () => {
  const workshop = {
    targetLevels: { genuineEncounter: 4 },
    wordOfMouthGoodTarget: 6,
    wordOfMouthBadTarget: 12,
  } as unknown as Workshop;

  it('gives each principle its means over the points and its target', () => {
    const trend = [
      { reviewId: '', date: '2026-03-01', means: { genuineEncounter: 2.5 } },
      { reviewId: 'r1', date: '2026-09-01', means: { genuineEncounter: 3.25 } },
    ] as unknown as TrendPoint[];
    const series = principleSeries(trend, workshop);
    expect(series).toHaveLength(7);
    expect(series.find((item) => item.key === 'genuineEncounter')).toEqual({
      key: 'genuineEncounter',
      values: [2.5, 3.25],
      target: 4,
    });
    expect(hasTrend(series)).toBe(true);
    expect(hasTrend(principleSeries(trend.slice(0, 1), workshop))).toBe(false);
  });

  it('keeps word of mouth as two series, each with its own target', () => {
    const points = [
      { reviewId: '', date: '', figure: { good: 3, bad: 18 } },
      { reviewId: 'r1', date: '2026-09-01', figure: { good: 4, bad: null } },
    ];
    expect(wordOfMouthSeries(points, workshop)).toEqual([
      { key: 'good', values: [3, 4], target: 6 },
      { key: 'bad', values: [18, null], target: 12 },
    ]);
  });
});
