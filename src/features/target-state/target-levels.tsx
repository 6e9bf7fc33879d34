import { useId } from 'react';
import { meanColumn, PrincipleTable } from '../../components/principle-table';
import { ScoreSelect } from '../../components/score-select';
import { updateTouchpoint } from '../../db/repositories/journey';
import { setWorkshopMapEntry } from '../../db/repositories/workshops';
import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import type { PrincipleId } from '../../domain/principles';
import type { Score, Workshop } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useJourney } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { useUiStore } from '../../stores/ui-store';

const LEVEL_FIELDS = [
  { field: 'targetLevels', header: 'results.target', label: 'target.targetLevel' },
  { field: 'principleImportance', header: 'pdf.importance', label: 'target.importance' },
] as const;

/** Where each principle and critical moment should be, and how much each matters. */
export function TargetLevels({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const id = useId();
  const language = useUiStore((state) => state.language);
  const reportError = useReportError();
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const journey = useJourney(workshop.id);
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  const critical = (journey?.touchpoints ?? []).filter((touchpoint) => touchpoint.isCritical);

  const setLevel = (
    field: 'targetLevels' | 'principleImportance',
    principleId: PrincipleId,
    value: Score | null,
  ) => {
    setWorkshopMapEntry(workshop.id, field, principleId, value ?? undefined).catch(reportError);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('target.levels')}</h2>
      <p className="muted">{t('target.levelsGuide')}</p>
      <PrincipleTable
        className="data-table levels-table"
        rows={summaries}
        principleHeader={t('results.principle')}
        columns={[
          meanColumn(t('results.current'), language),
          ...LEVEL_FIELDS.map(({ field, header, label }) => ({
            header: t(header),
            cell: ({ principleId }: { principleId: PrincipleId }) => (
              <>
                <label className="visually-hidden" htmlFor={`${id}-${principleId}-${field}`}>
                  {t(label, { name: t(`principle.${principleId}`) })}
                </label>
                <ScoreSelect
                  id={`${id}-${principleId}-${field}`}
                  value={workshop[field][principleId] ?? null}
                  notSetLabel={t('target.notSet')}
                  onChange={(value) => setLevel(field, principleId, value)}
                />
              </>
            ),
          })),
        ]}
      />
      <h3>{t('target.criticalMoments')}</h3>
      {critical.length === 0 ? <p className="muted">{t('target.noCritical')}</p> : null}
      <ul className="moment-targets">
        {critical.map((touchpoint) => (
          <li key={touchpoint.id} className="field">
            <label htmlFor={`${id}-${touchpoint.id}`}>
              {t('target.momentTarget', { name: touchpoint.name })} (
              {t('journey.gap', {
                importance: touchpoint.importance ?? '–',
                performance: touchpoint.performance ?? '–',
              })}
              )
            </label>
            <ScoreSelect
              id={`${id}-${touchpoint.id}`}
              value={touchpoint.targetLevel}
              notSetLabel={t('target.notSet')}
              onChange={(targetLevel) =>
                void updateTouchpoint(touchpoint.id, { targetLevel }).catch(reportError)
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
