import { ROOM_ENTRY_DEFAULTS_V7 } from '../../domain/defaults';
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
      await tx
        .table(table)
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          for (const [field, value] of Object.entries(ROOM_ENTRY_DEFAULTS_V7)) {
            if (!(field in row)) row[field] = value;
          }
        });
    }
  },
};
