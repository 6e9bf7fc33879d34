import type { LiveParticipant, LiveActivity, ReceivedEntry } from '../../domain/live-room/types';
import { revealRecords } from '../../domain/live-room/reveal-records';
import type { LiveRoomRecord } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db, tableOf, type RowOf, type TableName } from '../database';
import { guardWrite, StorageError } from '../errors';
import { deleteLiveRoomDocs, liveRoomDocTables } from '../live-room-docs';
import { addChecked, patchChecked } from './rows';

/** The workshop's room that is still open (the newest, should there be more). */
export async function getOpenLiveRoom(workshopId: string): Promise<LiveRoomRecord | null> {
  const rows = await db.liveRooms.where('workshopId').equals(workshopId).toArray();
  const open = rows.filter((row) => row.status === 'open');
  return open.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

export async function getLiveRoom(id: string): Promise<LiveRoomRecord | null> {
  return (await db.liveRooms.get(id)) ?? null;
}

export async function createLiveRoom(
  workshopId: string,
  room: { code: string; joinKey: string; secret: string; relayUrl: string },
): Promise<LiveRoomRecord> {
  const now = nowIso();
  const row: LiveRoomRecord = {
    id: newId(),
    workshopId,
    ...room,
    status: 'open',
    people: {},
    importedActivityIds: [],
    closedAt: '',
    createdAt: now,
    updatedAt: now,
  };
  const [stored] = await guardWrite(() => addChecked('liveRooms', [row]));
  return stored!;
}

/**
 * The room is over: its documents (with unrevealed entries) and its secret go, the record stays
 * as history. Release the documents first (`openLiveRoomDocs`), or y-dexie writes them back.
 */
export function closeLiveRoom(id: string): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.liveRooms, ...liveRoomDocTables()], async () => {
      await deleteLiveRoomDocs([id]);
      await patchChecked('liveRooms', id, {
        status: 'closed',
        closedAt: nowIso(),
        secret: '-'.repeat(32),
      });
    }),
  );
}

export type ImportedCounts = {
  participants: number;
  ratings: number;
  staffRatings: number;
  actions: number;
  votes: number;
  evidence: number;
};

const RECORD_TABLES = [
  'participants',
  'ratings',
  'staffRatings',
  'actions',
  'votes',
  'evidence',
] as const;
const NOTHING: ImportedCounts = {
  participants: 0,
  ratings: 0,
  staffRatings: 0,
  actions: 0,
  votes: 0,
  evidence: 0,
};

/**
 * Writes a revealed activity's entries into the workshop's records in one transaction. Records
 * already there (a second reveal, the same entry id) are left as they are, edits included.
 */
export async function importLiveResults(
  roomId: string,
  revealed: {
    activity: LiveActivity;
    entries: readonly ReceivedEntry[];
    participants: ReadonlyMap<string, LiveParticipant>;
    channel: string;
  },
): Promise<ImportedCounts> {
  const tables = [
    db.liveRooms,
    db.workshops,
    db.touchpoints,
    ...RECORD_TABLES.map((name) => db[name]),
  ];
  return guardWrite(() =>
    db.transaction('rw', tables, async () => {
      const room = await db.liveRooms.get(roomId);
      const workshop = room ? await db.workshops.get(room.workshopId) : undefined;
      if (!room || !workshop) throw new StorageError('notFound');
      // Imported once: a record deleted after the first reveal does not come back with a second.
      if (room.importedActivityIds.includes(revealed.activity.id)) return { ...NOTHING };
      const ofWorkshop = { workshopId: workshop.id };
      const [participants, actions, touchpoints] = await Promise.all([
        db.participants.where(ofWorkshop).toArray(),
        db.actions.where(ofWorkshop).toArray(),
        db.touchpoints.where(ofWorkshop).toArray(),
      ]);
      const now = nowIso();
      const records = revealRecords({
        workshopId: workshop.id,
        language: workshop.language,
        roomId,
        activity: revealed.activity,
        entries: revealed.entries,
        participants: revealed.participants,
        people: room.people,
        existingParticipants: participants,
        actionIds: new Set(actions.map((action) => action.id)),
        touchpointIds: new Set(touchpoints.map((touchpoint) => touchpoint.id)),
        lastActionOrder: actions.reduce((max, action) => Math.max(max, action.order), -1),
        newId,
        now,
        channel: revealed.channel,
      });
      const counts: ImportedCounts = {
        participants: await addMissing('participants', records.participants),
        ratings: await addMissing('ratings', records.ratings),
        staffRatings: await addMissing('staffRatings', records.staffRatings),
        actions: await addMissing('actions', records.actions),
        votes: await addMissing('votes', records.votes),
        evidence: await addMissing('evidence', records.evidence),
      };
      const unset = Object.entries(records.targetMeans).filter(
        ([principleId]) =>
          workshop.targetLevels[principleId as keyof typeof workshop.targetLevels] == null,
      );
      if (unset.length > 0) {
        await patchChecked('workshops', workshop.id, {
          targetLevels: { ...workshop.targetLevels, ...Object.fromEntries(unset) },
        });
      }
      const imported = new Set([...room.importedActivityIds, revealed.activity.id]);
      await patchChecked('liveRooms', roomId, {
        people: records.people,
        importedActivityIds: [...imported],
      });
      return counts;
    }),
  );
}

/** Adds the rows whose ids are not stored yet; returns how many it added. */
async function addMissing<T extends TableName>(
  table: T,
  rows: readonly RowOf<T>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const stored = await tableOf(table).bulkGet(rows.map((row) => (row as { id: string }).id));
  const missing = rows.filter((_, index) => stored[index] === undefined);
  if (missing.length > 0) await addChecked(table, missing);
  return missing.length;
}
