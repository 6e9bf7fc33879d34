import { useId } from 'react';
import { ScoreSelect } from '../../components/score-select';
import { updateTouchpoint } from '../../db/repositories/journey';
import { setWorkshopMapEntry } from '../../db/repositories/workshops';
import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import type { PrincipleId } from '../../domain/principles';
import type { Score, Workshop } from '../../domain/types';
import { useParticipants, useRatings } from '../../hooks/use-assessment';
import { useJourney } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { formatOrDash } from '../../lib/numbers';
import { useT } from '../../i18n/use-t';
import { useUiStore } from '../../stores/ui-store';

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
      <div className="table-scroll">
        <table className="data-table levels-table">
          <thead>
            <tr>
              <th scope="col">{t('results.principle')}</th>
              <th scope="col">{t('results.current')}</th>
              <th scope="col">{t('results.target')}</th>
              <th scope="col">{t('pdf.importance')}</th>
            </tr>
          </thead>
          <tbody>
            {summaries.map((summary) => {
              const name = t(`principle.${summary.principleId}`);
              return (
                <tr key={summary.principleId}>
                  <th scope="row">{name}</th>
                  <td>{formatOrDash(summary.mean, language)}</td>
                  <td>
                    <label
                      className="visually-hidden"
                      htmlFor={`${id}-${summary.principleId}-target`}
                    >
                      {t('target.targetLevel', { name })}
                    </label>
                    <ScoreSelect
                      id={`${id}-${summary.principleId}-target`}
                      value={workshop.targetLevels[summary.principleId] ?? null}
                      notSetLabel={t('target.notSet')}
                      onChange={(value) => setLevel('targetLevels', summary.principleId, value)}
                    />
                  </td>
                  <td>
                    <label
                      className="visually-hidden"
                      htmlFor={`${id}-${summary.principleId}-importance`}
                    >
                      {t('target.importance', { name })}
                    </label>
                    <ScoreSelect
                      id={`${id}-${summary.principleId}-importance`}
                      value={workshop.principleImportance[summary.principleId] ?? null}
                      notSetLabel={t('target.notSet')}
                      onChange={(value) =>
                        setLevel('principleImportance', summary.principleId, value)
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
