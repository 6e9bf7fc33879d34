import { ROOM_ENTRY_DEFAULTS_V7 } from '../../domain/defaults';
import { fillDefaults } from './fill-defaults';
import type { SchemaVersion } from './index';

/** Room mode: sessions of hidden entries on one device; entries carry their session's id. */
export const v7: SchemaVersion = {
  version: 7,
  stores: {
    roomSessions: 'id, workshopId, status, updatedAt',
  },
  workshopTables: ['roomSessions'],
  upgrade: async (tx) => {
    for (const table of ['actions', 'ratings', 'votes', 'participants']) {
      await fillDefaults(tx, table, ROOM_ENTRY_DEFAULTS_V7);
    }
  },
};
