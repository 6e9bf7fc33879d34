import { useId } from 'react';
import { acceptPrinciple, rejectPrinciple } from '../../db/repositories/principle-tags';
import { pendingSuggestions } from '../../domain/principle-suggestions';
import { isPrincipleId, PRINCIPLE_IDS, type PrincipleId } from '../../domain/principles';
import type { EvidenceItem } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';

type Props = {
  item: EvidenceItem;
  number: number;
  /** Offer the select that tags a principle by hand. */
  canAdd?: boolean;
};

/**
 * The principles of one evidence item: accepted tags (removable), open suggestions to accept or
 * reject, and a select to tag one by hand.
 */
export function PrincipleChips({ item, number, canAdd = true }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const pending = pendingSuggestions(item);
  const addable = PRINCIPLE_IDS.filter((pid) => !item.principleIds.includes(pid));
  const run = (write: Promise<void>) => void write.catch(reportError);
  const name = (pid: PrincipleId) => t(`principle.${pid}`);
  return (
    <div className="principle-chips" role="group" aria-label={t('principleTags.label')}>
      <span className="muted">{t('principleTags.label')}:</span>
      {item.principleIds.map((pid) => (
        <span key={pid} className="principle-chip">
          {name(pid)}
          <button
            type="button"
            className="chip-button"
            aria-label={t('principleTags.remove', { principle: name(pid), n: number })}
            onClick={() => run(rejectPrinciple(item.id, pid))}
          >
            ×
          </button>
        </span>
      ))}
      {pending.map((pid) => (
        <span key={pid} className="principle-chip suggested">
          <span className="visually-hidden">{t('principleTags.suggested')}: </span>
          <button
            type="button"
            className="chip-button accept"
            aria-label={t('principleTags.accept', { principle: name(pid), n: number })}
            onClick={() => run(acceptPrinciple(item.id, pid))}
          >
            + {name(pid)}?
          </button>
          <button
            type="button"
            className="chip-button"
            aria-label={t('principleTags.reject', { principle: name(pid), n: number })}
            onClick={() => run(rejectPrinciple(item.id, pid))}
          >
            ×
          </button>
        </span>
      ))}
      {canAdd && addable.length > 0 ? (
        <span className="principle-add">
          <label htmlFor={`${id}-add`}>{t('principleTags.add')}</label>
          <select
            id={`${id}-add`}
            value=""
            onChange={(event) => {
              const pid = event.target.value;
              if (isPrincipleId(pid)) run(acceptPrinciple(item.id, pid));
            }}
          >
            <option value="">{t('principleTags.addPlaceholder')}</option>
            {addable.map((pid) => (
              <option key={pid} value={pid}>
                {name(pid)}
              </option>
            ))}
          </select>
        </span>
      ) : null}
    </div>
  );
}
