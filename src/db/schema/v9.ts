import { WORKSHOP_DEFAULTS_V9 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Privacy: each workshop keeps the staff and customer names to redact. No new table. */
export const v9: SchemaVersion = {
  version: 9,
  stores: {},
  workshopTables: [],
  upgrades: [{ table: 'workshops', defaults: WORKSHOP_DEFAULTS_V9 }],
};
