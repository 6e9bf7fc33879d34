import type { ReactNode } from 'react';
import { SCORE_SCALE } from '../../domain/line-chart-geometry';
import type { TrendPoint } from '../../domain/trend';
import { hasTrend, type TrendSeries } from '../../domain/trend-charts';
import type { Language } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { formatDate } from '../../lib/dates';
import { formatOneDecimal, formatOrDash } from '../../lib/numbers';
import { describeTrend, trendAxisLabels } from '../../lib/trend-labels';
import { TrendChart } from './trend-chart';

export type ScoreTrendTexts = {
  title: string;
  intro: string;
  /** Shown instead of the charts until a review has rated again. */
  needTwo: string;
  /** Added to the intro when the workshop itself gave no ratings. */
  needBaseline: string;
  /** The table's first column: "Principle", "Staff statement". */
  itemHeader: string;
  tableCaption: string;
};

type Props<Key extends string> = {
  /** Id of the section's heading. */
  id: string;
  texts: ScoreTrendTexts;
  trend: readonly TrendPoint<Key>[];
  series: readonly TrendSeries<Key>[];
  nameOf: (key: Key) => string;
  language: Language;
  /** Drawn under the charts once there is a trend (the principles' radar). */
  children?: ReactNode;
};

/**
 * A follow-up trend of 1–5 means: a small line chart per item (workshop, then each review that
 * rated again, the target dashed), and the figures as a table for screen readers and for
 * reading exact values. The principles and the staff statements both show theirs this way.
 */
export function ScoreTrend<Key extends string>(props: Props<Key>) {
  const { id, texts, trend, series, nameOf, language } = props;
  const t = useT();
  const format = (value: number) => formatOneDecimal(value, language);
  const labels = trendAxisLabels(trend, t('followUp.baseline'), language);
  const hasBaseline = trend.some((point) => point.reviewId === '');
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{texts.title}</h2>
      {!hasTrend(series) ? (
        <p className="muted">{texts.needTwo}</p>
      ) : (
        <>
          <p className="muted">
            {texts.intro} {hasBaseline ? '' : texts.needBaseline}
          </p>
          <div className="trend-grid-list">
            {series.map(({ key, values, target }) => {
              const title = nameOf(key);
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
          {props.children}
        </>
      )}
      {trend.length > 0 ? (
        <details className="trend-table">
          <summary>{t('trend.showTable')}</summary>
          <div className="table-scroll">
            <table className="data-table">
              <caption>{texts.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{texts.itemHeader}</th>
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
                {series.map(({ key, target }) => (
                  <tr key={key}>
                    <th scope="row">{nameOf(key)}</th>
                    {trend.map((point) => (
                      <td key={point.reviewId || 'baseline'}>
                        {formatOrDash(point.means[key], language)}
                      </td>
                    ))}
                    <td>{formatOrDash(target, language)}</td>
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
