import { useLiveQuery } from 'dexie-react-hooks';
import { useOutletContext } from 'react-router';
import { listActions } from '../db/repositories/actions';
import { getWorkshop, listWorkshops } from '../db/repositories/workshops';
import type { Action, Workshop } from '../domain/types';

/** The workshop, `null` when it does not exist, `undefined` while loading. Live across tabs. */
export function useWorkshop(id: string): Workshop | null | undefined {
  return useLiveQuery(async () => (await getWorkshop(id)) ?? null, [id]);
}

export function useWorkshops(): Workshop[] | undefined {
  return useLiveQuery(listWorkshops, []);
}

export function useActions(workshopId: string): Action[] | undefined {
  return useLiveQuery(() => listActions(workshopId), [workshopId]);
}

export type WorkshopOutletContext = { workshop: Workshop };

/** The open workshop, for screens rendered inside the workshop layout. */
export function useCurrentWorkshop(): Workshop {
  return useOutletContext<WorkshopOutletContext>().workshop;
}
