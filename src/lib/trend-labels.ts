import type { Language } from '../domain/types';
import type { Translate } from '../i18n';
import { formatMonthYear } from './dates';

/**
 * The x axis of a trend chart: month and year of each point, the baseline (reviewId '') marked
 * with `baselineName` under its date, so the dates stay on one line.
 */
export function trendAxisLabels(
  points: readonly { reviewId: string; date: string }[],
  baselineName: string,
  language: Language,
): string[][] {
  return points.map((point) =>
    point.reviewId
      ? [formatMonthYear(point.date, language)]
      : [formatMonthYear(point.date, language), baselineName],
  );
}

/** A chart in words, for screen readers: "Trust: 3/2026 Workshop 2.5, 9/2026 3.1; Target 4.0". */
export function describeTrend(
  t: Translate,
  title: string,
  labels: readonly string[][],
  values: readonly (number | null)[],
  format: (value: number) => string,
  targetText: string | null,
): string {
  const points = labels.map((lines, index) => {
    const value = values[index];
    return t('trend.point', {
      label: lines.join(' '),
      value: value === null || value === undefined ? t('trend.noValue') : format(value),
    });
  });
  return t('trend.description', {
    title,
    points: [points.join(', '), targetText].filter(Boolean).join('; '),
  });
}
