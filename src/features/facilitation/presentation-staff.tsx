import { summariseStaffCheck } from '../../domain/staff-check';
import { useParticipants, useStaffRatings } from '../../hooks/use-assessment';
import { formatOneDecimal } from '../../lib/numbers';
import type { StepContentProps } from './presentation-parts';

/**
 * The staff experience check on the projector, beside the staff's own observations: each
 * statement's mean and its target, in the workshop's language.
 */
export function StaffCheckContent({ workshop, t }: StepContentProps) {
  const participants = useParticipants(workshop.id) ?? [];
  const ratings = useStaffRatings(workshop.id) ?? [];
  const rated = summariseStaffCheck(ratings, participants).filter(
    (summary) => summary.mean !== null,
  );
  if (rated.length === 0) return null;
  return (
    <>
      <h2>{t('staff.title')}</h2>
      <ul className="present-list">
        {rated.map(({ statementId, mean }) => {
          const name = t(`staff.item.${statementId}`);
          const value = formatOneDecimal(mean ?? 0, workshop.language);
          const target = workshop.staffTargetLevels[statementId];
          return (
            <li key={statementId}>
              {target === undefined
                ? t('present.staffLine', { name, mean: value })
                : t('present.staffLineTarget', { name, mean: value, target })}
            </li>
          );
        })}
      </ul>
    </>
  );
}
