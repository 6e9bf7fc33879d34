import type { ParticipantGroup } from '../../domain/types';
import { useT } from '../../hooks/use-t';

const GROUPS: ParticipantGroup[] = ['management', 'staff', 'customerFacing', 'other'];

type Props = { id: string; value: ParticipantGroup; onChange: (group: ParticipantGroup) => void };

export function GroupSelect({ id, value, onChange }: Props) {
  const t = useT();
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value as ParticipantGroup)}
    >
      <option value="">{t('group.none')}</option>
      {GROUPS.map((group) => (
        <option key={group} value={group}>
          {t(`group.${group as Exclude<ParticipantGroup, ''>}`)}
        </option>
      ))}
    </select>
  );
}
