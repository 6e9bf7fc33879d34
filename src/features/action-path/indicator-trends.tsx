import { indicatorTrends, type IndicatorTrend } from '../../domain/indicator-readings';
import type { Indicator, Language, Review, Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { indicatorChart, readingPointLabel, readingTargetLabel } from '../../lib/indicator-labels';
import { describeTrend } from '../../lib/trend-labels';
import { TrendChart } from './trend-chart';

type Props = { workshop: Workshop; indicators: Indicator[]; reviews: Review[]; language: Language };

/** One indicator's baseline, readings and target as rows: the chart's data, or all there is. */
function ReadingTable({
  trend,
  title,
  language,
}: {
  trend: IndicatorTrend;
  title: string;
  language: Language;
}) {
  const t = useT();
  return (
    <table className="data-table reading-table">
      <caption>{t('readings.tableCaption', { name: title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('readings.when')}</th>
          <th scope="col">{t('readings.reading')}</th>
        </tr>
      </thead>
      <tbody>
        {trend.points.map((point) => (
          <tr key={point.reviewId || 'baseline'}>
            <th scope="row">{readingPointLabel(point, t, language)}</th>
            <td>{point.text}</td>
          </tr>
        ))}
        {trend.target.text ? (
          <tr>
            <th scope="row">{readingTargetLabel(trend, t, language)}</th>
            <td>{trend.target.text}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

/**
 * The indicators over the reviews: a small line chart for each indicator whose readings are
 * figures (baseline, readings, the target dashed), its data also as a table (for screen readers
 * and exact readings), and the readings of any other indicator as a short table only.
 */
export function IndicatorTrends({ workshop, indicators, reviews, language }: Props) {
  const t = useT();
  const trends = indicatorTrends(
    indicators,
    reviews,
    workshop.date || workshop.createdAt.slice(0, 10),
    language,
  );
  const numberOf = (trend: IndicatorTrend) => indicators.indexOf(trend.indicator) + 1;
  const charted = trends.filter((trend) => trend.isChartable);
  return (
    <section className="card" aria-labelledby="indicator-trend-title">
      <h2 id="indicator-trend-title">{t('readings.trend')}</h2>
      {trends.length === 0 ? (
        <p className="muted">{t('readings.needReading')}</p>
      ) : (
        <>
          <p className="muted">{t('readings.intro')}</p>
          <div className="trend-grid-list">
            {trends.map((trend) => {
              const chart = indicatorChart(trend, numberOf(trend), t, language);
              if (!trend.isChartable) {
                return (
                  <figure key={trend.indicator.id} className="trend-chart">
                    <figcaption>
                      <span className="trend-chart-title">{chart.title}</span>
                      <span className="trend-chart-note">{t('readings.notFigures')}</span>
                    </figcaption>
                    <ReadingTable trend={trend} title={chart.title} language={language} />
                  </figure>
                );
              }
              const targetText = chart.target === null ? null : chart.targetText;
              return (
                <TrendChart
                  key={trend.indicator.id}
                  {...chart}
                  description={describeTrend(
                    t,
                    chart.title,
                    chart.labels,
                    chart.values,
                    chart.format,
                    targetText,
                  )}
                />
              );
            })}
          </div>
          {charted.length > 0 ? (
            <details className="trend-table">
              <summary>{t('readings.showTable')}</summary>
              <div className="reading-tables">
                {charted.map((trend) => (
                  <ReadingTable
                    key={trend.indicator.id}
                    trend={trend}
                    title={indicatorChart(trend, numberOf(trend), t, language).title}
                    language={language}
                  />
                ))}
              </div>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
