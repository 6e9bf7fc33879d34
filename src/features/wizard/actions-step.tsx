import { IdeaList } from '../../components/idea-list';
import { createAction, deleteAction } from '../../db/repositories/actions';
import { actionIdeaGroups, type PickableIdea } from '../../domain/action-ideas';
import type { Action, Workshop } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useActions } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { ACTION_PICK } from './steps';
import { useSelfSummaries } from './use-self-summaries';
import { WizardAddForm } from './wizard-add-form';

const SHOWN_GAPS = 3;

/** Step 8: pick a handful of actions from ideas for the largest gaps, or write your own. */
export function ActionsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const reportError = useReportError();
  const actions = useActions(workshop.id) ?? [];
  const { gapPrinciples } = useSelfSummaries(workshop);

  const groups = actionIdeaGroups(
    gapPrinciples.slice(0, SHOWN_GAPS),
    workshop.templateId,
    workshop.language,
  );

  const pick = (idea: PickableIdea) =>
    void createAction(workshop.id, {
      title: idea.title,
      category: idea.category,
      addresses: [idea.principleId],
      status: 'planned',
    }).catch(reportError);
  const addOwn = async (title: string) => {
    await createAction(workshop.id, { title, status: 'planned' });
  };

  return (
    <>
      <p className="lead">{t('wizard.actions.intro', ACTION_PICK)}</p>
      {gapPrinciples.length === 0 ? <p className="muted">{t('wizard.actions.noGaps')}</p> : null}
      {groups.map((group) => (
        <section key={group.kind === 'principle' ? group.principleId : 'template'} className="card">
          <h2>
            {group.kind === 'principle'
              ? t('wizard.actions.ideasFor', { name: t(`principle.${group.principleId}`) })
              : t('wizard.actions.fromTemplate', { name: group.name })}
          </h2>
          <IdeaList
            ideas={group.ideas}
            renderAction={(idea) => {
              const isPicked = actions.some((action) => action.title === idea.title);
              return (
                <button
                  type="button"
                  className="button-secondary"
                  disabled={isPicked}
                  onClick={() => pick(idea)}
                >
                  {isPicked ? `✓ ${t('wizard.actions.picked')}` : t('wizard.actions.pick')}
                </button>
              );
            }}
          />
        </section>
      ))}
      <WizardAddForm
        label={t('wizard.actions.own')}
        buttonLabel={t('wizard.actions.addOwn')}
        onAdd={addOwn}
      />
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
