import { useOptimisticValue } from '../components/use-optimistic-value';
import { updateTouchpoint } from '../db/repositories/journey';
import type { Touchpoint } from '../domain/types';
import { useReportError } from './use-storage-error-notice';

/**
 * Saving a touchpoint's fields from a control: `save` writes a patch and reports a failure;
 * `isCritical` shows a ticked or unticked box at once, before the write comes back.
 */
export function useTouchpointEdit(touchpoint: Touchpoint) {
  const reportError = useReportError();
  const [isCritical, showCritical] = useOptimisticValue(touchpoint.isCritical);
  const save = (patch: Partial<Touchpoint>) => {
    updateTouchpoint(touchpoint.id, patch).catch(reportError);
  };
  const setCritical = (value: boolean) => {
    showCritical(value);
    save({ isCritical: value });
  };
  return { isCritical, setCritical, save };
}
