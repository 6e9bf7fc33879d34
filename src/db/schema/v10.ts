import { WORKSHOP_DEFAULTS_V10 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Facilitation: the agenda's planned start time on the workshop. No new table or index. */
export const v10: SchemaVersion = {
  version: 10,
  stores: {},
  workshopTables: [],
  upgrade: async (tx) => {
    await tx
      .table('workshops')
      .toCollection()
      .modify((workshop: Record<string, unknown>) => {
        for (const [field, value] of Object.entries(WORKSHOP_DEFAULTS_V10)) {
          if (!(field in workshop)) workshop[field] = value;
        }
      });
  },
};
