import { REVIEW_DEFAULTS_V15 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/**
 * A follow-up review records a reading of each indicator, so an indicator's baseline, its
 * readings and its target make a trend. No new table or index.
 */
export const v15: SchemaVersion = {
  version: 15,
  stores: {},
  workshopTables: [],
  upgrades: [{ table: 'reviews', defaults: REVIEW_DEFAULTS_V15 }],
};
