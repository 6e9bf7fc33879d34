import type { Score } from '../domain/types';

type Props = {
  id: string;
  /** A name of its own where no visible label points at it (a table cell). */
  label?: string;
  value: Score | null;
  notSetLabel: string;
  onChange: (value: Score | null) => void;
};

const SCORES: Score[] = [1, 2, 3, 4, 5];

/** A 1–5 choice with an explicit "not set". */
export function ScoreSelect({ id, label, value, notSetLabel, onChange }: Props) {
  return (
    <select
      id={id}
      aria-label={label}
      value={value ?? ''}
      onChange={(event) =>
        onChange(event.target.value ? (Number(event.target.value) as Score) : null)
      }
    >
      <option value="">{notSetLabel}</option>
      {SCORES.map((score) => (
        <option key={score} value={score}>
          {score}
        </option>
      ))}
    </select>
  );
}
