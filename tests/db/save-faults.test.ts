import Dexie, { type DBCore } from 'dexie';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetConnectionProblems, listenToConnection } from '../../src/db/connection-events';
import { db, DATABASE_NAME } from '../../src/db/database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';
import { getWorkshop, updateWorkshop } from '../../src/db/repositories/workshops';
import { replayPendingEdits } from '../../src/db/save-journal';
import {
  flushSaves,
  flushSavesWhenLeaving,
  hasPendingSave,
  hasUnsavedEdits,
  scheduleSave,
  updateWhenSaved,
} from '../../src/db/save-queue';
import { saveStatusStore } from '../../src/db/save-status';
import { givenWorkshop } from '../helpers/factories';

const JOURNAL_KEY = 'palvelupolku.pending-edits';
let failure: { name: string } | null = null;

/** Fault injection at Dexie's DBCore level: while `failure` is set, every write is refused. */
const faultyWrites = {
  stack: 'dbcore' as const,
  name: 'faulty-writes',
  create: (down: DBCore): DBCore => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          if (failure)
            return Promise.reject(Object.assign(new Error(failure.name), { name: failure.name }));
          return table.mutate(request);
        },
      };
    },
  }),
};

/** Middleware takes effect when the database is (re)opened. */
async function withFaultyWrites() {
  db.close();
  db.use(faultyWrites);
  await db.open();
}

afterEach(async () => {
  failure = null;
  db.close();
  db.unuse(faultyWrites);
  await db.open();
});

describe('saves under storage faults', () => {
  it.each(['QuotaExceededError', 'AbortError'])(
    'keeps the edit after a %s, reports it, and saves it once the fault clears',
    async (name) => {
      const workshop = await givenWorkshop();
      await withFaultyWrites();
      failure = { name };
      const key = `workshop:${workshop.id}:currentStatement`;
      scheduleSave(
        key,
        () => updateWorkshop(workshop.id, { currentStatement: 'Tärkeä muutos' }),
        0,
      );
      await flushSaves();
      expect(saveStatusStore.getState()).toMatchObject({
        status: 'failed',
        errorCode: name === 'QuotaExceededError' ? 'storageFull' : 'writeFailed',
      });
      expect(hasPendingSave(key)).toBe(true);
      expect((await getWorkshop(workshop.id))?.currentStatement).toBe('');

      failure = null;
      await flushSaves();
      expect(saveStatusStore.getState().status).toBe('saved');
      expect((await getWorkshop(workshop.id))?.currentStatement).toBe('Tärkeä muutos');
    },
  );

  it('keeps a failed save’s journal entry until it is written, so a closed tab keeps the edit', async () => {
    const workshop = await givenWorkshop();
    await withFaultyWrites();
    failure = { name: 'QuotaExceededError' };
    const key = `workshop:${workshop.id}:vision`;
    const journal = {
      target: { table: 'workshops' as const, id: workshop.id, field: 'vision' as const },
      value: 'Kirjoitettu ennen kuin levy täyttyi',
    };
    scheduleSave(key, () => updateWorkshop(workshop.id, { vision: journal.value }), 0, journal);
    await flushSaves();
    expect(localStorage.getItem(JOURNAL_KEY)).toContain(journal.value);

    // The tab is closed now; the next start replays the journal.
    failure = null;
    expect(await replayPendingEdits()).toBe(1);
    expect((await getWorkshop(workshop.id))?.vision).toBe(journal.value);
    await flushSaves();
  });

  it('removes the journal entry once the save is written', async () => {
    const workshop = await givenWorkshop();
    await withFaultyWrites();
    failure = { name: 'AbortError' };
    const key = `workshop:${workshop.id}:mission`;
    const journal = {
      target: { table: 'workshops' as const, id: workshop.id, field: 'mission' as const },
      value: 'Talteen',
    };
    scheduleSave(key, () => updateWorkshop(workshop.id, { mission: journal.value }), 0, journal);
    await flushSaves();
    expect(localStorage.getItem(JOURNAL_KEY)).toContain('Talteen');
    failure = null;
    await flushSaves();
    expect(localStorage.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('still says "not saved" after another field saves while a failed save remains', async () => {
    const workshop = await givenWorkshop();
    await withFaultyWrites();
    failure = { name: 'QuotaExceededError' };
    const failing = `workshop:${workshop.id}:vision`;
    scheduleSave(failing, () => updateWorkshop(workshop.id, { vision: 'Odottaa' }), 0);
    await flushSaves();
    failure = null;
    scheduleSave(
      `workshop:${workshop.id}:mission`,
      () => updateWorkshop(workshop.id, { mission: 'Tallentui' }),
      0,
    );
    await waitFor(async () => expect((await getWorkshop(workshop.id))?.mission).toBe('Tallentui'));
    expect(saveStatusStore.getState().status).toBe('failed');
    expect(hasUnsavedEdits()).toBe(true);
    await flushSaves();
    expect(saveStatusStore.getState().status).toBe('saved');
  });

  it('asks before the page is left while an edit is not written', async () => {
    const workshop = await givenWorkshop();
    flushSavesWhenLeaving();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await withFaultyWrites();
    failure = { name: 'QuotaExceededError' };
    scheduleSave(
      `workshop:${workshop.id}:vision`,
      () => updateWorkshop(workshop.id, { vision: 'Kesken' }),
      0,
    );
    await flushSaves();
    expect(leave()).toBe(true);
    failure = null;
    // Leaving tried the save again; once the fault clears it is written and leaving is free.
    await waitFor(() => expect(leave()).toBe(false));
  });

  it('a newer edit of the same field wins over a failed older one', async () => {
    const workshop = await givenWorkshop();
    await withFaultyWrites();
    failure = { name: 'QuotaExceededError' };
    const key = `workshop:${workshop.id}:targetStatement`;
    scheduleSave(key, () => updateWorkshop(workshop.id, { targetStatement: 'vanha' }), 0);
    await flushSaves();
    scheduleSave(key, () => updateWorkshop(workshop.id, { targetStatement: 'uusi' }), 0);
    failure = null;
    await flushSaves();
    expect((await getWorkshop(workshop.id))?.targetStatement).toBe('uusi');
  });

  it('reopens the database and retries once when the browser dropped the connection', async () => {
    const workshop = await givenWorkshop();
    // What a browser does under memory pressure or when the user clears site data in another tab.
    db.close();
    await expect(getWorkshop(workshop.id)).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const key = `workshop:${workshop.id}:mission`;
    scheduleSave(key, () => updateWorkshop(workshop.id, { mission: 'Palvelemme lähellä' }), 0);
    await flushSaves();
    expect(saveStatusStore.getState().status).toBe('saved');
    expect(hasPendingSave(key)).toBe(false);
    expect((await getWorkshop(workshop.id))?.mission).toBe('Palvelemme lähellä');
  });

  it('holds an app update back while a save keeps failing, and runs it once saved', async () => {
    const workshop = await givenWorkshop();
    await withFaultyWrites();
    failure = { name: 'QuotaExceededError' };
    const key = `workshop:${workshop.id}:vision`;
    scheduleSave(key, () => updateWorkshop(workshop.id, { vision: 'Ei saa kadota' }), 60_000);
    let updates = 0;
    const update = () => {
      updates += 1;
      return Promise.resolve();
    };
    expect(await updateWhenSaved(update)).toBe(false);
    expect(updates).toBe(0);
    expect(hasPendingSave(key)).toBe(true);

    failure = null;
    expect(await updateWhenSaved(update)).toBe(true);
    expect(updates).toBe(1);
    expect((await getWorkshop(workshop.id))?.vision).toBe('Ei saa kadota');
  });

  it('runs an app update asked for while the autosave is writing, once that write is done', async () => {
    const workshop = await givenWorkshop();
    let finishWrite = () => {};
    const key = `workshop:${workshop.id}:mission`;
    scheduleSave(
      key,
      () =>
        new Promise<void>((resolve) => {
          finishWrite = () =>
            void updateWorkshop(workshop.id, { mission: 'Kirjoitettu päivityksen alla' }).then(
              resolve,
            );
        }),
      0,
    );
    // The timer has started the write; it is not finished when the update is asked for.
    await waitFor(() => expect(hasPendingSave(key)).toBe(false));
    let updates = 0;
    const asked = updateWhenSaved(() => {
      updates += 1;
      return Promise.resolve();
    });
    finishWrite();
    expect(await asked).toBe(true);
    expect(updates).toBe(1);
    expect((await getWorkshop(workshop.id))?.mission).toBe('Kirjoitettu päivityksen alla');
  });

  it('does not reopen the database after another tab upgraded it; the edit waits', async () => {
    const workshop = await givenWorkshop();
    listenToConnection();
    // A newer app version in another tab opens the same database at a higher version.
    const newer = new Dexie(DATABASE_NAME);
    newer
      .version(LATEST_SCHEMA_VERSION + 1)
      .stores(
        Object.assign({}, ...SCHEMA_VERSIONS.map((schema) => schema.stores)) as Record<
          string,
          string
        >,
      );
    await newer.open();
    expect(db.isOpen()).toBe(false);
    const key = `workshop:${workshop.id}:communicationPlan`;
    scheduleSave(key, () => updateWorkshop(workshop.id, { communicationPlan: 'Odottaa' }), 0);
    await flushSaves();
    expect(db.isOpen()).toBe(false);
    expect(hasPendingSave(key)).toBe(true);
    expect(saveStatusStore.getState()).toMatchObject({
      status: 'failed',
      errorCode: 'databaseClosed',
    });
    newer.close();
    forgetConnectionProblems();
  });
});
