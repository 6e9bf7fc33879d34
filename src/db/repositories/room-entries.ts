/** What people enter in room mode on the shared device, and the reveal screen's read of it. */
import { ACTION_FIELD_DEFAULTS } from '../../domain/defaults';
import type { PrincipleId } from '../../domain/principles';
import { anonymousName, clampDots, nextAnonymousNumber } from '../../domain/room';
import type { StaffStatementId } from '../../domain/staff-statements';
import type {
  Action,
  Participant,
  Rating,
  RoomSession,
  Score,
  StaffRating,
  Vote,
} from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite, StorageError } from '../errors';
import { addChecked, patchChecked } from './rows';

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

/**
 * One participant's ratings of the principles (or, in a staff check session, of the staff
 * statements), written together when they tap "Done".
 */
export async function submitRoomRatings(
  sessionId: string,
  entry: {
    name: string;
    scores: Partial<Record<string, Score | null>>;
    comments?: Partial<Record<string, string>>;
  },
): Promise<void> {
  const tables = [db.roomSessions, db.workshops, db.participants, db.ratings, db.staffRatings];
  await guardWrite(() =>
    db.transaction('rw', tables, async () => {
      const session = await activeSession(sessionId);
      const participant = await addRoomParticipant(session, entry.name);
      const now = nowIso();
      const rows = Object.entries(entry.scores).map(([key, score]) => ({
        id: newId(),
        workshopId: session.workshopId,
        participantId: participant.id,
        score: score ?? null,
        comment: entry.comments?.[key] ?? '',
        roomSessionId: session.id,
        createdAt: now,
        updatedAt: now,
        key,
      }));
      if (session.activity === 'staffRatings') {
        const staffRatings: StaffRating[] = rows.map(({ key, ...row }) => ({
          ...row,
          statementId: key as StaffStatementId,
          reviewId: '',
        }));
        await addChecked('staffRatings', staffRatings);
      } else {
        const ratings: Rating[] = rows.map(({ key, ...row }) => ({
          ...row,
          principleId: key as PrincipleId,
          evidenceIds: [],
          reviewId: '',
        }));
        await addChecked('ratings', ratings);
      }
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
  staffRatings: StaffRating[];
  actions: Action[];
  votes: Vote[];
};

/** Everything entered in one session, hidden or not: for the reveal screen only. */
export async function listRoomEntries(session: RoomSession): Promise<RoomEntries> {
  const ofSession = <T extends { roomSessionId?: string }>(rows: T[]) =>
    rows.filter((row) => row.roomSessionId === session.id);
  const inWorkshop = { workshopId: session.workshopId };
  const [participants, ratings, staffRatings, actions, votes] = await Promise.all([
    db.participants.where(inWorkshop).toArray(),
    db.ratings.where('workshopId').equals(session.workshopId).toArray(),
    db.staffRatings.where(inWorkshop).toArray(),
    db.actions.where(inWorkshop).toArray(),
    db.votes.where(inWorkshop).toArray(),
  ]);
  return {
    participants: ofSession(participants).sort((a, b) => a.order - b.order),
    ratings: ofSession(ratings),
    staffRatings: ofSession(staffRatings),
    actions: ofSession(actions).sort((a, b) => a.order - b.order),
    votes: ofSession(votes),
  };
}
