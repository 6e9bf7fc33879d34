import { ACTION_DEFAULTS_V4, WORKSHOP_DEFAULTS_V4 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** The path in full: richer actions, dot votes, follow-up reviews. */
export const v4: SchemaVersion = {
  version: 4,
  stores: {
    votes: 'id, workshopId, actionId, participantId, updatedAt',
    reviews: 'id, workshopId, updatedAt',
  },
  workshopTables: ['votes', 'reviews'],
  upgrade: async (tx) => {
    const fill = (defaults: Record<string, unknown>) => (row: Record<string, unknown>) => {
      for (const [field, value] of Object.entries(defaults)) {
        if (!(field in row)) row[field] = structuredClone(value);
      }
    };
    await tx.table('workshops').toCollection().modify(fill(WORKSHOP_DEFAULTS_V4));
    await tx.table('actions').toCollection().modify(fill(ACTION_DEFAULTS_V4));
  },
};
