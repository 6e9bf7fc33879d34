import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db, DATABASE_NAME } from '../../src/db/database';
import { listActions } from '../../src/db/repositories/actions';
import { getWorkshop } from '../../src/db/repositories/workshops';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import v1Fixture from '../fixtures/db-v1.json';

/** Writes the fixture with the app's own schema of an older version, as an old app would have. */
async function seedAtVersion(version: number) {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  const old = new Dexie(DATABASE_NAME);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    old.version(schema.version).stores(schema.stores);
  }
  await old.open();
  await old.table('workshops').bulkAdd(v1Fixture.workshops);
  await old.table('actions').bulkAdd(v1Fixture.actions);
  old.close();
  await db.open();
}

describe('schema upgrades', () => {
  // Each shipped version gets its own fixture here, shaped as that version wrote it.
  it.each([1])('upgrades a version-%i database with nothing lost', async (version) => {
    await seedAtVersion(version);
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const workshop = await getWorkshop('11111111-1111-4111-8111-111111111111');
    expect(workshop).toMatchObject({
      organisation: 'Vanha Oy',
      currentStatement: 'Ystävällistä mutta hidasta',
      strengths: [{ id: 's-1', text: 'Lämpö' }],
      targetStatement: 'Nopeaa ja lämmintä',
      mission: '',
      isSatisfied: null,
      targetLevels: {},
      dotsPerParticipant: 5,
      timer: null,
      agendaStartTime: '',
    });
    const [action] = await listActions(workshop!.id);
    expect(action).toMatchObject({
      title: 'Jonotiedote',
      owner: 'Liisa',
      status: 'planned',
      category: 'other',
      addresses: [],
      impact: null,
      quickWinRank: null,
    });
  });
});
