import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listActions } from '../../src/db/repositories/actions';
import { listReviews } from '../../src/db/repositories/path';
import { getWorkshop } from '../../src/db/repositories/workshops';
import v10Fixture from '../fixtures/db-v10.json';
import { seedDatabaseAtVersion } from '../helpers/old-database';

const WORKSHOP_ID = '11111111-1111-4111-8111-111111111111';

describe('schema version 11 (the method in depth)', () => {
  it('turns the actions of a version-10 database into projects and asks no routine yet', async () => {
    await seedDatabaseAtVersion(10, v10Fixture.tables);
    await db.open();
    const [action] = await listActions(WORKSHOP_ID);
    expect(action).toMatchObject({
      title: v10Fixture.tables.actions[0]!.title,
      cadence: '',
      segmentIds: [],
    });
    expect(await db.touchpoints.toArray()).toMatchObject([{ segmentIds: [] }]);
    expect(await db.indicators.toArray()).toMatchObject([{ segmentIds: [] }]);
    const [review] = await listReviews(WORKSHOP_ID);
    expect(review).toMatchObject({
      notes: 'Hyvä alku',
      routineChecks: [],
      changeAgentReport: '',
      wordOfMouthGood: null,
      wordOfMouthBad: null,
    });
  });

  it('leaves the change agent and the sponsor unnamed in a version-10 workshop', async () => {
    await seedDatabaseAtVersion(10, v10Fixture.tables);
    await db.open();
    expect(await getWorkshop(WORKSHOP_ID)).toMatchObject({
      organisation: 'Vanha Oy',
      changeAgent: '',
      changeAgentMandate: '',
      sponsor: '',
      commitment: '',
      wordOfMouthGood: 3,
      wordOfMouthBad: 18,
      wordOfMouthGoodTarget: null,
      wordOfMouthBadTarget: null,
    });
  });
});
