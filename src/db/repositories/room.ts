import { isValidPin, NO_PIN, pinRetryDelayMs } from '../../domain/room';
import type { RoomActivity, RoomSession } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { hashPin, isPinCorrect, newPinSalt } from '../../lib/pin-hash';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { addChecked, patchChecked } from './rows';
import { getActiveRoomSession, hiddenRoomSessionIds } from './room-visibility';
import { writeRoomLockHint } from '../../lib/room-lock-hint';

// Re-exported: room mode's own screens and tests read them with the rest of the repository.
export { getActiveRoomSession, hiddenRoomSessionIds };

export async function getRoomSession(id: string): Promise<RoomSession | null> {
  return (await db.roomSessions.get(id)) ?? null;
}

export async function listRoomSessions(workshopId: string): Promise<RoomSession[]> {
  return db.roomSessions.where('workshopId').equals(workshopId).toArray();
}

export async function startRoomSession(
  workshopId: string,
  options: { activity: RoomActivity; pin: string; isAnonymous: boolean },
): Promise<RoomSession> {
  if (!isValidPin(options.pin)) throw new StorageError('invalidInput');
  const pinSalt = newPinSalt();
  const pinHash = await hashPin(options.pin, pinSalt);
  const now = nowIso();
  const session: RoomSession = {
    id: newId(),
    workshopId,
    activity: options.activity,
    status: 'active',
    pinHash,
    pinSalt,
    isAnonymous: options.isAnonymous,
    entryCount: 0,
    revealedAt: '',
    createdAt: now,
    updatedAt: now,
  };
  await guardWrite(() =>
    db.transaction('rw', db.roomSessions, db.workshops, async () => {
      // One device, one room: a second session would lock the screen into two places.
      if (await getActiveRoomSession()) throw new StorageError('invalidInput');
      await addChecked('roomSessions', [session]);
    }),
  );
  // A reload from now on waits for the database before it shows anything but the room.
  writeRoomLockHint(session.id);
  return session;
}

/** Wrong PINs per session, kept across reloads of the tab so a reload does not reset them. */
const ATTEMPTS_KEY = 'palvelupolku.room-pin-attempts';
type Attempts = Record<string, { failed: number; lastAt: number }>;

function readAttempts(): Attempts {
  try {
    return (JSON.parse(sessionStorage.getItem(ATTEMPTS_KEY) ?? '{}') as Attempts) ?? {};
  } catch {
    return {};
  }
}

function writeAttempts(attempts: Attempts): void {
  try {
    sessionStorage.setItem(ATTEMPTS_KEY, JSON.stringify(attempts));
  } catch {
    // Without sessionStorage the count lives as long as the page.
  }
}

let memoryAttempts: Attempts = {};

export type LeaveResult = { ok: true } | { ok: false; retryInMs: number };

/**
 * Ends the participant view when the PIN is right. Wrong PINs make the next attempt wait longer
 * and longer; the PIN's hash is dropped as the session closes, so nothing is left to guess at.
 */
export async function leaveRoomSession(sessionId: string, pin: string): Promise<LeaveResult> {
  const attempts = { ...readAttempts(), ...memoryAttempts };
  const previous = attempts[sessionId] ?? { failed: 0, lastAt: 0 };
  const waitUntil = previous.lastAt + pinRetryDelayMs(previous.failed);
  if (Date.now() < waitUntil) return { ok: false, retryInMs: waitUntil - Date.now() };
  const session = await db.roomSessions.get(sessionId);
  if (!session || session.status !== 'active') return { ok: false, retryInMs: 0 };
  // A session restored from a backup has no PIN left (backups never carry it).
  const hasPin = session.pinHash !== NO_PIN.pinHash;
  if (hasPin && !(await isPinCorrect(pin, session.pinSalt, session.pinHash))) {
    const failed = { failed: previous.failed + 1, lastAt: Date.now() };
    memoryAttempts = { ...attempts, [sessionId]: failed };
    writeAttempts(memoryAttempts);
    return { ok: false, retryInMs: pinRetryDelayMs(failed.failed) };
  }
  await guardWrite(() => patchChecked('roomSessions', sessionId, { status: 'closed', ...NO_PIN }));
  delete attempts[sessionId];
  memoryAttempts = attempts;
  writeAttempts(attempts);
  return { ok: true };
}

/** Shows every entry of a closed session at once, everywhere in the app. */
export async function revealRoomSession(sessionId: string): Promise<void> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', db.roomSessions, async () => {
      const session = await db.roomSessions.get(sessionId);
      if (!session) throw new StorageError('notFound');
      if (session.status !== 'closed') return;
      await patchChecked('roomSessions', sessionId, { status: 'revealed', revealedAt: now }, now);
    }),
  );
}
