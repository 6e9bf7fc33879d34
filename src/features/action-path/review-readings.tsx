import { AutosaveField } from '../../components/autosave-field';
import { setIndicatorReading } from '../../db/repositories/path';
import { readingAt } from '../../domain/indicator-readings';
import { LIMITS } from '../../domain/limits';
import type { Indicator, Language, Review } from '../../domain/types';
import { useT } from '../../hooks/use-t';
import type { Translate } from '../../i18n';
import { formatDate } from '../../lib/dates';

type Props = { review: Review; indicators: Indicator[]; language: Language };

/** "Unit %, baseline 40 %, target 15 % by 30.9.2027": what the reading is compared with. */
function readingHint(indicator: Indicator, t: Translate, language: Language): string {
  const target = indicator.target.trim();
  const parts = [
    indicator.unit.trim() ? t('readings.unit', { unit: indicator.unit.trim() }) : '',
    indicator.baseline.trim() ? t('readings.baseline', { value: indicator.baseline.trim() }) : '',
    target && indicator.targetDate
      ? t('readings.targetBy', {
          value: target,
          date: formatDate(indicator.targetDate, language),
        })
      : target
        ? t('readings.target', { value: target })
        : '',
  ].filter(Boolean);
  const hint = parts.join(', ');
  return hint.charAt(0).toUpperCase() + hint.slice(1);
}

/** At a review: what each indicator read, written as its baseline is ("32 %", "8,4"). */
export function ReviewReadings({ review, indicators, language }: Props) {
  const t = useT();
  if (indicators.length === 0) return null;
  return (
    <fieldset className="review-readings">
      <legend>{t('readings.legend')}</legend>
      <p className="field-hint">{t('readings.legendHint')}</p>
      <div className="review-readings-fields">
        {indicators.map((indicator, index) => (
          <AutosaveField
            key={indicator.id}
            label={indicator.name.trim() || t('indicators.item', { n: index + 1 })}
            saveKey={`review:${review.id}:reading:${indicator.id}`}
            value={readingAt(review, indicator.id)}
            onSave={(value) => setIndicatorReading(review.id, indicator.id, value)}
            maxLength={LIMITS.shortText}
            hint={readingHint(indicator, t, language) || undefined}
          />
        ))}
      </div>
    </fieldset>
  );
}
