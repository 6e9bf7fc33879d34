import { PRINCIPLE_IDS } from '../../domain/principles';
import type { Workshop } from '../../domain/types';
import { useRatings } from '../../hooks/use-assessment';
import { useT } from '../../hooks/use-t';
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
        items={PRINCIPLE_IDS.map((principleId) => ({
          key: principleId,
          item: { principleId },
          name: t(`principle.${principleId}`),
          description: t(`principle.${principleId}.description`),
        }))}
        ratingOf={(participantId, principleId) =>
          ratings.find(
            (rating) =>
              rating.participantId === participantId && rating.principleId === principleId,
          )
        }
        commentFor={(principle) => t('rate.commentFor', { principle })}
      />
    </>
  );
}
