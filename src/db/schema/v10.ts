import { WORKSHOP_DEFAULTS_V10 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Facilitation: the agenda's planned start time on the workshop. No new table or index. */
export const v10: SchemaVersion = {
  version: 10,
  stores: {},
  workshopTables: [],
  upgrades: [{ table: 'workshops', defaults: WORKSHOP_DEFAULTS_V10 }],
};
