import type { Workshop } from '../../domain/types';
import { baselineOf, formatWordOfMouth, isSet, targetOf } from '../../domain/word-of-mouth';
import type { Translate } from '../../i18n';

/**
 * The word-of-mouth indicator as a row of an indicator table (name, baseline, target), or null
 * when neither its baseline nor its target is set.
 */
export function wordOfMouthRow(workshop: Workshop, t: Translate): string[] | null {
  const baseline = baselineOf(workshop);
  const target = targetOf(workshop);
  if (!isSet(baseline) && !isSet(target)) return null;
  return [
    t('wom.indicatorName'),
    isSet(baseline) ? formatWordOfMouth(baseline) : '–',
    isSet(target) ? formatWordOfMouth(target) : '–',
  ];
}
