import { useMemo } from 'react';
import { PRINCIPLE_IDS } from '../../domain/principles';
import { STAFF_STATEMENT_IDS } from '../../domain/staff-statements';
import { useIndicators } from '../../hooks/use-assessment';
import { useJourney, useThemes } from '../../hooks/use-current-state';
import { useT } from '../../hooks/use-t';
import type { GapOption } from './gap-picker';

/**
 * What an action can address, from what phases 1 and 2 hold. The same array until one of
 * them changes, so the (memoised) rows of a long action list need not render again.
 */
export function useGapOptions(workshopId: string): GapOption[] {
  const t = useT();
  const journey = useJourney(workshopId);
  const themeRows = useThemes(workshopId);
  const indicatorRows = useIndicators(workshopId);
  return useMemo(() => {
    const touchpoints = journey?.touchpoints ?? [];
    const themes = themeRows ?? [];
    const indicators = indicatorRows ?? [];
    return [
      ...PRINCIPLE_IDS.map((id) => ({
        id,
        label: t(`principle.${id}`),
        group: t('results.principle'),
      })),
      ...STAFF_STATEMENT_IDS.map((id) => ({
        id,
        label: t(`staff.item.${id}`),
        group: t('staff.results.statement'),
      })),
      ...touchpoints
        .filter((touchpoint) => touchpoint.isCritical)
        .map((touchpoint) => ({
          id: touchpoint.id,
          label: touchpoint.name,
          group: t('target.criticalMoments'),
        })),
      ...themes.map((theme) => ({ id: theme.id, label: theme.name, group: t('themes.title') })),
      ...indicators.map((indicator) => ({
        id: indicator.id,
        label: indicator.name,
        group: t('indicators.title'),
      })),
    ];
  }, [journey, themeRows, indicatorRows, t]);
}
