import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useOutletContext } from 'react-router';
import { listActions } from '../db/repositories/actions';
import { getWorkshop, listWorkshops, updateWorkshop } from '../db/repositories/workshops';
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

/** Saves changed fields of the workshop; for fields that save themselves as they are typed. */
export function useWorkshopUpdate(workshopId: string) {
  return useCallback((patch: Partial<Workshop>) => updateWorkshop(workshopId, patch), [workshopId]);
}

export type WorkshopOutletContext = { workshop: Workshop };

/** The open workshop, for screens rendered inside the workshop layout. */
export function useCurrentWorkshop(): Workshop {
  return useOutletContext<WorkshopOutletContext>().workshop;
}
