import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import {
  allChannels,
  allTags,
  EMPTY_FILTER,
  filterEvidence,
  NO_TOUCHPOINT,
  type EvidenceFilter,
} from '../../domain/evidence';
import type { EvidenceItem } from '../../domain/types';
import { useEvidence, useJourney, useSegments, useThemes } from '../../hooks/use-current-state';
import { useCurrentWorkshop } from '../../hooks/use-workshop';
import { useT } from '../../hooks/use-t';
import { EvidenceFilters } from './evidence-filters';
import { EvidenceForm } from './evidence-form';
import { EvidenceList } from './evidence-list';
import { GuidingQuestions } from './guiding-questions';
import { PrincipleMatrix } from './principle-matrix';
import { SuggestionsPanel, useOpenSuggestions } from './suggestions-panel';
import { ThemeAssign } from './theme-assign';
import { EvidenceViewNav, SuggestionsPointer, useEvidenceView } from './evidence-views';
import { ThemePanel } from './theme-panel';
import { ToneHeatmap } from './tone-heatmap';
import './current-state.css';
import { useBoardView } from './use-board-view';

// Stable functions, so the heatmaps count only when the items change.
const touchpointOf = (item: EvidenceItem) => item.touchpointId;
const segmentOf = (item: EvidenceItem) => item.segmentId;

export function EvidencePage() {
  const t = useT();
  const workshop = useCurrentWorkshop();
  const items = useEvidence(workshop.id);
  const themes = useThemes(workshop.id) ?? [];
  const journey = useJourney(workshop.id);
  const segments = useSegments(workshop.id) ?? [];
  const touchpoints = useMemo(() => journey?.touchpoints ?? [], [journey]);
  const { filter, deferredFilter, limit, setFilter, showMore } = useBoardView();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const filtered = useMemo(
    () => filterEvidence(items ?? [], deferredFilter),
    [items, deferredFilter],
  );
  const tags = useMemo(() => allTags(items ?? []), [items]);
  const channels = useMemo(() => allChannels(items ?? []), [items]);

  const toggle = useCallback((id: string) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const openSuggestions = useOpenSuggestions(filtered);
  const { view, show } = useEvidenceView();

  // A count in a heatmap or the matrix shows its items: the filter is set and the list opens.
  const showInList = (next: EvidenceFilter) => {
    setFilter(next);
    show('list');
    // Optional call: jsdom has no scrollIntoView.
    requestAnimationFrame(() => document.getElementById('evidence-board')?.scrollIntoView?.());
  };
  const showCell =
    (key: 'touchpointId' | 'segmentId') => (rowId: string, tone: EvidenceFilter['tone']) =>
      showInList({ ...EMPTY_FILTER, [key]: rowId || NO_TOUCHPOINT, tone });
  const showMatrixCell = (
    touchpointId: string,
    principleId: EvidenceFilter['principleId'],
    tone: EvidenceFilter['tone'],
  ) =>
    showInList({ ...EMPTY_FILTER, touchpointId: touchpointId || NO_TOUCHPOINT, principleId, tone });

  return (
    <section className="page phase evidence-page">
      <header className="phase-header">
        <h1>{t('evidence.title')}</h1>
        <p className="phase-question">{t('evidence.question')}</p>
        <GuidingQuestions text={t('evidence.guide')} />
      </header>
      <EvidenceViewNav
        view={view}
        counts={{ list: items?.length, themes: themes.length, suggestions: openSuggestions.length }}
      />
      {view === 'list' ? (
        <div className="evidence-board">
          <EvidenceForm workshopId={workshop.id} touchpoints={touchpoints} segments={segments} />
          <div id="evidence-board" className="evidence-list-column">
            <EvidenceFilters
              filter={filter}
              onChange={setFilter}
              touchpoints={touchpoints}
              segments={segments}
              themes={themes}
              tags={tags}
              channels={channels}
            />
            <SuggestionsPointer count={openSuggestions.length} />
            <ThemeAssign
              themes={themes}
              selected={selected}
              onAssigned={() => setSelected(new Set())}
            />
            {items === undefined ? (
              <p>{t('common.loading')}</p>
            ) : (
              <EvidenceList
                items={filtered}
                total={items.length}
                limit={limit}
                onShowMore={showMore}
                workshop={workshop}
                touchpoints={touchpoints}
                segments={segments}
                themes={themes}
                selected={selected}
                onToggle={toggle}
              />
            )}
          </div>
        </div>
      ) : null}
      {view === 'heatmaps' ? (
        <section className="card" aria-labelledby="heatmap-title">
          <h2 id="heatmap-title">{t('heatmap.title')}</h2>
          <div className="heatmap-pair">
            <ToneHeatmap
              caption={t('heatmap.caption')}
              rowHeader={t('heatmap.touchpoint')}
              rows={touchpoints}
              noneLabel={t('heatmap.noTouchpoint')}
              items={items ?? []}
              keyOf={touchpointOf}
              onSelect={showCell('touchpointId')}
            />
            <ToneHeatmap
              caption={t('heatmap.segments')}
              rowHeader={t('heatmap.segment')}
              rows={segments}
              noneLabel={t('heatmap.noSegment')}
              items={items ?? []}
              keyOf={segmentOf}
              onSelect={showCell('segmentId')}
            />
          </div>
        </section>
      ) : null}
      {view === 'themes' ? (
        <ThemePanel
          workshop={workshop}
          themes={themes}
          items={items ?? []}
          onShowTheme={(themeId) => showInList({ ...EMPTY_FILTER, themeId })}
        />
      ) : null}
      {view === 'principles' ? (
        <section className="card principle-matrix-card" aria-labelledby="principle-matrix-title">
          <h2 id="principle-matrix-title">{t('principleMatrix.title')}</h2>
          <PrincipleMatrix
            items={items ?? []}
            touchpoints={touchpoints}
            onSelect={showMatrixCell}
          />
        </section>
      ) : null}
      {view === 'suggestions' ? (
        <SuggestionsPanel shown={filtered.length} open={openSuggestions} />
      ) : null}
      <p className="evidence-privacy">
        <Link to={paths.privacy(workshop.id)}>{t('privacy.link')}</Link>
      </p>
    </section>
  );
}
