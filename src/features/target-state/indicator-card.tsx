import { SegmentPicker } from '../../components/segment-picker';
import { useId } from 'react';
import { AutosaveField } from '../../components/autosave-field';
import { DeleteButton } from '../../components/delete-button';
import { deleteIndicator, updateIndicator } from '../../db/repositories/assessment';
import { LIMITS } from '../../domain/limits';
import type { Indicator, Segment } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import type { MessageKey } from '../../i18n';

type TextField = 'name' | 'unit' | 'baseline' | 'target' | 'method';
const FIELDS: { field: TextField; label: MessageKey }[] = [
  { field: 'name', label: 'indicators.name' },
  { field: 'unit', label: 'indicators.unit' },
  { field: 'baseline', label: 'indicators.baseline' },
  { field: 'target', label: 'indicators.target' },
  { field: 'method', label: 'indicators.method' },
];

function IndicatorText({
  indicator,
  field,
  label,
}: {
  indicator: Indicator;
  field: TextField;
  label: string;
}) {
  return (
    <AutosaveField
      className={field === 'name' || field === 'method' ? 'field wide' : 'field'}
      label={label}
      saveKey={`indicator:${indicator.id}:${field}`}
      value={indicator[field]}
      onSave={(text) => updateIndicator(indicator.id, { [field]: text })}
      maxLength={field === 'method' ? LIMITS.listEntry : LIMITS.shortText}
    />
  );
}

export function IndicatorCard({
  indicator,
  number,
  segments,
}: {
  indicator: Indicator;
  number: number;
  segments: Segment[];
}) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  return (
    <li className="card">
      <fieldset className="indicator-fields">
        <legend>{t('indicators.item', { n: number })}</legend>
        {FIELDS.map(({ field, label }) => (
          <IndicatorText key={field} indicator={indicator} field={field} label={t(label)} />
        ))}
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('indicators.targetDate')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={indicator.targetDate}
            onChange={(event) =>
              void updateIndicator(indicator.id, { targetDate: event.target.value }).catch(
                reportError,
              )
            }
          />
        </div>
        <SegmentPicker
          segments={segments}
          selected={indicator.segmentIds}
          onChange={(segmentIds) =>
            void updateIndicator(indicator.id, { segmentIds }).catch(reportError)
          }
        />
      </fieldset>
      <DeleteButton
        label={t('indicators.delete', { n: number })}
        onDelete={() => deleteIndicator(indicator.id)}
      />
    </li>
  );
}
