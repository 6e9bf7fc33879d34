import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveRoomSession } from '../../db/repositories/room-visibility';

/**
 * The session the device is locked into: null when none, undefined while loading, 'unknown'
 * when the database could not say. The guard then fails closed: a participant holding the
 * device must not reach other screens because a lookup failed.
 */
export function useActiveRoomSession() {
  return useLiveQuery(() => getActiveRoomSession().catch(() => 'unknown' as const), []);
}
