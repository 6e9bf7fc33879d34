import { useId, type ReactNode } from 'react';
import { LIMITS } from '../domain/limits';
import type { RatedItem } from '../domain/staff-statements';
import type { Rating, Score, StaffRating } from '../domain/types';
import { useRatingEdit, type RatingChoice } from '../hooks/use-rating-edit';
import { useT } from '../hooks/use-t';

const SCORES: Score[] = [1, 2, 3, 4, 5];

type Props = RatedItem & {
  workshopId: string;
  participantId: string;
  rating: Rating | StaffRating | undefined;
  /** The visible name of the row: the participant or the principle. */
  legend: string;
  commentLabel: string;
  /** A follow-up review's id; the workshop's own assessment when omitted. */
  reviewId?: string;
  /** Shown under the row, e.g. the evidence for and against the principle. */
  aside?: ReactNode;
};

/**
 * One rating of a principle or a staff statement as a row of radio buttons (arrow keys move
 * between them) and a comment.
 */
export function RatingRow({
  reviewId = '',
  workshopId,
  participantId,
  rating,
  legend,
  commentLabel,
  aside,
  ...item
}: Props) {
  const t = useT();
  const id = useId();
  const { choice, choose, comment, setComment } = useRatingEdit(
    { workshopId, participantId, reviewId, ...item },
    rating,
  );
  const options: { value: RatingChoice; label: string }[] = [
    ...SCORES.map((score) => ({ value: score, label: String(score) })),
    { value: 'dontKnow', label: t('rate.dontKnow') },
    { value: 'none', label: t('rate.notRated') },
  ];
  return (
    <li className="rating-row">
      <fieldset>
        <legend>{legend}</legend>
        <div className="rating-options">
          {options.map((option) => (
            <label
              key={option.value}
              className={choice === option.value ? 'rating-option selected' : 'rating-option'}
            >
              <input
                type="radio"
                name={`${id}-score`}
                value={option.value}
                checked={choice === option.value}
                onChange={() => choose(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{commentLabel}</label>
        <input
          id={`${id}-comment`}
          type="text"
          value={comment}
          maxLength={LIMITS.listEntry}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      {aside}
    </li>
  );
}
