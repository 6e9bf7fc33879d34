/**
 * Whether this device was last known to be locked into a room session, kept in localStorage so
 * the app can draw its first screen before IndexedDB answers. 'none' only once the database has
 * said so; without a hint (a first start, cleared storage) the room guard waits for the database.
 */
const KEY = 'palvelupolku.room-lock';

export type RoomLockHint = 'none' | { sessionId: string } | null;

export function readRoomLockHint(): RoomLockHint {
  try {
    const value = localStorage.getItem(KEY);
    if (value === null) return null;
    return value === 'none' ? 'none' : { sessionId: value };
  } catch {
    return null;
  }
}

/** The database's answer: the active session's id, or null when none is active. */
export function writeRoomLockHint(sessionId: string | null): void {
  try {
    localStorage.setItem(KEY, sessionId ?? 'none');
  } catch {
    // Without storage the guard simply waits for the database on every start.
  }
}

let emptyAtStart: boolean | undefined;

/**
 * Whether this origin's localStorage held nothing at all when the app started (asked first by
 * src/main.tsx, and remembered): the app has never run here, or its storage was cleared. Such a
 * start draws at once without asking IndexedDB first; the room check still follows and leads a
 * device that is in a room to its participant view.
 */
export function wasStorageEmptyAtStart(): boolean {
  if (emptyAtStart === undefined) {
    try {
      emptyAtStart = localStorage.length === 0;
    } catch {
      emptyAtStart = false;
    }
  }
  return emptyAtStart;
}
