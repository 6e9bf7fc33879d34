import { PRINCIPLE_IDS } from '../../domain/principles';
import { STAFF_STATEMENT_IDS } from '../../domain/staff-statements';
import { useT } from '../../hooks/use-t';
import type { EntryItem } from './ratings-entry';

/** The items a room rating session asks about: the seven principles or the staff statements. */
export function useRatedItems(kind: 'principles' | 'staff'): EntryItem[] {
  const t = useT();
  return kind === 'staff'
    ? STAFF_STATEMENT_IDS.map((key) => ({
        key,
        name: t(`staff.item.${key}`),
        description: t(`staff.item.${key}.text`),
      }))
    : PRINCIPLE_IDS.map((key) => ({
        key,
        name: t(`principle.${key}`),
        description: t(`principle.${key}.description`),
      }));
}
