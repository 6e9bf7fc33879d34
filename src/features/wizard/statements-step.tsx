import { SatisfiedDecision, useSatisfiedDecision } from '../../components/satisfied-decision';
import { StrengthsWeaknessesLists, WorkshopTextField } from '../../components/workshop-fields';
import type { Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { useSelfSummaries } from './use-self-summaries';

const SHOWN = 3;
/** A principle counts as a strength from this mean up. */
const STRONG_FROM = 4;

/**
 * Step 7: the current-state statement and relationship, the "are we satisfied?" decision and the
 * target, with the ratings as a reminder.
 */
export function StatementsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const { summaries, gapPrinciples } = useSelfSummaries(workshop);
  const { value: isSatisfied, change: decide } = useSatisfiedDecision(workshop);
  const strongest = summaries
    .filter((summary) => summary.mean !== null && summary.mean >= STRONG_FROM)
    .sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0))
    .slice(0, SHOWN)
    .map((summary) => t(`principle.${summary.principleId}`));
  const gaps = gapPrinciples.slice(0, SHOWN).map((id) => t(`principle.${id}`));
  return (
    <>
      <p className="lead">{t('wizard.statements.intro')}</p>
      {strongest.length > 0 ? (
        <p className="muted">{t('wizard.statements.strongest', { names: strongest.join(', ') })}</p>
      ) : null}
      {gaps.length > 0 ? (
        <p className="muted">{t('wizard.statements.gaps', { names: gaps.join(', ') })}</p>
      ) : null}
      <WorkshopTextField
        workshop={workshop}
        field="currentStatement"
        label={t('current.statement')}
        rows={4}
      />
      <StrengthsWeaknessesLists workshop={workshop} />
      <WorkshopTextField
        workshop={workshop}
        field="currentRelationship"
        label={t('relationship.current')}
        rows={3}
      />
      <SatisfiedDecision value={isSatisfied} onChange={decide} />
      {/* Satisfied: the current culture written down precisely; otherwise the target culture. */}
      <WorkshopTextField
        workshop={workshop}
        field="targetStatement"
        label={isSatisfied ? t('target.precise') : t('target.statement')}
        hint={isSatisfied ? t('target.preciseHint') : undefined}
        rows={4}
      />
      {isSatisfied ? (
        <WorkshopTextField
          workshop={workshop}
          field="communicationPlan"
          label={t('target.communication')}
          rows={3}
        />
      ) : null}
      <WorkshopTextField
        workshop={workshop}
        field="targetRelationship"
        label={t('relationship.target')}
        rows={3}
      />
    </>
  );
}
