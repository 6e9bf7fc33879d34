import { createOrgValue, deleteOrgValue, updateOrgValue } from '../db/repositories/current-state';
import type { OrgValue } from '../domain/types';
import { useOrgValues } from './use-current-state';

/** The workshop's values in order, and their writes, for the values editor. */
export function useOrgValueEdits(workshopId: string) {
  const values = useOrgValues(workshopId);
  return {
    values,
    add: () => createOrgValue(workshopId, { name: '', cultureNote: '' }),
    update: (id: string, patch: Partial<Pick<OrgValue, 'name' | 'cultureNote'>>) =>
      updateOrgValue(id, patch).then(() => undefined),
    remove: (id: string) => deleteOrgValue(id),
  };
}
