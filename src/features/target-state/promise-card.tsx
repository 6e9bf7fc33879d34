import { useId } from 'react';
import { useDraft } from '../../components/use-draft';
import { useOptimisticValue } from '../../components/use-optimistic-value';
import { deletePromise, updatePromise } from '../../db/repositories/assessment';
import { LIMITS } from '../../domain/limits';
import { PRINCIPLE_IDS } from '../../domain/principles';
import type { CustomerPromise } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';

export function PromiseCard({ promise, number }: { promise: CustomerPromise; number: number }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const [text, setText] = useDraft(`promise:${promise.id}:text`, promise.text, (value) =>
    updatePromise(promise.id, { text: value }),
  );
  const [principleIds, showPrincipleIds] = useOptimisticValue(promise.principleIds);
  const toggle = (principleId: (typeof PRINCIPLE_IDS)[number]) => {
    const next = principleIds.includes(principleId)
      ? principleIds.filter((p) => p !== principleId)
      : [...principleIds, principleId];
    showPrincipleIds(next);
    updatePromise(promise.id, { principleIds: next }).catch(reportError);
  };
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
        onClick={() => void deletePromise(promise.id).catch(reportError)}
      >
        {t('common.delete')}
      </button>
    </li>
  );
}
