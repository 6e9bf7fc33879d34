import { WORKSHOP_DEFAULTS_V6 } from '../../domain/defaults';
import type { SchemaVersion } from './index';

/** Facilitation: the agenda with timeboxes and facilitator notes; the timer on the workshop. */
export const v6: SchemaVersion = {
  version: 6,
  stores: {
    agendaSteps: 'id, workshopId, updatedAt',
  },
  workshopTables: ['agendaSteps'],
  upgrades: [{ table: 'workshops', defaults: WORKSHOP_DEFAULTS_V6 }],
};
