import { AutosaveField } from '../../components/autosave-field';
import { EditableList } from '../../components/editable-list';
import { PhaseHeader } from '../../components/phase-header';
import { updateWorkshop } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../i18n/use-t';
import { EvidenceFigures } from './evidence-figures';

export function CurrentStatePage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const key = (field: string) => `workshop:${workshop.id}:${field}`;
  return (
    <section className="page phase">
      <PhaseHeader
        title={t('phase.current')}
        question={t('current.question')}
        intro={t('current.intro')}
      />
      <EvidenceFigures workshop={workshop} />
      <AutosaveField
        label={t('current.statement')}
        hint={t('current.statementHint')}
        multiline
        rows={6}
        maxLength={LIMITS.longText}
        saveKey={key('currentStatement')}
        journal={{ table: 'workshops', id: workshop.id, field: 'currentStatement' }}
        value={workshop.currentStatement}
        onSave={(currentStatement) => updateWorkshop(workshop.id, { currentStatement })}
      />
      <div className="two-columns">
        <EditableList
          label={t('current.strengths')}
          itemLabel={(n) => t('current.strength', { n })}
          addLabel={t('current.addStrength')}
          removeLabel={(n) => t('current.removeStrength', { n })}
          emptyText={t('current.noStrengths')}
          maxLength={LIMITS.listEntry}
          saveKey={key('strengths')}
          journal={{ table: 'workshops', id: workshop.id, field: 'strengths' }}
          entries={workshop.strengths}
          onSave={(strengths) => updateWorkshop(workshop.id, { strengths })}
        />
        <EditableList
          label={t('current.weaknesses')}
          itemLabel={(n) => t('current.weakness', { n })}
          addLabel={t('current.addWeakness')}
          removeLabel={(n) => t('current.removeWeakness', { n })}
          emptyText={t('current.noWeaknesses')}
          maxLength={LIMITS.listEntry}
          saveKey={key('weaknesses')}
          journal={{ table: 'workshops', id: workshop.id, field: 'weaknesses' }}
          entries={workshop.weaknesses}
          onSave={(weaknesses) => updateWorkshop(workshop.id, { weaknesses })}
        />
      </div>
    </section>
  );
}
