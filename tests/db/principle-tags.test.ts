import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createEvidence } from '../../src/db/repositories/current-state';
import {
  acceptAllSuggestions,
  acceptPrinciple,
  rejectAllSuggestions,
  rejectPrinciple,
  undoBulk,
} from '../../src/db/repositories/principle-tags';
import { StorageError } from '../../src/db/errors';
import { pendingSuggestions } from '../../src/domain/principle-suggestions';
import { evidenceFields, givenWorkshop } from '../helpers/factories';
import { seedDatabaseAtVersion } from '../helpers/old-database';

async function givenItems(texts: string[]) {
  const workshop = await givenWorkshop();
  const items = [];
  for (const text of texts) {
    items.push(await createEvidence(workshop.id, evidenceFields({ text })));
  }
  return { workshop, items };
}

const stored = async (id: string) => (await db.evidence.get(id))!;

describe('principle tags on evidence', () => {
  it('accepts one suggestion and leaves the other pending', async () => {
    const { items } = await givenItems(['Jonossa meni tunti, eikä kukaan kertonut syytä.']);
    const id = items[0]!.id;
    expect(pendingSuggestions(await stored(id))).toEqual(['smoothness', 'communication']);
    await acceptPrinciple(id, 'communication');
    const item = await stored(id);
    expect(item.principleIds).toEqual(['communication']);
    expect(pendingSuggestions(item)).toEqual(['smoothness']);
  });

  it('remembers a rejection so the suggestion is not proposed again', async () => {
    const { items } = await givenItems(['Juna myöhästyi.']);
    const id = items[0]!.id;
    await rejectPrinciple(id, 'smoothness');
    const item = await stored(id);
    expect(item.rejectedPrincipleIds).toEqual(['smoothness']);
    expect(item.principleIds).toEqual([]);
    expect(pendingSuggestions(item)).toEqual([]);
  });

  it('removing an accepted tag rejects it; tagging by hand accepts it again', async () => {
    const { items } = await givenItems(['Juna myöhästyi.']);
    const id = items[0]!.id;
    await acceptPrinciple(id, 'smoothness');
    await rejectPrinciple(id, 'smoothness');
    expect((await stored(id)).principleIds).toEqual([]);
    await acceptPrinciple(id, 'smoothness');
    expect(await stored(id)).toMatchObject({
      principleIds: ['smoothness'],
      rejectedPrincipleIds: [],
    });
  });

  it('refuses an unknown principle and a missing item', async () => {
    const { items } = await givenItems(['Juna myöhästyi.']);
    await expect(acceptPrinciple(items[0]!.id, 'kindness' as never)).rejects.toBeInstanceOf(
      StorageError,
    );
    await expect(acceptPrinciple('missing', 'smoothness')).rejects.toMatchObject({
      code: 'notFound',
    });
  });

  it('accepts every suggestion of the chosen items in one step, and undoes it', async () => {
    const { items } = await givenItems([
      'Juna myöhästyi.',
      'Henkilökunta oli ystävällinen.',
      'Kävimme museossa.',
      'Nobody told us anything.',
    ]);
    const chosen = items.slice(0, 3).map((item) => item.id);
    const result = await acceptAllSuggestions(chosen);
    expect(result.tags).toBe(2);
    expect(result.before).toHaveLength(2);
    expect((await stored(items[0]!.id)).principleIds).toEqual(['smoothness']);
    expect((await stored(items[1]!.id)).principleIds).toEqual(['genuineEncounter']);
    expect((await stored(items[3]!.id)).principleIds).toEqual([]);

    await undoBulk(result);
    expect((await stored(items[0]!.id)).principleIds).toEqual([]);
    expect((await stored(items[1]!.id)).principleIds).toEqual([]);
  });

  it('rejects every suggestion of the chosen items in one step', async () => {
    const { items } = await givenItems(['Juna myöhästyi.', 'Nobody told us anything.']);
    const result = await rejectAllSuggestions(items.map((item) => item.id));
    expect(result.tags).toBe(2);
    for (const item of items) expect(pendingSuggestions(await stored(item.id))).toEqual([]);
  });
});

describe('schema version 8', () => {
  it('gives evidence written by version 6 an empty list of rejected suggestions', async () => {
    const evidence = {
      id: 'e-1',
      workshopId: 'w-1',
      text: 'Juna myöhästyi.',
      kind: 'feedback',
      tone: 'complaint',
      channel: '',
      touchpointId: '',
      segmentId: '',
      date: '',
      tags: [],
      themeId: '',
      principleIds: ['smoothness'],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await seedDatabaseAtVersion(6, { evidence: [evidence] });
    await db.open();
    expect(await db.evidence.get('e-1')).toMatchObject({
      text: 'Juna myöhästyi.',
      principleIds: ['smoothness'],
      rejectedPrincipleIds: [],
    });
  });
});
