import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listActions } from '../../src/db/repositories/actions';
import { listParticipants } from '../../src/db/repositories/assessment';
import { exportWorkshops } from '../../src/db/repositories/backup';
import {
  closeLiveRoom,
  createLiveRoom,
  getOpenLiveRoom,
  importLiveResults,
} from '../../src/db/repositories/live-rooms';
import { getWorkshop } from '../../src/db/repositories/workshops';
import { newActivity } from '../../src/domain/live-room/activities';
import { newEntryId, newKey, newRoomCode, newSecret } from '../../src/domain/live-room/codes';
import type { LiveParticipant, ReceivedEntry } from '../../src/domain/live-room/types';
import { summariseStaffCheck } from '../../src/domain/staff-check';
import type { StaffStatementId } from '../../src/domain/staff-statements';
import { givenWorkshop, givenWorkshopWithActions } from '../helpers/factories';

const credentials = () => ({
  code: newRoomCode(),
  joinKey: newKey(),
  secret: newSecret(),
  relayUrl: 'http://127.0.0.1:1234',
});
const received = { receivedAt: '2026-03-01T10:00:00.000Z', rev: 1 };
const people = (entries: [string, string][]): Map<string, LiveParticipant> =>
  new Map(entries.map(([id, name]) => [id, { id, name, joinedAt: received.receivedAt }]));

describe('live room records', () => {
  it('keeps an open room with its credentials and forgets its secret and documents on close', async () => {
    const workshop = await givenWorkshop();
    const room = await createLiveRoom(workshop.id, credentials());
    expect((await getOpenLiveRoom(workshop.id))?.code).toBe(room.code);
    await closeLiveRoom(room.id);
    expect(await getOpenLiveRoom(workshop.id)).toBeNull();
    const closed = await db.liveRooms.get(room.id);
    expect(closed?.secret).not.toBe(room.secret);
    expect(closed?.status).toBe('closed');
  });

  it('turns revealed ratings into anonymous or named people and ratings, once, with targets left as set', async () => {
    const workshop = await givenWorkshop();
    const room = await createLiveRoom(workshop.id, credentials());
    const activity = newActivity({ kind: 'ratings' }, 0);
    const entry = (
      participantId: string,
      current: 1 | 2 | 3 | 4 | 5 | null,
      target: 4 | 5 | null,
    ): ReceivedEntry => ({
      ...received,
      id: newEntryId(),
      activityId: activity.id,
      kind: 'rating',
      principleId: 'genuineEncounter',
      current,
      target,
      participantId,
    });
    const entries = [entry('inbox-a', 2, 4), entry('inbox-b', 4, 5), entry('inbox-c', null, null)];
    const revealed = {
      activity,
      entries,
      participants: people([
        ['inbox-a', ''],
        ['inbox-b', 'Liisa'],
        ['inbox-c', ''],
      ]),
      channel: 'Live room',
    };

    const counts = await importLiveResults(room.id, revealed);
    expect(counts).toMatchObject({ participants: 3, ratings: 3 });
    const again = await importLiveResults(room.id, revealed);
    expect(again).toMatchObject({ participants: 0, ratings: 0 });

    const names = (await listParticipants(workshop.id)).map((person) => person.name).sort();
    expect(names).toEqual(['Liisa', 'Osallistuja 1', 'Osallistuja 2']);
    const ratings = await db.ratings.where('workshopId').equals(workshop.id).toArray();
    expect(ratings.map((rating) => rating.id).sort()).toEqual(
      entries.map((item) => item.id).sort(),
    );
    expect(ratings.map((rating) => rating.score).sort()).toEqual([2, 4, null]);
    // The target mean 4.5 rounds to 5 and fills the unset target level.
    expect((await getWorkshop(workshop.id))?.targetLevels.genuineEncounter).toBe(5);
    // The room's secret and entries never go into a backup.
    expect(JSON.stringify(await exportWorkshops([workshop.id]))).not.toContain(room.secret);
  });

  it('turns ideas into actions and dots into votes for the same person', async () => {
    const {
      workshop,
      actions: [queue],
    } = await givenWorkshopWithActions(['Jonotiedote']);
    const room = await createLiveRoom(workshop.id, credentials());
    const ideas = newActivity({ kind: 'ideas', focusPrincipleId: 'smoothness' }, 0);
    const votes = newActivity(
      { kind: 'votes', options: [{ id: queue!.id, title: queue!.title }] },
      1,
    );
    const idea: ReceivedEntry = {
      ...received,
      id: newEntryId(),
      activityId: ideas.id,
      kind: 'idea',
      text: 'Tekstiviesti jonosta',
      participantId: 'inbox-a',
    };
    const vote: ReceivedEntry = {
      ...received,
      id: newEntryId(),
      activityId: votes.id,
      kind: 'vote',
      optionId: queue!.id,
      dots: 3,
      participantId: 'inbox-a',
    };
    const participants = people([['inbox-a', 'Matti']]);

    await importLiveResults(room.id, {
      activity: ideas,
      entries: [idea],
      participants,
      channel: '',
    });
    await importLiveResults(room.id, {
      activity: votes,
      entries: [vote],
      participants,
      channel: '',
    });

    const actions = await listActions(workshop.id);
    expect(actions.map((action) => action.title)).toEqual(['Jonotiedote', 'Tekstiviesti jonosta']);
    expect(actions[1]).toMatchObject({ id: idea.id, status: 'idea', addresses: ['smoothness'] });
    const [stored] = await db.votes.where('workshopId').equals(workshop.id).toArray();
    expect(stored).toMatchObject({ id: vote.id, actionId: queue!.id, dots: 3 });
    const [matti] = await listParticipants(workshop.id);
    expect(stored?.participantId).toBe(matti?.id);
  });

  it('turns a revealed staff check into staff ratings with the entries’ ids, never twice', async () => {
    const workshop = await givenWorkshop();
    const room = await createLiveRoom(workshop.id, credentials());
    const ratings = newActivity({ kind: 'ratings' }, 0);
    const staff = newActivity({ kind: 'staffRatings' }, 1);
    const rating: ReceivedEntry = {
      ...received,
      id: newEntryId(),
      activityId: ratings.id,
      kind: 'rating',
      principleId: 'smoothness',
      current: 3,
      target: null,
      participantId: 'inbox-a',
    };
    const entry = (
      participantId: string,
      statementId: StaffStatementId,
      score: 1 | 2 | 3 | 4 | 5 | null,
    ): ReceivedEntry => ({
      ...received,
      id: newEntryId(),
      activityId: staff.id,
      kind: 'staffRating',
      statementId,
      score,
      participantId,
    });
    const entries = [
      entry('inbox-a', 'workload', 2),
      entry('inbox-b', 'workload', 4),
      entry('inbox-b', 'climate', null),
    ];
    const participants = people([
      ['inbox-a', ''],
      ['inbox-b', ''],
    ]);
    await importLiveResults(room.id, {
      activity: ratings,
      entries: [rating],
      participants,
      channel: '',
    });
    const revealed = { activity: staff, entries, participants, channel: '' };

    expect(await importLiveResults(room.id, revealed)).toMatchObject({
      participants: 1,
      staffRatings: 3,
    });
    expect(await importLiveResults(room.id, revealed)).toMatchObject({ staffRatings: 0 });
    // Even a room that forgot its imports adds no row twice: the entry ids are the record ids.
    await db.liveRooms.update(room.id, { importedActivityIds: [] });
    expect(await importLiveResults(room.id, revealed)).toMatchObject({ staffRatings: 0 });

    const stored = await db.staffRatings.where('workshopId').equals(workshop.id).toArray();
    expect(stored.map((row) => row.id).sort()).toEqual(entries.map((item) => item.id).sort());
    expect(stored.every((row) => row.roomSessionId === room.id)).toBe(true);
    // The phone that rated the principles is the same person in the staff check.
    const person = (await db.ratings.get(rating.id))?.participantId;
    expect(stored.find((row) => row.id === entries[0]!.id)?.participantId).toBe(person);
    const everyone = await listParticipants(workshop.id);
    expect(everyone).toHaveLength(2);
    const workload = summariseStaffCheck(stored, everyone).find(
      (row) => row.statementId === 'workload',
    );
    expect(workload).toMatchObject({ mean: 3, count: 2 });
  });
});
