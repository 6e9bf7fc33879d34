import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { Participant, Rating, StaffRating } from '../domain/types';
import { useT } from '../hooks/use-t';
import { findRating, type RatedItemText } from '../lib/rated-items';
import { RatingRow } from './rating-row';

/** One thing to rate: a principle or a staff statement, with what the screen shows of it. */
export type BoardItem = RatedItemText & {
  /** Shown under the item when it is rated alone (anchors, evidence…). */
  details?: ReactNode;
  /** Shown under the item's row when one participant rates them all. */
  aside?: ReactNode;
};

type Labels = {
  /** "Principle 2 of 7" / "Statement 2 of 7". */
  position: (n: number) => string;
  previous: string;
  next: string;
  modeItem: string;
  modeParticipant: string;
  commentFor: (name: string) => string;
};

type Props = {
  workshopId: string;
  isSelf: boolean;
  participants: readonly Participant[];
  items: readonly BoardItem[];
  ratings: readonly (Rating | StaffRating)[];
  labels: Labels;
};

/**
 * Rating a list of items by every participant: one item at a time on the projector, or one
 * participant at a time through all of them. Used by the principles and the staff check.
 */
export function RatingBoard({ workshopId, isSelf, participants, items, ratings, labels }: Props) {
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<'item' | 'participant'>(isSelf ? 'participant' : 'item');
  const [index, setIndex] = useState(0);
  const [participantId, setParticipantId] = useState('');
  const current = items[index] ?? items[0]!;
  const ratingOf = (pid: string, key: string) => findRating(ratings, pid, key);
  const participant = participants.find((p) => p.id === participantId) ?? participants[0];
  const given = participants.reduce(
    (sum, p) => sum + items.filter((item) => ratingOf(p.id, item.key)).length,
    0,
  );

  if (participants.length === 0) {
    return (
      <p>
        {t('rate.noParticipants')}{' '}
        <Link to={paths.targetPart(workshopId, 'participants')}>{t('participants.title')}</Link>
      </p>
    );
  }
  return (
    <>
      <fieldset className="field">
        <legend>{t('rate.mode')}</legend>
        {(['item', 'participant'] as const).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === value}
              onChange={() => setMode(value)}
            />
            {value === 'item' ? labels.modeItem : labels.modeParticipant}
          </label>
        ))}
      </fieldset>
      <p className="muted" role="status">
        {t('rate.progress', { rated: given, total: participants.length * items.length })}
      </p>
      {mode === 'item' ? (
        <section className="card rate-principle" aria-labelledby={`${id}-item`}>
          <p className="eyebrow">{labels.position(index + 1)}</p>
          <h2 id={`${id}-item`}>{current.name}</h2>
          <p>{current.description}</p>
          {current.details}
          <ul className="rating-list">
            {participants.map((p) => (
              <RatingRow
                key={`${p.id}-${current.key}`}
                workshopId={workshopId}
                participantId={p.id}
                {...current.item}
                rating={ratingOf(p.id, current.key)}
                legend={p.name}
                commentLabel={t('rate.comment', { name: p.name })}
              />
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button-secondary"
              disabled={index === 0}
              onClick={() => setIndex(index - 1)}
            >
              {labels.previous}
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={index === items.length - 1}
              onClick={() => setIndex(index + 1)}
            >
              {labels.next}
            </button>
          </div>
        </section>
      ) : (
        <section className="card">
          <div className="field">
            <label htmlFor={`${id}-participant`}>{t('rate.participant')}</label>
            <select
              id={`${id}-participant`}
              value={participant?.id ?? ''}
              onChange={(event) => setParticipantId(event.target.value)}
            >
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <ul className="rating-list">
            {participant
              ? items.map((item) => (
                  <RatingRow
                    key={`${participant.id}-${item.key}`}
                    workshopId={workshopId}
                    participantId={participant.id}
                    {...item.item}
                    rating={ratingOf(participant.id, item.key)}
                    legend={`${item.name} – ${item.description}`}
                    commentLabel={labels.commentFor(item.name)}
                    aside={item.aside}
                  />
                ))
              : null}
          </ul>
        </section>
      )}
    </>
  );
}
