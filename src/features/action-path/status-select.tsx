import { ACTION_STATUSES, type ActionStatus } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Props = { id: string; value: ActionStatus; onChange: (status: ActionStatus) => void };

export function StatusSelect({ id, value, onChange }: Props) {
  const t = useT();
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value as ActionStatus)}
    >
      {ACTION_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(`status.${status}`)}
        </option>
      ))}
    </select>
  );
}
