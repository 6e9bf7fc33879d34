import { WORKSHOP_DEFAULTS_V2 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Current state in full: evidence, themes, journey and touchpoints, segments, values. */
export const v2: SchemaVersion = {
  version: 2,
  stores: {
    evidence: 'id, workshopId, [workshopId+themeId], [workshopId+touchpointId], updatedAt',
    themes: 'id, workshopId, updatedAt',
    journeyStages: 'id, workshopId, updatedAt',
    touchpoints: 'id, workshopId, stageId, updatedAt',
    segments: 'id, workshopId, updatedAt',
    orgValues: 'id, workshopId, updatedAt',
  },
  workshopTables: ['evidence', 'themes', 'journeyStages', 'touchpoints', 'segments', 'orgValues'],
  upgrades: [{ table: 'workshops', defaults: WORKSHOP_DEFAULTS_V2 }],
};
