/**
 * Indicators read at the follow-up reviews: a reading is short text like the indicator's own
 * baseline ("40 %", "8,1", "about 30"), and becomes a number where it is one, so the baseline,
 * the readings and the target make a small trend chart.
 */
import type { Indicator, Language, Review } from './types';

type Reading = Review['indicatorReadings'][number];

/** Spaces of every kind: typed ones, and the no-break spaces of Finnish number formatting. */
const SPACES = /[\s\u00a0\u202f]/g;
const THOUSANDS_SPACE = /(\d)[\s\u00a0\u202f](?=\d{3}(?!\d))/g;
/** What may stand beside the figure without changing it: a percent, per mille or currency sign. */
const SIGNS = /^[€$£]|[%‰€$£]$/g;

/** "1,200" or "1,200,000" in English: commas that group thousands, not a decimal comma. */
const isThousands = (text: string) => /^[-+]?\d{1,3}(,\d{3})+$/.test(text);

/**
 * The figure of a reading, or null when it is not one: "40 %", "40%", "8,1", "8.1", "1 200",
 * "−3", "25 min" (with the indicator's unit "min"). A comma is the decimal comma, except in an
 * English reading like "1,200" (or beside a point, "1,200.5"), where it groups thousands.
 */
export function parseReading(text: string, unit = '', language: Language = 'fi'): number | null {
  let figure = text.trim();
  const ownUnit = unit.trim();
  if (ownUnit && figure.toLowerCase().endsWith(ownUnit.toLowerCase())) {
    figure = figure.slice(0, -ownUnit.length);
  }
  // A space groups thousands ("1 200") only before three digits; "4 5" is not a number.
  figure = figure.replace(THOUSANDS_SPACE, '$1');
  if (/\d[\s\u00a0\u202f]+\d/.test(figure)) return null;
  figure = figure
    .replace(SPACES, '')
    .replace(SIGNS, '')
    .replace(/^\u2212/, '-');
  if (figure.includes(',') && figure.includes('.')) {
    const decimalIsPoint = figure.lastIndexOf('.') > figure.lastIndexOf(',');
    figure = decimalIsPoint
      ? figure.replace(/,/g, '')
      : figure.replace(/\./g, '').replace(',', '.');
  } else if (language === 'en' && isThousands(figure)) {
    figure = figure.replace(/,/g, '');
  } else {
    figure = figure.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(figure)) return null;
  const value = Number(figure);
  return Number.isFinite(value) ? value : null;
}

/** What an indicator read at a review: '' when nothing was recorded. */
export function readingAt(review: Pick<Review, 'indicatorReadings'>, indicatorId: string): string {
  return review.indicatorReadings.find((item) => item.indicatorId === indicatorId)?.value ?? '';
}

/** The review's readings with one indicator's set (in its place); an emptied one is taken out. */
export function withReading(
  readings: readonly Reading[],
  indicatorId: string,
  value: string,
): Reading[] {
  if (!value.trim()) return readings.filter((item) => item.indicatorId !== indicatorId);
  const reading = { indicatorId, value };
  return readings.some((item) => item.indicatorId === indicatorId)
    ? readings.map((item) => (item.indicatorId === indicatorId ? reading : item))
    : [...readings, reading];
}

export type ReadingPoint = {
  /** '' for the baseline. */
  reviewId: string;
  date: string;
  text: string;
  value: number | null;
};

export type IndicatorTrend = {
  indicator: Indicator;
  /** The baseline (when written), then each review that read the indicator, in date order. */
  points: ReadingPoint[];
  target: { text: string; value: number | null };
  /** At least two points are figures: enough for a line; otherwise the readings show as a table. */
  isChartable: boolean;
};

type ReviewReadings = Pick<Review, 'id' | 'date' | 'indicatorReadings'>;

/** One indicator from its baseline (dated `baselineDate`, the workshop) through the reviews. */
export function indicatorTrend(
  indicator: Indicator,
  reviews: readonly ReviewReadings[],
  baselineDate: string,
  language: Language,
): IndicatorTrend {
  const point = (reviewId: string, date: string, text: string): ReadingPoint => ({
    reviewId,
    date,
    text: text.trim(),
    value: parseReading(text, indicator.unit, language),
  });
  const read = reviews
    .filter((review) => readingAt(review, indicator.id).trim())
    .sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'))
    .map((review) => point(review.id, review.date, readingAt(review, indicator.id)));
  const points = [
    ...(indicator.baseline.trim() ? [point('', baselineDate, indicator.baseline)] : []),
    ...read,
  ];
  return {
    indicator,
    points,
    target: {
      text: indicator.target.trim(),
      value: parseReading(indicator.target, indicator.unit, language),
    },
    isChartable: points.filter((item) => item.value !== null).length >= 2,
  };
}

/** The trend of every indicator that has been read at a review at least once, in their order. */
export function indicatorTrends(
  indicators: readonly Indicator[],
  reviews: readonly ReviewReadings[],
  baselineDate: string,
  language: Language,
): IndicatorTrend[] {
  return indicators
    .map((indicator) => indicatorTrend(indicator, reviews, baselineDate, language))
    .filter((trend) => trend.points.some((item) => item.reviewId !== ''));
}
