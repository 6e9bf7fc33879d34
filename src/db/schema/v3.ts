import { WORKSHOP_DEFAULTS_V3 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Assessment and target state: participants, ratings, customer promises, indicators. */
export const v3: SchemaVersion = {
  version: 3,
  stores: {
    participants: 'id, workshopId, updatedAt',
    ratings: 'id, workshopId, [workshopId+reviewId], participantId, updatedAt',
    promises: 'id, workshopId, updatedAt',
    indicators: 'id, workshopId, updatedAt',
  },
  workshopTables: ['participants', 'ratings', 'promises', 'indicators'],
  upgrades: [{ table: 'workshops', defaults: WORKSHOP_DEFAULTS_V3 }],
};
