import type { SchemaVersion } from './index';

/**
 * Live rooms: the facilitator's credentials and Yjs documents of each room, so a room survives a
 * reload.
 */
export const v12: SchemaVersion = {
  version: 12,
  stores: {
    liveRooms: 'id, workshopId, status, updatedAt',
  },
  workshopTables: ['liveRooms'],
};
