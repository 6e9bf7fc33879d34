import type {
  EvidenceItem,
  JourneyStage,
  OrgValue,
  Segment,
  Theme,
  Touchpoint,
} from '../../domain/types';
import { nowIso } from '../../lib/ids';
import { db } from '../database';
import { guardWrite } from '../errors';
import { childRepository } from './child-table';

export const evidenceRepository = childRepository<EvidenceItem>('evidence');
export const themeRepository = childRepository<Theme>('themes');
export const stageRepository = childRepository<JourneyStage>('journeyStages');
export const touchpointRepository = childRepository<Touchpoint>('touchpoints');
export const segmentRepository = childRepository<Segment>('segments');
export const orgValueRepository = childRepository<OrgValue>('orgValues');

/** Puts the chosen items into a theme (or takes them out with themeId ''). */
export async function assignTheme(itemIds: readonly string[], themeId: string): Promise<void> {
  const now = nowIso();
  await guardWrite(() =>
    db.transaction('rw', db.evidence, async () => {
      for (const id of itemIds) await db.evidence.update(id, { themeId, updatedAt: now });
    }),
  );
}

/** Deletes a theme; its items stay, ungrouped. */
export async function deleteTheme(theme: Theme): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.themes, db.evidence, async () => {
      await db.evidence
        .where({ workshopId: theme.workshopId, themeId: theme.id })
        .modify({ themeId: '' });
      await db.themes.delete(theme.id);
    }),
  );
}

/** Deletes a stage with its touchpoints; evidence pointing at them is kept, unlinked. */
export async function deleteStage(stage: JourneyStage): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.journeyStages, db.touchpoints, db.evidence, async () => {
      const touchpoints = await db.touchpoints.where('stageId').equals(stage.id).toArray();
      for (const touchpoint of touchpoints) await unlinkTouchpoint(touchpoint);
      await db.touchpoints.where('stageId').equals(stage.id).delete();
      await db.journeyStages.delete(stage.id);
    }),
  );
}

async function unlinkTouchpoint(touchpoint: Touchpoint) {
  await db.evidence
    .where({ workshopId: touchpoint.workshopId, touchpointId: touchpoint.id })
    .modify({ touchpointId: '' });
}

export async function deleteTouchpoint(touchpoint: Touchpoint): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.touchpoints, db.evidence, async () => {
      await unlinkTouchpoint(touchpoint);
      await db.touchpoints.delete(touchpoint.id);
    }),
  );
}

/**
 * Moves a journey stage one place earlier or later in the stored order read inside the
 * transaction (two quick clicks move it two places), numbering the stages afresh.
 */
export async function moveStage(workshopId: string, stageId: string, direction: -1 | 1) {
  await guardWrite(() =>
    db.transaction('rw', db.journeyStages, async () => {
      const stages = await db.journeyStages.where('workshopId').equals(workshopId).toArray();
      const ids = stages.sort((a, b) => a.order - b.order).map((stage) => stage.id);
      const from = ids.indexOf(stageId);
      const to = from + direction;
      if (from < 0 || to < 0 || to >= ids.length) return;
      ids.splice(to, 0, ...ids.splice(from, 1));
      const now = nowIso();
      for (const [order, id] of ids.entries())
        await db.journeyStages.update(id, { order, updatedAt: now });
    }),
  );
}
