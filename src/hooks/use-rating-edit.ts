import { setRating, setRatingComment } from '../db/repositories/assessment';
import type { Rating, Score, StaffRating } from '../domain/types';
import { useDraft } from './use-draft';
import { useOptimisticEdit } from './use-optimistic-edit';

/** A rating as the row shows it: a score, "don't know" (a null score) or not rated at all. */
export type RatingChoice = Score | 'dontKnow' | 'none';

const choiceOf = (rating: Rating | StaffRating | undefined): RatingChoice =>
  rating === undefined ? 'none' : rating.score === null ? 'dontKnow' : rating.score;

const scoreOf = (choice: RatingChoice): Score | null | undefined =>
  choice === 'none' ? undefined : choice === 'dontKnow' ? null : choice;

/** Whose rating of which principle or staff statement, in the workshop's own assessment or a follow-up review. */
type RatingKey = Parameters<typeof setRating>[0] & { reviewId: string };

/** One rating and its comment, saved as they are chosen and typed. */
export function useRatingEdit(key: RatingKey, rating: Rating | StaffRating | undefined) {
  const item = 'statementId' in key ? `staff.${key.statementId}` : key.principleId;
  const { value: choice, change: choose } = useOptimisticEdit(choiceOf(rating), (next) =>
    setRating(key, scoreOf(next)),
  );
  const [comment, setComment] = useDraft(
    `rating:${key.reviewId}:${key.participantId}:${item}:comment`,
    rating?.comment ?? '',
    (text) => setRatingComment(key, text),
  );
  return { choice, choose, comment, setComment };
}
