import { ACTION_FIELD_DEFAULTS } from '../../domain/defaults';
import type { PrincipleId } from '../../domain/principles';
import {
  anonymousName,
  clampDots,
  isValidPin,
  nextAnonymousNumber,
  NO_PIN,
  pinRetryDelayMs,
} from '../../domain/room';
import type {
  Action,
  Participant,
  Rating,
  RoomActivity,
  RoomSession,
  Score,
  Vote,
} from '../../domain/types';
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

async function activeSession(sessionId: string): Promise<RoomSession> {
  const session = await db.roomSessions.get(sessionId);
  if (!session || session.status !== 'active') throw new StorageError('notFound');
  return session;
}

/** Creates the entry's participant: "Participant N" unless the session is named. */
async function addRoomParticipant(session: RoomSession, name: string): Promise<Participant> {
  const workshop = await db.workshops.get(session.workshopId);
  const existing = await db.participants.where('workshopId').equals(session.workshopId).toArray();
  const trimmed = name.trim();
  const now = nowIso();
  const participant: Participant = {
    id: newId(),
    workshopId: session.workshopId,
    name:
      session.isAnonymous || !trimmed
        ? anonymousName(workshop?.language ?? 'fi', nextAnonymousNumber(existing))
        : trimmed,
    group: '',
    order: existing.reduce((max, row) => Math.max(max, row.order + 1), 0),
    roomSessionId: session.id,
    createdAt: now,
    updatedAt: now,
  };
  const [stored] = await addChecked('participants', [participant]);
  return stored!;
}

async function countEntry(session: RoomSession): Promise<void> {
  await patchChecked('roomSessions', session.id, { entryCount: session.entryCount + 1 });
}

/** One participant's ratings of the principles, written together when they tap "Done". */
export async function submitRoomRatings(
  sessionId: string,
  entry: {
    name: string;
    scores: Partial<Record<PrincipleId, Score | null>>;
    comments?: Partial<Record<PrincipleId, string>>;
  },
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.roomSessions, db.workshops, db.participants, db.ratings], async () => {
      const session = await activeSession(sessionId);
      const participant = await addRoomParticipant(session, entry.name);
      const now = nowIso();
      const ratings: Rating[] = Object.entries(entry.scores).map(([principleId, score]) => ({
        id: newId(),
        workshopId: session.workshopId,
        participantId: participant.id,
        principleId: principleId as PrincipleId,
        score: score ?? null,
        comment: entry.comments?.[principleId as PrincipleId] ?? '',
        evidenceIds: [],
        reviewId: '',
        roomSessionId: session.id,
        createdAt: now,
        updatedAt: now,
      }));
      await addChecked('ratings', ratings);
      await countEntry(session);
    }),
  );
}

/** One participant's ideas for actions, stored as actions with status 'idea'. */
export async function submitRoomIdeas(sessionId: string, titles: readonly string[]): Promise<void> {
  const wanted = titles.map((title) => title.trim()).filter(Boolean);
  await guardWrite(() =>
    db.transaction('rw', [db.roomSessions, db.actions], async () => {
      const session = await activeSession(sessionId);
      const existing = await db.actions.where('workshopId').equals(session.workshopId).toArray();
      let order = existing.reduce((max, row) => Math.max(max, row.order + 1), 0);
      const now = nowIso();
      const actions: Action[] = wanted.map((title) => ({
        ...structuredClone(ACTION_FIELD_DEFAULTS),
        id: newId(),
        workshopId: session.workshopId,
        title,
        owner: '',
        dueDate: '',
        status: 'idea',
        order: order++,
        roomSessionId: session.id,
        createdAt: now,
        updatedAt: now,
      }));
      await addChecked('actions', actions);
      await countEntry(session);
    }),
  );
}

/** One participant's dots, clamped to the workshop's allowance. */
export async function submitRoomVotes(
  sessionId: string,
  entry: { name: string; dots: Readonly<Record<string, number>> },
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', [db.roomSessions, db.workshops, db.participants, db.votes], async () => {
      const session = await activeSession(sessionId);
      const workshop = await db.workshops.get(session.workshopId);
      const participant = await addRoomParticipant(session, entry.name);
      const now = nowIso();
      const votes: Vote[] = Object.entries(
        clampDots(entry.dots, workshop?.dotsPerParticipant ?? 5),
      ).map(([actionId, dots]) => ({
        id: newId(),
        workshopId: session.workshopId,
        participantId: participant.id,
        actionId,
        dots,
        roomSessionId: session.id,
        createdAt: now,
        updatedAt: now,
      }));
      await addChecked('votes', votes);
      await countEntry(session);
    }),
  );
}

export type RoomEntries = {
  participants: Participant[];
  ratings: Rating[];
  actions: Action[];
  votes: Vote[];
};

/** Everything entered in one session, hidden or not: for the reveal screen only. */
export async function listRoomEntries(session: RoomSession): Promise<RoomEntries> {
  const ofSession = <T extends { roomSessionId?: string }>(rows: T[]) =>
    rows.filter((row) => row.roomSessionId === session.id);
  const inWorkshop = { workshopId: session.workshopId };
  const [participants, ratings, actions, votes] = await Promise.all([
    db.participants.where(inWorkshop).toArray(),
    db.ratings.where('workshopId').equals(session.workshopId).toArray(),
    db.actions.where(inWorkshop).toArray(),
    db.votes.where(inWorkshop).toArray(),
  ]);
  return {
    participants: ofSession(participants).sort((a, b) => a.order - b.order),
    ratings: ofSession(ratings),
    actions: ofSession(actions).sort((a, b) => a.order - b.order),
    votes: ofSession(votes),
  };
}
