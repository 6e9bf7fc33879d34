import type { SchemaVersion } from './index';

/** Foundation: workshops with their statements and lists, and the actions of the path. */
export const v1: SchemaVersion = {
  version: 1,
  stores: {
    workshops: 'id, updatedAt, deletedAt',
    actions: 'id, workshopId, updatedAt',
  },
  workshopTables: ['actions'],
};
