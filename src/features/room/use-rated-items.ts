import { useT } from '../../hooks/use-t';
import { principleItems, staffItems } from '../../lib/rated-items';
import type { EntryItem } from './ratings-entry';

/** The items a room rating session asks about: the seven principles or the staff statements. */
export function useRatedItems(kind: 'principles' | 'staff'): EntryItem[] {
  const t = useT();
  return kind === 'staff' ? staffItems(t) : principleItems(t);
}
