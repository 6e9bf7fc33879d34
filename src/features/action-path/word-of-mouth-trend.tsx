import { countScale } from '../../domain/line-chart-geometry';
import { hasTrend, wordOfMouthSeries } from '../../domain/trend-charts';
import type { Language, Review, Workshop } from '../../domain/types';
import { isSet, targetOf, wordOfMouthTrend } from '../../domain/word-of-mouth';
import { formatDate } from '../../lib/dates';
import { describeTrend, trendAxisLabels } from '../../lib/trend-labels';
import { useT } from '../../hooks/use-t';
import { TrendChart } from './trend-chart';

type Props = { workshop: Workshop; reviews: Review[]; language: Language };

const show = (value: number | null) => (value === null ? '–' : String(value));

/** Both word-of-mouth numbers from the baseline through the reviews, beside the target. */
export function WordOfMouthTrend({ workshop, reviews, language }: Props) {
  const t = useT();
  const points = wordOfMouthTrend(workshop, reviews);
  const target = targetOf(workshop);
  if (points.length < 2 && !isSet(target)) return null;
  const series = wordOfMouthSeries(points, workshop);
  // The baseline is the current state's estimate: dated by the workshop.
  const labels = trendAxisLabels(
    points.map((point) =>
      point.reviewId ? point : { ...point, date: workshop.date || workshop.createdAt.slice(0, 10) },
    ),
    t('indicators.baseline'),
    language,
  );
  const columns = [
    ...points.map((point) => ({
      key: point.reviewId || 'baseline',
      header: point.reviewId ? formatDate(point.date, language) : t('indicators.baseline'),
      figure: point.figure,
    })),
    { key: 'target', header: t('wom.target'), figure: target },
  ];
  return (
    <section className="card" aria-labelledby="wom-trend-title">
      <h2 id="wom-trend-title">{t('wom.trend')}</h2>
      {hasTrend(series) ? (
        <div className="trend-grid-list trend-pair">
          {series.map(({ key, values, target: goal }) => {
            const title = t(`wom.${key}`);
            const targetText = goal === null ? null : t('trend.target', { value: String(goal) });
            const format = String;
            return (
              <TrendChart
                key={key}
                title={title}
                note={t(key === 'good' ? 'wom.moreIsBetter' : 'wom.fewerIsBetter')}
                labels={labels}
                values={values}
                target={goal}
                scale={countScale([...values, goal])}
                format={format}
                targetText={targetText ?? t('trend.noTarget')}
                description={describeTrend(t, title, labels, values, format, targetText)}
              />
            );
          })}
        </div>
      ) : (
        <p className="muted">{t('wom.needReview')}</p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <td />
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('wom.good')}</th>
              {columns.map((column) => (
                <td key={column.key}>{show(column.figure.good)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('wom.bad')}</th>
              {columns.map((column) => (
                <td key={column.key}>{show(column.figure.bad)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
