import { PhasePage } from '../../components/phase-page';
import { SatisfiedDecision, useSatisfiedDecision } from '../../components/satisfied-decision';
import { WorkshopTextField } from '../../components/workshop-fields';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { GapList } from './gap-list';
import { TargetLevels } from './target-levels';
import './target-state.css';

const PROMPTS = ['target.prompt1', 'target.prompt2', 'target.prompt3', 'target.prompt4'] as const;

export function TargetStatePage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const { value: isSatisfied, change: decide } = useSatisfiedDecision(workshop);

  return (
    <PhasePage title={t('phase.target')} question={t('target.question')} intro={t('target.intro')}>
      <SatisfiedDecision value={isSatisfied} onChange={decide} />
      {isSatisfied !== true ? (
        <details className="guiding-questions" open={isSatisfied === false}>
          <summary>{t('target.prompts')}</summary>
          <ul>
            {PROMPTS.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {/* Satisfied: the current culture written down precisely; otherwise the target culture. */}
      <WorkshopTextField
        workshop={workshop}
        field="targetStatement"
        label={isSatisfied ? t('target.precise') : t('target.statement')}
        hint={isSatisfied ? t('target.preciseHint') : t('target.statementHint')}
        rows={8}
      />
      {isSatisfied ? (
        <WorkshopTextField
          workshop={workshop}
          field="communicationPlan"
          label={t('target.communication')}
          hint={t('target.communicationHint')}
          rows={4}
        />
      ) : null}
      <WorkshopTextField
        workshop={workshop}
        field="targetRelationship"
        label={t('relationship.target')}
        hint={t('relationship.targetHint')}
        rows={4}
      />
      <TargetLevels workshop={workshop} />
      <GapList workshop={workshop} />
    </PhasePage>
  );
}
