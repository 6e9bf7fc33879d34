import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  listAllStaffRatings,
  listStaffRatings,
  setRating,
} from '../../src/db/repositories/assessment';
import { getWorkshop } from '../../src/db/repositories/workshops';
import v12Fixture from '../fixtures/db-v12.json';
import v13Fixture from '../fixtures/db-v13.json';
import v15Fixture from '../fixtures/db-v15.json';
import v16Fixture from '../fixtures/db-v16.json';
import { seedDatabaseAtVersion } from '../helpers/old-database';

const WORKSHOP_ID = '11111111-1111-4111-8111-111111111111';

describe('schema version 13 (the staff experience check)', () => {
  it('gives a version-12 workshop no staff targets and lets its participants rate staff statements', async () => {
    await seedDatabaseAtVersion(12, v12Fixture.tables);
    await db.open();
    expect(await getWorkshop(WORKSHOP_ID)).toMatchObject({
      organisation: 'Vanha Oy',
      targetLevels: { genuineEncounter: 4 },
      staffTargetLevels: {},
      staffImportance: {},
    });
    expect(await listStaffRatings(WORKSHOP_ID)).toEqual([]);
    await setRating({ workshopId: WORKSHOP_ID, participantId: 'p-1', statementId: 'workload' }, 2);
    expect(await listStaffRatings(WORKSHOP_ID)).toMatchObject([
      { participantId: 'p-1', statementId: 'workload', score: 2, comment: '' },
    ]);
    // The principle rating of the same participant is untouched.
    expect(await db.ratings.get('r-1')).toMatchObject({
      principleId: 'genuineEncounter',
      score: 3,
    });
  });

  it('keeps a version-13 staff rating and the staff targets as written', async () => {
    await seedDatabaseAtVersion(13, v13Fixture.tables);
    await db.open();
    expect(await listStaffRatings(WORKSHOP_ID)).toMatchObject([
      { statementId: 'climate', score: 2, comment: 'Kiire kiristää tunnelmaa' },
    ]);
    expect(await getWorkshop(WORKSHOP_ID)).toMatchObject({
      staffTargetLevels: { climate: 4 },
      staffImportance: { climate: 5 },
    });
  });

  it('deletes a participant’s staff ratings with the participant', async () => {
    await seedDatabaseAtVersion(13, v13Fixture.tables);
    await db.open();
    const { deleteParticipant } = await import('../../src/db/repositories/assessment');
    await deleteParticipant('p-1');
    expect(await listStaffRatings(WORKSHOP_ID)).toEqual([]);
  });
});

describe('schema version 16 (follow-up reviews re-rate the staff check)', () => {
  it('keeps a version-15 staff rating as the workshop’s own check', async () => {
    await seedDatabaseAtVersion(15, v15Fixture.tables);
    await db.open();
    expect(await listStaffRatings(WORKSHOP_ID)).toMatchObject([
      { id: 'sr-1', statementId: 'climate', score: 2, reviewId: '' },
    ]);
    expect(await listStaffRatings(WORKSHOP_ID, 'rv-1')).toEqual([]);
  });

  it('lists a review’s staff re-ratings apart from the workshop’s own check', async () => {
    await seedDatabaseAtVersion(16, v16Fixture.tables);
    await db.open();
    expect((await listStaffRatings(WORKSHOP_ID)).map((rating) => rating.score)).toEqual([2]);
    expect((await listStaffRatings(WORKSHOP_ID, 'rv-1')).map((rating) => rating.score)).toEqual([
      4,
    ]);
    expect(await listAllStaffRatings(WORKSHOP_ID)).toHaveLength(2);
  });
});
