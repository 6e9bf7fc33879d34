import { PrincipleTable } from '../../components/principle-table';
import { RadarChart } from '../../components/radar-chart';
import type {
  LiveResults as Results,
  RatingsResults,
  ScoreStats,
} from '../../domain/live-room/results';
import type { Language } from '../../domain/types';
import type { Translate } from '../../i18n';
import { formatOneDecimal } from '../../lib/numbers';

type Props = {
  results: Results;
  t: Translate;
  language: Language;
  /** On the projector: the radar's labels larger. */
  isLarge?: boolean;
};

/** "3.7 ± 0.9": the mean and its spread (standard deviation), or a dash when nobody rated. */
function meanAndSpread(stats: ScoreStats | null | undefined, language: Language): string {
  if (!stats || stats.mean === null) return '–';
  return `${formatOneDecimal(stats.mean, language)} ± ${formatOneDecimal(stats.sd ?? 0, language)}`;
}

/** Ratings: the radar of the means, and a table of means, spread and counts beside it. */
function RatingsResultsView({
  results,
  t,
  language,
  isLarge,
}: Props & { results: RatingsResults }) {
  const hasTarget = results.principles.some((row) => row.target);
  const rows = results.principles;
  return (
    <>
      <RadarChart
        title={t('live.results.radar')}
        tableCaption={t('live.results.heading')}
        format={(value) => formatOneDecimal(value, language)}
        axes={rows.map((row) => t(`principle.${row.principleId}`))}
        series={[
          { name: t('live.results.current'), values: rows.map((row) => row.current.mean) },
          ...(hasTarget
            ? [
                {
                  name: t('live.results.target'),
                  values: rows.map((row) => row.target?.mean ?? null),
                  isDashed: true,
                },
              ]
            : []),
        ]}
        isLarge={isLarge}
        table={
          <div className="radar-table">
            <PrincipleTable
              className="data-table live-results-table"
              caption={t('live.results.heading')}
              rows={rows}
              t={t}
              principleHeader={t('live.results.principle')}
              columns={[
                {
                  header: t('live.results.current'),
                  className: 'live-mean',
                  cell: (row) => meanAndSpread(row.current, language),
                },
                ...(hasTarget
                  ? [
                      {
                        header: t('live.results.target'),
                        className: 'live-mean',
                        cell: (row: (typeof rows)[number]) => meanAndSpread(row.target, language),
                      },
                    ]
                  : []),
                { header: t('live.results.answers'), cell: (row) => row.current.count },
                { header: t('live.results.dontKnow'), cell: (row) => row.current.dontKnow },
              ]}
            />
          </div>
        }
      />
      <p className="muted">{t('live.results.explain')}</p>
    </>
  );
}

/** A revealed activity's results: the same figures the phones see. */
export function LiveResults(props: Props) {
  const { results, t } = props;
  switch (results.kind) {
    case 'ratings':
      return <RatingsResultsView {...props} results={results} />;
    case 'ideas':
      return (
        <ol className="live-idea-list">
          {results.ideas.map((idea) => (
            <li key={idea.id}>
              {idea.text}{' '}
              <span className="muted">({idea.author || t('live.results.anonymous')})</span>
            </li>
          ))}
        </ol>
      );
    case 'votes':
      return (
        <ol className="live-idea-list">
          {results.totals.map((total) => (
            <li key={total.optionId}>
              {total.title}: {t('live.results.dots', { dots: total.dots, voters: total.voters })}
            </li>
          ))}
        </ol>
      );
    case 'evidence':
      return (
        <ul className="live-idea-list">
          <li>{t('live.results.tone.praise', { count: results.byTone.praise })}</li>
          <li>{t('live.results.tone.complaint', { count: results.byTone.complaint })}</li>
          <li>{t('live.results.tone.neutral', { count: results.byTone.neutral })}</li>
        </ul>
      );
  }
}
