import type { Workshop } from '../../domain/types';
import { useStaffRatings } from '../../hooks/use-assessment';
import { useT } from '../../hooks/use-t';
import { staffItems } from '../../lib/rated-items';
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
        items={staffItems(t)}
        ratings={ratings}
        commentFor={(statement) => t('staff.commentFor', { statement })}
      />
    </>
  );
}
