import { AutosaveField } from '../../components/autosave-field';
import { DeleteButton } from '../../components/delete-button';
import { deleteOrgValue, updateOrgValue } from '../../db/repositories/current-state';
import { LIMITS } from '../../domain/limits';
import type { OrgValue } from '../../domain/types';
import { useT } from '../../hooks/use-t';

/** A value and what it says about the expected service culture. */
export function ValueCard({ value, number }: { value: OrgValue; number: number }) {
  const t = useT();
  return (
    <li className="card">
      <fieldset>
        <legend>{t('context.value', { n: number })}</legend>
        <AutosaveField
          label={t('context.valueName')}
          saveKey={`value:${value.id}:name`}
          value={value.name}
          onSave={(name) => updateOrgValue(value.id, { name })}
          maxLength={LIMITS.shortText}
        />
        <AutosaveField
          label={t('context.valueNote')}
          saveKey={`value:${value.id}:note`}
          value={value.cultureNote}
          onSave={(cultureNote) => updateOrgValue(value.id, { cultureNote })}
          multiline
          rows={2}
          maxLength={LIMITS.longText}
        />
        <DeleteButton
          label={t('context.deleteValue', { n: number })}
          onDelete={() => deleteOrgValue(value.id)}
        />
      </fieldset>
    </li>
  );
}
