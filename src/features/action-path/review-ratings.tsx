import { useMemo } from 'react';
import { RatingRow } from '../../components/rating-row';
import { PRINCIPLE_IDS } from '../../domain/principles';
import type { Participant, Rating, Review } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Props = { review: Review; participants: Participant[]; ratings: Rating[] };

/** The seven principles rated again at a review, participant by participant. */
export function ReviewRatings({ review, participants, ratings }: Props) {
  const t = useT();
  // One pass over every rating of every review, not one search per row.
  const byKey = useMemo(
    () =>
      new Map(
        ratings
          .filter((r) => r.reviewId === review.id)
          .map((r) => [`${r.participantId}:${r.principleId}`, r]),
      ),
    [ratings, review.id],
  );
  const ratingOf = (participantId: string, principleId: string) =>
    byKey.get(`${participantId}:${principleId}`);
  return (
    <div className="review-ratings">
      {participants.map((participant) => (
        <section key={participant.id}>
          <h3>{participant.name}</h3>
          <ul className="rating-list">
            {PRINCIPLE_IDS.map((principleId) => (
              <RatingRow
                key={principleId}
                reviewId={review.id}
                workshopId={review.workshopId}
                participantId={participant.id}
                principleId={principleId}
                rating={ratingOf(participant.id, principleId)}
                legend={t(`principle.${principleId}`)}
                commentLabel={t('rate.commentFor', { principle: t(`principle.${principleId}`) })}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
