import { indicatorTrends } from '../../domain/indicator-readings';
import { countScale, SCORE_SCALE } from '../../domain/line-chart-geometry';
import { principleTrend } from '../../domain/trend';
import { hasTrend, principleSeries, wordOfMouthSeries } from '../../domain/trend-charts';
import { wordOfMouthTrend } from '../../domain/word-of-mouth';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { indicatorChart } from '../../lib/indicator-labels';
import { formatOneDecimal } from '../../lib/numbers';
import { trendAxisLabels } from '../../lib/trend-labels';
import { drawTrendChart, type PdfTrendChart } from '../draw-trend-chart';
import { PAGE, type PdfCursor } from '../layout';
import type { ReportData } from '../report-data';
import { drawTable } from '../table';
import { reviewNotes } from './review-notes';

const CHART_HEIGHT = 46;
const WOM_CHART_HEIGHT = 50;
const GUTTER = 5;

/** Small charts two to a row; a row never splits across pages. */
function drawChartGrid(cursor: PdfCursor, charts: PdfTrendChart[], height: number): void {
  const width = (cursor.width - GUTTER) / 2;
  for (let index = 0; index < charts.length; index += 2) {
    cursor.ensureSpace(height);
    charts.slice(index, index + 2).forEach((chart, column) => {
      const x = PAGE.margin + column * (width + GUTTER);
      drawTrendChart(cursor.doc, { x, y: cursor.y, width, height }, chart);
    });
    cursor.y += height + GUTTER;
  }
}

function drawPrincipleTrend(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const language = workshop.language;
  const trend = principleTrend(
    data.ratings,
    data.participants,
    data.reviews,
    workshop.date || workshop.createdAt.slice(0, 10),
  );
  const series = principleSeries(trend, workshop);
  if (!hasTrend(series)) return;
  const format = (value: number) => formatOneDecimal(value, language);
  const labels = trendAxisLabels(trend, t('followUp.baseline'), language);
  cursor.heading(t('followUp.trend'), 12, CHART_HEIGHT + 16);
  cursor.paragraph(t('trend.intro'), { size: 9 });
  drawChartGrid(
    cursor,
    series.map(({ key, values, target }) => ({
      title: t(`principle.${key}`),
      labels,
      values,
      target,
      scale: SCORE_SCALE,
      format,
      targetText:
        target === null ? t('trend.noTarget') : t('trend.target', { value: format(target) }),
    })),
    CHART_HEIGHT,
  );
}

function drawWordOfMouthTrend(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const points = wordOfMouthTrend(workshop, data.reviews);
  const series = wordOfMouthSeries(points, workshop);
  if (!hasTrend(series)) return;
  const labels = trendAxisLabels(
    points.map((point) =>
      point.reviewId ? point : { ...point, date: workshop.date || workshop.createdAt.slice(0, 10) },
    ),
    t('indicators.baseline'),
    workshop.language,
  );
  cursor.heading(t('wom.trend'), 12, WOM_CHART_HEIGHT + 6);
  drawChartGrid(
    cursor,
    series.map(({ key, values, target }) => ({
      title: t(`wom.${key}`),
      note: t(key === 'good' ? 'wom.moreIsBetter' : 'wom.fewerIsBetter'),
      labels,
      values,
      target,
      scale: countScale([...values, target]),
      format: String,
      targetText: target === null ? t('trend.noTarget') : t('trend.target', { value: target }),
    })),
    WOM_CHART_HEIGHT,
  );
}

/** Each indicator whose readings are figures: baseline, readings and the target dashed. */
function drawIndicatorTrend(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const trends = indicatorTrends(
    data.indicators,
    data.reviews,
    workshop.date || workshop.createdAt.slice(0, 10),
    workshop.language,
  ).filter((trend) => trend.isChartable);
  if (trends.length === 0) return;
  cursor.heading(t('readings.trend'), 12, CHART_HEIGHT + 16);
  cursor.paragraph(t('readings.intro'), { size: 9 });
  drawChartGrid(
    cursor,
    trends.map((trend) =>
      indicatorChart(trend, data.indicators.indexOf(trend.indicator) + 1, t, workshop.language),
    ),
    CHART_HEIGHT,
  );
}

/**
 * The follow-up in the plan: the reviews (with what the indicators read at each), then the trend
 * per principle, of the indicators and of word of mouth.
 */
export function drawFollowUpSection(cursor: PdfCursor, data: ReportData, t: Translate): void {
  if (data.reviews.length === 0) return;
  const date = (iso: string) => (iso ? formatDate(iso, data.workshop.language) : '–');
  cursor.heading(t('followUp.title'), 12);
  drawTable(
    cursor,
    [t('followUp.date'), t('followUp.reporter'), t('followUp.format'), t('followUp.notes')],
    data.reviews.map((review) => [
      date(review.date),
      review.reporter || '–',
      review.format || '–',
      reviewNotes(review, data.indicators, t),
    ]),
    { columnStyles: { 0: { cellWidth: 26 } } },
  );
  drawPrincipleTrend(cursor, data, t);
  drawIndicatorTrend(cursor, data, t);
  drawWordOfMouthTrend(cursor, data, t);
}
