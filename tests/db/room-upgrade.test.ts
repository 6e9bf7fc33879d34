import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db, DATABASE_NAME } from '../../src/db/database';
import { listActions } from '../../src/db/repositories/actions';
import { listParticipants, listRatings } from '../../src/db/repositories/assessment';
import { listVotes } from '../../src/db/repositories/path';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import v1Fixture from '../fixtures/db-v1.json';

const WORKSHOP_ID = '11111111-1111-4111-8111-111111111111';
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('schema version 7 (room mode)', () => {
  it('upgrades a version-6 database: entries get an empty room session and stay visible', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    const old = new Dexie(DATABASE_NAME);
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) {
      const version = old.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
    await old.open();
    await old.table('workshops').bulkAdd(v1Fixture.workshops);
    await old.table('actions').bulkAdd(v1Fixture.actions);
    const [action] = v1Fixture.actions;
    await old
      .table('participants')
      .add({ id: 'p-1', workshopId: WORKSHOP_ID, name: 'Aino', group: '', order: 0, ...stamp });
    await old.table('ratings').add({
      id: 'r-1',
      workshopId: WORKSHOP_ID,
      participantId: 'p-1',
      principleId: 'smoothness',
      score: 3,
      comment: '',
      evidenceIds: [],
      reviewId: '',
      ...stamp,
    });
    await old.table('votes').add({
      id: 'v-1',
      workshopId: WORKSHOP_ID,
      participantId: 'p-1',
      actionId: action!.id,
      dots: 2,
      ...stamp,
    });
    old.close();
    await db.open();

    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(await db.roomSessions.count()).toBe(0);
    const [rating] = await listRatings(WORKSHOP_ID);
    expect(rating).toMatchObject({ id: 'r-1', score: 3, roomSessionId: '' });
    expect(await listParticipants(WORKSHOP_ID)).toMatchObject([
      { name: 'Aino', roomSessionId: '' },
    ]);
    expect(await listVotes(WORKSHOP_ID)).toMatchObject([{ dots: 2, roomSessionId: '' }]);
    expect((await listActions(WORKSHOP_ID))[0]).toMatchObject({ roomSessionId: '' });
  });
});
