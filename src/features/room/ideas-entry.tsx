import { useId } from 'react';
import { LIMITS } from '../../domain/limits';
import { useT } from '../../hooks/use-t';

type Props = { ideas: string[]; onChange: (ideas: string[]) => void };

/** One participant's ideas for actions, one per field. */
export function IdeasEntry({ ideas, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="card room-ideas">
      {ideas.map((idea, index) => (
        <div key={index} className="field">
          <label htmlFor={`${id}-${index}`}>{t('room.idea', { n: index + 1 })}</label>
          <input
            id={`${id}-${index}`}
            type="text"
            autoComplete="off"
            maxLength={LIMITS.listEntry}
            value={idea}
            onChange={(event) =>
              onChange(ideas.map((old, i) => (i === index ? event.target.value : old)))
            }
          />
        </div>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={ideas.length >= LIMITS.listLength}
          onClick={() => onChange([...ideas, ''])}
        >
          {t('room.addIdea')}
        </button>
      </div>
    </div>
  );
}
