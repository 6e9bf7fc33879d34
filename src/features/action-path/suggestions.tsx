import { addAction } from '../../db/repositories/actions';
import { ACTION_IDEAS } from '../../domain/action-ideas';
import { baselineRatings, rankGaps, summarisePrinciples } from '../../domain/assessment-stats';
import { isPrincipleId } from '../../domain/principles';
import { templateContent } from '../../domain/templates';
import type { ActionCategory, Workshop } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';
import { useNoticeStore } from '../../stores/notice-store';

const SHOWN_GAPS = 3;

type IdeaGroup = {
  key: string;
  heading: string;
  ideas: { title: string; category: ActionCategory; principleId: string }[];
};

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
  const template = templateContent(workshop.templateId, workshop.language);
  const groups: IdeaGroup[] = principles.map((principleId) => ({
    key: principleId,
    heading: t(`principle.${principleId}`),
    ideas: ACTION_IDEAS[principleId].map((idea) => ({
      title: idea.text[workshop.language],
      category: idea.category,
      principleId,
    })),
  }));
  if (template) {
    groups.push({
      key: 'template',
      heading: t('suggest.fromTemplate', { name: template.name }),
      ideas: template.actionIdeas.map((idea) => ({ ...idea, title: idea.text })),
    });
  }

  const adopt = async (title: string, category: ActionCategory, principleId: string) => {
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
        <p className="muted">{t('suggest.guide')}</p>
      )}
      {groups.map((group) => (
        <section key={group.key}>
          <h3>{group.heading}</h3>
          <ul className="idea-list">
            {group.ideas.map((idea) => (
              <li key={idea.title}>
                <span>
                  {idea.title} <span className="muted">({t(`category.${idea.category}`)})</span>
                </span>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => void adopt(idea.title, idea.category, idea.principleId)}
                >
                  {t('suggest.adopt')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
