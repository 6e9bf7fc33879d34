import { useId } from 'react';
import { Link } from 'react-router';
import { StaffTable } from '../../components/principle-table';
import { paths } from '../../config/paths';
import type { PrincipleSummary } from '../../domain/assessment-stats';
import {
  compareStaffAndCustomers,
  summariseStaffCheck,
  type StaffSummary,
} from '../../domain/staff-check';
import type { Participant, Workshop } from '../../domain/types';
import { useStaffRatings } from '../../hooks/use-assessment';
import { useT } from '../../hooks/use-t';
import { formatOneDecimal } from '../../lib/numbers';
import { staffPairText } from '../../lib/staff-pairs';
import { useUiStore } from '../../stores/ui-store';
import { statisticsColumns } from './statistics-columns';

type Props = {
  workshop: Workshop;
  participants: readonly Participant[];
  /** The customer-side results the staff check is compared with. */
  principles: readonly PrincipleSummary[];
};

/** The staff experience check beside the principles, and where the two tell different stories. */
export function StaffResults({ workshop, participants, principles }: Props) {
  const t = useT();
  const id = useId();
  const language = useUiStore((state) => state.language);
  const ratings = useStaffRatings(workshop.id) ?? [];
  const summaries = summariseStaffCheck(ratings, participants);
  const pairs = compareStaffAndCustomers(summaries, principles);
  const hasStaff = summaries.some((summary) => summary.count > 0);
  const hasBoth = hasStaff && principles.some((summary) => summary.count > 0);

  return (
    <section className="staff-results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('staff.results.title')}</h2>
      {hasStaff ? null : (
        <p className="muted">
          {t('staff.results.noRatings')}{' '}
          <Link to={paths.currentPart(workshop.id, 'staff')}>{t('staff.results.rate')}</Link>
        </p>
      )}
      <StaffTable
        caption={t('staff.results.statistics')}
        rows={summaries}
        principleHeader={t('staff.results.statement')}
        columns={statisticsColumns<StaffSummary>(t, language, [
          {
            header: t('staff.results.targetGap'),
            cell: (summary) => {
              const target = workshop.staffTargetLevels[summary.statementId];
              if (!target) return '–';
              if (summary.mean === null) return target;
              return `${target} (${formatOneDecimal(target - summary.mean, language)})`;
            },
          },
        ])}
      />
      <h3 id={`${id}-pairs`}>{t('staff.pairs.title')}</h3>
      <p className="muted">{t('staff.pairs.guide')}</p>
      {!hasBoth ? (
        <p className="muted">{t('staff.pairs.missing')}</p>
      ) : pairs.length === 0 ? (
        <p>{t('staff.pairs.empty')}</p>
      ) : (
        <ul className="stack-list staff-pairs" aria-labelledby={`${id}-pairs`}>
          {pairs.map((pair) => (
            <li key={`${pair.statementId}-${pair.principleId}`} className="flag">
              ⚑ {staffPairText(pair, t, language)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
