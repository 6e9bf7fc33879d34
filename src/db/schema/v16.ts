import { STAFF_RATING_DEFAULTS_V16 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/**
 * A follow-up review rates the staff experience statements again, as it does the principles:
 * a staff rating names its review ('' = the workshop's own check, which every older row is).
 */
export const v16: SchemaVersion = {
  version: 16,
  stores: {
    staffRatings: 'id, workshopId, [workshopId+reviewId], participantId, updatedAt',
  },
  workshopTables: [],
  upgrades: [{ table: 'staffRatings', defaults: STAFF_RATING_DEFAULTS_V16 }],
};
