import { LIMITS } from '../domain/limits';
import type { OrgValue } from '../domain/types';
import { useOrgValueEdits } from '../hooks/use-org-values';
import { useReportError } from '../hooks/use-storage-error-notice';
import { useT } from '../hooks/use-t';
import { AutosaveField } from './autosave-field';
import { DeleteButton } from './delete-button';

type Edits = ReturnType<typeof useOrgValueEdits>;

/** A value and what it says about the expected service culture. */
function ValueCard({ value, number, edits }: { value: OrgValue; number: number; edits: Edits }) {
  const t = useT();
  return (
    <li className="card">
      <fieldset>
        <legend>{t('context.value', { n: number })}</legend>
        <AutosaveField
          label={t('context.valueName')}
          saveKey={`value:${value.id}:name`}
          value={value.name}
          onSave={(name) => edits.update(value.id, { name })}
          maxLength={LIMITS.shortText}
        />
        <AutosaveField
          label={t('context.valueNote')}
          saveKey={`value:${value.id}:note`}
          value={value.cultureNote}
          onSave={(cultureNote) => edits.update(value.id, { cultureNote })}
          multiline
          rows={4}
          maxLength={LIMITS.longText}
        />
        <DeleteButton
          label={t('context.deleteValue', { n: number })}
          onDelete={() => edits.remove(value.id)}
        />
      </fieldset>
    </li>
  );
}

/** The organisation's values read for service culture: on the context page and in the wizard. */
export function ValuesEditor({ workshopId }: { workshopId: string }) {
  const t = useT();
  const reportError = useReportError();
  const edits = useOrgValueEdits(workshopId);
  const values = edits.values ?? [];
  return (
    <>
      <h2>{t('context.values')}</h2>
      {values.length === 0 ? <p className="muted">{t('context.empty')}</p> : null}
      <ol className="card-grid">
        {values.map((value, index) => (
          <ValueCard key={value.id} value={value} number={index + 1} edits={edits} />
        ))}
      </ol>
      <div>
        <button
          type="button"
          className="button-secondary"
          onClick={() => void edits.add().catch(reportError)}
        >
          + {t('context.addValue')}
        </button>
      </div>
    </>
  );
}
