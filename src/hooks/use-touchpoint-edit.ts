import { updateTouchpoint } from '../db/repositories/journey';
import type { Touchpoint } from '../domain/types';
import { useOptimisticEdit } from './use-optimistic-edit';
import { useReportError } from './use-storage-error-notice';

/**
 * Saving a touchpoint's fields from a control: `save` writes a patch and reports a failure;
 * `isCritical` shows a ticked or unticked box at once, before the write comes back.
 */
export function useTouchpointEdit(touchpoint: Touchpoint) {
  const reportError = useReportError();
  const { value: isCritical, change: setCritical } = useOptimisticEdit(
    touchpoint.isCritical,
    (value) => updateTouchpoint(touchpoint.id, { isCritical: value }),
  );
  const save = (patch: Partial<Touchpoint>) => {
    updateTouchpoint(touchpoint.id, patch).catch(reportError);
  };
  return { isCritical, setCritical, save };
}
