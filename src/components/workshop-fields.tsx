import type { ReactNode } from 'react';
import { LIMITS } from '../domain/limits';
import type { Workshop } from '../domain/types';
import { useT } from '../hooks/use-t';
import { useWorkshopUpdate } from '../hooks/use-workshop';
import { AutosaveField } from './autosave-field';
import { EditableList } from './editable-list';

type LongTextField =
  | 'mission'
  | 'vision'
  | 'currentStatement'
  | 'targetStatement'
  | 'communicationPlan'
  | 'changeAgentMandate'
  | 'commitment'
  | 'currentRelationship'
  | 'targetRelationship';
type ShortTextField =
  'changeAgent' | 'changeAgentRole' | 'changeAgentTime' | 'sponsor' | 'sponsorRole';

type TextProps = {
  workshop: Workshop;
  label: string;
  hint?: ReactNode;
} & ({ field: LongTextField; rows: number } | { field: ShortTextField; rows?: never });

/**
 * One text of the workshop, saved as it is typed (the same draft on every screen): a long text
 * with its rows, or a one-line name or role.
 */
export function WorkshopTextField({ workshop, field, label, rows, hint }: TextProps) {
  const updateWorkshop = useWorkshopUpdate(workshop.id);
  return (
    <AutosaveField
      label={label}
      hint={hint}
      multiline={rows !== undefined}
      rows={rows}
      maxLength={rows === undefined ? LIMITS.shortText : LIMITS.longText}
      saveKey={`workshop:${workshop.id}:${field}`}
      journal={{ table: 'workshops', id: workshop.id, field }}
      value={workshop[field]}
      onSave={(value) => updateWorkshop({ [field]: value })}
    />
  );
}

/** The organisation's mission and vision, read for what they say about service. */
export function MissionVisionFields({ workshop }: { workshop: Workshop }) {
  const t = useT();
  return (
    <>
      <WorkshopTextField
        workshop={workshop}
        field="mission"
        label={t('context.mission')}
        rows={3}
      />
      <WorkshopTextField workshop={workshop} field="vision" label={t('context.vision')} rows={3} />
    </>
  );
}

/** The current culture's strengths and weaknesses, side by side. */
export function StrengthsWeaknessesLists({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const updateWorkshop = useWorkshopUpdate(workshop.id);
  return (
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
        onSave={(strengths) => updateWorkshop({ strengths })}
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
        onSave={(weaknesses) => updateWorkshop({ weaknesses })}
      />
    </div>
  );
}
