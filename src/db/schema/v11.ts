import {
  ACTION_DEFAULTS_V11,
  REVIEW_DEFAULTS_V11,
  SEGMENT_LINK_DEFAULTS_V11,
  WORKSHOP_DEFAULTS_V11,
} from '../../domain/defaults';
import type { SchemaVersion } from './index';

/**
 * The method in depth: routines (an action's cadence, a review's check of each routine), the
 * change agent and the management sponsor's commitment (the workshop; the change agent's report
 * at each review), word of mouth as a target and at each review, the customer relationship, and
 * the segments each moment, indicator and action serves. No new table or index.
 */
export const v11: SchemaVersion = {
  version: 11,
  stores: {},
  workshopTables: [],
  upgrades: [
    { table: 'actions', defaults: ACTION_DEFAULTS_V11 },
    { table: 'reviews', defaults: REVIEW_DEFAULTS_V11 },
    { table: 'workshops', defaults: WORKSHOP_DEFAULTS_V11 },
    { table: 'touchpoints', defaults: SEGMENT_LINK_DEFAULTS_V11 },
    { table: 'indicators', defaults: SEGMENT_LINK_DEFAULTS_V11 },
  ],
};
