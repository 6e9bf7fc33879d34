import { render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import yDexie from 'y-dexie';
import { describe, expect, it } from 'vitest';
import { ConnectionNotice } from '../../src/components/connection-notice';
import { Notices } from '../../src/components/notices';
import { db, DATABASE_NAME } from '../../src/db/database';
import { forgetClient } from '../../src/db/repositories/forget-client';
import {
  createWorkshop,
  deleteWorkshop,
  updateWorkshop,
} from '../../src/db/repositories/workshops';
import { flushSaves, hasUnsavedEdits, scheduleSave } from '../../src/db/save-queue';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';

/** What a newer app version leaves behind: the same database at a higher version. */
async function givenDatabaseFromNewerApp() {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  // With y-dexie, as every app version since v14: its Y.Doc properties keep tables of their own.
  const newer = new Dexie(DATABASE_NAME, { addons: [(database) => void yDexie(database)] });
  // Every table this app knows, plus one it does not.
  const stores = Object.assign({}, ...SCHEMA_VERSIONS.map((schema) => schema.stores)) as Record<
    string,
    string
  >;
  newer.version(LATEST_SCHEMA_VERSION + 10).stores({ ...stores, somethingNew: 'id' });
  await newer.open();
  await newer.table('workshops').add({ id: 'w-1', organisation: 'Tuleva Oy', title: 'Uudempi' });
  newer.close();
}

describe('a database written by a newer app version', () => {
  it('explains the situation, offers a reload and never suggests clearing data', async () => {
    await givenDatabaseFromNewerApp();
    render(
      <>
        <Notices />
        <ConnectionNotice />
      </>,
    );
    const alert = await screen.findByText(/saved by a newer version of Palvelupolku/);
    expect(alert).toHaveTextContent(/your data is safe/);
    expect(alert.closest('div')?.textContent ?? '').not.toMatch(/clear|delete|erase|reset/i);
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    // Nothing was touched: the newer app's data is still there.
    const raw = new Dexie(DATABASE_NAME);
    await raw.open();
    expect(raw.verno).toBe(LATEST_SCHEMA_VERSION + 10);
    expect(await raw.table('workshops').count()).toBe(1);
    raw.close();
  });
});

describe('writes while the database is newer than the app', () => {
  it('are refused with the newer-version message, and nothing is written or deleted', async () => {
    await givenDatabaseFromNewerApp();
    await db.open();
    await expect(
      createWorkshop({
        organisation: 'Vanha Oy',
        title: 'Kirjoitus',
        date: '',
        facilitator: '',
        mode: 'facilitated',
        language: 'fi',
      }),
    ).rejects.toMatchObject({ code: 'databaseNewer' });
    await expect(deleteWorkshop('w-1')).rejects.toMatchObject({ code: 'databaseNewer' });
    await expect(forgetClient('Tuleva Oy')).rejects.toMatchObject({ code: 'databaseNewer' });
    db.close();
    const raw = new Dexie(DATABASE_NAME);
    await raw.open();
    expect(await raw.table('workshops').toArray()).toEqual([
      { id: 'w-1', organisation: 'Tuleva Oy', title: 'Uudempi' },
    ]);
    raw.close();
  });
});

describe('the newer-version notice while an edit is not saved', () => {
  it('offers no Reload and says to copy the unsaved edit first', async () => {
    await givenDatabaseFromNewerApp();
    await db.open();
    scheduleSave('workshop:w-1:vision', () => updateWorkshop('w-1', { vision: 'Kesken' }), 0);
    await flushSaves();
    expect(hasUnsavedEdits()).toBe(true);
    render(
      <>
        <Notices />
        <ConnectionNotice />
      </>,
    );
    expect(await screen.findByText(/Some edits in this tab are not saved/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });
});
