import { PRINCIPLE_IDS } from '../../domain/principles';
import { SCORE_SCALE } from '../../domain/line-chart-geometry';
import type { TrendPoint } from '../../domain/trend';
import { hasTrend, principleSeries } from '../../domain/trend-charts';
import type { Language, Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { formatDate } from '../../lib/dates';
import { formatOneDecimal, formatOrDash } from '../../lib/numbers';
import { describeTrend, trendAxisLabels } from '../../lib/trend-labels';
import { FollowUpRadar } from './follow-up-radar';
import { TrendChart } from './trend-chart';

type Props = { workshop: Workshop; trend: TrendPoint[]; language: Language };

/**
 * The follow-up's trend: a small line chart per principle (workshop, then each review that
 * rated again, the target dashed), the radar of where the latest review stands, and the figures
 * as a table for screen readers and for reading exact values.
 */
export function PrincipleTrend({ workshop, trend, language }: Props) {
  const t = useT();
  const series = principleSeries(trend, workshop);
  const format = (value: number) => formatOneDecimal(value, language);
  const labels = trendAxisLabels(trend, t('followUp.baseline'), language);
  const hasBaseline = trend.some((point) => point.reviewId === '');
  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">{t('followUp.trend')}</h2>
      {!hasTrend(series) ? (
        <p className="muted">{t('trend.needTwo')}</p>
      ) : (
        <>
          <p className="muted">
            {t('trend.intro')} {hasBaseline ? '' : t('trend.needBaseline')}
          </p>
          <div className="trend-grid-list">
            {series.map(({ key, values, target }) => {
              const title = t(`principle.${key}`);
              const targetText =
                target === null ? null : t('trend.target', { value: format(target) });
              return (
                <TrendChart
                  key={key}
                  title={title}
                  labels={labels}
                  values={values}
                  target={target}
                  scale={SCORE_SCALE}
                  format={format}
                  targetText={targetText ?? t('trend.noTarget')}
                  description={describeTrend(t, title, labels, values, format, targetText)}
                />
              );
            })}
          </div>
          <div className="trend-radar">
            <FollowUpRadar workshop={workshop} trend={trend} />
          </div>
        </>
      )}
      {trend.length > 0 ? (
        <details className="trend-table">
          <summary>{t('trend.showTable')}</summary>
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('trend.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.principle')}</th>
                  {trend.map((point) => (
                    <th key={point.reviewId || 'baseline'} scope="col">
                      {point.reviewId
                        ? formatDate(point.date, language)
                        : `${t('followUp.baseline')} ${formatDate(point.date, language)}`}
                    </th>
                  ))}
                  <th scope="col">{t('followUp.target')}</th>
                </tr>
              </thead>
              <tbody>
                {PRINCIPLE_IDS.map((principleId, row) => (
                  <tr key={principleId}>
                    <th scope="row">{t(`principle.${principleId}`)}</th>
                    {trend.map((point) => (
                      <td key={point.reviewId || 'baseline'}>
                        {formatOrDash(point.means[principleId], language)}
                      </td>
                    ))}
                    <td>{formatOrDash(series[row]?.target ?? null, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
