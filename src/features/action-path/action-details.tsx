import { useId } from 'react';
import { LazyDetails } from '../../components/lazy-details';
import { ScoreSelect } from '../../components/score-select';
import { SegmentPicker } from '../../components/segment-picker';
import { useDraft } from '../../hooks/use-draft';
import { updateAction } from '../../db/repositories/actions';
import { LIMITS } from '../../domain/limits';
import { ACTION_CATEGORIES } from '../../domain/path';
import { ACTION_CADENCES, cadenceKey } from '../../domain/routines';
import type { Action, ActionCadence, ActionCategory, Indicator, Segment } from '../../domain/types';
import { useReportError } from '../../hooks/use-storage-error-notice';
import { useT } from '../../hooks/use-t';
import { GapPicker, type GapOption } from './gap-picker';

type Props = {
  action: Action;
  indicators: Indicator[];
  gapOptions: GapOption[];
  segments: Segment[];
};

/** The fuller description of an action, folded away until needed. */
export function ActionDetails({ action, indicators, gapOptions, segments }: Props) {
  const t = useT();
  const id = useId();
  const reportError = useReportError();
  const save = (patch: Partial<Action>) => void updateAction(action.id, patch).catch(reportError);
  const [description, setDescription] = useDraft(
    `action:${action.id}:description`,
    action.description,
    (value) => updateAction(action.id, { description: value }),
  );
  const [effect, setEffect] = useDraft(
    `action:${action.id}:effect`,
    action.expectedEffect,
    (value) => updateAction(action.id, { expectedEffect: value }),
  );
  return (
    <LazyDetails className="action-details" summary={t('action.details')}>
      <div className="action-detail-fields">
        <div className="field wide">
          <label htmlFor={`${id}-cadence`}>{t('routine.kind')}</label>
          <select
            id={`${id}-cadence`}
            value={action.cadence}
            aria-describedby={`${id}-cadence-hint`}
            onChange={(event) => save({ cadence: event.target.value as ActionCadence })}
          >
            {ACTION_CADENCES.map((cadence) => (
              <option key={cadence} value={cadence}>
                {t(`routine.cadence.${cadenceKey(cadence)}`)}
              </option>
            ))}
          </select>
          <p className="field-hint" id={`${id}-cadence-hint`}>
            {t('routine.kindHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('action.category')}</label>
          <select
            id={`${id}-category`}
            value={action.category}
            onChange={(event) => save({ category: event.target.value as ActionCategory })}
          >
            {ACTION_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('action.startDate')}</label>
          <input
            id={`${id}-start`}
            type="date"
            value={action.startDate}
            onChange={(event) => save({ startDate: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-impact`}>{t('action.impact')}</label>
          <ScoreSelect
            id={`${id}-impact`}
            value={action.impact}
            notSetLabel={t('target.notSet')}
            onChange={(impact) => save({ impact })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-effort`}>{t('action.effort')}</label>
          <ScoreSelect
            id={`${id}-effort`}
            value={action.effort}
            notSetLabel={t('target.notSet')}
            onChange={(effort) => save({ effort })}
          />
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-description`}>{t('action.description')}</label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={description}
            maxLength={LIMITS.longText}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-effect`}>{t('action.expectedEffect')}</label>
          <textarea
            id={`${id}-effect`}
            rows={2}
            value={effect}
            maxLength={LIMITS.longText}
            onChange={(event) => setEffect(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-indicator`}>{t('action.indicator')}</label>
          <select
            id={`${id}-indicator`}
            value={action.indicatorId}
            onChange={(event) => save({ indicatorId: event.target.value })}
          >
            <option value="">{t('evidence.none')}</option>
            {indicators.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.name || t('indicators.item', { n: indicator.order + 1 })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SegmentPicker
        segments={segments}
        selected={action.segmentIds}
        onChange={(segmentIds) => save({ segmentIds })}
      />
      <GapPicker
        selected={action.addresses}
        options={gapOptions}
        onChange={(addresses) => save({ addresses })}
      />
    </LazyDetails>
  );
}
