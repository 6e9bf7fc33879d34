import { WORKSHOP_DEFAULTS_V13 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/**
 * The staff experience check: staff rate statements about their work (climate, coaching,
 * authority to serve, feedback, workload) beside the principles; the workshop keeps a target
 * level and an importance for each statement.
 */
export const v13: SchemaVersion = {
  version: 13,
  stores: {
    staffRatings: 'id, workshopId, participantId, updatedAt',
  },
  workshopTables: ['staffRatings'],
  upgrades: [{ table: 'workshops', defaults: WORKSHOP_DEFAULTS_V13 }],
};
