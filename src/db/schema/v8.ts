import { EVIDENCE_DEFAULTS_V8 } from '../../domain/defaults';
import { fillDefaults } from './fill-defaults';
import type { SchemaVersion } from './index';

/** Evidence grounding the ratings: rejected principle suggestions are kept on each item. */
export const v8: SchemaVersion = {
  version: 8,
  stores: {},
  workshopTables: [],
  upgrade: async (tx) => {
    await fillDefaults(tx, 'evidence', EVIDENCE_DEFAULTS_V8, (item) => {
      if (!Array.isArray(item.principleIds)) item.principleIds = [];
    });
  },
};
