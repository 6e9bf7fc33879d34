import { Link, useSearchParams } from 'react-router';
import type { MessageKey } from '../../i18n';
import { useT } from '../../hooks/use-t';

/** The board (the list, its filters and the entry) and the analyses, each a view of its own. */
export const EVIDENCE_VIEWS = ['list', 'heatmaps', 'themes', 'principles', 'suggestions'] as const;
export type EvidenceView = (typeof EVIDENCE_VIEWS)[number];

const LABELS: Record<EvidenceView, MessageKey> = {
  list: 'evidence.list',
  heatmaps: 'evidence.view.heatmaps',
  themes: 'themes.title',
  principles: 'principleMatrix.title',
  suggestions: 'suggestions.title',
};

/** The view in the address (`?view=themes`), so Back and a reload keep it. */
export function useEvidenceView() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('view');
  const view = EVIDENCE_VIEWS.find((candidate) => candidate === asked) ?? 'list';
  const show = (next: EvidenceView) =>
    setParams(next === 'list' ? {} : { view: next }, { preventScrollReset: true });
  return { view, show };
}

/** The same screen with another view: only the search part of the address changes. */
const hrefOf = (view: EvidenceView) => ({ search: view === 'list' ? '' : `?view=${view}` });

/** Tabs as links: each view has an address; the open one is marked for screen readers. */
export function EvidenceViewNav({
  view,
  counts,
}: {
  view: EvidenceView;
  counts: Partial<Record<EvidenceView, number>>;
}) {
  const t = useT();
  return (
    <nav className="evidence-views" aria-label={t('evidence.views')}>
      <ul>
        {EVIDENCE_VIEWS.map((candidate) => (
          <li key={candidate}>
            <Link
              to={hrefOf(candidate)}
              preventScrollReset
              aria-current={candidate === view ? 'page' : undefined}
            >
              {t(LABELS[candidate])}
              {counts[candidate] ? (
                <span className="view-count"> ({counts[candidate]})</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Above the list: how many principle suggestions wait, and the way to them. */
export function SuggestionsPointer({ count }: { count: number }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <p className="suggestions-pointer">
      {t('evidence.suggestionsWaiting', { count })}{' '}
      <Link to={hrefOf('suggestions')} preventScrollReset>
        {t('evidence.suggestionsOpen')}
      </Link>
    </p>
  );
}
