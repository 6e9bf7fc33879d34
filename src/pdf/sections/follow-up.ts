import { indicatorTrends } from '../../domain/indicator-readings';
import { countScale, SCORE_SCALE } from '../../domain/line-chart-geometry';
import { principleTrend, staffTrend } from '../../domain/trend';
import {
  hasTrend,
  principleSeries,
  staffSeries,
  wordOfMouthSeries,
  type TrendSeries,
} from '../../domain/trend-charts';
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

const workshopDate = ({ workshop }: ReportData) => workshop.date || workshop.createdAt.slice(0, 10);

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

type ScoreTrendText<Key extends string> = {
  title: string;
  intro: string;
  nameOf: (key: Key) => string;
};

/** One small chart per item of a 1–5 trend (principles, staff statements), the target dashed. */
function drawScoreTrend<Key extends string>(
  cursor: PdfCursor,
  data: ReportData,
  t: Translate,
  trend: readonly { reviewId: string; date: string }[],
  series: readonly TrendSeries<Key>[],
  text: ScoreTrendText<Key>,
): void {
  if (!hasTrend(series)) return;
  const language = data.workshop.language;
  const format = (value: number) => formatOneDecimal(value, language);
  const labels = trendAxisLabels(trend, t('followUp.baseline'), language);
  cursor.heading(text.title, 12, CHART_HEIGHT + 16);
  cursor.paragraph(text.intro, { size: 9 });
  drawChartGrid(
    cursor,
    series.map(({ key, values, target }) => ({
      title: text.nameOf(key),
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

function drawPrincipleTrend(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const trend = principleTrend(data.ratings, data.participants, data.reviews, workshopDate(data));
  drawScoreTrend(cursor, data, t, trend, principleSeries(trend, workshop), {
    title: t('followUp.trend'),
    intro: t('trend.intro'),
    nameOf: (key) => t(`principle.${key}`),
  });
}

function drawStaffTrend(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const trend = staffTrend(data.staffRatings, data.participants, data.reviews, workshopDate(data));
  drawScoreTrend(cursor, data, t, trend, staffSeries(trend, workshop), {
    title: t('staff.trend.title'),
    intro: t('staff.trend.intro'),
    nameOf: (key) => t(`staff.item.${key}`),
  });
}

function drawWordOfMouthTrend(cursor: PdfCursor, data: ReportData, t: Translate): void {
  const { workshop } = data;
  const points = wordOfMouthTrend(workshop, data.reviews);
  const series = wordOfMouthSeries(points, workshop);
  if (!hasTrend(series)) return;
  const labels = trendAxisLabels(
    points.map((point) => (point.reviewId ? point : { ...point, date: workshopDate(data) })),
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
    workshopDate(data),
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
 * per principle and per staff statement, of the indicators and of word of mouth.
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
  drawStaffTrend(cursor, data, t);
  drawIndicatorTrend(cursor, data, t);
  drawWordOfMouthTrend(cursor, data, t);
}
