import type { ReactNode } from 'react';
import { EVIDENCE_KINDS, TONES } from '../../domain/evidence';
import type { EvidenceKind, Tone } from '../../domain/types';
import { useT } from '../../hooks/use-t';

type Named = { id: string; name: string };

type SelectProps<V extends string> = {
  id: string;
  value: V;
  onChange: (value: V) => void;
  /** Text of the empty choice; omitted when a value is required. */
  emptyLabel?: string;
  children?: ReactNode;
};

export function KindSelect({ id, value, onChange, emptyLabel }: SelectProps<EvidenceKind | ''>) {
  const t = useT();
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(event.target.value as EvidenceKind)}
    >
      {emptyLabel ? <option value="">{emptyLabel}</option> : null}
      {EVIDENCE_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`kind.${kind}`)}
        </option>
      ))}
    </select>
  );
}

export function ToneSelect({ id, value, onChange, emptyLabel }: SelectProps<Tone | ''>) {
  const t = useT();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as Tone)}>
      {emptyLabel ? <option value="">{emptyLabel}</option> : null}
      {TONES.map((tone) => (
        <option key={tone} value={tone}>
          {t(`tone.${tone}`)}
        </option>
      ))}
    </select>
  );
}

/** A select over named rows (touchpoints, segments, themes) with an empty choice first. */
export function NamedSelect({
  id,
  value,
  onChange,
  emptyLabel,
  options,
  children,
}: SelectProps<string> & { options: readonly Named[] }) {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{emptyLabel}</option>
      {children}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  );
}
