import { WORKSHOP_DEFAULTS_V9 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Privacy: each workshop keeps the staff and customer names to redact. No new table. */
export const v9: SchemaVersion = {
  version: 9,
  stores: {},
  workshopTables: [],
  upgrade: async (tx) => {
    await tx
      .table('workshops')
      .toCollection()
      .modify((workshop: Record<string, unknown>) => {
        for (const [field, value] of Object.entries(WORKSHOP_DEFAULTS_V9)) {
          if (!(field in workshop)) workshop[field] = value;
        }
      });
  },
};
