import { PrincipleTable } from '../../components/principle-table';
import type { LiveResults as Results } from '../../domain/live-room/results';
import type { Language } from '../../domain/types';
import type { Translate } from '../../i18n';
import { formatOrDash } from '../../lib/numbers';

/** A revealed activity's results: the same figures the phones see. */
export function LiveResults({
  results,
  t,
  language,
}: {
  results: Results;
  t: Translate;
  language: Language;
}) {
  switch (results.kind) {
    case 'ratings':
      return (
        <PrincipleTable
          className="data-table live-results-table"
          caption={t('live.results.heading')}
          rows={results.principles}
          principleHeader={t('live.results.principle')}
          columns={[
            {
              header: t('live.results.current'),
              cell: (row) => formatOrDash(row.current.mean, language),
            },
            {
              header: t('live.results.target'),
              cell: (row) => formatOrDash(row.target?.mean ?? null, language),
            },
            { header: t('live.results.answers'), cell: (row) => row.current.count },
            { header: t('live.results.dontKnow'), cell: (row) => row.current.dontKnow },
          ]}
        />
      );
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
