import { EVIDENCE_DEFAULTS_V8 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Evidence grounding the ratings: rejected principle suggestions are kept on each item. */
export const v8: SchemaVersion = {
  version: 8,
  stores: {},
  workshopTables: [],
  upgrade: async (tx) => {
    await tx
      .table('evidence')
      .toCollection()
      .modify((item: Record<string, unknown>) => {
        for (const [field, value] of Object.entries(EVIDENCE_DEFAULTS_V8)) {
          if (!(field in item)) item[field] = structuredClone(value);
        }
        if (!Array.isArray(item.principleIds)) item.principleIds = [];
      });
  },
};
