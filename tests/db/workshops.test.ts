import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { StorageError } from '../../src/db/errors';
import { createAction, listActions, moveAction } from '../../src/db/repositories/actions';
import { createSampleWorkshop } from '../../src/db/repositories/sample';
import {
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  getWorkshop,
  listWorkshops,
  purgeDeletedWorkshops,
  UNDO_DELETE_MS,
  undoDeleteWorkshop,
  updateWorkshop,
} from '../../src/db/repositories/workshops';
import { givenWorkshop, givenWorkshopWithActions, workshopInput } from '../helpers/factories';

describe('workshop repository', () => {
  it('creates a workshop with a uuid and timestamps, and refuses an empty title', async () => {
    const workshop = await givenWorkshop();
    expect(workshop.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(workshop.updatedAt).toBe(workshop.createdAt);
    await expect(createWorkshop(workshopInput({ title: ' ' }))).rejects.toBeInstanceOf(
      StorageError,
    );
    expect(await listWorkshops()).toHaveLength(1);
  });

  it('stores huge statements cut to the limit and keeps HTML as plain text', async () => {
    const workshop = await givenWorkshop();
    const html = '<img src=x onerror=alert(1)>';
    await updateWorkshop(workshop.id, { currentStatement: html + 'x'.repeat(30_000) });
    const stored = await getWorkshop(workshop.id);
    expect(stored?.currentStatement.startsWith(html)).toBe(true);
    expect(stored?.currentStatement).toHaveLength(20_000);
    expect(stored && stored.updatedAt >= workshop.updatedAt).toBe(true);
  });

  it('refuses to rename a workshop to an empty title', async () => {
    const workshop = await givenWorkshop();
    await expect(updateWorkshop(workshop.id, { title: '  ' })).rejects.toMatchObject({
      code: 'invalidInput',
    });
  });

  it('duplicates a workshop with its actions under fresh ids', async () => {
    const { workshop } = await givenWorkshopWithActions(['Eka', 'Toka']);
    await updateWorkshop(workshop.id, { strengths: [{ id: 's1', text: 'Ystävällisyys' }] });
    const copy = await duplicateWorkshop(workshop.id, 'kopio');
    expect(copy.id).not.toBe(workshop.id);
    expect(copy.title).toBe('Palvelukulttuuri 2026 (kopio)');
    expect(copy.strengths[0]?.text).toBe('Ystävällisyys');
    expect(copy.strengths[0]?.id).not.toBe('s1');
    const copiedActions = await listActions(copy.id);
    expect(copiedActions.map((a) => a.title)).toEqual(['Eka', 'Toka']);
    expect(await listActions(workshop.id)).toHaveLength(2);
  });

  it('deletes with undo, then purges the workshop and its actions for good', async () => {
    const { workshop } = await givenWorkshopWithActions(['Eka']);
    await deleteWorkshop(workshop.id);
    expect(await listWorkshops()).toEqual([]);
    await undoDeleteWorkshop(workshop.id);
    expect((await listWorkshops()).map((w) => w.id)).toEqual([workshop.id]);

    await deleteWorkshop(workshop.id);
    expect(await purgeDeletedWorkshops(Date.now())).toBe(0);
    expect(await purgeDeletedWorkshops(Date.now() + UNDO_DELETE_MS)).toBe(1);
    expect(await db.workshops.count()).toBe(0);
    expect(await db.actions.count()).toBe(0);
  });
});

describe('action repository', () => {
  it('adds actions in order and moves them', async () => {
    const { workshop, actions } = await givenWorkshopWithActions(['A', 'B', 'C']);
    await moveAction(workshop.id, actions[2]!.id, -1);
    expect((await listActions(workshop.id)).map((a) => a.title)).toEqual(['A', 'C', 'B']);
    const added = await createAction(workshop.id, { title: 'D', owner: 'Liisa' });
    expect(added.status).toBe('planned');
    expect((await listActions(workshop.id)).at(-1)?.title).toBe('D');
  });
});

describe('sample workshop', () => {
  it.each(['fi', 'en'] as const)('is created filled in %s', async (language) => {
    const workshop = await createSampleWorkshop(language);
    expect(workshop.language).toBe(language);
    expect(workshop.currentStatement.length).toBeGreaterThan(100);
    expect(workshop.strengths.length).toBeGreaterThan(2);
    expect((await listActions(workshop.id)).length).toBeGreaterThanOrEqual(5);
  });
});
