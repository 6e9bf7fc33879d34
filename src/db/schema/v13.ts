import type { SchemaVersion } from './index';

/**
 * Live rooms: the facilitator's credentials and Yjs documents of each room, so a room survives a
 * reload. (Versions 11 and 12 belong to work on other branches; the numbers are settled on merge.)
 */
export const v13: SchemaVersion = {
  version: 13,
  stores: {
    liveRooms: 'id, workshopId, status, updatedAt',
  },
  workshopTables: ['liveRooms'],
};
