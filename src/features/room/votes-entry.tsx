import { DotButtons } from '../../components/dot-buttons';
import type { Action } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Props = {
  actions: Action[];
  allowance: number;
  dots: Record<string, number>;
  onChange: (dots: Record<string, number>) => void;
};

/** One participant spreads their dots over the actions. */
export function VotesEntry({ actions, allowance, dots, onChange }: Props) {
  const t = useT();
  const used = Object.values(dots).reduce((sum, count) => sum + count, 0);
  const left = allowance - used;
  const change = (actionId: string, delta: 1 | -1) =>
    onChange({ ...dots, [actionId]: Math.max(0, (dots[actionId] ?? 0) + delta) });
  return (
    <div className="card room-votes">
      <p className="room-dots-left" role="status">
        {t('room.dotsLeft', { left, dots: allowance })}
      </p>
      <ul className="room-vote-list">
        {actions.map((action) => {
          const count = dots[action.id] ?? 0;
          return (
            <li key={action.id}>
              <span className="room-vote-title">{action.title}</span>
              <span className="room-vote-controls">
                <DotButtons
                  isLarge
                  count={count}
                  canAdd={left > 0}
                  labels={{
                    remove: t('room.removeDot', { title: action.title }),
                    add: t('room.addDot', { title: action.title }),
                    count: t('room.dotsOn', { count }),
                  }}
                  onVote={(delta) => change(action.id, delta)}
                />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
