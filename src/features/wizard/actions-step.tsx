import { useId, useState, type FormEvent } from 'react';
import { addAction, deleteAction } from '../../db/repositories/actions';
import { ACTION_IDEAS } from '../../domain/action-ideas';
import { LIMITS } from '../../domain/limits';
import type { PrincipleId } from '../../domain/principles';
import { templateContent } from '../../domain/templates';
import type { Action, ActionCategory, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useActions } from '../../hooks/use-workshop';
import { useT } from '../../i18n/use-t';
import { ACTION_PICK } from './steps';
import { useSelfSummaries } from './use-self-summaries';

const SHOWN_GAPS = 3;

type Idea = { title: string; category: ActionCategory; principleId: PrincipleId };

/** Step 7: pick a handful of actions from ideas for the largest gaps, or write your own. */
export function ActionsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const actions = useActions(workshop.id) ?? [];
  const { gapPrinciples } = useSelfSummaries(workshop);
  const template = templateContent(workshop.templateId, workshop.language);
  const [own, setOwn] = useState('');

  const groups: { heading: string; ideas: Idea[] }[] = gapPrinciples
    .slice(0, SHOWN_GAPS)
    .map((principleId) => ({
      heading: t('wizard.actions.ideasFor', { name: t(`principle.${principleId}`) }),
      ideas: ACTION_IDEAS[principleId].map((idea) => ({
        title: idea.text[workshop.language],
        category: idea.category,
        principleId,
      })),
    }));
  if (template) {
    groups.push({
      heading: t('wizard.actions.fromTemplate', { name: template.name }),
      ideas: template.actionIdeas.map((idea) => ({ ...idea, title: idea.text })),
    });
  }

  const pick = (idea: Idea) =>
    void addAction(workshop.id, {
      title: idea.title,
      category: idea.category,
      addresses: [idea.principleId],
      status: 'planned',
    }).catch(reportError);
  const addOwn = async (event: FormEvent) => {
    event.preventDefault();
    if (!own.trim()) return;
    try {
      await addAction(workshop.id, { title: own.trim(), status: 'planned' });
      setOwn('');
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <>
      <p className="lead">{t('wizard.actions.intro', ACTION_PICK)}</p>
      {gapPrinciples.length === 0 ? <p className="muted">{t('wizard.actions.noGaps')}</p> : null}
      {groups.map((group) => (
        <section key={group.heading} className="card">
          <h2>{group.heading}</h2>
          <ul className="idea-list">
            {group.ideas.map((idea) => {
              const isPicked = actions.some((action) => action.title === idea.title);
              return (
                <li key={idea.title}>
                  <span>
                    {idea.title} <span className="muted">({t(`category.${idea.category}`)})</span>
                  </span>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={isPicked}
                    onClick={() => pick(idea)}
                  >
                    {isPicked ? `✓ ${t('wizard.actions.picked')}` : t('wizard.actions.pick')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <form className="wizard-add-form" onSubmit={(event) => void addOwn(event)}>
        <div className="field">
          <label htmlFor={`${id}-own`}>{t('wizard.actions.own')}</label>
          <input
            id={`${id}-own`}
            type="text"
            value={own}
            maxLength={LIMITS.listEntry}
            onChange={(event) => setOwn(event.target.value)}
          />
        </div>
        <button type="submit" className="button-secondary">
          {t('wizard.actions.addOwn')}
        </button>
      </form>
      <ChosenActions actions={actions} />
    </>
  );
}

function ChosenActions({ actions }: { actions: Action[] }) {
  const t = useT();
  const reportError = useReportError();
  const count = actions.length;
  return (
    <section className="card wizard-chosen" aria-labelledby="wizard-chosen-title">
      <h2 id="wizard-chosen-title">{t('wizard.actions.chosen')}</h2>
      <p role="status">
        {t('wizard.actions.count', { count })}{' '}
        {count < ACTION_PICK.min ? t('wizard.actions.tooFew', ACTION_PICK) : null}
        {count > ACTION_PICK.max ? t('wizard.actions.tooMany', ACTION_PICK) : null}
      </p>
      <ol className="wizard-list">
        {actions.map((action) => (
          <li key={action.id}>
            <span>{action.title}</span>
            <button
              type="button"
              className="button-quiet"
              aria-label={t('wizard.actions.unpick', { title: action.title })}
              onClick={() => void deleteAction(action.id).catch(reportError)}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
