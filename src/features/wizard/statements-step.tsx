import { AutosaveField } from '../../components/autosave-field';
import { EditableList } from '../../components/editable-list';
import { updateWorkshop } from '../../db/repositories/workshops';
import { LIMITS } from '../../domain/limits';
import type { Workshop } from '../../domain/types';
import { useT } from '../../i18n/use-t';
import { useSelfSummaries } from './use-self-summaries';

const SHOWN = 3;
/** A principle counts as a strength from this mean up. */
const STRONG_FROM = 4;

/** Step 6: the current-state and target-state statements, with the ratings as a reminder. */
export function StatementsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const { summaries, gapPrinciples } = useSelfSummaries(workshop);
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
      <AutosaveField
        label={t('current.statement')}
        multiline
        rows={4}
        maxLength={LIMITS.longText}
        saveKey={`workshop:${workshop.id}:currentStatement`}
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
          saveKey={`workshop:${workshop.id}:strengths`}
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
          saveKey={`workshop:${workshop.id}:weaknesses`}
          journal={{ table: 'workshops', id: workshop.id, field: 'weaknesses' }}
          entries={workshop.weaknesses}
          onSave={(weaknesses) => updateWorkshop(workshop.id, { weaknesses })}
        />
      </div>
      <AutosaveField
        label={t('target.statement')}
        multiline
        rows={4}
        maxLength={LIMITS.longText}
        saveKey={`workshop:${workshop.id}:targetStatement`}
        journal={{ table: 'workshops', id: workshop.id, field: 'targetStatement' }}
        value={workshop.targetStatement}
        onSave={(targetStatement) => updateWorkshop(workshop.id, { targetStatement })}
      />
    </>
  );
}
