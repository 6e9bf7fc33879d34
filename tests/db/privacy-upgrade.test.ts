import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db, DATABASE_NAME } from '../../src/db/database';
import { getWorkshop } from '../../src/db/repositories/workshops';
import { SCHEMA_VERSIONS } from '../../src/db/schema';
import v1Fixture from '../fixtures/db-v1.json';

describe('schema version 9 (privacy)', () => {
  it('gives workshops written by version 6 an empty list of names to redact', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    const old = new Dexie(DATABASE_NAME);
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) {
      old.version(schema.version).stores(schema.stores);
    }
    await old.open();
    await old
      .table('workshops')
      .bulkAdd(
        v1Fixture.workshops.map((workshop) => ({ ...workshop, timer: null, templateId: '' })),
      );
    old.close();
    await db.open();
    const workshop = await getWorkshop('11111111-1111-4111-8111-111111111111');
    expect(workshop).toMatchObject({
      organisation: 'Vanha Oy',
      templateId: '',
      redactionNames: [],
    });
  });
});
