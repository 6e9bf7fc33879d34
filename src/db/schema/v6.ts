import { WORKSHOP_DEFAULTS_V6 } from '../../domain/defaults';
import { fillDefaults } from './fill-defaults';
import type { SchemaVersion } from './index';

/** Facilitation: the agenda with timeboxes and facilitator notes; the timer on the workshop. */
export const v6: SchemaVersion = {
  version: 6,
  stores: {
    agendaSteps: 'id, workshopId, updatedAt',
  },
  workshopTables: ['agendaSteps'],
  upgrade: async (tx) => {
    await fillDefaults(tx, 'workshops', WORKSHOP_DEFAULTS_V6);
  },
};
