import { render, screen } from '@testing-library/react';
import type { DBCore } from 'dexie';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { RoomGuard } from '../../src/features/room/room-guard';

/** The browser refuses to read the room sessions (a broken store, an aborted transaction). */
const unreadableRoomSessions = {
  stack: 'dbcore' as const,
  name: 'unreadable-room-sessions',
  create: (down: DBCore): DBCore => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'roomSessions') return table;
      const refuse = () =>
        Promise.reject(Object.assign(new Error('read'), { name: 'UnknownError' }));
      return {
        ...table,
        query: refuse,
        get: refuse,
        getMany: refuse,
        openCursor: refuse,
        count: refuse,
      };
    },
  }),
};

afterEach(async () => {
  db.close();
  db.unuse(unreadableRoomSessions);
  await db.open();
});

describe('the room-mode guard', () => {
  it('fails closed: when the database cannot say whether a room is on, no screen is shown', async () => {
    db.close();
    db.use(unreadableRoomSessions);
    await db.open();
    render(
      <MemoryRouter>
        <RoomGuard>
          <p>Other workshops</p>
        </RoomGuard>
      </MemoryRouter>,
    );
    expect(await screen.findByText(/could not check whether room mode is on/)).toBeVisible();
    expect(screen.queryByText('Other workshops')).toBeNull();
  });
});
