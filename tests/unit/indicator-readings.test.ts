import { describe, expect, it } from 'vitest';
import {
  indicatorTrend,
  indicatorTrends,
  parseReading,
  withReading,
} from '../../src/domain/indicator-readings';
import { measureScale } from '../../src/domain/line-chart-geometry';
import type { Indicator, Review } from '../../src/domain/types';

const indicator = (fields: Partial<Indicator>): Indicator => ({
  id: 'complaints',
  workshopId: 'w',
  createdAt: '',
  updatedAt: '',
  name: 'Vastaanottoa koskevien moitteiden osuus',
  unit: '%',
  baseline: '40 %',
  target: '15 %',
  targetDate: '2027-09-30',
  method: '',
  order: 0,
  segmentIds: [],
  ...fields,
});

type Read = Pick<Review, 'id' | 'date' | 'indicatorReadings'>;
const review = (id: string, date: string, value: string, indicatorId = 'complaints'): Read => ({
  id,
  date,
  indicatorReadings: value ? [{ indicatorId, value }] : [],
});

describe('reading an indicator as a number', () => {
  it.each([
    ['40 %', 40],
    ['40%', 40],
    ['8,1', 8.1],
    ['8.1', 8.1],
    ['1 200', 1200],
    ['1\u00a0200,5', 1200.5],
    ['\u22123,5', -3.5],
    [' 12 ', 12],
    ['€ 1 500', 1500],
  ])('reads %s as %d', (text, value) => {
    expect(parseReading(text)).toBe(value);
  });

  it('takes the indicator’s own unit off a reading', () => {
    expect(parseReading('25 min', 'min')).toBe(25);
    expect(parseReading('4,2 / 5', '/ 5')).toBe(4.2);
  });

  it('reads an English comma as thousands, a Finnish one as decimals', () => {
    expect(parseReading('1,200', '', 'en')).toBe(1200);
    expect(parseReading('1,200', '', 'fi')).toBe(1.2);
    expect(parseReading('8,1', '', 'en')).toBe(8.1);
    expect(parseReading('1,200.5', '', 'en')).toBe(1200.5);
  });

  it.each(['', 'noin 30', 'hyvä', '30–40', '1.2.2027', '<b>5</b>', '4 5'])(
    'gives no number for %j',
    (text) => {
      expect(parseReading(text)).toBeNull();
    },
  );
});

describe('an indicator’s trend over the reviews', () => {
  it('runs from the baseline through the reviews in date order to the target', () => {
    const trend = indicatorTrend(
      indicator({}),
      [review('late', '2027-06-01', '25 %'), review('early', '2027-01-15', '32 %')],
      '2026-11-01',
      'fi',
    );
    expect(trend.points).toEqual([
      { reviewId: '', date: '2026-11-01', text: '40 %', value: 40 },
      { reviewId: 'early', date: '2027-01-15', text: '32 %', value: 32 },
      { reviewId: 'late', date: '2027-06-01', text: '25 %', value: 25 },
    ]);
    expect(trend.target).toEqual({ text: '15 %', value: 15 });
    expect(trend.isChartable).toBe(true);
  });

  it('leaves out the reviews that did not read it and puts an undated one last', () => {
    const trend = indicatorTrend(
      indicator({}),
      [
        review('undated', '', '30 %'),
        review('none', '2027-01-01', ''),
        review('a', '2027-02-01', '35'),
      ],
      '2026-11-01',
      'fi',
    );
    expect(trend.points.map((point) => point.reviewId)).toEqual(['', 'a', 'undated']);
  });

  it('shows words as a table only: a chart needs two readings that are figures', () => {
    const words = indicatorTrend(
      indicator({ baseline: 'heikko', target: 'hyvä' }),
      [review('r', '2027-01-01', 'kohtalainen')],
      '2026-11-01',
      'fi',
    );
    expect(words.isChartable).toBe(false);
    expect(words.points.map((point) => point.value)).toEqual([null, null]);
    const noBaseline = indicatorTrend(
      indicator({ baseline: '' }),
      [review('r', '2027-01-01', '30')],
      '',
      'fi',
    );
    expect(noBaseline.points).toHaveLength(1);
    expect(noBaseline.isChartable).toBe(false);
  });

  it('lists only the indicators read at some review', () => {
    const trends = indicatorTrends(
      [indicator({}), indicator({ id: 'nps', baseline: '8,1' })],
      [review('r', '2027-01-01', '8,4', 'nps')],
      '2026-11-01',
      'fi',
    );
    expect(trends.map((trend) => trend.indicator.id)).toEqual(['nps']);
    expect(trends[0]!.points.map((point) => point.value)).toEqual([8.1, 8.4]);
  });

  it('changes one indicator’s reading at a review and drops an emptied one', () => {
    const readings = [
      { indicatorId: 'a', value: '1' },
      { indicatorId: 'b', value: '2' },
    ];
    expect(withReading(readings, 'a', '3')).toEqual([
      { indicatorId: 'a', value: '3' },
      { indicatorId: 'b', value: '2' },
    ]);
    expect(withReading(readings, 'c', '4,5')).toEqual([
      ...readings,
      { indicatorId: 'c', value: '4,5' },
    ]);
    expect(withReading(readings, 'b', '  ')).toEqual([{ indicatorId: 'a', value: '1' }]);
  });
});

describe('the scale of an indicator chart', () => {
  it('runs from zero to a round number above the target and the readings', () => {
    expect(measureScale([40, 32, 15])).toEqual({ min: 0, max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(measureScale([8.1, 8.4, 9])).toEqual({ min: 0, max: 10, ticks: [0, 2, 4, 6, 8, 10] });
  });

  it('steps in fractions for small figures and goes below zero for negative ones', () => {
    expect(measureScale([0.45, 0.6])).toEqual({
      min: 0,
      max: 0.6,
      ticks: [0, 0.2, 0.4, 0.6],
    });
    expect(measureScale([-3, 9, null])).toEqual({ min: -5, max: 10, ticks: [-5, 0, 5, 10] });
    expect(measureScale([null, 0])).toEqual({ min: 0, max: 5, ticks: [0, 1, 2, 3, 4, 5] });
  });
});
