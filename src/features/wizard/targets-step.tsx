import { useId } from 'react';
import { ScoreSelect } from '../../components/score-select';
import { setWorkshopMapEntry } from '../../db/repositories/workshops';
import type { PrincipleId } from '../../domain/principles';
import { summariseStaffCheck } from '../../domain/staff-check';
import type { StaffStatementId } from '../../domain/staff-statements';
import type { Score, Workshop } from '../../domain/types';
import { useParticipants, useStaffRatings } from '../../hooks/use-assessment';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { formatOrDash } from '../../lib/numbers';
import { useSelfSummaries } from './use-self-summaries';

type TargetRow = { key: string; name: string; mean: number | null; target: Score | null };

/**
 * Step 6: a target level for each principle and each staff statement, next to today's rating,
 * so the staff check has gaps of its own in the plan.
 */
export function TargetsStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const reportError = useReportError();
  const { summaries } = useSelfSummaries(workshop);
  const participants = useParticipants(workshop.id) ?? [];
  const staffRatings = useStaffRatings(workshop.id) ?? [];
  const staffSummaries = summariseStaffCheck(staffRatings, participants);
  const saveTarget = (key: PrincipleId, value: Score | null) =>
    void setWorkshopMapEntry(workshop.id, 'targetLevels', key, value ?? undefined).catch(
      reportError,
    );
  const saveStaffTarget = (key: StaffStatementId, value: Score | null) =>
    void setWorkshopMapEntry(workshop.id, 'staffTargetLevels', key, value ?? undefined).catch(
      reportError,
    );
  return (
    <>
      <p className="lead">{t('wizard.targets.intro')}</p>
      <TargetList
        workshop={workshop}
        rows={summaries.map((summary) => ({
          key: summary.principleId,
          name: t(`principle.${summary.principleId}`),
          mean: summary.mean,
          target: workshop.targetLevels[summary.principleId] ?? null,
        }))}
        onChange={(key, value) => saveTarget(key as PrincipleId, value)}
      />
      <h2>{t('staff.title')}</h2>
      <p>{t('wizard.targets.staffIntro')}</p>
      <TargetList
        workshop={workshop}
        rows={staffSummaries.map((summary) => ({
          key: summary.statementId,
          name: t(`staff.item.${summary.statementId}`),
          mean: summary.mean,
          target: workshop.staffTargetLevels[summary.statementId] ?? null,
        }))}
        onChange={(key, value) => saveStaffTarget(key as StaffStatementId, value)}
      />
    </>
  );
}

function TargetList({
  workshop,
  rows,
  onChange,
}: {
  workshop: Workshop;
  rows: readonly TargetRow[];
  onChange: (key: string, value: Score | null) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <ul className="stack-list wizard-targets">
      {rows.map((row) => {
        const fieldId = `${id}-${row.key}`;
        return (
          <li key={row.key} className="card">
            <label htmlFor={fieldId}>
              <strong>{row.name}</strong>
              <span className="visually-hidden">
                {' '}
                – {t('wizard.targets.target', { name: row.name })}
              </span>
            </label>
            <span className="muted">
              {t('wizard.targets.current', { score: formatOrDash(row.mean, workshop.language) })}
            </span>
            <ScoreSelect
              id={fieldId}
              value={row.target}
              notSetLabel={t('target.notSet')}
              onChange={(value) => onChange(row.key, value)}
            />
          </li>
        );
      })}
    </ul>
  );
}
