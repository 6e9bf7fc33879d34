import { PhasePage } from '../../components/phase-page';
import { StrengthsWeaknessesLists, WorkshopTextField } from '../../components/workshop-fields';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { EvidenceFigures } from './evidence-figures';
import './current-state.css';

export function CurrentStatePage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  return (
    <PhasePage
      title={t('phase.current')}
      question={t('current.question')}
      intro={t('current.intro')}
    >
      <EvidenceFigures workshop={workshop} />
      <WorkshopTextField
        workshop={workshop}
        field="currentStatement"
        label={t('current.statement')}
        hint={t('current.statementHint')}
        rows={6}
      />
      <WorkshopTextField
        workshop={workshop}
        field="currentRelationship"
        label={t('relationship.current')}
        hint={t('relationship.currentHint')}
        rows={4}
      />
      <StrengthsWeaknessesLists workshop={workshop} />
    </PhasePage>
  );
}
