import { ROOM_ENTRY_DEFAULTS_V7 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Room mode: sessions of hidden entries on one device; entries carry their session's id. */
export const v7: SchemaVersion = {
  version: 7,
  stores: {
    roomSessions: 'id, workshopId, status, updatedAt',
  },
  workshopTables: ['roomSessions'],
  upgrades: [
    { table: 'actions', defaults: ROOM_ENTRY_DEFAULTS_V7 },
    { table: 'ratings', defaults: ROOM_ENTRY_DEFAULTS_V7 },
    { table: 'votes', defaults: ROOM_ENTRY_DEFAULTS_V7 },
    { table: 'participants', defaults: ROOM_ENTRY_DEFAULTS_V7 },
  ],
};
