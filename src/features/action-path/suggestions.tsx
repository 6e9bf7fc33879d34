import { addAction } from '../../db/repositories/actions';
import { ACTION_IDEAS } from '../../domain/action-ideas';
import { baselineRatings, rankGaps, summarisePrinciples } from '../../domain/assessment-stats';
import { isPrincipleId } from '../../domain/principles';
import type { Workshop } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';
import { useNoticeStore } from '../../stores/notice-store';

const SHOWN_GAPS = 3;

/** Typical ideas for the principles with the largest gaps; adopting one creates an action. */
export function Suggestions({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const principles = rankGaps(
    summarisePrinciples(baselineRatings(ratings), participants),
    workshop,
    [],
  )
    .map((gap) => gap.id)
    .filter(isPrincipleId)
    .slice(0, SHOWN_GAPS);

  const adopt = async (
    title: string,
    category: (typeof ACTION_IDEAS)['smoothness'][number]['category'],
    principleId: string,
  ) => {
    try {
      await addAction(workshop.id, { title, category, addresses: [principleId], status: 'idea' });
      push({ kind: 'success', message: t('suggest.adopted', { title }) });
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <details className="card suggestions">
      <summary>
        <h2>{t('suggest.title')}</h2>
      </summary>
      {principles.length === 0 ? (
        <p className="muted">{t('suggest.noGaps')}</p>
      ) : (
        <>
          <p className="muted">{t('suggest.guide')}</p>
          {principles.map((principleId) => (
            <section key={principleId}>
              <h3>{t(`principle.${principleId}`)}</h3>
              <ul className="idea-list">
                {ACTION_IDEAS[principleId].map((idea) => {
                  const title = idea.text[workshop.language];
                  return (
                    <li key={title}>
                      <span>
                        {title} <span className="muted">({t(`category.${idea.category}`)})</span>
                      </span>
                      <button
                        type="button"
                        className="button-secondary"
                        onClick={() => void adopt(title, idea.category, principleId)}
                      >
                        {t('suggest.adopt')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </details>
  );
}
