import { CHANNEL_KEYS } from '../../domain/evidence';
import { useT } from '../../hooks/use-t';

/** Suggestions for the free-text channel field, in the UI language. */
export function ChannelOptions({ id }: { id: string }) {
  const t = useT();
  return (
    <datalist id={id}>
      {CHANNEL_KEYS.map((key) => (
        <option key={key} value={t(`channel.${key}`)} />
      ))}
    </datalist>
  );
}
