import type { SchemaVersion } from './index';

/** Automatic local snapshots of workshops, for the History view. */
export const v5: SchemaVersion = {
  version: 5,
  stores: {
    snapshots: 'id, workshopId, takenAt',
  },
  workshopTables: ['snapshots'],
};
