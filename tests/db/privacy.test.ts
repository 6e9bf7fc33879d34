import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createEvidence } from '../../src/db/repositories/current-state';
import { forgetClient, listClients } from '../../src/db/repositories/forget-client';
import {
  applyRedaction,
  setRedactionNames,
  undoRedaction,
} from '../../src/db/repositories/redaction';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import { restoreSnapshot, takeSnapshot } from '../../src/db/repositories/snapshots';
import { loadWorkshopContent } from '../../src/db/repositories/workshop-content';
import { deleteWorkshop, getWorkshop, updateWorkshop } from '../../src/db/repositories/workshops';
import { journalPendingEdits, replayPendingEdits } from '../../src/db/save-journal';
import type { Hit } from '../../src/domain/privacy/detect';
import { scanContent } from '../../src/domain/privacy/redact-content';
import { chosenReplacements, planEdits } from '../../src/domain/privacy/redaction-plan';
import { WORKSHOP_CHILD_TABLES } from '../../src/db/schema';
import { evidenceFields, givenWorkshop } from '../helpers/factories';

async function rowsOf(workshopId: string): Promise<number> {
  let total = 0;
  for (const name of WORKSHOP_CHILD_TABLES) {
    total += await db.table(name).where('workshopId').equals(workshopId).count();
  }
  return total;
}

describe('forgetting a client', () => {
  it('lists each organisation with its workshops and item count, and erases all of them', async () => {
    const first = await createSampleWorkshop('fi');
    const second = await givenWorkshop({
      organisation: `  ${first.organisation.toUpperCase()} `,
      title: 'Seuranta',
    });
    const other = await givenWorkshop({ organisation: 'Toinen Oy' });
    await createEvidence(other.id, evidenceFields({ text: 'Pysyy' }));
    await db.snapshots.add({
      id: crypto.randomUUID(),
      workshopId: second.id,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      takenAt: '2026-01-01T00:00:00.000Z',
      reason: 'interval',
      data: '{}',
    });
    // A workshop deleted a moment ago still holds the client's data.
    const deleted = await givenWorkshop({ organisation: first.organisation, title: 'Poistettu' });
    await deleteWorkshop(deleted.id);

    const clients = await listClients();
    const client = clients.find((entry) => entry.organisation === first.organisation);
    expect(client?.workshops.map((workshop) => workshop.title).sort()).toEqual(
      [first.title, 'Poistettu', 'Seuranta'].sort(),
    );
    // The deleted workshop counts too: a snapshot was taken before the deletion.
    const expected =
      (await rowsOf(first.id)) + (await rowsOf(second.id)) + (await rowsOf(deleted.id));
    expect(client?.itemCount).toBe(expected);
    expect(expected).toBeGreaterThan(50);

    const erased = await forgetClient(first.organisation);
    expect(erased.sort()).toEqual([first.id, second.id, deleted.id].sort());
    for (const id of erased) {
      expect(await db.workshops.get(id)).toBeUndefined();
      expect(await rowsOf(id)).toBe(0);
    }
    expect(await getWorkshop(other.id)).toBeDefined();
    expect(await rowsOf(other.id)).toBe(1);
    expect((await listClients()).map((entry) => entry.organisation)).toEqual(['Toinen Oy']);
  });
});

describe('forgetting a client, read back from raw storage', () => {
  it('leaves nothing of the organisation in IndexedDB or localStorage, the save journal included', async () => {
    const workshop = await givenWorkshop({ organisation: 'Unohdettava Oy' });
    await updateWorkshop(workshop.id, { currentStatement: 'Salainen nykytila' });
    await takeSnapshot(workshop.id, 'manual');
    journalPendingEdits([
      {
        target: { table: 'workshops', id: workshop.id, field: 'currentStatement' },
        value: 'Salainen luonnos',
      },
    ]);
    await forgetClient('Unohdettava Oy');

    const stored: string[] = [];
    for (const table of db.tables) stored.push(JSON.stringify(await table.toArray()));
    for (let index = 0; index < localStorage.length; index += 1) {
      stored.push(localStorage.getItem(localStorage.key(index)!) ?? '');
    }
    for (const secret of ['Unohdettava', 'Salainen', workshop.id]) {
      expect(stored.filter((text) => text.includes(secret))).toEqual([]);
    }
  });
});

describe('redaction in the database', () => {
  it('applies all edits in one go, skips a field changed meanwhile, and undoes', async () => {
    const workshop = await givenWorkshop();
    const a = await createEvidence(workshop.id, evidenceFields({ text: 'Soita 040 123 4567' }));
    const b = await createEvidence(workshop.id, evidenceFields({ text: 'Maija auttoi' }));
    const edits = [
      {
        table: 'evidence' as const,
        rowId: a.id,
        field: 'text',
        before: a.text,
        after: 'Soita [poistettu]',
      },
      {
        table: 'evidence' as const,
        rowId: b.id,
        field: 'text',
        before: 'something else',
        after: 'x',
      },
    ];
    const applied = await applyRedaction(workshop.id, edits, []);
    expect(applied).toHaveLength(1);
    expect((await db.evidence.get(a.id))?.text).toBe('Soita [poistettu]');
    expect((await db.evidence.get(b.id))?.text).toBe('Maija auttoi');

    await undoRedaction(applied);
    expect((await db.evidence.get(a.id))?.text).toBe('Soita 040 123 4567');
  });

  it('refuses to touch fields that are not free texts', async () => {
    const workshop = await givenWorkshop();
    const item = await createEvidence(workshop.id, evidenceFields());
    const applied = await applyRedaction(
      workshop.id,
      [{ table: 'evidence', rowId: item.id, field: 'workshopId', before: workshop.id, after: 'x' }],
      [],
    );
    expect(applied).toEqual([]);
    expect((await db.evidence.get(item.id))?.workshopId).toBe(workshop.id);
  });

  it('redacts a text of the workshop record itself, in a list entry', async () => {
    const workshop = await givenWorkshop();
    await updateWorkshop(workshop.id, {
      weaknesses: [{ id: 'w1', text: 'Asiakas 131052-308T jonotti' }],
    });
    const applied = await applyRedaction(
      workshop.id,
      [
        {
          table: 'workshops',
          rowId: workshop.id,
          field: 'weaknesses.0.text',
          before: 'Asiakas 131052-308T jonotti',
          after: 'Asiakas [poistettu] jonotti',
        },
      ],
      [],
    );
    expect(applied).toHaveLength(1);
    expect((await db.workshops.get(workshop.id))?.weaknesses).toEqual([
      { id: 'w1', text: 'Asiakas [poistettu] jonotti' },
    ]);
  });

  it('rewrites the workshop’s History snapshots and save journal, so no restore brings it back', async () => {
    const workshop = await givenWorkshop();
    const item = await createEvidence(workshop.id, evidenceFields({ text: 'Hetu 131052-308T' }));
    await updateWorkshop(workshop.id, { mission: 'Soita 040 123 4567' });
    const snapshot = await takeSnapshot(workshop.id, 'manual');
    journalPendingEdits([
      {
        target: { table: 'workshops', id: workshop.id, field: 'mission' },
        value: 'Soita 040 123 4567',
      },
    ]);
    const found = scanContent((await loadWorkshopContent(workshop.id))!);
    const labels = {
      customer: '[a]',
      staff: '[h]',
      participant: '[o]',
      removed: '[poistettu]',
      participantN: String,
    };
    const choice = (_: unknown, hit: Hit) => hit.role;
    await applyRedaction(
      workshop.id,
      planEdits(found, choice, labels),
      chosenReplacements(found, choice, labels),
    );
    const stored = JSON.stringify(await db.snapshots.toArray());
    expect(stored).not.toContain('131052-308T');
    expect(stored).not.toContain('040 123 4567');
    expect(localStorage.getItem('palvelupolku.pending-edits') ?? '').not.toContain('040 123 4567');

    await restoreSnapshot(snapshot!.id);
    expect((await db.evidence.get(item.id))?.text).toBe('Hetu [poistettu]');
    expect((await db.workshops.get(workshop.id))?.mission).toBe('Soita [poistettu]');
    expect(await replayPendingEdits()).toBe(0);
    expect((await db.workshops.get(workshop.id))?.mission).toBe('Soita [poistettu]');
  });

  it('keeps the list of names to redact on the workshop, trimmed', async () => {
    const workshop = await givenWorkshop();
    expect(workshop.redactionNames).toEqual([]);
    await setRedactionNames(workshop.id, [
      { id: '1', name: '  Åsa Öhman ', role: 'customer' },
      { id: '2', name: ' ', role: 'staff' },
    ]);
    expect((await getWorkshop(workshop.id))?.redactionNames).toEqual([
      { id: '1', name: 'Åsa Öhman', role: 'customer' },
    ]);
  });
});
