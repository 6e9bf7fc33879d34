/** The words and figures of the indicators' trend, shared by the follow-up screen and the PDF. */
import type { IndicatorTrend, ReadingPoint } from '../domain/indicator-readings';
import { measureScale } from '../domain/line-chart-geometry';
import type { TrendChartData } from '../domain/trend-charts';
import type { Indicator, Language } from '../domain/types';
import type { Translate } from '../i18n';
import { formatDate } from './dates';
import { formatFigure } from './numbers';
import { trendAxisLabels } from './trend-labels';

/** "Likelihood to recommend (0–10)"; an unnamed indicator goes by its number. */
export function indicatorTitle(indicator: Indicator, number: number, t: Translate): string {
  const name = indicator.name.trim() || t('indicators.item', { n: number });
  const unit = indicator.unit.trim();
  return unit ? `${name} (${unit})` : name;
}

/** Where a reading was taken: "Baseline 1.11.2026", "12.11.2026" or a review without a date. */
export function readingPointLabel(
  point: Pick<ReadingPoint, 'reviewId' | 'date'>,
  t: Translate,
  language: Language,
): string {
  const date = point.date ? formatDate(point.date, language) : '';
  if (!point.reviewId) return [t('indicators.baseline'), date].filter(Boolean).join(' ');
  return date || t('readings.undated');
}

/** "Target 15 %" or "Target 15 % (30.9.2027)": the target as written, with its date. */
export function readingTargetLabel(trend: IndicatorTrend, t: Translate, language: Language) {
  const date = trend.indicator.targetDate;
  const label = t('indicators.target');
  return date ? `${label} ${formatDate(date, language)}` : label;
}

/** One indicator's small chart: the baseline and the readings as figures, the target dashed. */
export function indicatorChart(
  trend: IndicatorTrend,
  number: number,
  t: Translate,
  language: Language,
): TrendChartData {
  const format = (value: number) => formatFigure(value, language);
  const values = trend.points.map((point) => point.value);
  const target = trend.target.value;
  return {
    title: indicatorTitle(trend.indicator, number, t),
    labels: trendAxisLabels(trend.points, t('indicators.baseline'), language),
    values,
    target,
    scale: measureScale([...values, target]),
    format,
    formatTick: format,
    targetText:
      target === null ? t('trend.noTarget') : t('trend.target', { value: trend.target.text }),
  };
}
