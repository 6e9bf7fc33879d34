import { PhasePage } from '../../components/phase-page';
import { useParticipants } from '../../hooks/use-assessment';
import { useSegments } from '../../hooks/use-current-state';
import { useVotes } from '../../hooks/use-path';
import { useActions, useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { DotVoting } from './dot-voting';
import { ImpactEffortMatrix } from './impact-effort-matrix';
import { MatrixScores } from './matrix-scores';
import { PriorityOrder } from './priority-order';
import { SegmentEffort } from './segment-effort';
import './action-path.css';

export function PrioritisePage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const actions = useActions(workshop.id) ?? [];
  const participants = useParticipants(workshop.id) ?? [];
  const votes = useVotes(workshop.id) ?? [];
  const segments = useSegments(workshop.id) ?? [];
  return (
    <PhasePage
      title={t('prioritise.title')}
      question={t('prioritise.question')}
      intro={t('prioritise.guide')}
    >
      <section className="card" aria-labelledby="matrix-title">
        <h2 id="matrix-title">{t('matrix.title')}</h2>
        <p className="muted">{t('matrix.guide')}</p>
        <ImpactEffortMatrix actions={actions} />
        <MatrixScores actions={actions} />
      </section>
      <DotVoting workshop={workshop} actions={actions} participants={participants} votes={votes} />
      <PriorityOrder workshop={workshop} actions={actions} votes={votes} />
      <SegmentEffort actions={actions} segments={segments} />
    </PhasePage>
  );
}
