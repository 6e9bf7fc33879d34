import { useState } from 'react';
import type { EvidenceItem, Segment, Theme, Touchpoint, Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { EvidenceRow } from './evidence-row';

/**
 * The first page is short: each row is a small form (five selects), and with 5,000 items
 * opening the board must stay under 300 ms. "Show more" adds larger steps.
 */
export const FIRST_PAGE = 20;
const MORE_STEP = 100;

type Props = {
  items: EvidenceItem[];
  total: number;
  workshop: Workshop;
  touchpoints: Touchpoint[];
  segments: Segment[];
  themes: Theme[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
};

/** Renders a page at a time, so thousands of items stay quick to filter and type in. */
export function EvidenceList({ items, total, selected, onToggle, ...lookups }: Props) {
  const t = useT();
  const [limit, setLimit] = useState(FIRST_PAGE);
  const shown = items.slice(0, limit);
  if (total === 0) return <p className="muted">{t('evidence.empty')}</p>;
  return (
    <>
      <p className="muted" role="status">
        {t('evidence.count', { shown: items.length, total })}
      </p>
      {items.length === 0 ? <p>{t('evidence.noMatches')}</p> : null}
      <ol className="stack-list evidence-list">
        {shown.map((item, index) => (
          <EvidenceRow
            key={item.id}
            item={item}
            number={index + 1}
            isSelected={selected.has(item.id)}
            onToggle={onToggle}
            {...lookups}
          />
        ))}
      </ol>
      {items.length > limit ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => setLimit(limit + MORE_STEP)}
        >
          {t('evidence.showMore', { count: Math.min(MORE_STEP, items.length - limit) })}
        </button>
      ) : null}
    </>
  );
}
