import type { GapEntry } from '../domain/assessment-stats';
import { levelOf, type ActionPriority } from '../domain/priority';
import { isPrincipleId } from '../domain/principles';
import { isStaffStatementId } from '../domain/staff-statements';
import type { Language, Touchpoint } from '../domain/types';
import type { Translate } from '../i18n';
import { formatOneDecimal } from './numbers';

/** A gap's name: the principle's, the staff statement's, or the critical moment's touchpoint. */
export function gapName(
  entry: Pick<GapEntry, 'id'>,
  t: Translate,
  touchpoints: readonly Touchpoint[],
): string {
  if (isPrincipleId(entry.id)) return t(`principle.${entry.id}`);
  if (isStaffStatementId(entry.id)) return t(`staff.item.${entry.id}`);
  return touchpoints.find((touchpoint) => touchpoint.id === entry.id)?.name ?? '';
}

/**
 * Why an action stands where it does, as a reader would say it, e.g. "Addresses the largest gap
 * (Smoothness: 1.7 × importance 5); high impact; low effort; the team's dots: 3".
 */
export function priorityReason(
  priority: ActionPriority,
  t: Translate,
  language: Language,
  touchpoints: readonly Touchpoint[],
): string {
  const [heaviest] = priority.gaps;
  let gapPart: string;
  if (heaviest) {
    const params = {
      name: gapName(heaviest.entry, t, touchpoints),
      gap: formatOneDecimal(heaviest.entry.gap, language),
      importance: heaviest.entry.importance,
      rank: heaviest.rank,
      count: priority.gaps.length,
    };
    if (priority.gaps.length > 1) gapPart = t('priority.gaps', params);
    else if (heaviest.rank === 1) gapPart = t('priority.gap.largest', params);
    else gapPart = t('priority.gap.ranked', params);
  } else {
    gapPart = t(
      priority.action.addresses.length > 0 ? 'priority.gap.none' : 'priority.gap.unlinked',
    );
  }
  const parts = [
    gapPart,
    t(`priority.impact.${levelOf(priority.impact)}`),
    t(`priority.effort.${levelOf(priority.effort)}`),
  ];
  if (priority.dots > 0) parts.push(t('priority.dots', { count: priority.dots }));
  const text = parts.join('; ');
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
