import { EVIDENCE_DEFAULTS_V8 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Evidence grounding the ratings: rejected principle suggestions are kept on each item. */
export const v8: SchemaVersion = {
  version: 8,
  stores: {},
  workshopTables: [],
  upgrades: [
    {
      table: 'evidence',
      defaults: EVIDENCE_DEFAULTS_V8,
      fix: (item) => {
        if (!Array.isArray(item.principleIds)) item.principleIds = [];
      },
    },
  ],
};
