import type { EvidenceItem, Segment, Theme, Touchpoint, Workshop } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { EvidenceRow } from './evidence-row';
import { MORE_STEP } from './use-board-view';

type Props = {
  items: EvidenceItem[];
  total: number;
  /** How many of the items to show; the page keeps it (see `useBoardView`). */
  limit: number;
  onShowMore: () => void;
  workshop: Workshop;
  touchpoints: Touchpoint[];
  segments: Segment[];
  themes: Theme[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
};

/** Renders a page at a time, so thousands of items stay quick to filter and type in. */
export function EvidenceList({
  items,
  total,
  limit,
  onShowMore,
  selected,
  onToggle,
  ...lookups
}: Props) {
  const t = useT();
  const shown = items.slice(0, limit);
  if (total === 0) return <p className="muted">{t('evidence.empty')}</p>;
  return (
    <section className="evidence-items" aria-label={t('evidence.list')}>
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
        <button type="button" className="button-secondary" onClick={onShowMore}>
          {t('evidence.showMore', { count: Math.min(MORE_STEP, items.length - limit) })}
        </button>
      ) : null}
    </section>
  );
}
