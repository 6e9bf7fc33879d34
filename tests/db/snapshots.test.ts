import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import {
  createAction,
  deleteAction,
  listActions,
  updateAction,
} from '../../src/db/repositories/actions';
import { exportWorkshops, importWorkshops } from '../../src/db/repositories/backup';
import type { ImportedRow } from '../../src/domain/csv-import';
import { importEvidenceRows } from '../../src/db/repositories/evidence-import';
import {
  BULK_WRITE_QUIET_MS,
  listSnapshots,
  restoreSnapshot,
  takeIntervalSnapshot,
  takeSnapshot,
} from '../../src/db/repositories/snapshots';
import {
  deleteWorkshop,
  getWorkshop,
  purgeDeletedWorkshops,
  UNDO_DELETE_MS,
  updateWorkshop,
} from '../../src/db/repositories/workshops';
import { snapshotBeforeUpgrade } from '../../src/db/upgrade-snapshot';
import { SNAPSHOT_INTERVAL_MS, SNAPSHOTS_PER_WORKSHOP } from '../../src/domain/snapshot';
import v1Fixture from '../fixtures/db-v1.json';
import { givenWorkshopWithActions } from '../helpers/factories';
import { seedDatabaseAtVersion } from '../helpers/old-database';

describe('a copy in History before deleting an item', () => {
  it('brings a deleted action back after Undo has gone, one copy for a burst of deletions', async () => {
    const { workshop, actions } = await givenWorkshopWithActions(['Jonotiedote', 'Palautehetki']);
    await deleteAction(actions[0]!.id);
    await deleteAction(actions[1]!.id);
    const snapshots = await listSnapshots(workshop.id);
    expect(snapshots.map((snapshot) => snapshot.reason)).toEqual(['beforeItemDelete']);
    expect(await listActions(workshop.id)).toEqual([]);

    await restoreSnapshot(snapshots[0]!.id);
    expect((await listActions(workshop.id)).map((action) => action.title).sort()).toEqual([
      'Jonotiedote',
      'Palautehetki',
    ]);
  });

  it('takes a new copy when the item changed after the last one', async () => {
    const { workshop, actions } = await givenWorkshopWithActions(['Jonotiedote']);
    const manual = await takeSnapshot(workshop.id, 'manual');
    // The edit must come after the copy, as it would when a person types.
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(Date.parse(manual!.takenAt)));
    await updateAction(actions[0]!.id, { title: 'Jonotiedote, muokattu' });
    await deleteAction(actions[0]!.id);
    const [latest] = await listSnapshots(workshop.id);
    expect(latest?.reason).toBe('beforeItemDelete');
    expect(latest?.data).toContain('Jonotiedote, muokattu');
  });
});

describe('workshop snapshots', () => {
  it('restores an earlier version, and the restore itself can be undone', async () => {
    const { workshop } = await givenWorkshopWithActions(['Jonotiedote']);
    const saved = await takeSnapshot(workshop.id, 'manual');
    expect(saved?.counts).toEqual({ actions: 1 });

    await updateWorkshop(workshop.id, { title: 'Muutettu nimi' });
    await createAction(workshop.id, { title: 'Uusi toimenpide' });

    const undoId = await restoreSnapshot(saved!.id);
    expect((await getWorkshop(workshop.id))?.title).toBe(workshop.title);
    expect((await listActions(workshop.id)).map((a) => a.title)).toEqual(['Jonotiedote']);

    await restoreSnapshot(undoId!);
    expect((await getWorkshop(workshop.id))?.title).toBe('Muutettu nimi');
    expect((await listActions(workshop.id)).map((a) => a.title)).toEqual([
      'Jonotiedote',
      'Uusi toimenpide',
    ]);
    expect((await listSnapshots(workshop.id)).map((s) => s.reason).sort()).toEqual([
      'beforeRestore',
      'beforeRestore',
      'manual',
    ]);
  });

  it('takes an automatic snapshot at most every 10 minutes, and only after a change', async () => {
    const { workshop } = await givenWorkshopWithActions(['A']);
    const now = Date.now();
    expect(await takeIntervalSnapshot(workshop.id, now)).toBeDefined();
    await updateWorkshop(workshop.id, { mission: 'Muutos' });
    expect(await takeIntervalSnapshot(workshop.id, now + 60_000)).toBeUndefined();
    expect(await takeIntervalSnapshot(workshop.id, now + SNAPSHOT_INTERVAL_MS * 2)).toBeDefined();
    // Nothing changed since: no new copy however long it has been.
    expect(await takeIntervalSnapshot(workshop.id, now + SNAPSHOT_INTERVAL_MS * 4)).toBeUndefined();
    expect(await listSnapshots(workshop.id)).toHaveLength(2);
  });

  it('keeps the automatic snapshot away during and just after a CSV import', async () => {
    const { workshop } = await givenWorkshopWithActions(['A']);
    const row: ImportedRow = {
      text: 'Jono oli pitkä',
      kind: 'feedback',
      tone: 'complaint',
      channel: '',
      touchpointName: '',
      segmentName: '',
      date: '',
      tags: [],
    };
    const importing = importEvidenceRows(workshop.id, [row], 'Tuodut');
    expect(await takeIntervalSnapshot(workshop.id)).toBeUndefined();
    await importing;
    expect(await takeIntervalSnapshot(workshop.id)).toBeUndefined();
    expect(await listSnapshots(workshop.id)).toHaveLength(0);
    const later = Date.now() + BULK_WRITE_QUIET_MS;
    const snapshot = await takeIntervalSnapshot(workshop.id, later);
    expect(snapshot?.counts?.evidence).toBe(1);
  });

  it(`keeps at most ${SNAPSHOTS_PER_WORKSHOP} versions of a workshop`, async () => {
    const { workshop } = await givenWorkshopWithActions([]);
    for (let i = 0; i < SNAPSHOTS_PER_WORKSHOP + 5; i++) {
      await updateWorkshop(workshop.id, { mission: `Versio ${i}` });
      await takeSnapshot(workshop.id, 'manual');
    }
    expect(await db.snapshots.count()).toBe(SNAPSHOTS_PER_WORKSHOP);
  });

  it('keeps the version on this device before an import replaces it', async () => {
    const { workshop } = await givenWorkshopWithActions(['Ennen tuontia']);
    const [exported] = await exportWorkshops();
    await updateWorkshop(workshop.id, { title: 'Tehty laitteella' });
    await importWorkshops([exported!], 'replace');
    expect((await getWorkshop(workshop.id))?.title).toBe(workshop.title);

    const [before] = await listSnapshots(workshop.id);
    expect(before?.reason).toBe('beforeImport');
    await restoreSnapshot(before!.id);
    expect((await getWorkshop(workshop.id))?.title).toBe('Tehty laitteella');
  });

  it('erases the snapshots with the workshop when the undo window has passed', async () => {
    const { workshop } = await givenWorkshopWithActions(['A']);
    await takeSnapshot(workshop.id, 'manual');
    await deleteWorkshop(workshop.id);
    expect((await listSnapshots(workshop.id)).map((s) => s.reason)).toContain('beforeDelete');
    await purgeDeletedWorkshops(Date.now() + UNDO_DELETE_MS);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.workshops.count()).toBe(0);
  });

  it('keeps each workshop as the older schema stored it before upgrading, restorable', async () => {
    await seedDatabaseAtVersion(1, v1Fixture);

    const { saved } = await snapshotBeforeUpgrade();
    expect(await saved).toBe(1);
    const id = v1Fixture.workshops[0]!.id;
    const [snapshot] = await listSnapshots(id);
    expect(snapshot).toMatchObject({ reason: 'beforeUpgrade', schemaVersion: 1 });

    await updateWorkshop(id, { title: 'Päivityksen jälkeen' });
    await restoreSnapshot(snapshot!.id);
    // Restored as version 1 had it, with the fields later versions added filled in.
    expect(await getWorkshop(id)).toMatchObject({
      title: 'Vuoden 2026 työpaja',
      mission: '',
      dotsPerParticipant: 5,
      timer: null,
    });
    const [action] = await listActions(id);
    expect(action).toMatchObject({ title: 'Jonotiedote', category: 'other', impact: null });
  });

  it('takes no upgrade snapshot when the database is already current', async () => {
    await givenWorkshopWithActions(['A']);
    db.close();
    const { saved } = await snapshotBeforeUpgrade();
    expect(await saved).toBe(0);
    await db.open();
    expect(await db.snapshots.count()).toBe(0);
  });
});
