import { useId } from 'react';
import { useDraft } from '../../components/use-draft';
import { deleteIndicator, updateIndicator } from '../../db/repositories/assessment';
import { LIMITS } from '../../domain/limits';
import type { Indicator } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../i18n/use-t';
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
  const id = useId();
  const [value, setValue] = useDraft(
    `indicator:${indicator.id}:${field}`,
    indicator[field],
    (text) => updateIndicator(indicator.id, { [field]: text }),
  );
  return (
    <div className={field === 'name' || field === 'method' ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={field === 'method' ? LIMITS.listEntry : LIMITS.shortText}
        onChange={(event) => setValue(event.target.value)}
      />
    </div>
  );
}

export function IndicatorCard({ indicator, number }: { indicator: Indicator; number: number }) {
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
      </fieldset>
      <button
        type="button"
        className="button-quiet danger"
        aria-label={t('indicators.delete', { n: number })}
        onClick={() => void deleteIndicator(indicator.id).catch(reportError)}
      >
        {t('common.delete')}
      </button>
    </li>
  );
}
