import { useId } from 'react';
import { LIMITS } from '../../domain/limits';
import type { Score } from '../../domain/types';
import { useT } from '../../hooks/use-t';

const SCORES: Score[] = [1, 2, 3, 4, 5];
type Choice = Score | 'dontKnow';

export type RatingsDraft = {
  scores: Partial<Record<string, Score | null>>;
  comments: Partial<Record<string, string>>;
};

/** A principle or a staff statement, by its id, with its name and what it means. */
export type EntryItem = { key: string; name: string; description: string };

type Props = {
  items: readonly EntryItem[];
  draft: RatingsDraft;
  onChange: (draft: RatingsDraft) => void;
};

/** One participant's ratings of all the items (principles or statements), kept until "Done". */
export function RatingsEntry({ items, draft, onChange }: Props) {
  const t = useT();
  const id = useId();
  const choiceOf = (principle: string): Choice | undefined => {
    if (!(principle in draft.scores)) return undefined;
    return draft.scores[principle] ?? 'dontKnow';
  };
  const choose = (principle: string, choice: Choice) =>
    onChange({
      ...draft,
      scores: { ...draft.scores, [principle]: choice === 'dontKnow' ? null : choice },
    });
  return (
    <ol className="stack-list room-principles">
      {items.map(({ key: principle, name, description }) => {
        const current = choiceOf(principle);
        const options: { value: Choice; label: string }[] = [
          ...SCORES.map((score) => ({ value: score, label: String(score) })),
          { value: 'dontKnow', label: t('room.score.dontKnow') },
        ];
        return (
          <li key={principle} className="card room-principle">
            <fieldset>
              <legend>
                <span className="room-principle-name">{name}</span>
                <span className="room-principle-description">{description}</span>
              </legend>
              <div
                className="rating-options"
                role="radiogroup"
                aria-label={t('room.score.label', { principle: name })}
              >
                {options.map((option) => (
                  <label
                    key={option.value}
                    className={
                      current === option.value ? 'rating-option selected' : 'rating-option'
                    }
                  >
                    <input
                      type="radio"
                      name={`${id}-${principle}`}
                      value={option.value}
                      checked={current === option.value}
                      onChange={() => choose(principle, option.value)}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor={`${id}-${principle}-comment`}>{t('room.comment')}</label>
              <input
                id={`${id}-${principle}-comment`}
                type="text"
                autoComplete="off"
                maxLength={LIMITS.listEntry}
                value={draft.comments[principle] ?? ''}
                onChange={(event) =>
                  onChange({
                    ...draft,
                    comments: { ...draft.comments, [principle]: event.target.value },
                  })
                }
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
