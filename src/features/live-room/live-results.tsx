import type { ReactNode } from 'react';
import { PrincipleTable, StaffTable, type Column } from '../../components/principle-table';
import { RadarChart } from '../../components/radar-chart';
import type {
  LiveResults as Results,
  RatingsResults,
  ScoreStats,
  StaffRatingsResults,
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

type ScoreRow = { current: ScoreStats; target?: ScoreStats | null };

/** Mean ± spread now (and target), answers and "don't know": the columns of every rating table. */
function scoreColumns<Row extends ScoreRow>(
  t: Translate,
  language: Language,
  hasTarget: boolean,
): Column<Row>[] {
  const mean = (header: string, pick: (row: Row) => ScoreStats | null | undefined) => ({
    header,
    className: 'live-mean',
    cell: (row: Row) => meanAndSpread(pick(row), language),
  });
  return [
    mean(t('live.results.current'), (row) => row.current),
    ...(hasTarget ? [mean(t('live.results.target'), (row) => row.target)] : []),
    { header: t('live.results.answers'), cell: (row) => row.current.count },
    { header: t('live.results.dontKnow'), cell: (row) => row.current.dontKnow },
  ];
}

type ScoresViewProps = Props & {
  radarTitle: string;
  axes: string[];
  means: { current: (number | null)[]; target: (number | null)[] | null };
  table: ReactNode;
};

/** The radar of the means, with a table of means, spread and counts beside it. */
function ScoresView({ t, language, isLarge, radarTitle, axes, means, table }: ScoresViewProps) {
  return (
    <>
      <RadarChart
        title={radarTitle}
        tableCaption={t('live.results.heading')}
        format={(value) => formatOneDecimal(value, language)}
        axes={axes}
        series={[
          { name: t('live.results.current'), values: means.current },
          ...(means.target
            ? [{ name: t('live.results.target'), values: means.target, isDashed: true }]
            : []),
        ]}
        isLarge={isLarge}
        table={<div className="radar-table">{table}</div>}
      />
      <p className="muted">{t('live.results.explain')}</p>
    </>
  );
}

/** Ratings of the principles: now and, when asked, the target. */
function RatingsResultsView(props: Props & { results: RatingsResults }) {
  const { results, t, language } = props;
  const hasTarget = results.principles.some((row) => row.target);
  const rows = results.principles;
  return (
    <ScoresView
      {...props}
      radarTitle={t('live.results.radar')}
      axes={rows.map((row) => t(`principle.${row.principleId}`))}
      means={{
        current: rows.map((row) => row.current.mean),
        target: hasTarget ? rows.map((row) => row.target?.mean ?? null) : null,
      }}
      table={
        <PrincipleTable
          className="data-table live-results-table"
          caption={t('live.results.heading')}
          rows={rows}
          t={t}
          principleHeader={t('live.results.principle')}
          columns={scoreColumns(t, language, hasTarget)}
        />
      }
    />
  );
}

/** The staff experience check: the statements' means, as the staff check's own table shows them. */
function StaffResultsView(props: Props & { results: StaffRatingsResults }) {
  const { results, t, language } = props;
  const rows = results.statements.map((row) => ({ ...row, current: row.scores }));
  return (
    <ScoresView
      {...props}
      radarTitle={t('live.results.staffRadar')}
      axes={rows.map((row) => t(`staff.item.${row.statementId}`))}
      means={{ current: rows.map((row) => row.current.mean), target: null }}
      table={
        <StaffTable
          className="data-table live-results-table"
          caption={t('live.results.heading')}
          rows={rows}
          t={t}
          principleHeader={t('staff.results.statement')}
          columns={scoreColumns(t, language, false)}
        />
      }
    />
  );
}

/** A revealed activity's results: the same figures the phones see. */
export function LiveResults(props: Props) {
  const { results, t } = props;
  switch (results.kind) {
    case 'ratings':
      return <RatingsResultsView {...props} results={results} />;
    case 'staffRatings':
      return <StaffResultsView {...props} results={results} />;
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
