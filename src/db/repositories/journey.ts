import type { JourneyTemplate } from '../../domain/journey-templates';
import type { JourneyStage, Touchpoint } from '../../domain/types';
import { newId, nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { childTable } from './child-table';
import { addChecked, patchChecked } from './rows';

export function newTouchpoint(
  workshopId: string,
  stageId: string,
  name: string,
  order: number,
): Touchpoint {
  const now = nowIso();
  return {
    id: newId(),
    workshopId,
    stageId,
    name,
    order,
    isCritical: false,
    importance: null,
    performance: null,
    targetLevel: null,
    segmentIds: [],
    feels: '',
    knows: '',
    does: '',
    createdAt: now,
    updatedAt: now,
  };
}

/** Writes a template's stages and touchpoints after any existing ones, in one transaction. */
export async function applyJourneyTemplate(
  workshopId: string,
  template: JourneyTemplate,
): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.journeyStages, db.touchpoints, async () => {
      const existing = await db.journeyStages.where('workshopId').equals(workshopId).count();
      const now = nowIso();
      for (const [index, stageTemplate] of template.stages.entries()) {
        const stage: JourneyStage = {
          id: newId(),
          workshopId,
          name: stageTemplate.name,
          order: existing + index,
          createdAt: now,
          updatedAt: now,
        };
        await addChecked('journeyStages', [stage]);
        await addChecked(
          'touchpoints',
          stageTemplate.touchpoints.map((name, order) =>
            newTouchpoint(workshopId, stage.id, name, order),
          ),
        );
      }
    }),
  );
}

// Touchpoints: ordered within their stage.
const touchpoints = childTable('touchpoints');
export const listTouchpoints = touchpoints.list;
export const updateTouchpoint = touchpoints.update;
/** Deletes a touchpoint; its evidence stays, unlinked, and actions stop addressing it. */
export const deleteTouchpoint = touchpoints.delete;
export const restoreTouchpoint = touchpoints.restore;

/** Adds a touchpoint at the end of its stage. */
export async function createTouchpoint(
  workshopId: string,
  stageId: string,
  name: string,
): Promise<Touchpoint> {
  return guardWrite(() =>
    db.transaction('rw', db.touchpoints, async () => {
      const count = await db.touchpoints.where('stageId').equals(stageId).count();
      const [touchpoint] = await addChecked('touchpoints', [
        newTouchpoint(workshopId, stageId, name, count),
      ]);
      return touchpoint!;
    }),
  );
}

/** Moves a touchpoint to the end of another stage (an imported one into a template's stage). */
export async function moveTouchpointToStage(id: string, stageId: string): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.touchpoints, async () => {
      const order = await db.touchpoints.where('stageId').equals(stageId).count();
      await patchChecked('touchpoints', id, { stageId, order }, nowIso());
    }),
  );
}
