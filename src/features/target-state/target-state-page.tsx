import { AutosaveField } from '../../components/autosave-field';
import { PhaseHeader } from '../../components/phase-header';
import { updateWorkshop } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../i18n/use-t';

export function TargetStatePage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  return (
    <section className="page phase">
      <PhaseHeader
        title={t('phase.target')}
        question={t('target.question')}
        intro={t('target.intro')}
      />
      <AutosaveField
        label={t('target.statement')}
        hint={t('target.statementHint')}
        multiline
        rows={8}
        maxLength={LIMITS.longText}
        saveKey={`workshop:${workshop.id}:targetStatement`}
        value={workshop.targetStatement}
        onSave={(targetStatement) => updateWorkshop(workshop.id, { targetStatement })}
      />
    </section>
  );
}
