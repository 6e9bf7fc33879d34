import { useId } from 'react';
import { ScoreSelect } from '../../components/score-select';
import { updateTouchpoint } from '../../db/repositories/journey';
import { baselineRatings, summarisePrinciples } from '../../domain/assessment-stats';
import { summariseStaffCheck } from '../../domain/staff-check';
import type { Workshop } from '../../domain/types';
import { useParticipants, useRatings, useStaffRatings } from '../../hooks/use-assessment';
import { useJourney } from '../../hooks/use-current-state';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { LevelsTable } from './levels-table';

/** Where each principle, staff statement and critical moment should be, and how much each matters. */
export function TargetLevels({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useRatings(workshop.id) ?? [];
  const staffRatings = useStaffRatings(workshop.id) ?? [];
  const journey = useJourney(workshop.id);
  const summaries = summarisePrinciples(baselineRatings(ratings), participants);
  const staff = summariseStaffCheck(staffRatings, participants);
  const critical = (journey?.touchpoints ?? []).filter((touchpoint) => touchpoint.isCritical);

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('target.levels')}</h2>
      <p className="muted">{t('target.levelsGuide')}</p>
      <LevelsTable
        workshop={workshop}
        fields={{ target: 'targetLevels', importance: 'principleImportance' }}
        rows={summaries.map((summary) => ({
          key: summary.principleId,
          name: t(`principle.${summary.principleId}`),
          mean: summary.mean,
        }))}
        itemHeader={t('results.principle')}
        targetLabel={(name) => t('target.targetLevel', { name })}
        importanceLabel={(name) => t('target.importance', { name })}
      />
      <h3>{t('staff.targets.title')}</h3>
      <p className="muted">{t('staff.targets.guide')}</p>
      <LevelsTable
        workshop={workshop}
        fields={{ target: 'staffTargetLevels', importance: 'staffImportance' }}
        rows={staff.map((summary) => ({
          key: summary.statementId,
          name: t(`staff.item.${summary.statementId}`),
          mean: summary.mean,
        }))}
        itemHeader={t('staff.results.statement')}
        targetLabel={(name) => t('target.targetLevel', { name })}
        importanceLabel={(name) => t('target.importance', { name })}
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
