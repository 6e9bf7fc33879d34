import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { listActions } from '../../src/db/repositories/actions';
import { exportWorkshops } from '../../src/db/repositories/backup';
import { listReviews } from '../../src/db/repositories/path';
import { listSnapshots, restoreSnapshot } from '../../src/db/repositories/snapshots';
import { getWorkshop, updateWorkshop } from '../../src/db/repositories/workshops';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { snapshotBeforeUpgrade } from '../../src/db/upgrade-snapshot';
import { createBackup, parseBackup } from '../../src/domain/backup/backup';
import { ACTION_FIELD_DEFAULTS, WORKSHOP_FIELD_DEFAULTS } from '../../src/domain/defaults';
import v1Fixture from '../fixtures/db-v1.json';
import { seedDatabaseAtVersion } from '../helpers/old-database';

/** Writes the fixture with the app's own schema of an older version, as an old app would have. */
async function seedAtVersion(version: number) {
  await seedDatabaseAtVersion(version, v1Fixture);
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

type Fixture = { schemaVersion: number; tables: Record<string, Record<string, unknown>[]> };
/** One fixture per shipped version, shaped as that version stored its data (db-v1 is above). */
const FIXTURES = import.meta.glob<Fixture>('../fixtures/db-v*.json', {
  eager: true,
  import: 'default',
});
const fixtureOf = (version: number) =>
  version === 1
    ? { schemaVersion: 1, tables: v1Fixture as Fixture['tables'] }
    : FIXTURES[`../fixtures/db-v${version}.json`];

/**
 * Fields a later version moved out of the row: v14 carries a live room's base64 documents into
 * its y-dexie documents (tests/db/live-room-docs.test.ts checks that they arrive there).
 */
const MOVED_FIELDS: Record<string, readonly string[]> = {
  liveRooms: ['publicState', 'facilitatorState'],
};
const kept = (table: string, row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).filter(([field]) => !MOVED_FIELDS[table]?.includes(field)),
  );

describe('upgrades from every shipped schema version', () => {
  it('has a fixture for every schema version', () => {
    for (const { version } of SCHEMA_VERSIONS) expect(fixtureOf(version)).toBeDefined();
  });

  it.each(SCHEMA_VERSIONS.map((schema) => schema.version))(
    'upgrades version-%i data with every row kept, valid for a backup, and a restorable snapshot',
    async (version) => {
      const fixture = fixtureOf(version)!;
      await seedDatabaseAtVersion(fixture.schemaVersion, fixture.tables);
      const { saved } = await snapshotBeforeUpgrade();
      await saved;
      await db.open();
      expect(db.verno).toBe(LATEST_SCHEMA_VERSION);

      for (const [table, rows] of Object.entries(fixture.tables)) {
        for (const row of rows)
          expect(await db.table(table).get(row.id as string)).toMatchObject(kept(table, row));
      }
      const workshopId = fixture.tables.workshops![0]!.id as string;
      const workshop = await getWorkshop(workshopId);
      expect(Object.keys(workshop!)).toEqual(
        expect.arrayContaining(Object.keys(WORKSHOP_FIELD_DEFAULTS)),
      );
      for (const action of await listActions(workshopId)) {
        expect(Object.keys(action)).toEqual(
          expect.arrayContaining(Object.keys(ACTION_FIELD_DEFAULTS)),
        );
      }
      // Reviews written before v15 have read no indicator yet; v15's keep their readings.
      for (const review of await listReviews(workshopId)) {
        expect(review.indicatorReadings).toEqual(
          version >= 15 ? [{ indicatorId: 'i-1', value: '22' }] : [],
        );
      }
      // Staff ratings written before v16 are the workshop's own check; v16's keep their review.
      const staffRatings = await db.staffRatings.toArray();
      expect(staffRatings.map((rating) => [rating.id, rating.reviewId])).toEqual(
        version >= 16 ? [['sr-1', ''], ['sr-2', 'rv-1']] : version >= 13 ? [['sr-1', '']] : [],
      );
      // What an upgrade leaves must pass the same validation as an imported backup.
      const backup = createBackup(await exportWorkshops(), '2026-12-01T00:00:00.000Z');
      expect(parseBackup(backup)).toMatchObject({ ok: true });

      const upgradeSnapshots = (await listSnapshots(workshopId)).filter(
        (snapshot) => snapshot.reason === 'beforeUpgrade',
      );
      if (version === LATEST_SCHEMA_VERSION) {
        expect(upgradeSnapshots).toEqual([]);
        return;
      }
      expect(upgradeSnapshots).toHaveLength(1);
      await updateWorkshop(workshopId, { title: 'Muutettu päivityksen jälkeen' });
      await restoreSnapshot(upgradeSnapshots[0]!.id);
      expect((await getWorkshop(workshopId))?.title).toBe(fixture.tables.workshops![0]!.title);
      const restored = createBackup(await exportWorkshops(), '2026-12-01T00:00:00.000Z');
      expect(parseBackup(restored)).toMatchObject({ ok: true });
    },
  );
});
