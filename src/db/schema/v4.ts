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
  upgrades: [
    { table: 'workshops', defaults: WORKSHOP_DEFAULTS_V4 },
    { table: 'actions', defaults: ACTION_DEFAULTS_V4 },
  ],
};
