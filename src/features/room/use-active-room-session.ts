import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveRoomSession } from '../../db/repositories/room-visibility';

/** The session the device is locked into: null when none, undefined while loading. */
export function useActiveRoomSession() {
  // A database that cannot be opened (newer version, blocked upgrade) must not take the whole
  // app down here: the connection notice explains it, and there is no session to guard.
  return useLiveQuery(() => getActiveRoomSession().catch(() => null), []);
}
