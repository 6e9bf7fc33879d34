import { STAFF_STATEMENT_IDS } from '../../domain/staff-statements';
import type { Workshop } from '../../domain/types';
import { useStaffRatings } from '../../hooks/use-assessment';
import { useT } from '../../hooks/use-t';
import { SelfRatingList } from './self-rating-list';

/** Step 5: the manager answers the staff experience check as their staff would. */
export function StaffStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const ratings = useStaffRatings(workshop.id) ?? [];
  return (
    <>
      <p className="lead">{t('staff.wizard.intro')}</p>
      <SelfRatingList
        workshop={workshop}
        items={STAFF_STATEMENT_IDS.map((statementId) => ({
          key: statementId,
          item: { statementId },
          name: t(`staff.item.${statementId}`),
          description: t(`staff.item.${statementId}.text`),
        }))}
        ratingOf={(participantId, statementId) =>
          ratings.find(
            (rating) =>
              rating.participantId === participantId && rating.statementId === statementId,
          )
        }
        commentFor={(statement) => t('staff.commentFor', { statement })}
      />
    </>
  );
}
