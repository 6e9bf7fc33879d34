import { Link } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { TaskProgress } from '../../components/task-progress';
import { paths } from '../../config/paths';
import type { Workshop } from '../../domain/types';
import { useRatings } from '../../hooks/use-assessment';
import { useEvidence, useJourney } from '../../hooks/use-current-state';
import { usePlanExport } from '../../hooks/use-plan-export';
import { useActions } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';

/** Step 10: the same PDF action plan as the report screen, one click away. */
export function PlanStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const evidence = useEvidence(workshop.id) ?? [];
  const moments = (useJourney(workshop.id)?.touchpoints ?? []).filter((tp) => tp.isCritical);
  const ratings = useRatings(workshop.id) ?? [];
  const actions = useActions(workshop.id) ?? [];
  // Everything stored goes in, as the wizard has always exported it.
  const { isBusy, progress, build, cancel } = usePlanExport(workshop.id);
  const rated = new Set(
    ratings.filter((rating) => rating.score !== null).map((rating) => rating.principleId),
  ).size;

  return (
    <>
      <p className="lead">
        {t('wizard.plan.intro', { language: t(`language.${workshop.language}`) })}
      </p>
      <p>
        {t('wizard.plan.summary', {
          evidence: evidence.length,
          moments: moments.length,
          rated,
          actions: actions.length,
        })}
      </p>
      <div className="button-row">
        <BusyButton
          isBusy={isBusy}
          busyLabel={t('wizard.plan.preparing')}
          onClick={() => void build(true)}
        >
          {t('wizard.plan.download')}
        </BusyButton>
        <Link className="button-secondary" to={paths.phase(workshop.id, 'report')}>
          {t('wizard.plan.moreOptions')}
        </Link>
      </div>
      {progress ? <TaskProgress {...progress} onCancel={cancel} /> : null}
    </>
  );
}
