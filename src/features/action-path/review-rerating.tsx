import { useState } from 'react';
import { Checkbox } from '../../components/checkbox';
import { LazyDetails } from '../../components/lazy-details';
import type { Participant, Rating, Review, StaffRating } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import { principleItems, staffItems } from '../../lib/rated-items';
import { ReviewRatings } from './review-ratings';

type Props = {
  kind: 'principles' | 'staff';
  review: Review;
  participants: Participant[];
  /** Ratings of the kind's items, of the workshop and every review. */
  ratings: readonly (Rating | StaffRating)[];
};

/**
 * A review's choice to rate the principles (or the staff experience) again, and the ratings
 * given, folded under their count.
 */
export function ReviewRerating({ kind, review, participants, ratings }: Props) {
  const t = useT();
  // Until the user chooses, follow the stored re-ratings (they may arrive after the first render).
  const [chosen, setChosen] = useState<boolean | null>(null);
  const own = ratings.filter((rating) => rating.reviewId === review.id);
  const isRerating = chosen ?? own.length > 0;
  const givenCount = own.filter((rating) => rating.score !== null).length;
  const isStaff = kind === 'staff';
  return (
    <>
      <Checkbox
        label={t(isStaff ? 'staff.review.rerate' : 'followUp.rerate')}
        checked={isRerating}
        onChange={setChosen}
      />
      {isRerating ? (
        // Folded when it holds earlier ratings: ten reviews of twenty people are 1,400 rows.
        <LazyDetails
          summary={t(isStaff ? 'staff.review.given' : 'followUp.ratingsGiven', {
            count: givenCount,
          })}
          isInitiallyOpen={chosen === true}
        >
          <ReviewRatings
            review={review}
            participants={participants}
            items={isStaff ? staffItems(t) : principleItems(t)}
            ratings={ratings}
            commentLabel={(name) =>
              isStaff
                ? t('staff.commentFor', { statement: name })
                : t('rate.commentFor', { principle: name })
            }
          />
        </LazyDetails>
      ) : null}
    </>
  );
}
