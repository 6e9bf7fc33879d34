import { IdeaList } from '../../components/idea-list';
import { createAction } from '../../db/repositories/actions';
import { actionIdeaGroups } from '../../domain/action-ideas';
import { baselineRatings, rankGaps, summarisePrinciples } from '../../domain/assessment-stats';
import { isPrincipleId } from '../../domain/principles';
import type { ActionCategory, Workshop } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
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
  // The sector template's typical actions are offered whatever the gaps.
  const groups = actionIdeaGroups(principles, workshop.templateId, workshop.language);

  const adopt = async (title: string, category: ActionCategory, principleId: string) => {
    try {
      await createAction(workshop.id, {
        title,
        category,
        addresses: [principleId],
        status: 'idea',
      });
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
        <p className="muted">{t('suggest.guide')}</p>
      )}
      {groups.map((group) => (
        <section key={group.kind === 'principle' ? group.principleId : 'template'}>
          <h3>
            {group.kind === 'principle'
              ? t(`principle.${group.principleId}`)
              : t('suggest.fromTemplate', { name: group.name })}
          </h3>
          <IdeaList
            ideas={group.ideas}
            renderAction={(idea) => (
              <button
                type="button"
                className="button-secondary"
                onClick={() => void adopt(idea.title, idea.category, idea.principleId)}
              >
                {t('suggest.adopt')}
              </button>
            )}
          />
        </section>
      ))}
    </details>
  );
}
