import { useMemo } from 'react';
import { RatingRow } from '../../components/rating-row';
import type { Participant, Rating, Review, StaffRating } from '../../domain/types';
import type { RatedItemText } from '../../lib/rated-items';

type Props = {
  review: Review;
  participants: Participant[];
  /** The principles or the staff statements. */
  items: readonly RatedItemText[];
  /** Ratings of the items' kind, of the workshop and every review. */
  ratings: readonly (Rating | StaffRating)[];
  commentLabel: (name: string) => string;
};

const itemOf = (rating: Rating | StaffRating) =>
  'statementId' in rating ? rating.statementId : rating.principleId;

/** The principles or the staff statements rated again at a review, participant by participant. */
export function ReviewRatings({ review, participants, items, ratings, commentLabel }: Props) {
  // One pass over every rating of every review, not one search per row.
  const byKey = useMemo(
    () =>
      new Map(
        ratings
          .filter((r) => r.reviewId === review.id)
          .map((r) => [`${r.participantId}:${itemOf(r)}`, r]),
      ),
    [ratings, review.id],
  );
  return (
    <div className="review-ratings">
      {participants.map((participant) => (
        <section key={participant.id}>
          <h3>{participant.name}</h3>
          <ul className="rating-list">
            {items.map(({ key, item, name }) => (
              <RatingRow
                key={key}
                reviewId={review.id}
                workshopId={review.workshopId}
                participantId={participant.id}
                {...item}
                rating={byKey.get(`${participant.id}:${key}`)}
                legend={name}
                commentLabel={commentLabel(name)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
