import { AutosaveField } from '../../components/autosave-field';
import { DeleteButton } from '../../components/delete-button';
import { useOptimisticEdit } from '../../hooks/use-optimistic-edit';
import { deletePromise, updatePromise } from '../../db/repositories/assessment';
import { LIMITS } from '../../domain/limits';
import { PRINCIPLE_IDS } from '../../domain/principles';
import type { CustomerPromise } from '../../domain/types';
import { useT } from '../../hooks/use-t';

export function PromiseCard({ promise, number }: { promise: CustomerPromise; number: number }) {
  const t = useT();
  const { value: principleIds, change: setPrincipleIds } = useOptimisticEdit(
    promise.principleIds,
    (next) => updatePromise(promise.id, { principleIds: next }),
  );
  const toggle = (principleId: (typeof PRINCIPLE_IDS)[number]) =>
    setPrincipleIds(
      principleIds.includes(principleId)
        ? principleIds.filter((p) => p !== principleId)
        : [...principleIds, principleId],
    );
  return (
    <li className="card">
      <AutosaveField
        label={t('promises.text', { n: number })}
        saveKey={`promise:${promise.id}:text`}
        value={promise.text}
        onSave={(text) => updatePromise(promise.id, { text })}
        multiline
        rows={2}
        maxLength={LIMITS.listEntry}
      />
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
      <DeleteButton
        label={t('promises.delete', { n: number })}
        onDelete={() => deletePromise(promise.id)}
      />
    </li>
  );
}
