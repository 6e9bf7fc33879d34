import { useCallback, useDeferredValue, useState } from 'react';
import { EMPTY_FILTER, type EvidenceFilter } from '../../domain/evidence';

/**
 * The first page is short: each row is a small form (five selects), and with 5,000 items
 * opening the board must stay under 300 ms. "Show more" adds larger steps.
 */
export const FIRST_PAGE = 20;
export const MORE_STEP = 100;

type View = { filter: EvidenceFilter; limit: number };

/**
 * The board's filter and how many of the matching items it shows, kept together: a new filter
 * starts again from the first page in the same update, and nothing else (a live-query refresh,
 * a re-render, the list remounting) touches the page size.
 */
export function useBoardView() {
  const [view, setView] = useState<View>({ filter: EMPTY_FILTER, limit: FIRST_PAGE });
  // Typing stays responsive with thousands of items: the list follows a step behind. The page
  // size follows the filter the user chose, not the deferred one, so a "Show more" pressed
  // while the list catches up is kept.
  const deferredFilter = useDeferredValue(view.filter);
  const setFilter = useCallback(
    (filter: EvidenceFilter) => setView({ filter, limit: FIRST_PAGE }),
    [],
  );
  // An updater, so two quick presses both count.
  const showMore = useCallback(
    () => setView((current) => ({ ...current, limit: current.limit + MORE_STEP })),
    [],
  );
  return { filter: view.filter, deferredFilter, limit: view.limit, setFilter, showMore };
}
