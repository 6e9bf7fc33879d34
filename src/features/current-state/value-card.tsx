import { useId } from 'react';
import { useDraft } from '../../components/use-draft';
import { deleteOrgValue, updateOrgValue } from '../../db/repositories/current-state';
import { LIMITS } from '../../domain/limits';
import type { OrgValue } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';

/** A value and what it says about the expected service culture. */
export function ValueCard({ value, number }: { value: OrgValue; number: number }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [name, setName] = useDraft(`value:${value.id}:name`, value.name, (text) =>
    updateOrgValue(value.id, { name: text }),
  );
  const [note, setNote] = useDraft(`value:${value.id}:note`, value.cultureNote, (text) =>
    updateOrgValue(value.id, { cultureNote: text }),
  );
  return (
    <li className="card">
      <fieldset>
        <legend>{t('context.value', { n: number })}</legend>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('context.valueName')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name}
            maxLength={LIMITS.shortText}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('context.valueNote')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            maxLength={LIMITS.longText}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="button-quiet danger"
          aria-label={t('context.deleteValue', { n: number })}
          onClick={() => void deleteOrgValue(value.id).catch(reportError)}
        >
          {t('common.delete')}
        </button>
      </fieldset>
    </li>
  );
}
