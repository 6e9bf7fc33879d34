import { render, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ConnectionNotice } from '../../src/components/connection-notice';
import { Notices } from '../../src/components/notices';
import { db, DATABASE_NAME } from '../../src/db/database';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema';

/** What a newer app version leaves behind: the same database at a higher version. */
async function givenDatabaseFromNewerApp() {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  const newer = new Dexie(DATABASE_NAME);
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
