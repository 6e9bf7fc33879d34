import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listActions } from '../../src/db/repositories/actions';
import { listParticipants, listRatings } from '../../src/db/repositories/assessment';
import { listVotes } from '../../src/db/repositories/path';
import { LATEST_SCHEMA_VERSION } from '../../src/db/schema';
import v1Fixture from '../fixtures/db-v1.json';
import { seedDatabaseAtVersion } from '../helpers/old-database';

const WORKSHOP_ID = '11111111-1111-4111-8111-111111111111';
const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('schema version 7 (room mode)', () => {
  it('upgrades a version-6 database: entries get an empty room session and stay visible', async () => {
    const [action] = v1Fixture.actions;
    const participant = { id: 'p-1', workshopId: WORKSHOP_ID, name: 'Aino', group: '', order: 0 };
    const storedRating = {
      id: 'r-1',
      workshopId: WORKSHOP_ID,
      participantId: 'p-1',
      principleId: 'smoothness',
      score: 3,
      comment: '',
      evidenceIds: [],
      reviewId: '',
      ...stamp,
    };
    const vote = {
      id: 'v-1',
      workshopId: WORKSHOP_ID,
      participantId: 'p-1',
      actionId: action!.id,
      dots: 2,
      ...stamp,
    };
    await seedDatabaseAtVersion(6, {
      workshops: v1Fixture.workshops,
      actions: v1Fixture.actions,
      participants: [{ ...participant, ...stamp }],
      ratings: [storedRating],
      votes: [vote],
    });
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
