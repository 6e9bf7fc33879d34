import { PARTICIPANT_GROUPS, type ParticipantGroup } from '../../domain/types';
import { useT } from '../../hooks/use-t';

/** The groups to choose from; '' ("not set") is the first option of its own. */
const GROUPS = PARTICIPANT_GROUPS.filter((group) => group !== '');

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
          {t(`group.${group}`)}
        </option>
      ))}
    </select>
  );
}
