import { useId } from 'react';
import type { Segment } from '../domain/types';
import { useT } from '../hooks/use-t';

type Props = {
  segments: readonly Segment[];
  selected: readonly string[];
  onChange: (segmentIds: string[]) => void;
};

/** Which customer segments a moment, an indicator or an action serves; nothing without segments. */
export function SegmentPicker({ segments, selected, onChange }: Props) {
  const t = useT();
  const id = useId();
  if (segments.length === 0) return null;
  const toggle = (segmentId: string, isOn: boolean) =>
    onChange(
      isOn ? [...selected, segmentId] : selected.filter((selectedId) => selectedId !== segmentId),
    );
  return (
    <fieldset className="field segment-picker">
      <legend>{t('segments.serves')}</legend>
      <div className="choices">
        {segments.map((segment, index) => (
          <label key={segment.id} className="choice" htmlFor={`${id}-${segment.id}`}>
            <input
              id={`${id}-${segment.id}`}
              type="checkbox"
              checked={selected.includes(segment.id)}
              onChange={(event) => toggle(segment.id, event.target.checked)}
            />
            {segment.name || t('segments.unnamed', { n: index + 1 })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
