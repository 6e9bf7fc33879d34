import type { Workshop } from '../../domain/types';
import { useRatings } from '../../hooks/use-assessment';
import { useT } from '../../hooks/use-t';
import { principleItems } from '../../lib/rated-items';
import { SelfRatingList } from './self-rating-list';

/** Step 4: one person rates the seven principles as they are today. */
export function RateStep({ workshop }: { workshop: Workshop }) {
  const t = useT();
  const ratings = useRatings(workshop.id) ?? [];
  return (
    <>
      <p className="lead">{t('wizard.rate.intro')}</p>
      <SelfRatingList
        workshop={workshop}
        items={principleItems(t)}
        ratings={ratings}
        commentFor={(principle) => t('rate.commentFor', { principle })}
      />
    </>
  );
}
