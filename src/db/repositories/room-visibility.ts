import Dexie from 'dexie';
import { hiddenSessionIds } from '../../domain/room-visibility';
import type { RoomSession } from '../../domain/types';
import { db } from '../database';

/**
 * The room session the device is locked into, if any, whichever workshop it belongs to. Kept apart from the rest of room mode:
 * every screen's guard reads it on the first load.
 */
export async function getActiveRoomSession(): Promise<RoomSession | null> {
  const active = await db.roomSessions.where('status').equals('active').toArray();
  for (const session of active) {
    // A session of a deleted workshop locks nothing: there is nothing left to enter into.
    const workshop = await db.workshops.get(session.workshopId);
    if (workshop && !workshop.deletedAt) return session;
  }
  return null;
}

/**
 * Ids of the workshop's sessions whose entries are not revealed yet. Inside a transaction that
 * does not cover `roomSessions` (a write reading its own table) nothing is left out: leaving the
 * transaction to look would let IndexedDB commit it early.
 */
export async function hiddenRoomSessionIds(workshopId: string): Promise<Set<string>> {
  const transaction = Dexie.currentTransaction;
  if (transaction && !transaction.storeNames.includes('roomSessions')) return new Set();
  return hiddenSessionIds(await db.roomSessions.where('workshopId').equals(workshopId).toArray());
}
