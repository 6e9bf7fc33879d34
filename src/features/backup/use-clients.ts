import { useLiveQuery } from 'dexie-react-hooks';
import { listClients, type ClientSummary } from '../../db/repositories/forget-client';

/** Every organisation on this device with its workshops and item count. Live. */
export function useClients(): ClientSummary[] | undefined {
  return useLiveQuery(listClients, []);
}
