import { PhaseHeader } from '../../components/phase-header';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../i18n/use-t';
import { ActionRow } from './action-row';
import { NewActionForm } from './new-action-form';

export function ActionPathPage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const actions = useActions(workshop.id);
  return (
    <section className="page phase">
      <PhaseHeader title={t('phase.path')} question={t('path.question')} intro={t('path.intro')} />
      <NewActionForm workshopId={workshop.id} />
      <h2>{t('path.actions')}</h2>
      {actions === undefined ? <p>{t('common.loading')}</p> : null}
      {actions?.length === 0 ? <p className="muted">{t('path.empty')}</p> : null}
      <ol className="action-list">
        {actions?.map((action, index) => (
          <ActionRow
            key={action.id}
            action={action}
            number={index + 1}
            isFirst={index === 0}
            isLast={index === actions.length - 1}
          />
        ))}
      </ol>
    </section>
  );
}
