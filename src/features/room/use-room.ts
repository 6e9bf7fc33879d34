import { useLiveQuery } from 'dexie-react-hooks';
import { getRoomSession } from '../../db/repositories/room';
import { listRoomEntries } from '../../db/repositories/room-entries';
import { getWorkshop } from '../../db/repositories/workshops';

/** A session with its workshop, read together so neither is ever stale beside the other. */
export function useRoomWithWorkshop(sessionId: string) {
  return useLiveQuery(async () => {
    const session = await getRoomSession(sessionId);
    const workshop = session ? await getWorkshop(session.workshopId) : undefined;
    return { session, workshop: workshop ?? null };
  }, [sessionId]);
}

export function useRoomSession(sessionId: string) {
  return useLiveQuery(() => getRoomSession(sessionId), [sessionId]);
}

/** Everything entered in a session, for the reveal screen once it is revealed. */
export function useRevealedEntries(sessionId: string) {
  return useLiveQuery(async () => {
    const session = await getRoomSession(sessionId);
    return session?.status === 'revealed' ? listRoomEntries(session) : null;
  }, [sessionId]);
}
