import { useMemo, useState } from 'react';
import {
  acceptAllSuggestions,
  rejectAllSuggestions,
  undoBulk,
  type BulkResult,
} from '../../db/repositories/principle-tags';
import { pendingSuggestions } from '../../domain/principle-suggestions';
import type { PrincipleId } from '../../domain/principles';
import type { EvidenceItem } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useNoticeStore } from '../../stores/notice-store';
import { PrincipleChips } from './principle-chips';

const REVIEW_SIZE = 5;

export type OpenSuggestion = { item: EvidenceItem; number: number; pending: PrincipleId[] };

/** The items of the board's current view (after filters) with principle suggestions to decide. */
export function useOpenSuggestions(items: readonly EvidenceItem[]): OpenSuggestion[] {
  return useMemo(
    () =>
      items
        .map((item, index) => ({ item, number: index + 1, pending: pendingSuggestions(item) }))
        .filter((entry) => entry.pending.length > 0),
    [items],
  );
}

type Props = {
  /** How many items the board's current view holds. */
  shown: number;
  open: OpenSuggestion[];
};

/** Open principle suggestions of the current view: decide them in bulk or one by one. */
export function SuggestionsPanel({ shown, open }: Props) {
  const t = useT();
  const push = useNoticeStore((state) => state.push);
  const reportError = useReportError();
  const [isBusy, setBusy] = useState(false);
  const tags = open.reduce((sum, entry) => sum + entry.pending.length, 0);

  const decideAll = async (isAccept: boolean) => {
    setBusy(true);
    try {
      const ids = open.map((entry) => entry.item.id);
      const result: BulkResult = await (isAccept
        ? acceptAllSuggestions(ids)
        : rejectAllSuggestions(ids));
      push({
        kind: 'success',
        message: t(isAccept ? 'suggestions.accepted' : 'suggestions.rejected', {
          count: result.tags,
        }),
        action: { label: t('notice.undo'), run: () => void undoBulk(result).catch(reportError) },
      });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card suggestions-panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('suggestions.title')}</h2>
      <p className="muted">{t('suggestions.intro')}</p>
      {open.length === 0 ? (
        <p>{t('suggestions.none')}</p>
      ) : (
        <>
          <p>{t('suggestions.pending', { tags, items: open.length, shown })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={isBusy}
              onClick={() => void decideAll(true)}
            >
              {t('suggestions.acceptAll', { count: open.length })}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={isBusy}
              onClick={() => void decideAll(false)}
            >
              {t('suggestions.rejectAll', { count: open.length })}
            </button>
          </div>
          <details className="suggestions-review">
            <summary>{t('suggestions.review')}</summary>
            <ol className="suggestions-list">
              {open.slice(0, REVIEW_SIZE).map(({ item, number }) => (
                <li key={item.id}>
                  <p className="suggestion-text">
                    <strong>{t('evidence.item', { n: number })}:</strong> {item.text}
                  </p>
                  <PrincipleChips item={item} number={number} canAdd={false} />
                </li>
              ))}
            </ol>
            {open.length > REVIEW_SIZE ? (
              <p className="muted">
                {t('suggestions.moreToReview', { count: open.length - REVIEW_SIZE })}
              </p>
            ) : null}
          </details>
        </>
      )}
    </section>
  );
}
