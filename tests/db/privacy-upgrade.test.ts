import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { getWorkshop } from '../../src/db/repositories/workshops';
import v1Fixture from '../fixtures/db-v1.json';
import { seedDatabaseAtVersion } from '../helpers/old-database';

describe('schema version 9 (privacy)', () => {
  it('gives workshops written by version 6 an empty list of names to redact', async () => {
    await seedDatabaseAtVersion(6, {
      workshops: v1Fixture.workshops.map((workshop) => ({
        ...workshop,
        timer: null,
        templateId: '',
      })),
    });
    await db.open();
    const workshop = await getWorkshop('11111111-1111-4111-8111-111111111111');
    expect(workshop).toMatchObject({
      organisation: 'Vanha Oy',
      templateId: '',
      redactionNames: [],
    });
  });
});
