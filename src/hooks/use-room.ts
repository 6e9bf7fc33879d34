import { useLiveQuery } from 'dexie-react-hooks';
import {
  getActiveRoomSession,
  getRoomSession,
  listRoomEntries,
  listRoomSessions,
} from '../db/repositories/room';

/** The session the device is locked into: null when none, undefined while loading. */
export function useActiveRoomSession() {
  return useLiveQuery(getActiveRoomSession, []);
}

export function useRoomSession(sessionId: string) {
  return useLiveQuery(() => getRoomSession(sessionId), [sessionId]);
}

export function useRoomSessions(workshopId: string) {
  return useLiveQuery(() => listRoomSessions(workshopId), [workshopId]);
}

/** Everything entered in a session, for the reveal screen once it is revealed. */
export function useRevealedEntries(sessionId: string) {
  return useLiveQuery(async () => {
    const session = await getRoomSession(sessionId);
    return session?.status === 'revealed' ? listRoomEntries(session) : null;
  }, [sessionId]);
}
