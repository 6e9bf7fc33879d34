import type { Touchpoint } from './types';

/** Critical moments, the ones where importance exceeds performance the most first. */
export function rankCriticalMoments(touchpoints: readonly Touchpoint[]): Touchpoint[] {
  const gap = (touchpoint: Touchpoint) =>
    (touchpoint.importance ?? 0) - (touchpoint.performance ?? touchpoint.importance ?? 0);
  return touchpoints
    .filter((touchpoint) => touchpoint.isCritical)
    .sort((a, b) => gap(b) - gap(a) || (b.importance ?? 0) - (a.importance ?? 0));
}
