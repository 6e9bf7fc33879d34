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
import { SuggestionsPanel } from './suggestions-panel';
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

  const showCell =
    (key: 'touchpointId' | 'segmentId') => (rowId: string, tone: EvidenceFilter['tone']) => {
      setFilter({ ...EMPTY_FILTER, [key]: rowId, tone });
      document.getElementById('evidence-board')?.scrollIntoView({ behavior: 'smooth' });
    };

  const showMatrixCell = (
    touchpointId: string,
    principleId: EvidenceFilter['principleId'],
    tone: EvidenceFilter['tone'],
  ) => {
    setFilter({ ...EMPTY_FILTER, touchpointId: touchpointId || NO_TOUCHPOINT, principleId, tone });
    // Optional call: jsdom has no scrollIntoView.
    document.getElementById('evidence-board')?.scrollIntoView?.({ behavior: 'smooth' });
  };

  return (
    <section className="page phase">
      <header className="phase-header">
        <h1>{t('evidence.title')}</h1>
        <p className="phase-question">{t('evidence.question')}</p>
        <GuidingQuestions text={t('evidence.guide')} />
        <p>
          <Link to={paths.privacy(workshop.id)}>{t('privacy.link')}</Link>
        </p>
      </header>
      <EvidenceForm workshopId={workshop.id} touchpoints={touchpoints} segments={segments} />
      <div className="evidence-overview">
        <section className="card">
          <h2>{t('heatmap.title')}</h2>
          <div className="two-columns heatmap-pair">
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
        <ThemePanel
          workshop={workshop}
          themes={themes}
          items={items ?? []}
          selected={selected}
          onAssigned={() => setSelected(new Set())}
          onShowTheme={(themeId) => setFilter({ ...EMPTY_FILTER, themeId })}
        />
      </div>
      <section className="card principle-matrix-card" aria-labelledby="principle-matrix-title">
        <h2 id="principle-matrix-title">{t('principleMatrix.title')}</h2>
        <PrincipleMatrix items={items ?? []} touchpoints={touchpoints} onSelect={showMatrixCell} />
      </section>
      <div id="evidence-board" className="evidence-board">
        <EvidenceFilters
          filter={filter}
          onChange={setFilter}
          touchpoints={touchpoints}
          segments={segments}
          themes={themes}
          tags={tags}
          channels={channels}
        />
        {items !== undefined && items.length > 0 ? <SuggestionsPanel items={filtered} /> : null}
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
    </section>
  );
}
