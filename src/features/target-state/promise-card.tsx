import { useId } from 'react';
import { useDraft } from '../../hooks/use-draft';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { promiseRepository } from '../../db/repositories/assessment';
import { LIMITS } from '../../domain/limits';
import { PRINCIPLE_IDS } from '../../domain/principles';
import type { CustomerPromise } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';

export function PromiseCard({ promise, number }: { promise: CustomerPromise; number: number }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [text, setText] = useDraft(`promise:${promise.id}:text`, promise.text, (value) =>
    promiseRepository.update(promise.id, { text: value }),
  );
  const { value: principleIds, change: setPrincipleIds } = useOptimisticEdit(
    promise.principleIds,
    (next) => promiseRepository.update(promise.id, { principleIds: next }),
  );
  const toggle = (principleId: (typeof PRINCIPLE_IDS)[number]) =>
    setPrincipleIds(
      principleIds.includes(principleId)
        ? principleIds.filter((p) => p !== principleId)
        : [...principleIds, principleId],
    );
  return (
    <li className="card">
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('promises.text', { n: number })}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          value={text}
          maxLength={LIMITS.listEntry}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <fieldset className="principle-checks">
        <legend>{t('promises.serves')}</legend>
        {PRINCIPLE_IDS.map((principleId) => (
          <label key={principleId} className="choice">
            <input
              type="checkbox"
              checked={principleIds.includes(principleId)}
              onChange={() => toggle(principleId)}
            />
            {t(`principle.${principleId}`)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button-quiet danger"
        aria-label={t('promises.delete', { n: number })}
        onClick={() => void promiseRepository.remove(promise.id).catch(reportError)}
      >
        {t('common.delete')}
      </button>
    </li>
  );
}
