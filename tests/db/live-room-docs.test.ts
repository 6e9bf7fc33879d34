import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { db } from '../../src/db/database';
import { liveRoomDocTables, openLiveRoomDocs } from '../../src/db/live-room-docs';
import { exportWorkshops } from '../../src/db/repositories/backup';
import { closeLiveRoom, createLiveRoom } from '../../src/db/repositories/live-rooms';
import { deleteWorkshop, purgeDeletedWorkshops } from '../../src/db/repositories/workshops';
import { dumpDatabase } from '../../src/db/rescue-dump';
import { newActivity } from '../../src/domain/live-room/activities';
import { newKey, newRoomCode, newSecret } from '../../src/domain/live-room/codes';
import { bytesToBase64 } from '../../src/lib/base64';
import { prepareRoom } from '../../src/live-room-client/facilitator';
import { publicMaps, readActivities, readRoomInfo } from '../../src/live-room-client/layout';
import v12Fixture from '../fixtures/db-v12.json';
import { givenWorkshop } from '../helpers/factories';
import { seedDatabaseAtVersion } from '../helpers/old-database';

const credentials = () => ({
  code: newRoomCode(),
  joinKey: newKey(),
  secret: newSecret(),
  relayUrl: 'http://127.0.0.1:1234',
});

async function storedUpdates(roomId: string): Promise<number> {
  let count = 0;
  for (const table of liveRoomDocTables()) count += await table.where('k').equals(roomId).count();
  return count;
}

describe('a live room’s documents in y-dexie', () => {
  it('keeps what was written through a reload (a new Y.Doc from the database)', async () => {
    const workshop = await givenWorkshop();
    const room = await createLiveRoom(workshop.id, credentials());
    const first = await openLiveRoomDocs(room.id);
    prepareRoom(first!.publicDoc, { code: room.code, language: 'fi', title: 'Kevät' });
    const ratings = newActivity({ kind: 'ratings' }, 0);
    publicMaps.activities(first!.publicDoc).set(ratings.id, ratings);
    first!.facilitatorDoc.getMap('entries').set('e1', { id: 'e1' });
    // y-dexie writes each update as it happens: wait until both documents have theirs.
    await expect.poll(() => storedUpdates(room.id)).toBeGreaterThanOrEqual(3);
    first!.release();

    const again = await openLiveRoomDocs(room.id);
    expect(again!.publicDoc).not.toBe(first!.publicDoc);
    expect(readRoomInfo(again!.publicDoc)).toMatchObject({ code: room.code, title: 'Kevät' });
    expect(readActivities(again!.publicDoc).map((activity) => activity.id)).toEqual([ratings.id]);
    expect(again!.facilitatorDoc.getMap('entries').get('e1')).toEqual({ id: 'e1' });
    again!.release();
  });

  it('forgets the documents and the secret when the room closes, and keeps them out of every copy', async () => {
    const workshop = await givenWorkshop();
    const room = await createLiveRoom(workshop.id, credentials());
    const docs = await openLiveRoomDocs(room.id);
    docs!.facilitatorDoc.getMap('entries').set('e1', { text: 'Salainen vastaus' });
    await expect.poll(() => storedUpdates(room.id)).toBe(1);

    expect(JSON.stringify(await exportWorkshops())).not.toContain(room.secret);
    expect(await dumpDatabase()).not.toContain('$liveRooms');

    docs!.release();
    await closeLiveRoom(room.id);
    expect(await storedUpdates(room.id)).toBe(0);
    const closed = await db.liveRooms.get(room.id);
    expect(closed).toMatchObject({ status: 'closed' });
    expect(closed?.secret).not.toBe(room.secret);
    const reopened = await openLiveRoomDocs(room.id);
    expect(reopened!.facilitatorDoc.getMap('entries').size).toBe(0);
    reopened!.release();
  });

  it('goes with its workshop when the workshop is deleted', async () => {
    const workshop = await givenWorkshop();
    const room = await createLiveRoom(workshop.id, credentials());
    const docs = await openLiveRoomDocs(room.id);
    prepareRoom(docs!.publicDoc, { code: room.code, language: 'en' });
    await expect.poll(() => storedUpdates(room.id)).toBe(1);
    docs!.release();

    await deleteWorkshop(workshop.id);
    await purgeDeletedWorkshops(Date.now() + 60_000);
    expect(await db.liveRooms.get(room.id)).toBeUndefined();
    expect(await storedUpdates(room.id)).toBe(0);
  });
});

describe('the v14 upgrade', () => {
  it('carries a v12 room’s base64 documents into its y-dexie documents', async () => {
    const [stored] = v12Fixture.tables.liveRooms;
    const publicDoc = new Y.Doc();
    prepareRoom(publicDoc, { code: stored!.code, language: 'fi', title: 'Vanha huone' });
    const activity = newActivity({ kind: 'ideas', focusText: 'Jonot' }, 0);
    publicMaps.activities(publicDoc).set(activity.id, activity);
    const facilitatorDoc = new Y.Doc();
    facilitatorDoc.getMap('entries').set('e1', { id: 'e1', text: 'Lyhyempi jono' });
    const closedRoom = {
      ...stored!,
      id: '14141414-1414-4141-8141-141414141414',
      code: 'Q2RK7M',
      status: 'closed',
      publicState: '',
      facilitatorState: '',
    };
    await seedDatabaseAtVersion(12, {
      ...v12Fixture.tables,
      liveRooms: [
        {
          ...stored!,
          publicState: bytesToBase64(Y.encodeStateAsUpdate(publicDoc)),
          facilitatorState: bytesToBase64(Y.encodeStateAsUpdate(facilitatorDoc)),
        },
        closedRoom,
      ],
    });
    await db.open();

    const row = await db.liveRooms.get(stored!.id);
    expect(row).toMatchObject({ code: stored!.code, status: 'open', secret: stored!.secret });
    expect(row).not.toHaveProperty('publicState');
    expect(row).not.toHaveProperty('facilitatorState');
    const docs = await openLiveRoomDocs(stored!.id);
    expect(readRoomInfo(docs!.publicDoc)).toMatchObject({ title: 'Vanha huone' });
    expect(readActivities(docs!.publicDoc).map((item) => item.id)).toEqual([activity.id]);
    expect(docs!.facilitatorDoc.getMap('entries').get('e1')).toMatchObject({
      text: 'Lyhyempi jono',
    });
    docs!.release();
    expect(await storedUpdates(closedRoom.id)).toBe(0);
  });
});
