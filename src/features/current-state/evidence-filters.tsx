import { useId } from 'react';
import {
  isFilterActive,
  NO_THEME,
  NO_TOUCHPOINT,
  EMPTY_FILTER,
  type EvidenceFilter,
} from '../../domain/evidence';
import { PRINCIPLE_IDS, type PrincipleId } from '../../domain/principles';
import type { Segment, Theme, Touchpoint } from '../../domain/types';
import { Field } from '../../components/field';
import { useT } from '../../hooks/use-t';
import { KindSelect, NamedSelect, ToneSelect } from './option-lists';

type Props = {
  filter: EvidenceFilter;
  onChange: (filter: EvidenceFilter) => void;
  touchpoints: Touchpoint[];
  segments: Segment[];
  themes: Theme[];
  tags: string[];
  channels: string[];
};

export function EvidenceFilters({
  filter,
  onChange,
  touchpoints,
  segments,
  themes,
  tags,
  channels,
}: Props) {
  const t = useT();
  const id = useId();
  const set = <K extends keyof EvidenceFilter>(key: K, value: EvidenceFilter[K]) =>
    onChange({ ...filter, [key]: value });
  const any = t('evidence.any');
  return (
    <fieldset className="card evidence-filters">
      <legend>{t('evidence.filters')}</legend>
      <div className="field search-field">
        <label htmlFor={`${id}-search`}>{t('evidence.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filter.search}
          onChange={(event) => set('search', event.target.value)}
        />
      </div>
      <div className="evidence-fields">
        <Field label={t('evidence.kind')}>
          {(fieldId) => (
            <KindSelect
              id={fieldId}
              value={filter.kind}
              emptyLabel={any}
              onChange={(v) => set('kind', v)}
            />
          )}
        </Field>
        <Field label={t('evidence.tone')}>
          {(fieldId) => (
            <ToneSelect
              id={fieldId}
              value={filter.tone}
              emptyLabel={any}
              onChange={(v) => set('tone', v)}
            />
          )}
        </Field>
        <Field label={t('evidence.channel')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={filter.channel}
              emptyLabel={any}
              options={channels.map((channel) => ({ id: channel, name: channel }))}
              onChange={(v) => set('channel', v)}
            />
          )}
        </Field>
        <Field label={t('evidence.touchpoint')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={filter.touchpointId}
              emptyLabel={any}
              options={touchpoints}
              onChange={(v) => set('touchpointId', v)}
            >
              <option value={NO_TOUCHPOINT}>{t('heatmap.noTouchpoint')}</option>
            </NamedSelect>
          )}
        </Field>
        <Field label={t('evidence.segment')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={filter.segmentId}
              emptyLabel={any}
              options={segments}
              onChange={(v) => set('segmentId', v)}
            />
          )}
        </Field>
        <Field label={t('evidence.theme')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={filter.themeId}
              emptyLabel={any}
              options={themes}
              onChange={(v) => set('themeId', v)}
            >
              <option value={NO_THEME}>{t('evidence.noTheme')}</option>
            </NamedSelect>
          )}
        </Field>
        <Field label={t('evidence.tag')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={filter.tag}
              emptyLabel={any}
              options={tags.map((tag) => ({ id: tag, name: tag }))}
              onChange={(v) => set('tag', v)}
            />
          )}
        </Field>
        <Field label={t('evidence.principle')}>
          {(fieldId) => (
            <NamedSelect
              id={fieldId}
              value={filter.principleId}
              emptyLabel={any}
              options={PRINCIPLE_IDS.map((pid) => ({ id: pid, name: t(`principle.${pid}`) }))}
              onChange={(v) => set('principleId', v as PrincipleId | '')}
            />
          )}
        </Field>
      </div>
      {isFilterActive(filter) ? (
        <button type="button" className="button-secondary" onClick={() => onChange(EMPTY_FILTER)}>
          {t('evidence.clearFilters')}
        </button>
      ) : null}
    </fieldset>
  );
}
