// The current-state steps on the projector: evidence, values, and the journey.
import { useState } from 'react';
import { rankCriticalMoments } from '../../domain/critical-moments';
import { countByTone, emptyToneCounts } from '../../domain/evidence';
import type { EvidenceKind } from '../../domain/types';
import { useEvidence, useJourney, useOrgValues, useThemes } from '../../hooks/use-current-state';
import { Nothing, type StepContentProps as Props } from './presentation-parts';

/** Counts and themes by default; the texts themselves only when the facilitator shows them. */
export function EvidenceContent({ workshop, t, kind }: Props & { kind: EvidenceKind }) {
  const [isShown, setShown] = useState(false);
  const evidence = (useEvidence(workshop.id) ?? []).filter((item) => item.kind === kind);
  const themes = useThemes(workshop.id) ?? [];
  const counts = countByTone(evidence, () => 'all').get('all') ?? emptyToneCounts();
  const summary =
    kind === 'story'
      ? t('present.stories', { count: evidence.length })
      : kind === 'staffObservation'
        ? t('present.observations', { count: evidence.length })
        : t('present.items', { count: evidence.length });
  const themed = themes
    .map((theme) => ({
      theme,
      count: evidence.filter((item) => item.themeId === theme.id).length,
    }))
    .filter((entry) => entry.count > 0);
  return (
    <>
      <p className="present-figure">{summary}</p>
      <ul className="present-tones">
        <li>
          {t('present.praise')}: <strong>{counts.praise}</strong>
        </li>
        <li>
          {t('present.complaint')}: <strong>{counts.complaint}</strong>
        </li>
        <li>
          {t('present.suggestion')}: <strong>{counts.suggestion}</strong>
        </li>
      </ul>
      {themed.length ? (
        <>
          <h2>{t('present.themes')}</h2>
          <ul className="present-list">
            {themed.map(({ theme, count }) => (
              <li key={theme.id}>
                {theme.name} ({count})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {evidence.length ? (
        <button
          type="button"
          className={isShown ? 'present-button is-on' : 'present-button'}
          aria-expanded={isShown}
          onClick={() => setShown(!isShown)}
        >
          {isShown ? t('present.hideDetails') : t('present.showDetails')}
        </button>
      ) : null}
      {isShown ? (
        <ul className="present-quotes">
          {evidence.slice(0, 6).map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function ValuesContent({ workshop, t }: Props) {
  const values = useOrgValues(workshop.id) ?? [];
  if (!workshop.mission && !workshop.vision && !values.length) return <Nothing t={t} />;
  return (
    <dl className="present-values">
      {workshop.mission ? (
        <>
          <dt>{t('present.mission')}</dt>
          <dd>{workshop.mission}</dd>
        </>
      ) : null}
      {workshop.vision ? (
        <>
          <dt>{t('present.vision')}</dt>
          <dd>{workshop.vision}</dd>
        </>
      ) : null}
      {values.length ? (
        <>
          <dt>{t('present.values')}</dt>
          <dd>
            <ul className="present-list">
              {values.map((value) => (
                <li key={value.id}>{value.name}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

export function JourneyContent({ workshop, t }: Props) {
  const journey = useJourney(workshop.id);
  const stages = journey?.stages ?? [];
  const critical = rankCriticalMoments(journey?.touchpoints ?? []);
  if (!stages.length) return <Nothing t={t} />;
  return (
    <>
      <ol className="present-journey">
        {stages.map((stage) => (
          <li key={stage.id}>{stage.name}</li>
        ))}
      </ol>
      {critical.length ? (
        <>
          <h2>{t('present.criticalMoments')}</h2>
          <ul className="present-list">
            {critical.slice(0, 5).map((touchpoint) => (
              <li key={touchpoint.id}>{touchpoint.name}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
